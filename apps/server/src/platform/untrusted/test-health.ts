import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * For route tests of uploads parsed in the pool (issue 6): sends one request to a listening server
 * while `GET /health` is polled, and prints the median and slowest poll, so a run shows how the event
 * loop fared while the file was read (and the longest the loop was held, by the server or the test).
 *
 * @example
 * const r = await whilePollingHealth(base, 'params.vcf', () => fetch(url, { method: 'POST', body }));
 * expect(r.slowestHealth).toBeLessThan(250);
 */
export async function whilePollingHealth<T>(base: string, what: string, send: () => Promise<Response>) {
  // The test and the server share this process: the longest the event loop was held, by either.
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let done = false;
  const healthTimes: number[] = [];
  let healthFailures = 0;
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      const health = await fetch(`${base}/health`);
      await health.arrayBuffer();
      if (health.status !== 200) healthFailures++;
      healthTimes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const started = performance.now();
  const res = await send();
  const body = (await res.json()) as T;
  const elapsed = performance.now() - started;
  done = true;
  await polling;
  loop.disable();
  const loopMaxMs = loop.max / 1e6;
  healthTimes.sort((a, b) => a - b);
  // The usual median: the middle poll, or the mean of the two middle ones (a fast answer sees only two).
  const middle = healthTimes.length / 2;
  const medianHealth = Number.isInteger(middle)
    ? ((healthTimes[middle - 1] ?? 0) + (healthTimes[middle] ?? 0)) / 2
    : (healthTimes[Math.floor(middle)] ?? 0);
  const slowestHealth = healthTimes.at(-1) ?? 0;
  console.log(
    `${what}: ${res.status} in ${elapsed.toFixed(0)} ms; /health ${healthTimes.length} polls, ` +
      `median ${medianHealth.toFixed(1)} ms, slowest ${slowestHealth.toFixed(1)} ms; ` +
      `event loop held up to ${loopMaxMs.toFixed(1)} ms`,
  );
  return { status: res.status, body, elapsed, medianHealth, slowestHealth, healthFailures, loopMaxMs };
}
