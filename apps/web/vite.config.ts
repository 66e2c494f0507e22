import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
            // What every page needs. Libraries only some pages use (charts, drag and drop, CSV parsing) are left
            // out, so they load with the first page that imports them.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](core|hooks|form|modals|notifications)|@floating-ui)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/](@tanstack|zod|dayjs|openapi-fetch)[\\/]/ },
          ],
        },
      },
    },
  },
});
