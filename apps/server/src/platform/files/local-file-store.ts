import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { isFileKey, newFileKey } from './file-key.ts';
import type { FileStore } from './file-store.ts';

/**
 * Files under `root/<first two key characters>/<key>`. A write goes to a temporary name first and is
 * renamed into place, so a reader never sees half a file.
 */
export function createLocalFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    if (!isFileKey(key)) throw new Error('not a file key');
    return join(root, key.slice(0, 2), key);
  };

  return {
    async put(data) {
      const key = newFileKey();
      const path = pathOf(key);
      await mkdir(join(root, key.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${newFileKey()}.tmp`;
      await writeFile(temporary, data, { flag: 'wx', mode: 0o600 });
      await rename(temporary, path);
      return key;
    },

    async open(key): Promise<Readable | undefined> {
      if (!isFileKey(key)) return undefined;
      const path = pathOf(key);
      try {
        if (!(await stat(path)).isFile()) return undefined;
      } catch {
        return undefined;
      }
      return createReadStream(path);
    },

    async delete(key) {
      if (!isFileKey(key)) return;
      await rm(pathOf(key), { force: true });
    },
  };
}
