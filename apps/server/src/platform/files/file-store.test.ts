import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEMORY_DATA_DIR } from '../config.ts';
import { createFileStore, type FileStore } from './file-store.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const read = async (store: FileStore, key: string) => {
  const stream = await store.open(key);
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
};

describe.each([
  ['local disk', dataDir],
  ['memory', MEMORY_DATA_DIR],
])('file store on %s', (_kind, dir) => {
  const store = createFileStore(dir);

  it('keeps bytes under a new random key each time, and deletes them', async () => {
    const a = await store.put(Buffer.from('first'));
    const b = await store.put(Buffer.from('first'));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(await read(store, a)).toBe('first');
    await store.delete(a);
    expect(await read(store, a)).toBeUndefined();
    expect(await read(store, b)).toBe('first');
    await store.delete(a);
  });

  it('refuses keys it did not hand out, so no key can name a path', async () => {
    for (const key of ['../../etc/passwd', `${'a'.repeat(31)}/`, '', 'A'.repeat(32)]) {
      expect(await store.open(key)).toBeUndefined();
      await expect(store.delete(key)).resolves.toBeUndefined();
    }
  });
});

describe('local file store', () => {
  it('writes under DATA_DIR/files, sharded by the first two key characters, with no temporary files left', async () => {
    const store = createFileStore(dataDir);
    const key = await store.put(Buffer.from('bytes'));
    const shard = join(dataDir, 'files', key.slice(0, 2));
    expect(readdirSync(shard)).toContain(key);
    expect(readdirSync(shard).some((name) => name.endsWith('.tmp'))).toBe(false);
  });
});
