// npm run bench (resume-parse): parse time per page of a résumé, in-process and warm, PDF and DOCX, with
// unpdf's own text extraction alone beside it so the cost of the parser's layout logic is visible.
import { readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { tableResumeDocx } from '../../apps/server/src/modules/resumes/fixtures/docx-builder.ts';
import { parseResume } from '../../apps/server/src/modules/resumes/parser/parse-resume.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../apps/server/src/modules/resumes/fixtures/${name}`, import.meta.url));

async function extractOnly(bytes: Buffer): Promise<void> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
  await pdf.destroy();
}

async function p50(run: () => Promise<unknown>, rounds = 30): Promise<number> {
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

const rows: string[][] = [['file', 'pages', 'parse p50 ms', 'ms/page', 'text extraction alone p50 ms', 'ratio']];
for (const name of ['john_doe.pdf', 'barry_allen_fe.pdf', 'harvey_dent_mle.pdf']) {
  const bytes = fixture(name);
  const { pages } = await parseResume({ bytes });
  const parse = await p50(() => parseResume({ bytes }));
  const alone = await p50(() => extractOnly(bytes));
  rows.push([
    name,
    String(pages),
    parse.toFixed(1),
    (parse / pages).toFixed(1),
    alone.toFixed(1),
    (parse / alone).toFixed(2),
  ]);
}
const docx = tableResumeDocx();
const docxParse = await p50(() => parseResume({ bytes: docx }), 200);
rows.push(['table-resume.docx (built)', '1', docxParse.toFixed(2), docxParse.toFixed(2), '–', '–']);
console.log('\nrésumé parse (in-process, warm, p50; aim: 2-page PDF < 50 ms and ≤ 1.5× extraction alone)');
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(28) : cell.padStart(12))).join(' '));
