/**
 * How fast uploads are parsed (issue 6): vCard and contacts-CSV throughput on the calling thread and
 * through the untrusted-document pool, the pool's cost per job, and a ceiling doing the same bytes with
 * the cheapest comparable work. `npm run untrusted -w @jobpilot/bench`.
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { parseContactFile, parseContactFileTask } from '../../apps/server/src/modules/contacts/contact-parse.task.ts';
import { parseVcards } from '../../apps/server/src/modules/contacts/vcard-parse.ts';
import { decodeUpload } from '../../apps/server/src/platform/text-decode.ts';
import { createParsePool } from '../../apps/server/src/platform/untrusted/pool.ts';

const CARDS = 2_000;
const RUNS = 9;
/** Runs before the measured ones: the parse code is compiled by the JIT over the first few files. */
const WARMUP = 5;

function sampleVcards(): Buffer {
  const cards: string[] = [];
  for (let i = 0; i < CARDS; i++) {
    cards.push(
      [
        'BEGIN:VCARD',
        i % 2 ? 'VERSION:3.0' : 'VERSION:2.1',
        `N:Lee${i};Ann;Marie;Dr.;`,
        `FN:Dr. Ann Marie Lee ${i}`,
        `ORG:Acme ${i % 40};Research`,
        'TITLE:Head of Talent',
        `EMAIL;TYPE=INTERNET;TYPE=WORK:ann.lee${i}@acme.example`,
        `EMAIL;TYPE=INTERNET;TYPE=HOME:ann${i}@home.example`,
        'TEL;TYPE=CELL:+49 30 1234567',
        'TEL;TYPE=WORK,VOICE:+49 30 7654321',
        `URL:https://acme.example/people/${i}`,
        i % 2
          ? `NOTE:Met at the meetup\\, talked about the role.${' More words about the conversation.'.repeat(4)}`
          : 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 meeting=0D=0Afollow up=\r\n next week',
        'END:VCARD',
      ].join('\r\n'),
    );
  }
  return Buffer.from(`${cards.join('\r\n')}\r\n`);
}

function sampleCsv(): Buffer {
  const rows = ['Name,E-mail Address,Phone,Company,Job Title,Notes'];
  for (let i = 0; i < CARDS; i++) {
    rows.push(`Ann Lee ${i},ann${i}@acme.example,+49 30 1234567,Acme ${i % 40},Recruiter,"Met at the meetup, ${i}"`);
  }
  return Buffer.from(`${rows.join('\r\n')}\r\n`);
}

async function median(run: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const mbps = (bytes: number, ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);

/** The cheapest comparable pass over a vCard: decode, split into lines, find each line's colon. */
function lineSplitCeiling(bytes: Buffer): number {
  let colons = 0;
  for (const line of decodeUpload(bytes).split(/\r\n|\n|\r/)) if (line.indexOf(':') > 0) colons++;
  return colons;
}

const pool = createParsePool({ tasks: [parseContactFileTask], size: 1 });
const vcf = sampleVcards();
const csv = sampleCsv();
const tiny = Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n');
const viaPool = (bytes: Buffer, filename: string) => {
  const copy = new Uint8Array(bytes);
  return pool.run(parseContactFileTask, { content: copy, filename }, [copy.buffer]);
};

const rows: [string, number, number][] = [];
rows.push(['vCard, reading only (parseVcards)', vcf.length, await median(() => parseVcards(decodeUpload(vcf)))]);
rows.push(['vCard, in thread', vcf.length, await median(() => parseContactFile({ content: vcf, filename: 'a.vcf' }))]);
rows.push(['vCard, through the pool', vcf.length, await median(() => viaPool(vcf, 'a.vcf'))]);
rows.push(['vCard ceiling: decode + line split + loop', vcf.length, await median(() => lineSplitCeiling(vcf))]);
rows.push(['CSV, in thread', csv.length, await median(() => parseContactFile({ content: csv, filename: 'a.csv' }))]);
rows.push(['CSV, through the pool', csv.length, await median(() => viaPool(csv, 'a.csv'))]);
rows.push(['CSV ceiling: decode + Papa.parse', csv.length, await median(() => Papa.parse(decodeUpload(csv)))]);
const tinyInThread = await median(() => parseContactFile({ content: tiny, filename: 'a.vcf' }));
const tinyPool = await median(() => viaPool(tiny, 'a.vcf'));
await pool.close();

console.log(
  `untrusted parse: ${CARDS.toLocaleString('en-US')} contacts per file, median of ${RUNS} runs after ${WARMUP}; ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
console.log(`${'what'.padEnd(44)}${'KiB'.padStart(8)}${'ms'.padStart(9)}${'MB/s'.padStart(8)}`);
for (const [what, bytes, ms] of rows) {
  console.log(
    `${what.padEnd(44)}${(bytes / 1024).toFixed(0).padStart(8)}${ms.toFixed(1).padStart(9)}${mbps(bytes, ms).padStart(8)}`,
  );
}
console.log(`pool overhead per job (one-card file): ${(tinyPool - tinyInThread).toFixed(2)} ms`);
