/**
 * EXPLAIN (ANALYZE, BUFFERS) of each list statement on the bench database, printed before the load: which index
 * a page comes from, how many rows and buffers it reads, and the planning and execution time.
 */
import pg from 'pg';
import type { ListStatement } from './list-sql.ts';

export interface PlanSummary {
  label: string;
  /** The plan sorts rows itself (a Sort or Incremental Sort node) instead of reading them in index order. */
  sorted: boolean;
  planningMs: number;
  executionMs: number;
}

/** Prints each plan (costs off) indented under its label; returns what the table at the end needs. */
export async function explainAll(databaseUrl: string, statements: ListStatement[], out: NodeJS.WritableStream) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const summaries: PlanSummary[] = [];
  try {
    // A first run so every plan is explained with a warm cache, as under load.
    for (const s of statements) await client.query(s.text, s.values);
    for (const s of statements) {
      const res = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers, costs off) ${s.text}`,
        s.values,
      );
      const lines = res.rows.map((r) => r['QUERY PLAN']);
      out.write(`\n  ${s.label}: GET ${s.path}\n${lines.map((l) => `    ${l}`).join('\n')}\n`);
      const time = (name: string) => Number(lines.find((l) => l.startsWith(name))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
      summaries.push({
        label: s.label,
        sorted: lines.some((l) => /^(->\s+)?(Incremental )?Sort\b/.test(l.trim())),
        planningMs: time('Planning Time'),
        executionMs: time('Execution Time'),
      });
    }
  } finally {
    await client.end();
  }
  return summaries;
}
