import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from './fixtures';

const jobpilot = fileURLToPath(new URL('../../apps/server/bin/jobpilot.js', import.meta.url));

/**
 * The link in the newest mail to `email` whose path is `path` (`/verify-email`), as whoever runs the server finds
 * it with `jobpilot outbox --to` on the e2e server's data directory: account links never show on the Outbox page
 * (ADR 013). Asks again until the background job has kept the mail.
 */
export async function operatorLink(email: string, path: string): Promise<string> {
  let link = '';
  await expect(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [jobpilot, 'outbox', '--to', email], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: process.env.E2E_DATA_DIR ?? '' },
    });
    link = new RegExp(`http\\S+${path}\\?token=\\S+`).exec(stdout)?.[0] ?? '';
    expect(link).not.toBe('');
  }).toPass({ timeout: 60_000 });
  return link;
}
