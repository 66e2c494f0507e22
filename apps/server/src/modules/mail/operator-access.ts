import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storableString } from '@jobpilot/contracts';
import { z } from 'zod';

/**
 * How the operator's `jobpilot outbox` reaches the mail of a running server on PGlite (ADR 013): the server
 * leaves its address and a random token in `DATA_DIR/operator.json`, readable by its owner only. Whoever can
 * read that file may read all kept mail; where a request comes from earns nothing.
 */
export const OPERATOR_FILE = 'operator.json';

/** The header that carries the token. */
export const OPERATOR_HEADER = 'x-jobpilot-operator';

/** Most messages one `jobpilot outbox` prints. */
export const OPERATOR_LIMIT_MAX = 1000;

/** `--to` and `--limit` of `jobpilot outbox`, as the CLI sends them to the running server. */
export const operatorOutboxQuerySchema = z.object({
  to: storableString().trim().toLowerCase().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(OPERATOR_LIMIT_MAX).default(20),
});
export type OperatorOutboxQuery = z.output<typeof operatorOutboxQuerySchema>;

export interface OperatorAccess {
  pid: number;
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  token: string;
}

/** 256 random bits, URL-safe. */
export function createOperatorToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; digests first, so a different length reveals nothing either. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** Writes the file with mode 0600 under a temporary name, then renames it into place. */
export function writeOperatorAccess(dataDir: string, access: OperatorAccess): void {
  const file = join(dataDir, OPERATOR_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(access)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/** The running server's access, or undefined when there is no readable file. */
export function readOperatorAccess(dataDir: string): OperatorAccess | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, OPERATOR_FILE), 'utf8')) as Partial<OperatorAccess>;
    if (typeof value.url !== 'string' || typeof value.token !== 'string' || typeof value.pid !== 'number') {
      return undefined;
    }
    return { pid: value.pid, url: value.url, token: value.token };
  } catch {
    return undefined;
  }
}

/** Removes the file on shutdown, unless another server has written its own since. */
export function removeOperatorAccess(dataDir: string, token: string): void {
  if (readOperatorAccess(dataDir)?.token !== token) return;
  rmSync(join(dataDir, OPERATOR_FILE), { force: true });
}
