import { Readable } from 'node:stream';
import { isFileKey, newFileKey } from './file-key.ts';
import type { FileStore } from './file-store.ts';

/** Bytes kept in a map: for tests and `DATA_DIR=memory://`. */
export function createMemoryFileStore(): FileStore & { size(): number } {
  const files = new Map<string, Buffer>();
  return {
    async put(data) {
      const key = newFileKey();
      files.set(key, Buffer.from(data));
      return key;
    },
    async open(key) {
      const data = isFileKey(key) ? files.get(key) : undefined;
      return data ? Readable.from([data]) : undefined;
    },
    async delete(key) {
      files.delete(key);
    },
    size: () => files.size,
  };
}
