import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '../api.js';
import { dataOf, firstError, replyOf } from '../http-client.js';
import { startInstance, timedQuery, type Instance } from './instance.js';

const SMALL = '{ sectors { id } }';

/** `nodes(ids:)` with one sector's id repeated: a 986 KB request that once took the process to 4.2 GB. */
const manyIds = (n: number) =>
  JSON.stringify({
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Sector { name chains { name links { name } } } } }',
    variables: { ids: Array(n).fill(idOf('Sector', 'electronics')) },
  });

const post = (url: string, body: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(60_000),
  }).then((r) => replyOf<{ nodes: { name: string }[] }>(r));

describe('list arguments and answer sizes', () => {
  let service: Instance;
  beforeAll(async () => {
    service = await startInstance();
  });
  afterAll(() => service?.stop());

  it(
    'nodes(ids:) with 36,500 ids is refused at once, twice in parallel, and memory stays flat',
    { timeout: 120_000 },
    async () => {
      const before = await service.rssMb();
      const replies = await Promise.all([post(service.url, manyIds(36_500)), post(service.url, manyIds(36_500))]);
      for (const reply of replies) {
        expect(reply.status).toBe(400);
        expect(firstError(reply).extensions?.code).toBe('BAD_USER_INPUT');
        expect(firstError(reply).message).toMatch(
          /nodes\(ids:\) has 36500 items; a list argument may have at most 100/,
        );
      }
      expect((await service.rssMb()) - before).toBeLessThan(150);
      const fresh = await timedQuery(service.url, SMALL);
      expect(fresh.ms).toBeLessThan(2_000);
      expect(service.alive()).toBe(true);
    },
  );

  it('a list within the cap still counts towards the cost: 100 ids of a deep selection are priced as 100 selections', async () => {
    const deep = JSON.stringify({
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Sector { ${'name nameEn key '.repeat(20)} chains { ${'name '.repeat(40)} links { ${'name stage '.repeat(100)} } } } } }`,
      variables: { ids: Array(100).fill(idOf('Sector', 'electronics')) },
    });
    const reply = await post(service.url, deep);
    expect(reply.status).toBe(400);
    expect(firstError(reply).message).toMatch(/list arguments cost \d+, over the limit of 20000/);
  });

  it('a few ids are answered as before', async () => {
    const reply = await post(service.url, manyIds(3));
    expect(reply.status).toBe(200);
    const { nodes } = dataOf(reply);
    expect(nodes.map((n) => n.name)).toEqual(Array(3).fill(nodes[0]?.name));
  });
});

describe('an answer over the size limit', () => {
  let service: Instance;
  beforeAll(async () => {
    service = await startInstance({ env: { MAX_RESPONSE_BYTES: '20000' } });
  });
  afterAll(() => service?.stop());

  it('is replaced by RESPONSE_TOO_LARGE, which says how large it would have been', async () => {
    const reply = await timedQuery(
      service.url,
      '{ sectors { name chains { name links { name stage enterprises { name } } } } }',
    );
    expect(reply.body.data).toBeUndefined();
    expect(firstError(reply).extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(firstError(reply).message).toMatch(/The answer would be \d+ KB, over the limit of 19 KB/);
  });
});
