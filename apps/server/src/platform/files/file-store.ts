import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { MEMORY_DATA_DIR } from '../config.ts';
import { createLocalFileStore } from './local-file-store.ts';
import { createMemoryFileStore } from './memory-file-store.ts';

/**
 * Where the bytes of every stored file live. Keys are random and chosen here, never taken from a
 * person's input, so no upload can name a path.
 */
export interface FileStore {
  /** Stores the bytes under a new key and returns the key. */
  put(data: Buffer): Promise<string>;
  /** The stored bytes as a stream, or undefined when the key names nothing. */
  open(key: string): Promise<Readable | undefined>;
  /** Removes the bytes; a key that names nothing is fine. */
  delete(key: string): Promise<void>;
}

/** `DATA_DIR/files` on disk, or memory when the data directory is `memory://` (tests). */
export function createFileStore(dataDir: string): FileStore {
  if (dataDir === MEMORY_DATA_DIR) return createMemoryFileStore();
  return createLocalFileStore(join(dataDir, 'files'));
}
