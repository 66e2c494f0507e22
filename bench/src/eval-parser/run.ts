// npm run eval:parser: how well the résumé parser reads back what we know the answer to.
//  1. round trip: every structured résumé through every export template (PDF A4 and Letter, DOCX), parsed back;
//  2. layout set: HTML résumés in layouts the templates do not use, printed to PDF by Chromium, parsed back;
//  3. Resume-Matcher's sample PDFs (no ground truth): what the parser found.
// Prints precision/recall per field; exits 0 (it measures, it does not gate). EVAL_VERBOSE=1 lists every miss.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import {
  RESUME_PAPERS,
  RESUME_TEMPLATES,
  renderDocx,
  renderPdf,
} from '../../../apps/server/src/modules/resumes/export/index.ts';
import { parseResume } from '../../../apps/server/src/modules/resumes/parser/parse-resume.ts';
import { LAYOUTS, type LayoutName } from './layouts.ts';
import { formatTable, type Miss, overallF1, type Scores, scoreDocument } from './score.ts';
import { truthFiles } from './truth.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const verbose = process.env.EVAL_VERBOSE === '1';
const truths = truthFiles();

function report(label: string, misses: Miss[]) {
  if (!verbose || misses.length === 0) return;
  console.log(`  ${label}: ${misses.length} miss(es)`);
  for (const m of misses)
    console.log(`    ${m.field}: truth ${JSON.stringify(m.truth)} parsed ${JSON.stringify(m.parsed)}`);
}

// 1. Round trip through the export templates.
const roundTrip: Scores = new Map();
let roundTripFiles = 0;
for (const { id, document } of truths) {
  for (const template of RESUME_TEMPLATES) {
    for (const paper of RESUME_PAPERS) {
      const bytes = await renderPdf(document, { template, paper });
      const parsed = await parseResume({ bytes, filename: `${id}.pdf` });
      report(`${id} pdf ${template} ${paper}`, scoreDocument(roundTrip, document, parsed.document));
      roundTripFiles++;
    }
    const docx = renderDocx(document, { template });
    const parsed = await parseResume({ bytes: docx, filename: `${id}.docx` });
    report(`${id} docx ${template}`, scoreDocument(roundTrip, document, parsed.document));
    roundTripFiles++;
  }
}
console.log(
  `\n${formatTable(`Round trip: ${truths.length} résumés × ${RESUME_TEMPLATES.length} templates × (PDF A4, PDF Letter, DOCX) = ${roundTripFiles} files`, roundTrip)}`,
);

// 2. The labelled layout set, printed by Chromium now.
const layoutScores: Scores = new Map();
const perLayout: string[] = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
let layoutFiles = 0;
try {
  const page = await browser.newPage();
  for (const [layout, render] of Object.entries(LAYOUTS) as [LayoutName, (typeof LAYOUTS)[LayoutName]][]) {
    const mine: Scores = new Map();
    for (const { id, document } of truths.filter((t) => t.id !== 'jsonresume-sample')) {
      await page.setContent(render(document), { waitUntil: 'load' });
      const bytes = await page.pdf({ format: layoutFiles % 2 === 0 ? 'A4' : 'Letter', printBackground: true });
      const parsed = await parseResume({ bytes: new Uint8Array(bytes), filename: `${id}-${layout}.pdf` });
      const misses = scoreDocument(layoutScores, document, parsed.document);
      scoreDocument(mine, document, parsed.document);
      report(`${id} ${layout}`, misses);
      layoutFiles++;
    }
    perLayout.push(`${layout.padEnd(20)} F1 ${(overallF1(mine) * 100).toFixed(1)}%`);
  }
} finally {
  await browser.close();
}
console.log(
  `\n${formatTable(`Layout set: ${Object.keys(LAYOUTS).length} layouts × ${layoutFiles / Object.keys(LAYOUTS).length} résumés = ${layoutFiles} PDFs (Chromium)`, layoutScores)}`,
);
console.log(`\nper layout:\n${perLayout.join('\n')}`);

// 3. Resume-Matcher's sample PDFs: no ground truth, so what was found.
const samples: [string, URL][] = [
  ...['john_doe.pdf', 'barry_allen_fe.pdf', 'harvey_dent_mle.pdf'].map((name): [string, URL] => [
    name,
    new URL(`../../../apps/server/src/modules/resumes/fixtures/${name}`, import.meta.url),
  ]),
  ...['alfred_pennyworth_pm.pdf', 'bruce_wayne_fullstack.pdf'].map((name): [string, URL] => [
    name,
    new URL(`./samples/${name}`, import.meta.url),
  ]),
];
console.log('\nResume-Matcher sample PDFs (no ground truth)');
console.log(`${'file'.padEnd(26)} ${'name'.padEnd(20)} ${'email'.padEnd(30)} work  edu  skills  unplaced`);
for (const [name, url] of samples) {
  const { document, unplaced } = await parseResume({ bytes: new Uint8Array(readFileSync(url)), filename: name });
  const skills = (document.skills ?? []).reduce((n, s) => n + (s.keywords?.length ?? 1), 0);
  console.log(
    `${name.padEnd(26)} ${(document.basics?.name ?? '-').padEnd(20)} ${(document.basics?.email ?? '-').padEnd(30)} ${String(document.work?.length ?? 0).padStart(4)} ${String(document.education?.length ?? 0).padStart(4)} ${String(skills).padStart(7)} ${String(unplaced.length).padStart(9)}`,
  );
}
console.log(
  `\noverall F1: round trip ${(overallF1(roundTrip) * 100).toFixed(1)}%, layout set ${(overallF1(layoutScores) * 100).toFixed(1)}% (aim ≥ 95%)`,
);
