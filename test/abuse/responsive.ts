import { timedQuery } from './instance.js';

/** How the service answered a small anonymous query while something else went on, and how fast its event loop answered /healthz. */
export type Responsiveness = { polls: number; slowestMs: number; slowestHealthzMs: number; failures: string[] };

/**
 * Sends a small anonymous query every `everyMs` until `during` settles, and reports the
 * slowest answer and any that failed: "the service keeps answering a small query within
 * a second or two throughout".
 */
export async function whileAnswering<T>(
  url: string,
  during: Promise<T>,
  everyMs = 250,
): Promise<{ result: T; responsiveness: Responsiveness }> {
  let settled = false;
  const watched = during.finally(() => (settled = true));
  const responsiveness: Responsiveness = { polls: 0, slowestMs: 0, slowestHealthzMs: 0, failures: [] };
  const poller = (async () => {
    while (!settled) {
      const started = performance.now();
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch(() =>
        responsiveness.failures.push('/healthz did not answer'),
      );
      responsiveness.slowestHealthzMs = Math.max(
        responsiveness.slowestHealthzMs,
        Math.round(performance.now() - started),
      );
      const reply = await timedQuery<{ sectors: unknown[] }>(url, '{ sectors { id } }', {}, 10_000).catch(
        (err: Error) => ({ ms: 10_000, status: 0, body: { data: null }, text: err.message }),
      );
      responsiveness.polls++;
      responsiveness.slowestMs = Math.max(responsiveness.slowestMs, reply.ms);
      if (reply.status !== 200 || reply.body.data?.sectors.length !== 19)
        responsiveness.failures.push(`${reply.status} ${reply.text.slice(0, 200)}`);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  const result = await watched;
  await poller;
  return { result, responsiveness };
}
