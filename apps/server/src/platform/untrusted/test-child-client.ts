import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One multipart upload, as a test describes it: where to, as whom, and the file. */
export interface ChildUpload {
  url: string;
  /** The bearer header of the user, e.g. `Bearer abc`. */
  authorization: string;
  filename: string;
  contentType: string;
  data: Buffer;
  /** Extra form fields sent before the file. */
  fields?: Record<string, string>;
}

/** What the child printed, and the answer it wrote (read only after the caller's measurement). */
export interface ChildAnswer {
  status: number;
  bytes: number;
  /** From just before `fetch` until the last byte of the answer was read, measured by the child. */
  ms: number;
  code: string | null;
  head: string;
  /** Reads the whole answer as JSON; call it after the measurement, since it parses on this thread. */
  json<T>(): Promise<T>;
}

/**
 * Posts the file, reads the whole answer, writes it to `answer`, and prints a short summary as JSON.
 * Runs in its own process, so building and reading a large request costs the test's event loop nothing.
 */
const SCRIPT = `
const { readFileSync, writeFileSync } = require('node:fs');
const o = JSON.parse(process.argv[1]);
(async () => {
  const form = new FormData();
  for (const [name, value] of Object.entries(o.fields)) form.append(name, value);
  form.append('file', new Blob([readFileSync(o.file)], { type: o.contentType }), o.filename);
  const started = performance.now();
  const res = await fetch(o.url, { method: 'POST', headers: { authorization: o.authorization }, body: form });
  const bytes = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  writeFileSync(o.answer, bytes);
  let code = null;
  try { code = JSON.parse(bytes.toString('utf8')).error?.code ?? null; } catch {}
  const head = bytes.subarray(0, 300).toString('utf8');
  process.stdout.write(JSON.stringify({ status: res.status, bytes: bytes.length, ms, code, head }));
})().catch((err) => { console.error(err); process.exit(1); });
`;

/**
 * Sends an upload from a child Node process (issue 6): the test's own process then carries only the
 * server, so its event-loop delay is the server's.
 *
 * @example
 * const answer = await uploadFromChild({ url, authorization: user.auth.authorization, filename: 'a.vcf',
 *   contentType: 'text/vcard', data });
 * expect(answer.status).toBe(200);
 */
export async function uploadFromChild(upload: ChildUpload): Promise<ChildAnswer> {
  const dir = await mkdtemp(join(tmpdir(), 'jobpilot-upload-'));
  const file = join(dir, 'upload');
  const answer = join(dir, 'answer');
  await writeFile(file, upload.data);
  const options = { ...upload, data: undefined, fields: upload.fields ?? {}, file, answer };
  const child = spawn(process.execPath, ['-e', SCRIPT, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (exitCode !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`The upload child exited with ${exitCode}: ${stderr.slice(0, 1_000)}`);
  }
  const summary = JSON.parse(stdout) as Omit<ChildAnswer, 'json'>;
  return {
    ...summary,
    async json<T>() {
      try {
        return JSON.parse(await readFile(answer, 'utf8')) as T;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
