import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runJobpilot } from '#test/process.ts';
import { encryptedPdf, pngBytes } from './fixtures/hostile-files.ts';
import { parseResumeArgs } from './resume-command.ts';

const pdf = fileURLToPath(new URL('./fixtures/john_doe.pdf', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jobpilot-resume-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `jobpilot resume parse` with no DATABASE_URL and a DATA_DIR that does not exist: were the command to open the
 * database it would have to create one there, so the folder staying absent shows it did not.
 */
async function cli(args: string[]) {
  const dataDir = join(dir, 'never-created');
  const run = runJobpilot(['resume', ...args], { DATA_DIR: dataDir, JOBPILOT_FROM_SOURCE: '1' });
  const code = await run.exited;
  return { code, output: run.output(), dataDir };
}

describe('jobpilot resume parse', () => {
  it('prints a readable summary of a PDF without opening the database', async () => {
    const { code, output, dataDir } = await cli(['parse', pdf]);
    expect(code, output).toBe(0);
    expect(output).toMatch(/^Name: +JOHN DOE$/m);
    expect(output).toMatch(/^Email: +john\.doe@email\.com$/m);
    expect(output).toMatch(/^Work: +2 entries$/m);
    expect(output).toContain('  - Full Stack Java Developer, ABC Company, Inc. (2018-06 – present)');
    expect(output).toMatch(/^Education: +1 entry$/m);
    expect(output).toMatch(/^Skills: +\d+: .*TypeScript/m);
    expect(output).toMatch(/^Unplaced: +1 line$/m);
    expect(output).toContain('Read from a 2-page PDF.');
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('--json prints the whole result, as the route answers it', async () => {
    const { code, output } = await cli(['parse', pdf, '--json']);
    expect(code, output).toBe(0);
    const result = JSON.parse(output);
    expect(result).toMatchObject({ kind: 'pdf', pages: 2 });
    expect(result.document.work.map((w: { name: string }) => w.name)).toEqual(['ABC Company, Inc.', 'XYZ Solutions']);
    expect(result.unplaced).toEqual(['123 Main St, Anywhere, USA']);
  }, 60_000);

  it('a bad file: exit code 1 and the sentence naming the problem', async () => {
    const locked = join(dir, 'locked.pdf');
    writeFileSync(locked, encryptedPdf());
    const picture = join(dir, 'photo.pdf');
    writeFileSync(picture, pngBytes());
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    for (const [file, sentence] of [
      [locked, 'This PDF is protected by a password'],
      [picture, 'not a PDF, Word or text file'],
      [empty, 'This file is empty (0 bytes)'],
      [join(dir, 'missing.pdf'), 'There is no file at'],
    ] as const) {
      const { code, output } = await cli(['parse', file]);
      expect(code, output).toBe(1);
      expect(output).toContain(sentence);
    }
  }, 120_000);
});

describe('parseResumeArgs', () => {
  it('reads the file and --json in any order, and says what to type on a mistake', () => {
    expect(parseResumeArgs(['parse', '--json', 'cv.pdf'])).toEqual({ file: 'cv.pdf', json: true });
    expect(parseResumeArgs(['parse', 'cv.pdf'])).toEqual({ file: 'cv.pdf', json: false });
    expect(() => parseResumeArgs(['read', 'cv.pdf'])).toThrow('Unknown command "read"');
    expect(() => parseResumeArgs(['parse'])).toThrow('Name one résumé file');
    expect(() => parseResumeArgs(['parse', 'a.pdf', 'b.pdf'])).toThrow('Name one résumé file');
    expect(() => parseResumeArgs(['parse', 'a.pdf', '--yaml'])).toThrow('Unknown option "--yaml"');
  });
});
