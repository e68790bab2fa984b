import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionsSource } from '../src/place/divisions.js';
import { placeIdOfCode } from '../src/place/ids.js';
import { buildGraph } from '../src/seed/build.js';
import { readSeedFiles } from '../src/seed/read.js';
import { idOf, TestApi } from './api.js';
import { testDatabase } from './database.js';

/** The places `places(level: CITY)` answered before the whole country was loaded: the seed files' own, in their order. */
const declaredCities = buildGraph(readSeedFiles())
  .nodes.filter((n) => n.label === 'Place' && n.props.level === 'CITY' && !n.props.gazetteer)
  .sort((a, b) => Number(a.props.position) - Number(b.props.position))
  .map((n) => ({ id: n.id, name: n.props.name }));

/** The places the 2015 plan quotes: those with a verbatim quote among their sources. */
const quotedPlaces = buildGraph(readSeedFiles()).nodes.filter(
  (n) => n.label === 'Place' && (n.props.sourceQuotes as string[] | undefined)?.some((q) => q !== ''),
).length;

describe('the whole country’s places in the graph', () => {
  const api = new TestApi(testDatabase());
  beforeAll(() => api.start());
  afterAll(async () => {
    await api.stop();
    await api.db.close();
  });
  type PlaceRow = {
    id: string;
    name: string;
    code: string | null;
    level: string;
    inHenan: boolean;
    parent: { id: string; name: string; code: string | null } | null;
    sources: { kind: string; note: string | null }[];
  };
  const places = async (args: Record<string, unknown>) => {
    const { data, errors } = await api.run<{ places: PlaceRow[] }>(
      `query($level: PlaceLevel, $parent: ID, $within: ID, $code: String) {
         places(level: $level, parent: $parent, within: $within, code: $code) { id name code level inHenan parent { id name code } sources { kind note } }
       }`,
      args,
    );
    expect(errors).toBeUndefined();
    return data!.places;
  };

  it('places(code: "370100") is 济南, in 山东, with the list it comes from as its source', async () => {
    const [jinan, ...more] = await places({ code: '370100' });
    if (!jinan) throw new Error('no place has the code 370100');
    expect(more).toEqual([]);
    expect(jinan).toMatchObject({
      id: placeIdOfCode('370100'),
      name: '济南',
      code: '370100',
      level: 'CITY',
      inHenan: false,
    });
    expect(jinan.parent).toEqual({ id: idOf('Place', '山东'), name: '山东', code: '370000' });
    expect(jinan.sources.map((s) => s.note).join(' ')).toContain(divisionsSource());
    expect(await places({ code: '999999' })).toEqual([]);
  });

  it('places(level: CITY) with no parent answers as before: the seed files’ cities, none only the national lists give', async () => {
    const cities = await places({ level: 'CITY' });
    expect(cities.map((c) => ({ id: c.id, name: c.name }))).toEqual(declaredCities);
    expect(cities.map((c) => c.name)).toEqual(expect.arrayContaining(['郑州', '洛阳', '济源', '深圳']));
    expect(cities.map((c) => c.name)).not.toContain('济南');
    expect(cities.find((c) => c.name === '郑州')).toMatchObject({
      id: idOf('Place', '郑州'),
      code: '410100',
      inHenan: true,
    });
  });

  it('a province’s cities by parent, and everything inside a place by within', async () => {
    const shandong = await places({ parent: idOf('Place', '山东'), level: 'CITY' });
    expect(shandong).toHaveLength(16);
    expect(shandong.map((c) => c.name)).toEqual(expect.arrayContaining(['济南', '青岛']));
    const henanCities = await places({ parent: idOf('Place', '河南'), level: 'CITY' });
    expect(henanCities).toHaveLength(18);
    const zhengzhou = await places({ within: idOf('Place', '郑州') });
    expect(zhengzhou.map((c) => c.name)).toEqual(
      expect.arrayContaining(['金水区', '中原区', '郑州航空港区', '郑州高新区', '巩义']),
    );
    const zones = await places({ within: idOf('Place', '山东'), level: 'ZONE' });
    expect(zones.find((z) => z.code === '370171')).toMatchObject({ name: '济南高新区', parent: { name: '济南' } });
  });

  it('the curated plan counts the places it quotes, not the whole country’s', async () => {
    const { data, errors } = await api.run<{ plan: { counts: { kind: string; total: number }[] } }>(
      '{ plan { counts { kind total } } }',
    );
    expect(errors).toBeUndefined();
    expect(quotedPlaces).toBeGreaterThan(50);
    expect(data!.plan.counts.find((c) => c.kind === 'PLACE')?.total).toBe(quotedPlaces);
  });
});
