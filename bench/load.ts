/** Latency percentiles (ms) and throughput of one measured run. */
export type Measurement = { p50: number; p95: number; p99: number; rps: number; errors: number; requests: number };

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Sends `requests` requests with `concurrency` of them in flight at any time and
 * measures each. `send` resolves true for a good answer, false for an error.
 */
export async function measure(
  send: () => Promise<boolean>,
  concurrency: number,
  requests: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const ok = await send().catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    rps: round(latencies.length / seconds),
    errors,
    requests: latencies.length,
  };
}
