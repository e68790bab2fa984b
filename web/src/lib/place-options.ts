import { byPinyin } from './format';

type Named = { id: string; name: string };
type SubPlace = Named & { level: string };

/** An option of the place picker: its value (the place id, '' for the province), the words shown, and the name typed to reach it. */
export type PlaceOption = { value: string; label: string; name: string };
export type PlaceGroup = { label: string; options: PlaceOption[] };

/** The places a city holds, by level, in words that need no brackets inside brackets. */
const SUB_LEVELS: { level: string; words: string }[] = [
  { level: 'COUNTY', words: '县和县级市' },
  { level: 'DISTRICT', words: '区' },
  { level: 'ZONE', words: '园区和新区' },
];

/**
 * What the place picker offers: the province first (no place chosen means the province),
 * its cities, and the places of the chosen city grouped by level (郑州所辖县和县级市:
 * 郑州 › 登封), each group in pinyin order.
 */
export function placeOptions(
  province: Named | null,
  cities: Named[],
  city: (Named & { children: SubPlace[] }) | null,
): { province: PlaceOption; groups: PlaceGroup[] } {
  const provinceName = province?.name ?? '河南';
  const groups: PlaceGroup[] = [
    { label: '省辖市', options: [...cities].sort(byPinyin).map((c) => ({ value: c.id, label: c.name, name: c.name })) },
  ];
  if (city) {
    const known = new Set(SUB_LEVELS.map((l) => l.level));
    const levels = [...SUB_LEVELS, { level: '', words: '其他地区' }];
    for (const { level, words } of levels) {
      const places = city.children.filter((p) => (level ? p.level === level : !known.has(p.level))).sort(byPinyin);
      if (places.length)
        groups.push({
          label: `${city.name}所辖${words}`,
          options: places.map((p) => ({ value: p.id, label: `${city.name} › ${p.name}`, name: p.name })),
        });
    }
  }
  return { province: { value: '', label: `${provinceName}（全省）`, name: provinceName }, groups };
}
