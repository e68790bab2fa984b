import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, timedQuery, type Instance } from './instance.js';

/** An ordinary query that takes a while: every chain's links with their enterprises. */
const HEAVY = '{ sectors { name chains { name links { name stage enterprises { name } } } } }';
const SMALL = '{ sectors { id } }';

/** Sends `query` and gives up after `ms`, as an impatient client does; never throws. */
const impatient = (url: string, query: string, ms: number) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(ms),
  })
    .then((r) => r.text())
    .then(
      () => 'answered',
      () => 'gave up',
    );

describe('clients that give up while their request waits its turn', () => {
  let service: Instance;
  beforeAll(async () => {
    service = await startInstance({ env: { MAX_IN_FLIGHT: '8' } });
  });
  afterAll(() => service?.stop());

  it(
    '300 clients that time out at one second leave a service that answers a fresh request within 2 s',
    { timeout: 120_000 },
    async () => {
      const outcomes = await Promise.all(Array.from({ length: 300 }, () => impatient(service.url, HEAVY, 1_000)));
      expect(outcomes.filter((o) => o === 'gave up').length).toBeGreaterThan(100);
      const fresh = await timedQuery<{ sectors: unknown[] }>(service.url, SMALL, {}, 10_000);
      expect(fresh.status).toBe(200);
      expect(fresh.body.data?.sectors.length).toBe(19);
      expect(fresh.ms).toBeLessThan(2_000);
    },
  );

  it('8 slow requests and 20 abandoned ones leave every slot free again', { timeout: 60_000 }, async () => {
    const slow = Array.from({ length: 8 }, () => impatient(service.url, HEAVY, 30_000));
    const abandoned = await Promise.all(Array.from({ length: 20 }, () => impatient(service.url, HEAVY, 20)));
    expect(abandoned.filter((o) => o === 'gave up').length).toBeGreaterThan(10);
    expect(await Promise.all(slow)).toEqual(Array(8).fill('answered'));
    // Nine at once: more than the slots, so a single leaked slot would hold one of them for good.
    const fresh = await Promise.all(Array.from({ length: 9 }, () => timedQuery(service.url, SMALL, {}, 10_000)));
    expect(fresh.map((f) => f.status)).toEqual(Array(9).fill(200));
    expect(Math.max(...fresh.map((f) => f.ms))).toBeLessThan(2_000);
  });

  it(
    'clients that send their body slowly hold no slot: a fresh request still answers within 2 s',
    { timeout: 60_000 },
    async () => {
      const { port } = new URL(service.url);
      const body = JSON.stringify({ query: SMALL });
      const slowpokes = Array.from({ length: 12 }, () => {
        const socket = connect(Number(port), '127.0.0.1');
        socket.on('error', () => undefined);
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
        );
        return socket;
      });
      await new Promise((r) => setTimeout(r, 500));
      const fresh = await timedQuery<{ sectors: unknown[] }>(service.url, SMALL, {}, 10_000);
      slowpokes.forEach((s) => s.destroy());
      expect(fresh.status).toBe(200);
      expect(fresh.ms).toBeLessThan(2_000);
    },
  );
});
