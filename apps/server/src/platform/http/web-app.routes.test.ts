import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { chooseEncoding } from './compression.ts';

const page = `<!doctype html><title>JobPilot</title><div id="root"></div>${' '.repeat(2000)}`;
const script = `export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`;
const icon = `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h24v24H0z"/>'.repeat(20)}</svg>`;
const notes = 'Not compressed by the build. '.repeat(100);
const ASSET = '/assets/index-Ab12Cd34.js';

let t: TestApp;
let web: string;
/** A built web app as `vite build` leaves it: each file with the .br and .gz written beside it. */
function writeBuilt(path: string, text: string) {
  const file = join(web, path);
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'jobpilot-web-'));
  mkdirSync(join(web, 'assets'));
  writeBuilt('index.html', page);
  writeBuilt(ASSET, script);
  writeBuilt('favicon.svg', icon);
  writeFileSync(join(web, 'notes.txt'), notes);
  t = await createTestApp({ WEB_DIST: web });
});
afterAll(async () => {
  await t.close();
  rmSync(web, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('sends the brotli file to a browser that accepts brotli, the gzip one otherwise, the file itself to others', async () => {
    const br = await t.app.inject({ url: ASSET, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await t.app.inject({ url: ASSET, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await t.app.inject({ url: ASSET, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const res = await t.app.inject({ url: ASSET, headers: { 'accept-encoding': 'br' } });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the page revalidated on every visit, answering 304 while it is unchanged', async () => {
    for (const url of ['/', '/login', '/applications?status=applied']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(page);
      const etag = res.headers.etag;
      expect(etag, url).toBeTruthy();
      const again = await t.app.inject({
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': String(etag) },
      });
      expect(again.statusCode, url).toBe(304);
    }
  });

  it('answers 404 for a hashed file the build does not have (an old chunk after a deploy), not the page', async () => {
    const res = await t.app.inject({ url: '/assets/board-page-Old12345.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('revalidates unhashed files such as the icon', async () => {
    const res = await t.app.inject({ url: '/favicon.svg', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(gunzipSync(res.rawPayload).toString()).toBe(icon);
  });

  it('compresses a file the build left as it is while sending it', async () => {
    const res = await t.app.inject({ url: '/notes.txt', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(notes);
  });
});

describe('compressing API answers', () => {
  it('compresses a large JSON answer with brotli or gzip, as the client accepts', async () => {
    const plain = await t.app.inject('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const document = plain.json<{ openapi: string }>();
    expect(document.openapi).toBe('3.1.0');

    const br = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(document);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gz = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(document);
  });

  it('sends answers under 1 KB as they are', async () => {
    const health = await t.app.inject({ url: '/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok' });

    const missing = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-encoding': 'br, gzip' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('honours q=0 and *, and falls back to gzip or nothing', async () => {
    const gzOnly = await t.app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' },
    });
    expect(gzOnly.headers['content-encoding']).toBe('gzip');
    const none = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'identity' } });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.headers.vary).toMatch(/accept-encoding/i);
    expect(none.json<{ openapi: string }>().openapi).toBe('3.1.0');
  });
});

describe('choosing the encoding', () => {
  it('prefers brotli, then gzip, and refuses what q=0 refuses', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
