import { creditCodeProblem, normalCreditCode } from './credit-code.js';
import { lineProblem, type Problem } from './problems.js';
import type { PlaceIndex } from './places.js';
import type { ImportRow } from './read/rows.js';

/** What rows resolve against besides enterprises: places, links and sectors by every name they go by. */
export type Reference = {
  places: PlaceIndex;
  links: Map<string, Set<string>>;
  sectors: Map<string, Set<string>>;
};

/** A row whose cells all make sense: place, links and sectors resolved, code checked; enterprises not yet matched. */
export type ValidRow = {
  line: number;
  name: string;
  aliases: string[];
  placeId: string;
  targets: string[];
  code: string | null;
  note: string;
};

/** Splits a cell of several values: `;`, `；`, `、`, `,` inside a cell, or `|`. */
export const cellList = (cell: string) =>
  cell
    .split(/[;；、|，]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Link names as rows may write them: `chain/link` keys, `chain name/link name`, a link name or alias alone. */
export function linkNames(
  links: { id: string; key: string; name: string; aliases: string[]; chain: string; chainKey: string }[],
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (k: string, id: string) => map.set(k, (map.get(k) ?? new Set()).add(id));
  for (const l of links) {
    for (const name of [l.name, ...l.aliases]) {
      add(name, l.id);
      add(`${l.chain}/${name}`, l.id);
      add(`${l.chainKey}/${name}`, l.id);
    }
    add(l.key, l.id);
  }
  return map;
}

/**
 * Checks one row's cells against the reference data: a name, a place the graph knows, links
 * or sectors that exist, a valid credit code. Returns the row resolved, or its problems,
 * each starting with its line.
 */
export function validateRow(row: ImportRow, ref: Reference): { row: ValidRow } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (EN: string, ZH: string) => problems.push(lineProblem(row.line, { EN, ZH }));
  const name = row.name.trim();
  if (!name) problem('name is empty', '企业名称为空');
  else if (name.length > 200) problem('name is longer than 200 characters', '企业名称超过 200 个字');
  if (row.note.length > 1000) problem('note is longer than 1000 characters', '备注超过 1000 个字');
  const place = ref.places.resolve(row.place);
  if ('problem' in place) problems.push(lineProblem(row.line, place.problem));
  const targets: string[] = [];
  for (const link of cellList(row.links)) {
    const ids = ref.links.get(link);
    if (!ids)
      problem(
        `no chain link "${link}" (write chain/link, e.g. smartphone/camera-module, or the link's name)`,
        `没有名为“${link}”的产业链环节（请写环节名称，或“产业链/环节”，如 智能手机产业链/摄像模组）`,
      );
    else if (ids.size > 1)
      problem(
        `"${link}" names links of several chains; write chain/link, e.g. 智能手机产业链/${link}`,
        `“${link}”是多条产业链都有的环节：请写成“产业链/环节”，如 智能手机产业链/${link}`,
      );
    else targets.push(...ids);
  }
  for (const sector of cellList(row.sectors)) {
    const ids = ref.sectors.get(sector);
    if (!ids) problem(`no sector "${sector}"`, `没有名为“${sector}”的产业`);
    else targets.push(...ids);
  }
  if (!row.links.trim() && !row.sectors.trim())
    problem('give links or sectors (what the enterprise makes)', '请填写产业链环节或所属行业（企业做什么）');
  const code = row.creditCode.trim() ? normalCreditCode(row.creditCode) : null;
  const codeProblem = row.creditCode.trim() ? creditCodeProblem(row.creditCode.trim()) : null;
  if (codeProblem) problem(`credit code ${codeProblem.EN}`, `统一社会信用代码${codeProblem.ZH}`);
  if (problems.length) return { problems };
  return {
    row: {
      line: row.line,
      name,
      aliases: [...new Set(cellList(row.aliases).filter((a) => a !== name))],
      placeId: (place as { id: string }).id,
      targets: [...new Set(targets)],
      code,
      note: row.note.trim(),
    },
  };
}
