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
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : client.escapeLiteral(String(v)));
  try {
    for (const [i, s] of statements.entries()) {
      // As JobPilot sends it: a prepared statement, run a few times first (warm cache; after five runs PostgreSQL
      // may switch to its generic plan, and the plan shown is the one it keeps using).
      await client.query(`prepare bench_${i} as ${s.text}`);
      const execute = `execute bench_${i}(${s.values.map(literal).join(', ')})`;
      for (let run = 0; run < 6; run++) await client.query(execute);
      const res = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${execute}`);
      const lines = res.rows.map((r) => r['QUERY PLAN']);
      const generic = lines.some((l) => /Cond: .*\$\d/.test(l));
      out.write(
        `\n  ${s.label}: GET ${s.path} (${generic ? 'generic' : 'custom'} plan)\n` +
          `${lines.map((l) => `    ${l}`).join('\n')}\n`,
      );
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
