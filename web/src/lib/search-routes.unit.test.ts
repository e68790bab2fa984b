import { describe, expect, it } from 'vitest';
import { hitLink } from './search-routes';

describe('search hits', () => {
  it('open the page of their kind, a link opening its chain map with its panel', () => {
    expect(
      hitLink({
        kind: 'ENTERPRISE',
        node: { id: 'E1', name: '富士康集团', aliases: ['富士康'], places: [{ name: '郑州航空港区' }] },
      }),
    ).toEqual({ kindWord: '企业', title: '富士康集团', detail: '又称 富士康 · 郑州航空港区', to: '/enterprise/E1' });
    expect(
      hitLink({ kind: 'CHAIN_LINK', node: { id: 'L1', name: '芯片', chain: { id: 'C1', name: '智能手机产业链' } } }).to,
    ).toBe('/chain/C1?link=L1');
    expect(hitLink({ kind: 'SECTOR', node: { id: 'S1', name: '电子信息' } }).to).toBe('/sector/S1');
    expect(
      hitLink({ kind: 'ENTERPRISE', node: { id: 'U1', name: '郑州大学', organisationKind: 'UNIVERSITY' } }).kindWord,
    ).toBe('高等院校');
    expect(
      hitLink({ kind: 'ENTERPRISE', node: { id: 'E2', name: '某公司', organisationKind: 'COMPANY' } }).kindWord,
    ).toBe('企业');
    expect(
      hitLink({ kind: 'CLUSTER', node: { id: 'K1', name: '五大风电产业基地', carrierKind: 'BASE' } }),
    ).toMatchObject({ kindWord: '基地', to: '/cluster/K1' });
    expect(hitLink({ kind: 'PLACE', node: { id: 'P1', name: '郑州', parent: { name: '河南' } } })).toMatchObject({
      kindWord: '地区',
      detail: '河南',
      to: '/place/P1',
    });
  });
});
