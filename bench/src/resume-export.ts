// npm run bench (resume-export): export time per format for the JSON Resume sample, in-process and warm
// (p50 of N runs after 5 warm-up runs): PDF in each template, DOCX, Markdown, plain text and JSON Resume.
import { readFileSync } from 'node:fs';
import { resumeDocumentSchema } from '@jobpilot/contracts';
import {
  RESUME_TEMPLATES,
  renderDocx,
  renderJsonResume,
  renderMarkdown,
  renderPdf,
  renderText,
} from '../../apps/server/src/modules/resumes/export/index.ts';

const sample = resumeDocumentSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../packages/contracts/src/fixtures/jsonresume-sample.json', import.meta.url), 'utf8'),
  ),
);

async function p50(run: () => unknown, rounds: number): Promise<number> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const rows: string[][] = [['format', 'runs', 'p50 ms', 'bytes']];
const measure = async (format: string, rounds: number, run: () => Promise<{ length: number }> | { length: number }) => {
  const size = (await run()).length;
  rows.push([format, String(rounds), (await p50(run, rounds)).toFixed(2), String(size)]);
};
for (const template of RESUME_TEMPLATES) {
  await measure(`pdf ${template} (A4)`, 30, () => renderPdf(sample, { template, paper: 'A4' }));
}
await measure('docx classic', 200, () => renderDocx(sample, { template: 'classic' }));
await measure('md', 500, () => renderMarkdown(sample));
await measure('txt', 500, () => renderText(sample));
await measure('json', 500, () => renderJsonResume(sample));
console.log('\nrésumé export (JSON Resume sample, in-process, warm, p50)');
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(10))).join(' '));
