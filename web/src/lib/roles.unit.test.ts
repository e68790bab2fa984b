import { describe, expect, it } from 'vitest';
import { byCarrierKind, CARRIER_WORDS } from './roles';

describe('carriers by kind', () => {
  it('groups carriers under the plan words for their kind, clusters first, empty kinds left out', () => {
    const groups = byCarrierKind([
      { kind: 'PARK', name: 'a' },
      { kind: 'CLUSTER', name: 'b' },
      { kind: 'PARK', name: 'c' },
    ]);
    expect(groups.map((g) => [g.word, g.carriers.map((c) => c.name)])).toEqual([
      ['产业集群', ['b']],
      ['园区', ['a', 'c']],
    ]);
  });

  it('has words for every kind the schema names', () => {
    expect(Object.keys(CARRIER_WORDS).sort()).toEqual([
      'BASE',
      'CLUSTER',
      'DEMONSTRATION_CITY',
      'HUB',
      'PARK',
      'PROGRAMME_SITE',
      'ZONE',
    ]);
  });
});
