// Fails when the table files and the migrations disagree: `drizzle-kit generate` must find nothing to write.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['drizzle-kit', 'generate', '--name', 'check'], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
if (run.status !== 0) process.exit(run.status ?? 1);
if (!/No schema changes/.test(run.stdout)) {
  process.stderr.write(
    '\nThe table files (src/modules/*/*.table.ts) differ from the migrations. Run `npm run db:generate -w @jobpilot/server`, review the new migration in drizzle/ and commit it.\n',
  );
  process.exit(1);
}
