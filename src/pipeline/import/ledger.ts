import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { toGlobalId } from '../../ids.js';
import type { CheckReport } from '../../import/check.js';
import { creditCodeProblem, normalCreditCode } from '../../import/credit-code.js';
import { decide, inTransaction, type Reader } from '../../import/match.js';
import { lineProblem, WordedError, type Problem } from '../../import/problems.js';
import { LISTED_IGNORED_COLUMNS } from '../../import/read/limits.js';
import type { LedgerRow, OpenedLedger } from '../../import/read/rows.js';
import type { Reference, ValidRow } from '../../import/validate.js';
import { newEnterpriseProps, sourceEntry } from '../../import/write.js';
import { placeIdOfCode } from '../../place/ids.js';
import { sealer } from '../../privacy/data-key.js';
import { today } from '../dates.js';
import { event, type Actor } from '../leads.js';
import type { Figures, LeadRow } from '../model.js';
import type { PipelineScope } from '../scope.js';
import { STAGE_ZH, isOrdered } from '../stages.js';
import {
  CHAINS_OF_LINKS,
  CREATE_LEDGER_ENTERPRISES,
  CREATE_LEDGER_LEADS,
  LEDGER_DONE,
  LEDGER_UNDO_BLOCKERS,
  OPEN_LEADS_OF_ROWS,
  OWNER_CANDIDATES,
  PLACE_NAMES,
  REMOVE_LEDGER_LEADS,
} from './queries.js';

type Stage = LeadRow['stage'];

/** Who imports a ledger: their pipeline scope (the places they may start leads in) and name. */
export type LedgerOfficer = { scope: PipelineScope; actor: Actor };

/** A ledger is an officer's weekly sheet, not a registry export: rows past this many are refused. */
export const LEDGER_MAX_ROWS = 2_000;
/** Examples of what would be created and matched, in a dry run's report. */
const EXAMPLES = 10;

/** A row of the ledger checked, its enterprise decided: what its lead will be. */
export type PlannedLead = {
  line: number;
  name: string;
  code: string | null;
  enterpriseId: string;
  /** The enterprise is new: created by the import. */
  fresh: boolean;
  placeId: string;
  linkId: string | null;
  chainId: string | null;
  stage: Stage;
  /** The day the stage was reached. */
  day: string;
  owner: Actor;
  figures: Figures | null;
  note: string | null;
};

/** A checked ledger: the report (the dry run's answer), and the leads it would write. */
export type CheckedLedger = { report: CheckReport; leads: PlannedLead[] };

/** Only an officer with a home place has a pipeline: anyone else's ledger is refused before any row is read. */
export class LedgerRefusedError extends WordedError {
  override name = 'LedgerRefusedError';
}

/** The stages by the words ledgers use: 线索, 接洽, 在谈 (or 洽谈), 签约 (or 已签约), …, and the English names. */
const STAGE_BY_WORD = new Map<string, Stage>([
  ...(Object.entries(STAGE_ZH) as [Stage, string][]).flatMap(([stage, zh]): [string, Stage][] => [
    [zh, stage],
    [`已${zh}`, stage],
    [stage.toLowerCase(), stage],
  ]),
  ['洽谈', 'NEGOTIATING'],
  ['谈判', 'NEGOTIATING'],
  ['储备', 'CLUE'],
  ['意向', 'CONTACT'],
]);

/** Stages an import refuses: a project at 投产 lands on the chain map, which only its own page does (moveLead). */
const LANDING: readonly Stage[] = ['PRODUCING', 'FULL_OUTPUT'];

const DAY_MS = 86_400_000;
/** Excel's day 0 (its day numbers count from 1899-12-30, past its 1900 leap-day bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A day as ledgers write it: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, or an Excel day number; null when it is none. */
export function ledgerDay(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (parts) [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  else if (/^\d{5}(\.0+)?$/.test(t)) {
    const date = new Date(EXCEL_EPOCH + Math.floor(Number(t)) * DAY_MS);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A figure cell: a number of 0 or more (thousands separators allowed); null when empty; NaN when not one. */
function figure(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}

const FIGURE_COLUMNS = [
  ['investment', '计划投资（亿元）'],
  ['annualOutput', '年产值（亿元）'],
  ['tax', '年税收（万元）'],
  ['jobs', '就业人数'],
] as const;

/** The link a row names: by 产业链 and 环节 (names, aliases or keys), or by 环节 alone when only one chain has it. */
function resolveLink(
  chain: string,
  link: string,
  links: Reference['links'],
): { id: string | null } | { problem: Problem } {
  if (!link) {
    if (!chain) return { id: null };
    return { problem: { EN: `chain "${chain}" without a link`, ZH: `填写了产业链“${chain}”，但没有填写环节` } };
  }
  const bare = chain.replace(/产业链$/, '');
  const keys = chain ? [`${chain}/${link}`, `${bare}产业链/${link}`, `${bare}/${link}`] : [link];
  for (const key of keys) {
    const ids = links.get(key);
    if (ids?.size === 1) return { id: [...ids][0]! };
    if (ids && ids.size > 1)
      return {
        problem: {
          EN: `"${link}" names links of several chains; give the chain (产业链)`,
          ZH: `“${link}”是多条产业链都有的环节：请在“产业链”列填写所属产业链`,
        },
      };
  }
  return chain
    ? {
        problem: {
          EN: `no link "${link}" in chain "${chain}"`,
          ZH: `产业链“${chain}”中没有名为“${link}”的环节（请写图谱中的产业链和环节名称）`,
        },
      }
    : { problem: { EN: `no chain link "${link}"`, ZH: `没有名为“${link}”的产业链环节` } };
}

/** A row whose cells make sense by themselves; its enterprise, owner and open leads not yet looked up. */
type CheckedCells = Omit<PlannedLead, 'enterpriseId' | 'fresh' | 'chainId' | 'owner'> & { ownerName: string | null };

/** Checks one row's cells: name, code, link, place (in the officer's scope), stage, day, owner, figures, note. */
function checkCells(
  row: LedgerRow,
  ref: Reference,
  scope: PipelineScope,
  homeName: string,
  now: string,
): { row: CheckedCells } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (words: Problem) => problems.push(lineProblem(row.line, words));
  const name = row.name.trim();
  if (!name) problem({ EN: 'name is empty', ZH: '企业名称为空' });
  else if (name.length > 200) problem({ EN: 'name is longer than 200 characters', ZH: '企业名称超过 200 个字' });
  const code = row.creditCode.trim() ? normalCreditCode(row.creditCode) : null;
  const codeProblem = row.creditCode.trim() ? creditCodeProblem(row.creditCode.trim()) : null;
  if (codeProblem) problem({ EN: `credit code ${codeProblem.EN}`, ZH: `统一社会信用代码${codeProblem.ZH}` });
  const link = resolveLink(row.chain.trim(), row.link.trim(), ref.links);
  if ('problem' in link) problem(link.problem);

  let placeId: string | null = null;
  const placeText = row.place.trim();
  if (!placeText) problem({ EN: 'place is empty', ZH: '地区为空（请写本地区或下辖地区的名称或区划代码）' });
  else if (/^\d{6}$/.test(placeText)) placeId = placeIdOfCode(placeText);
  else {
    const found = ref.places.resolve(placeText);
    if ('problem' in found) problem(found.problem);
    else placeId = found.id;
  }
  if (placeId && !scope.places.includes(placeId)) {
    problem({
      EN: `"${placeText}" is not your home place or a place under it`,
      ZH: `“${placeText}”不在您的辖区内：只能导入${homeName}及下辖地区的招商项目`,
    });
    placeId = null;
  }

  const stageText = row.stage.trim();
  const stage = STAGE_BY_WORD.get(stageText) ?? STAGE_BY_WORD.get(stageText.toLowerCase());
  if (!stageText) problem({ EN: 'stage is empty', ZH: '阶段为空' });
  else if (!stage)
    problem({
      EN: `no stage "${stageText}" (write 线索, 接洽, 在谈, 签约, 开工, 暂停 or 终止)`,
      ZH: `没有“${stageText}”这个阶段（请写 线索、接洽、在谈、签约、开工、暂停 或 终止）`,
    });
  else if (LANDING.includes(stage))
    problem({
      EN: `${stage} is not imported: confirm production on the project's page, which puts it on the chain map`,
      ZH: `“${STAGE_ZH[stage]}”的项目不能导入：投产及以后阶段请在项目页面确认（确认后项目将计入产业链地图）`,
    });
  const note = row.note.trim() || null;
  if (note && note.length > 2000) problem({ EN: 'note is longer than 2000 characters', ZH: '备注超过 2000 个字' });
  if ((stage === 'PAUSED' || stage === 'LOST') && !note)
    problem({
      EN: `a ${stage} row needs the reason in its note`,
      ZH: `${STAGE_ZH[stage]}的项目须在“备注”中写明原因`,
    });

  let day = now;
  if (row.stageDate.trim()) {
    const d = ledgerDay(row.stageDate);
    if (!d)
      problem({
        EN: `stage date "${row.stageDate.trim()}" is not a day (write YYYY-MM-DD)`,
        ZH: `阶段日期“${row.stageDate.trim()}”不是有效日期（请写成 2026-03-05 的格式）`,
      });
    else if (d > now)
      problem({ EN: `stage date ${d} is in the future`, ZH: `阶段日期 ${d} 晚于今天：请填写已到达该阶段的日期` });
    else day = d;
  }

  const figures: Figures = { investment: null, annualOutput: null, tax: null, jobs: null };
  for (const [key, zh] of FIGURE_COLUMNS) {
    const value = figure(row[key]);
    if (Number.isNaN(value) || (key === 'jobs' && value != null && !Number.isInteger(value)))
      problem({
        EN: `${key} "${row[key].trim()}" is not a number of 0 or more`,
        ZH: `${zh}“${row[key].trim()}”不是不小于 0 的${key === 'jobs' ? '整数' : '数字'}`,
      });
    else figures[key] = value;
  }
  const ownerName = row.owner.trim() || null;
  if (problems.length) return { problems };
  return {
    row: {
      line: row.line,
      name,
      code,
      placeId: placeId!,
      linkId: (link as { id: string | null }).id,
      stage: stage!,
      day,
      ownerName,
      figures: Object.values(figures).some((v) => v != null) ? figures : null,
      note,
    },
  };
}

/**
 * Reads a lead ledger whole (it is small: LEDGER_MAX_ROWS at most) and writes nothing:
 * checks every row's cells, decides its enterprise as an enterprise list's rows are
 * decided (by credit code, else by name or alias; a new one needs its credit code), checks
 * owners, and refuses a row that would open a second lead for an enterprise, place and link.
 */
export async function checkLedger(
  db: Database,
  file: OpenedLedger,
  ref: Reference,
  officer: LedgerOfficer | undefined,
): Promise<CheckedLedger> {
  if (!officer?.scope.mayWrite || !officer.scope.home)
    throw new LedgerRefusedError({
      EN: 'importing a lead ledger needs an officer whose account has a home place: import it in the web app (/import), signed in as that officer',
      ZH: '只有设置了所属地区的招商人员可以导入招商项目台账',
    });
  const { scope, actor } = officer;
  const report: CheckReport = {
    kind: 'LEADS',
    format: file.format,
    encoding: file.encoding,
    sheet: file.sheet,
    ignoredColumns: file.headers.ignored.slice(0, LISTED_IGNORED_COLUMNS),
    ignoredColumnCount: file.headers.ignored.length,
    rows: 0,
    enterprisesToCreate: 0,
    enterprisesToMerge: 0,
    duplicateRows: 0,
    leadsToCreate: 0,
    createdExamples: [],
    mergedExamples: [],
    problems: [],
    problemCount: 0,
  };
  const problem = (p: Problem) => {
    report.problemCount++;
    if (report.problems.length < 500) report.problems.push(p);
  };
  const [home] = await db.read<{ name: string }>(PLACE_NAMES, { ids: [scope.home] });
  const homeName = home?.name ?? '本地区';
  const now = today();
  const cells: CheckedCells[] = [];
  for await (const row of file.rows()) {
    if (++report.rows > LEDGER_MAX_ROWS) {
      problem({
        EN: `a lead ledger may have at most ${LEDGER_MAX_ROWS} rows; split the file`,
        ZH: `招商项目台账最多 ${LEDGER_MAX_ROWS} 行：请分成几个文件导入`,
      });
      break;
    }
    const checked = checkCells(row, ref, scope, homeName, now);
    if ('problems' in checked) checked.problems.forEach(problem);
    else cells.push(checked.row);
  }
  if (!report.rows) problem({ EN: 'the file has a header but no rows', ZH: '文件只有表头，没有数据行' });

  const leads = await decideLeads((cypher, params) => db.read(cypher, params), cells, actor, problem);
  const seen = new Set<string>();
  for (const lead of leads) {
    report.leadsToCreate++;
    if (seen.has(lead.enterpriseId)) continue;
    seen.add(lead.enterpriseId);
    if (lead.fresh) {
      report.enterprisesToCreate++;
      if (report.createdExamples.length < EXAMPLES) report.createdExamples.push({ line: lead.line, name: lead.name });
    } else report.enterprisesToMerge++;
  }
  for (const lead of leads.filter((l) => !l.fresh).slice(0, EXAMPLES))
    report.mergedExamples.push({ line: lead.line, name: lead.name, into: lead.enterpriseMatch!, by: lead.by! });
  return { report, leads };
}

type Decided = PlannedLead & { enterpriseMatch?: string; by?: 'code' | 'name' };

/**
 * The lookups of a ledger's rows against the graph, at the check and again in the write's
 * transaction: each row's enterprise, the chain of its link, its owner, and any open lead
 * on the same enterprise, place and link (in the graph, or an earlier row of the file).
 */
async function decideLeads(
  read: Reader,
  cells: CheckedCells[],
  actor: Actor,
  problem: (p: Problem) => void,
): Promise<Decided[]> {
  if (!cells.length) return [];
  const asRows: ValidRow[] = cells.map((c) => ({
    line: c.line,
    name: c.name,
    aliases: [],
    placeId: c.placeId,
    targets: [],
    code: c.code,
    note: '',
  }));
  const decisions = await decide(read, asRows, null);
  const links = [...new Set(cells.map((c) => c.linkId).filter((l): l is string => !!l))];
  const chains = new Map(
    (await read<{ link: string; chain: string }>(CHAINS_OF_LINKS, { links })).map((r) => [r.link, r.chain]),
  );
  const pairs = cells
    .filter((c) => c.ownerName && c.ownerName !== actor.username)
    .map((c) => ({ username: c.ownerName!, place: c.placeId }));
  const owners = new Map(
    (pairs.length
      ? await read<{ username: string; place: string; name: string }>(OWNER_CANDIDATES, { pairs })
      : []
    ).map((r) => [`${r.username}\t${r.place}`, r.name]),
  );
  const decided: Decided[] = [];
  cells.forEach((c, i) => {
    const d = decisions[i]!;
    if ('problem' in d) return problem(d.problem);
    if (!d.existing && !c.code)
      return problem(
        lineProblem(c.line, {
          EN: `"${c.name}" is not in the graph: a new enterprise needs its credit code (统一社会信用代码)`,
          ZH: `图谱中没有“${c.name}”：新企业须填写统一社会信用代码`,
        }),
      );
    let owner = actor;
    if (c.ownerName && c.ownerName !== actor.username) {
      const name = owners.get(`${c.ownerName}\t${c.placeId}`);
      if (!name)
        return problem(
          lineProblem(c.line, {
            EN: `owner ${c.ownerName} is not an active officer of the place or above it`,
            ZH: `负责人“${c.ownerName}”不是该地区或上级地区的在职招商人员（请填写其登录名）`,
          }),
        );
      owner = { username: c.ownerName, name };
    }
    const { ownerName: _, ...rest } = c;
    decided.push({
      ...rest,
      enterpriseId: d.id,
      fresh: !d.existing,
      chainId: c.linkId ? (chains.get(c.linkId) ?? null) : null,
      owner,
      ...(d.existing ? { enterpriseMatch: d.name, by: d.by } : {}),
    });
  });
  // One open lead per enterprise, place and link: in the graph, and in the file.
  const open = await read<{ line: number; stage: Stage | null }>(OPEN_LEADS_OF_ROWS, {
    rows: decided.map((l) => ({ line: l.line, enterprise: l.enterpriseId, place: l.placeId, link: l.linkId })),
  });
  const openAt = new Map(open.filter((o) => o.stage).map((o) => [o.line, o.stage!]));
  const firstLine = new Map<string, number>();
  return decided.filter((l) => {
    const stage = openAt.get(l.line);
    if (stage) {
      problem(
        lineProblem(l.line, {
          EN: `there is already a lead on ${l.name} for this place and link (at ${stage}); update it in the app`,
          ZH: `该企业在此地区此环节已有招商项目（${STAGE_ZH[stage]}阶段），请在系统中更新`,
        }),
      );
      return false;
    }
    const key = `${l.enterpriseId}\t${l.placeId}\t${l.linkId ?? ''}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problem(
        lineProblem(l.line, {
          EN: `the same enterprise, place and link as line ${earlier}`,
          ZH: `与第 ${earlier} 行是同一企业、同一地区、同一环节的项目`,
        }),
      );
      return false;
    }
    firstLine.set(key, l.line);
    return true;
  });
}

/** A row that passed the check but no longer can be written (the graph changed since): nothing is written. */
export class LedgerChangedError extends WordedError {
  override name = 'LedgerChangedError';
}

/**
 * Writes a checked ledger in one transaction, with the import's record set DONE in it:
 * the rows are looked up again (the graph may have changed since the check), then the new
 * enterprises (with the import's provenance entry and STATES record), the leads (origin
 * IMPORT, the file and line, the stage and the day it was reached), and each lead's
 * CREATED event. All of it, or, on any failure, none.
 */
export async function writeLedger(
  db: Database,
  checked: CheckedLedger,
  job: { id: string; fileName: string; date: string },
  actor: Actor,
): Promise<{ rowsWritten: number; leadsCreated: number; enterprisesCreated: number }> {
  return db.writeStatements(async (run) => {
    const problems: Problem[] = [];
    const cells = checked.leads.map((l) => ({ ...l, ownerName: l.owner.username }));
    const again = await decideLeads(inTransaction(run), cells, actor, (p) => problems.push(p));
    if (problems.length || again.length !== checked.leads.length)
      throw new LedgerChangedError({
        EN: `the graph changed since the check: ${problems[0]?.EN ?? 'a row'}; nothing was imported`,
        ZH: `检查之后图谱已有变化：${problems[0]?.ZH ?? '有的行不能导入'}；未导入任何内容`,
      });
    const now = Date.now();
    const fresh = new Map<string, Record<string, unknown>>();
    for (const l of again)
      if (l.fresh && !fresh.has(l.enterpriseId))
        fresh.set(l.enterpriseId, {
          code: l.code,
          source: sourceEntry(job.id, job.fileName, l.line, job.date, ''),
          props: newEnterpriseProps(l.enterpriseId, {
            name: l.name,
            code: l.code,
            aliases: [],
          }),
        });
    const created = fresh.size
      ? (await run(CREATE_LEDGER_ENTERPRISES, { import: job.id, rows: [...fresh.values()] })).counts.nodesCreated
      : 0;
    const rows = again.map((l) => {
      const id = toGlobalId('Lead', randomUUID());
      const ordered = isOrdered(l.stage);
      const lead: LeadRow & Record<string, unknown> = {
        id,
        kind: 'Lead',
        enterpriseId: l.enterpriseId,
        placeId: l.placeId,
        linkId: l.linkId,
        chainId: l.chainId,
        stage: l.stage,
        stageBefore: null,
        version: 1,
        origin: 'IMPORT',
        originRank: null,
        originScore: null,
        originQuote: null,
        originFile: job.fileName,
        originLine: l.line,
        originImport: job.id,
        note: sealer().seal(l.note),
        owner: l.owner.username,
        ownerName: l.owner.name,
        createdAt: now,
        updatedAt: now,
        // The stage began on its day, in China's time.
        stageSince: Math.min(now, Date.parse(`${l.day}T00:00:00+08:00`)),
        pausedReason: l.stage === 'PAUSED' ? sealer().seal(l.note) : null,
        resumeBy: null,
        lostReason: l.stage === 'LOST' ? sealer().seal(l.note) : null,
        lostTo: null,
        figures: l.figures
          ? sealer().seal(
              JSON.stringify({
                planned: l.figures,
                actual: { investment: null, annualOutput: null, tax: null, jobs: null },
              }),
            )
          : null,
        plannedDates: null,
        reachedDates: JSON.stringify(ordered ? { [l.stage]: l.day } : {}),
        lastInteractionAt: null,
        // Each stage's day as a property of its own too, as leads.ts writes them (funnels and alerts count them in Cypher).
        ...(ordered ? { [`reached${l.stage}`]: l.day } : {}),
      };
      return {
        lead,
        event: event(actor, id, 'CREATED', {
          toStage: l.stage,
          toOwner: l.owner.username,
          note: `由导入 ${job.fileName} 第 ${l.line} 行建立`,
          detail: l.day,
        }),
      };
    });
    await run(CREATE_LEDGER_LEADS, { rows });
    const done = { rowsWritten: rows.length, leadsCreated: rows.length, enterprisesCreated: created };
    await run(LEDGER_DONE, { import: job.id, props: done });
    return done;
  });
}

/**
 * Takes back a ledger import's leads, in one transaction with marking the import as being
 * undone, only if none changed since (still at version 1, no interaction) and no one else's
 * lead names an enterprise it created; else refuses, naming them. The journal's undo then
 * removes the enterprises it created.
 */
export async function takeBackLeads(db: Database, id: string, props: Record<string, unknown>): Promise<number> {
  return db.writeStatements(async (run) => {
    const [{ changed, others }] = (
      await run<{ changed: { line: number; enterprise: string }[]; others: string[] }>(LEDGER_UNDO_BLOCKERS, {
        import: id,
      })
    ).rows as [{ changed: { line: number; enterprise: string }[]; others: string[] }];
    if (changed.length) {
      const named = changed
        .sort((a, b) => a.line - b.line)
        .slice(0, 10)
        .map((c) => `第 ${c.line} 行 ${c.enterprise}`);
      throw new LedgerChangedError({
        EN: `${changed.length} lead(s) of this import changed since (lines ${changed.map((c) => c.line).join(', ')}); it cannot be undone`,
        ZH: `该导入建立的 ${changed.length} 个招商项目在导入后已有更新（${named.join('、')}${changed.length > 10 ? ' 等' : ''}），不能撤销：请在系统中逐个处理`,
      });
    }
    if (others.length)
      throw new LedgerChangedError({
        EN: `other leads name enterprises this import created (${others.join(', ')}); it cannot be undone`,
        ZH: `其他招商项目用到了该导入新建的企业（${others.join('、')}），不能撤销`,
      });
    const [row] = (await run<{ removed: number }>(REMOVE_LEDGER_LEADS, { import: id, props })).rows;
    return row?.removed ?? 0;
  });
}
