import { describe, expect, it } from 'vitest';
import { codes, idOf, operation, useTestApi } from './api.js';

describe('ids and errors', () => {
  const api = useTestApi();

  it.each([
    ['Sector', 'electronics', 'Sector'],
    ['Chain', 'smartphone', 'Chain'],
    ['ChainLink', 'smartphone/camera-module', 'ChainLink'],
    ['Place', '郑州航空港区', 'Place'],
    ['Target', 'biomedicine-revenue', 'Target'],
    ['Category', 'HIGH_GROWTH', 'Category'],
  ] as const)('node(id:) resolves a %s', async (kind, key, typename) => {
    const { data } = await api.run('query($id: ID!) { node(id: $id) { __typename id } }', { id: idOf(kind, key) });
    expect(data).toEqual({ node: { __typename: typename, id: idOf(kind, key) } });
  });

  it('node(id:) with a malformed id is BAD_USER_INPUT saying so', async () => {
    const answer = await api.run('{ node(id: "not an id!") { id } }');
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'id: "not an id!" is not a chain-atlas id.'],
    ]);
  });

  it('node(id:) with a well-formed id that names nothing is BAD_USER_INPUT', async () => {
    expect(
      codes(await api.run('query($id: ID!) { node(id: $id) { id } }', { id: idOf('Enterprise', '不存在') })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('an id of the wrong kind is BAD_USER_INPUT naming the expected kind', async () => {
    const answer = await api.run(operation('chain-gaps'), { chain: idOf('Sector', 'electronics') });
    expect(answer.errors?.[0]?.message).toBe('chain: expected the id of a Chain, got the id of a Sector.');
  });

  it('a page size over 100 or a forged cursor is BAD_USER_INPUT', async () => {
    expect(codes(await api.run(operation('enterprises'), { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(operation('enterprises'), { after: 'Zm9yZ2Vk' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a wrong argument type is rejected before anything runs', async () => {
    expect(codes(await api.run(operation('sectors'), { category: 'NOT_A_CATEGORY' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('search text with Lucene syntax is searched for, not parsed', async () => {
    for (const text of ['a"b(c', 'name:* OR *', '\\', 'AND OR NOT']) {
      const answer = await api.run(operation('search'), { text });
      expect(answer.errors, text).toBeUndefined();
    }
  });

  it('ids are stable: the same entity has the same id after a reseed', async () => {
    const { data } = await api.run(operation('search'), { text: '舜宇光电公司' });
    expect(data!.search[0]?.node.id).toBe(idOf('Enterprise', '舜宇光电公司'));
  });
});
