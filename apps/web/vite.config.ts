import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = 'http://localhost:3000';

/** The build's text files: each gets its compressed variants, so the server never compresses them per request. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every compressible file of the
 * build, so the server sends them as they are (@fastify/static `preCompressed`) instead of compressing per request.
 * A variant is kept only when it is smaller than the file.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jobpilot:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of files(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const raw = readFileSync(file);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': api,
      '/health': api,
      '/ready': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page needs, in few files: react; the router/query/zod/dayjs layer; the Mantine parts the
            // first page renders ($initial: statically imported by the entry).
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'vendor', test: /node_modules[\\/](@tanstack|zod|dayjs|openapi-fetch)[\\/]/, priority: 20 },
            { name: 'mantine', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
            // The Mantine components, icons and helpers that two or more pages use, in one file loaded with the
            // first of them (the signed-in pages), rather than in dozens of small ones; libraries only one page
            // uses (charts, drag and drop, CSV parsing) stay with that page.
            {
              name: 'ui',
              test: /node_modules[\\/](@mantine|@floating-ui|@tabler|react-)/,
              minShareCount: 2,
              priority: 5,
              entriesAware: true,
              entriesAwareMergeThreshold: 20_000,
            },
          ],
        },
      },
    },
  },
});
