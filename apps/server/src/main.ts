import { pino } from 'pino';
import { type Context, createContext } from '#app/context.ts';
import { buildApp } from '#app/http.ts';
import { parseUsersArgs, UsersCommandError } from '#modules/admin/users-command.ts';
import { removeOperatorAccess, writeOperatorAccess } from '#modules/mail/operator-access.ts';
import { OutboxCommandError, parseOutboxArgs, runOutbox } from '#modules/mail/outbox-command.ts';
import { ResumeCommandError, runResumeCommand } from '#modules/resumes/resume-command.ts';
import { type Config, ConfigError, loadConfig, MEMORY_DATA_DIR } from '#platform/config.ts';
import { loggerOptions } from '#platform/logger.ts';
import { DatabaseLockedError } from '#platform/pglite-lock.ts';

const ROLES = {
  serve: 'API + web app + background worker in one process (default)',
  api: 'API + web app only; jobs are enqueued for workers',
  worker: 'background jobs only',
  migrate: 'apply database migrations and exit',
  outbox: 'print the kept mail (no SMTP server): outbox [--to EMAIL] [--limit N]',
  openapi: 'print the OpenAPI document (JSON) of the HTTP API and exit',
  users: 'change an account: users promote <email> --role <user|employer|admin>',
  resume: 'parse a résumé file, without the database: resume parse <file> [--json]',
} as const;
type Role = keyof typeof ROLES;

function usage(): string {
  const lines = Object.entries(ROLES).map(([r, d]) => `  ${r.padEnd(8)} ${d}`);
  return `Usage: jobpilot <role>\n\nRoles:\n${lines.join('\n')}\n`;
}

/** What the operator can act on (bad configuration, a database another process holds…): one message, exit 1. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(argv: string[]) {
  const role = (argv[0] ?? 'serve') as Role;
  if (argv[0] === '--help' || argv[0] === '-h') return void process.stdout.write(usage());
  if (!(role in ROLES)) {
    process.stderr.write(`Unknown role "${argv[0]}".\n\n${usage()}`);
    process.exit(2);
  }
  if (role === 'openapi') return printOpenApi();
  if (role === 'resume') return resume(argv.slice(1));

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    fail(err.message);
  }
  if (role === 'outbox') return outbox(config, argv.slice(1));
  if (role === 'users') checkUsersArgs(argv.slice(1));

  const log = pino(loggerOptions(config));
  let ctx: Context;
  try {
    ctx = await createContext(config, log);
  } catch (err) {
    if (!(err instanceof DatabaseLockedError)) throw err;
    fail(err.message);
  }
  if (role === 'users') return users(ctx, argv.slice(1));
  if (role === 'migrate') {
    log.info({ database: ctx.database.kind }, 'migrations applied');
    return ctx.close();
  }

  await ctx.queue.start({ work: role !== 'api' });
  const app = role === 'worker' ? undefined : await buildApp(ctx);
  if (app) {
    await app.listen({ host: config.host, port: config.port });
    const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log.info(`JobPilot is listening on http://${shown}:${port} (database: ${ctx.database.kind})`);
    if (ctx.database.kind === 'pglite') leaveOperatorAccess(config, ctx, port);
  } else {
    log.info(`JobPilot worker started (database: ${ctx.database.kind})`);
  }
  onShutdown(ctx, app);
}

/**
 * The OpenAPI document on stdout, from an app on an in-memory database: no queue worker, no port, no data
 * directory, whatever the environment says (packages/client generates its types from it).
 */
async function printOpenApi() {
  const config = loadConfig({ ...process.env, DATA_DIR: MEMORY_DATA_DIR, DATABASE_URL: '', LOG_LEVEL: 'silent' });
  const ctx = await createContext(config, pino({ level: 'silent' }));
  const app = await buildApp(ctx);
  await app.ready();
  process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  await ctx.close();
}

function checkUsersArgs(args: string[]) {
  try {
    parseUsersArgs(args);
  } catch (err) {
    if (err instanceof UsersCommandError) fail(err.message);
    throw err;
  }
}

/** `jobpilot resume parse <file> [--json]`: no configuration, no database, so it runs beside a running server. */
async function resume(args: string[]) {
  try {
    process.stdout.write(await runResumeCommand(args));
  } catch (err) {
    if (err instanceof ResumeCommandError) fail(err.message);
    throw err;
  }
}

/** `jobpilot users promote <email> --role admin`: the operator's way to make the first administrator (audited). */
async function users(ctx: Context, args: string[]) {
  const { email, role } = parseUsersArgs(args);
  try {
    const changed = await ctx.api.admin.setRoleByEmail(email, role);
    if (!changed) fail(`No account uses ${email}. Register it first, then run this again.`);
    process.stdout.write(`${changed.email} now has the role ${changed.role}.\n`);
  } finally {
    await ctx.close();
  }
}

async function outbox(config: Config, args: string[]) {
  try {
    process.stdout.write(await runOutbox(config, parseOutboxArgs(args)));
  } catch (err) {
    if (err instanceof OutboxCommandError || err instanceof DatabaseLockedError) fail(err.message);
    throw err;
  }
}

/** On PGlite, `jobpilot outbox` cannot open the database while we hold it: it asks us instead (ADR 013). */
function leaveOperatorAccess(config: Config, ctx: Context, port: number) {
  if (config.dataDir === MEMORY_DATA_DIR) return;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const token = ctx.api.mail.operatorToken;
  writeOperatorAccess(config.dataDir, { pid: process.pid, url, token });
  process.once('exit', () => removeOperatorAccess(config.dataDir, token));
}

/** SIGTERM/SIGINT: stop taking requests, let in-flight ones and running jobs finish, then close the database. */
function onShutdown(ctx: Context, app: { close(): Promise<unknown> } | undefined) {
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    ctx.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app?.close();
      await ctx.close();
      clearTimeout(timer);
      process.exit(0);
    } catch (err) {
      ctx.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

await main(process.argv.slice(2));
