import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OutboxMessage } from '@jobpilot/contracts';
import { type Config, MEMORY_DATA_DIR } from '#platform/config.ts';
import { openDatabase } from '#platform/db.ts';
import { liveHolder } from '#platform/pglite-lock.ts';
import { createMailRepository } from './mail.repository.ts';
import {
  OPERATOR_HEADER,
  type OperatorOutboxQuery,
  operatorOutboxQuerySchema,
  readOperatorAccess,
} from './operator-access.ts';
import { appliedMigrations, shippedMigrations } from './schema-state.ts';

export const OUTBOX_USAGE = 'Usage: jobpilot outbox [--to EMAIL] [--limit N]';

/** Something the operator can act on; printed as is, exit code 1. */
export class OutboxCommandError extends Error {}

interface Kept {
  messages: OutboxMessage[];
  total: number;
}

/** `--to a@b.c --limit 5` (or `--to=a@b.c`) as the query the server takes. */
export function parseOutboxArgs(argv: string[]): OperatorOutboxQuery {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const name = flag?.replace(/^--/, '');
    if (name !== 'to' && name !== 'limit')
      throw new OutboxCommandError(`Unknown option "${argv[i]}".\n${OUTBOX_USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new OutboxCommandError(`--${name} needs a value.\n${OUTBOX_USAGE}`);
    raw[name] = value;
  }
  const parsed = operatorOutboxQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n');
    throw new OutboxCommandError(`${problems}\n${OUTBOX_USAGE}`);
  }
  return parsed.data;
}

/**
 * `jobpilot outbox`: prints the kept mail for whoever runs the server (ADR 013). PostgreSQL is read directly;
 * a PGlite directory held by a running server is asked through its operator file; otherwise opened here.
 */
export async function runOutbox(config: Config, query: OperatorOutboxQuery): Promise<string> {
  const kept = await keptMail(config, query);
  return formatOutbox(kept, query, config.smtpUrl !== undefined);
}

async function keptMail(config: Config, query: OperatorOutboxQuery): Promise<Kept> {
  if (config.databaseUrl) return readDatabase(config, query);
  if (config.dataDir === MEMORY_DATA_DIR) {
    throw new OutboxCommandError('DATA_DIR=memory:// keeps no mail between processes: there is nothing to read.');
  }
  if (!existsSync(join(config.dataDir, 'pg'))) {
    throw new OutboxCommandError(
      `There is no JobPilot database in ${config.dataDir}. Run this command with the DATA_DIR of your server.`,
    );
  }
  const holder = liveHolder(config.dataDir);
  if (holder === undefined) return readDatabase(config, query);
  const access = readOperatorAccess(config.dataDir);
  if (access?.pid !== holder) {
    throw new OutboxCommandError(
      `JobPilot process ${holder} has the database in ${config.dataDir} open but is not serving HTTP (still ` +
        'starting, or a migrate or worker run). Wait until it listens or ends, then try again.',
    );
  }
  return askServer(access.url, access.token, query);
}

/** Reads, never migrates: a database behind this build is reported, not changed. */
async function readDatabase(config: Config, query: OperatorOutboxQuery): Promise<Kept> {
  const database = await openDatabase(config);
  try {
    const applied = await appliedMigrations(database.db);
    const shipped = shippedMigrations();
    if (applied < shipped) {
      throw new OutboxCommandError(
        `The database has ${applied} of the ${shipped} migrations this JobPilot needs, so its mail cannot be read ` +
          'yet. Run `npx jobpilot migrate` first (with the same DATA_DIR or DATABASE_URL), then try again.',
      );
    }
    const { rows, total } = await createMailRepository(database.db).list({ ...query, page: 1 });
    return { messages: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total };
  } finally {
    await database.close();
  }
}

async function askServer(url: string, token: string, query: OperatorOutboxQuery): Promise<Kept> {
  const params = new URLSearchParams({ limit: String(query.limit), ...(query.to ? { to: query.to } : {}) });
  let res: Response;
  try {
    res = await fetch(`${url}/api/v1/operator/outbox?${params}`, { headers: { [OPERATOR_HEADER]: token } });
  } catch {
    throw new OutboxCommandError(`The running JobPilot at ${url} did not answer; is it still starting? Try again.`);
  }
  if (!res.ok) {
    throw new OutboxCommandError(`The running JobPilot at ${url} refused to list the mail (HTTP ${res.status}).`);
  }
  const body = (await res.json()) as { data: OutboxMessage[]; pagination: { total: number } };
  return { messages: body.data, total: body.pagination.total };
}

/** Newest first: to, subject, date and the text body (its links included), one block each. */
export function formatOutbox(kept: Kept, query: OperatorOutboxQuery, smtp: boolean): string {
  const whose = query.to ? ` to ${query.to}` : '';
  if (kept.messages.length === 0) {
    const why = smtp ? ' (SMTP_URL is set: mail is sent, not kept)' : '';
    return `No mail kept${whose}${why}.\n`;
  }
  const blocks = kept.messages.map((m) =>
    [`To:      ${m.to}`, `Subject: ${m.subject}`, `Date:    ${m.createdAt}`, '', m.text.trimEnd()].join('\n'),
  );
  const head = `${kept.messages.length} of ${kept.total} kept message${kept.total === 1 ? '' : 's'}${whose}, newest first.`;
  return `${head}\n\n${blocks.join(`\n\n${'-'.repeat(60)}\n\n`)}\n`;
}
