// npm run bench (resume-ats): the ATS-readiness report for the JSON Resume sample, in-process and warm (p50 of N
// runs after 20 warm-up runs), the one-off load of the spelling dictionary, and the same report on a document
// four times longer, so the cost is seen to grow in proportion to the text.
import { readFileSync } from 'node:fs';
import { type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';
import { atsReport, loadSpellChecker } from '../../apps/server/src/modules/resumes/ats/index.ts';

const sample = resumeDocumentSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../packages/contracts/src/fixtures/jsonresume-sample.json', import.meta.url), 'utf8'),
  ),
);

function p50(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The sample with every list repeated `times` times (at most the schema's 100 entries). */
function longer(doc: ResumeDocument, times: number): ResumeDocument {
  const out: Record<string, unknown> = { ...doc };
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value))
      out[key] = Array.from({ length: times }, () => value)
        .flat()
        .slice(0, 100);
  }
  return out as ResumeDocument;
}

const loadStart = performance.now();
const spelling = await loadSpellChecker();
const loadMs = performance.now() - loadStart;

const rows: string[][] = [['case', 'runs', 'p50 ms', 'words', 'findings']];
for (const [name, doc] of [
  ['JSON Resume sample', sample],
  ['sample ×4', longer(sample, 4)],
] as const) {
  const report = atsReport({ document: doc }, { spelling });
  const ms = p50(() => atsReport({ document: doc }, { spelling }), 500);
  rows.push([name, '500', ms.toFixed(3), String(report.stats.words), String(report.findings.length)]);
}
console.log('\nATS report (in-process, warm, p50)');
console.log(`dictionary load (dictionary-en + nspell, once per process): ${loadMs.toFixed(0)} ms`);
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(10))).join(' '));
