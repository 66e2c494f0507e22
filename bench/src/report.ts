/** Latency recording and the result table of the list benchmark (run.ts). */

export interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server process CPU time over the measured run / its wall time (100% = one core busy). */
  cpu: number;
  rssMb: number;
  /** The row whose req/s this one is compared with in the `vs ceiling` column. */
  ceiling?: string;
}

/** Latencies at 10 µs resolution (autocannon's own histogram rounds to whole milliseconds). */
export class Latencies {
  private readonly buckets = new Uint32Array(200_000);
  private readonly slow: number[] = [];
  private count = 0;

  record(ms: number) {
    const i = Math.floor(ms * 100);
    if (i < this.buckets.length) this.buckets[i] = (this.buckets[i] ?? 0) + 1;
    else this.slow.push(ms);
    this.count++;
  }

  percentile(p: number): number {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] ?? 0;
      if (seen >= rank) return (i + 0.5) / 100;
    }
    this.slow.sort((a, b) => a - b);
    return this.slow[rank - seen - 1] ?? Number.NaN;
  }
}

export function fmt(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function table(rows: Row[]): string {
  const bare = rows.find((r) => r.target === 'bare fastify');
  const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'vs ceiling', 'requests', 'non-2xx', 'errors'];
  head.push('CPU', 'RSS MB');
  const body = rows.map((r) => {
    const ceiling = rows.find((c) => c.target === r.ceiling);
    return [
      r.target,
      fmt(r.rps, 0),
      fmt(r.p50, 2),
      fmt(r.p99, 2),
      bare ? `${fmt((100 * r.rps) / bare.rps, 1)}%` : '-',
      ceiling ? `${fmt((100 * r.rps) / ceiling.rps, 1)}%` : '-',
      String(r.requests),
      String(r.non2xx),
      String(r.errors),
      `${fmt(100 * r.cpu, 0)}%`,
      fmt(r.rssMb, 0),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const numeric = (i: number) => i >= 1;
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
