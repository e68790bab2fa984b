import type express from 'express';
import type { Request, Response } from 'express';
import pLimit from 'p-limit';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { authenticate, type Authenticator } from '../../auth/authenticate.js';
import type { Principal } from '../../auth/tokens.js';
import type { Database } from '../../db/database.js';
import { fromGlobalId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import { filtersOf, recordAudit } from '../audit.js';
import { today } from '../dates.js';
import { pipelineScope, placesWithin } from '../scope.js';
import { STAGE_ZH } from '../stages.js';
import { toCsv } from './csv.js';
import { EXPORT_LEADS } from './queries.js';
import { COLUMNS, rowOf, type Cell, type ExportLead } from './sheet.js';

/** The most leads one file holds; beyond, the file says so in its last row and the X-Export-Truncated header. */
export const EXPORT_MAX_ROWS = 20_000;
/** Exports built at once (each holds its rows in memory); more wait, and past EXPORT_QUEUE waiting are refused. */
const EXPORTS_AT_ONCE = 2;
const EXPORT_QUEUE = 20;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An error body like GraphQL's, with the message in Chinese as well for the web app (as /uploads answers). */
const refuse = (res: Response, status: number, code: string, message: string, messageZh: string) =>
  void res.status(status).json({ errors: [{ message, extensions: { code, messageZh } }] });

/** What the query string asks for; a parameter given twice or of the wrong kind is refused. */
type Filters = { place: string | null; stage: string | null; chain: string | null; owner: string | null };
class FilterError extends Error {
  constructor(
    message: string,
    readonly zh: string,
  ) {
    super(message);
  }
}

function filtersIn(query: Request['query']): Filters {
  const one = (name: string): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string')
      throw new FilterError(`${name} must be given once, as text.`, `参数 ${name} 只能填写一个值。`);
    return value;
  };
  const place = one('place');
  const stage = one('stage');
  const chain = one('chain');
  const owner = one('owner');
  if (place && fromGlobalId(place)?.kind !== 'Place')
    throw new FilterError(`place: "${place}" is not a Place id.`, '地区参数不正确。');
  if (chain && fromGlobalId(chain)?.kind !== 'Chain')
    throw new FilterError(`chain: "${chain}" is not a Chain id.`, '产业链参数不正确。');
  if (stage && !(stage in STAGE_ZH))
    throw new FilterError(
      `stage: "${stage}" is not a stage (${Object.keys(STAGE_ZH).join(', ')}).`,
      '阶段参数不正确。',
    );
  return { place, stage, chain, owner };
}

/** `Content-Disposition` for a file name in Chinese: RFC 6266 with the RFC 5987 `filename*`, and an ASCII fallback. */
export function attachment(fileName: string, fallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /exports/leads.xlsx and /exports/leads.csv: the 项目信息采集表, the weekly report of
 * the leads the caller may see (pipeline/scope.ts), filtered by `place`, `stage`, `chain`
 * and `owner` as the `leads` query is, newest activity first, at most EXPORT_MAX_ROWS.
 * A bearer token or the session cookie (SameSite=Strict: never sent from another site);
 * anonymous 401, anyone without leads (readers, analysts, editors, an admin below the
 * province) 403. Contacts are never exported. Each export goes to the audit.
 */
export function exportRoute({
  db,
  auth,
  log,
  maxRows = EXPORT_MAX_ROWS,
}: {
  db: Database;
  auth: Authenticator;
  log: Logger;
  maxRows?: number;
}): express.RequestHandler {
  const slots = pLimit(EXPORTS_AT_ONCE);
  return async (req: Request, res: Response) => {
    const format = req.path.endsWith('.csv') ? 'csv' : 'xlsx';
    let principal: Principal;
    try {
      principal = await authenticate(req.headers.authorization, auth, req.headers.cookie);
    } catch (err) {
      return refuse(
        res,
        401,
        'UNAUTHENTICATED',
        `Not allowed: ${(err as Error).message}`,
        '登录已失效或令牌无效，请重新登录。',
      );
    }
    if (!principal.subject)
      return refuse(res, 401, 'UNAUTHENTICATED', 'Exporting leads needs you to sign in.', '导出招商项目需要先登录。');
    let filters: Filters;
    try {
      filters = filtersIn(req.query);
    } catch (err) {
      if (err instanceof FilterError) return refuse(res, 400, 'BAD_USER_INPUT', err.message, err.zh);
      throw err;
    }
    if (slots.pendingCount >= EXPORT_QUEUE)
      return void res
        .status(503)
        .set('Retry-After', '5')
        .json({
          errors: [
            {
              message: 'Too many exports are being built; retry in a few seconds.',
              extensions: { code: 'SERVER_BUSY', messageZh: '导出的人较多，请稍后再试。' },
            },
          ],
        });
    try {
      await slots(() => answer(format, principal, filters));
    } catch (err) {
      log.error({ err }, 'an export failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed.', '导出失败，请稍后再试。');
    }

    async function answer(format: 'csv' | 'xlsx', principal: Principal, filters: Filters): Promise<void> {
      const scope = await pipelineScope(db, principal);
      if (!scope.places.length) {
        const officer = principal.roles.includes('officer');
        return refuse(
          res,
          403,
          'FORBIDDEN',
          officer
            ? 'Your account has no home place, so it has no leads: ask an administrator to set one.'
            : 'Exporting leads needs the officer role (or an administrator of the province).',
          officer ? '您的账号未设置所属地区，请联系管理员。' : '只有招商人员可以导出招商项目。',
        );
      }
      const places = await placesWithin(db, scope, filters.place);
      const [found] = await db.read<{ areaName: string | null; rows: ExportLead[] }>(EXPORT_LEADS, {
        area: filters.place ?? scope.home,
        places,
        stage: filters.stage,
        chain: filters.chain,
        owner: filters.owner,
        limit: maxRows + 1,
      });
      const leads = found?.rows ?? [];
      const truncated = leads.length > maxRows;
      const now = Date.now();
      const rows: Cell[][] = leads.slice(0, maxRows).map((lead, i) => rowOf(i + 1, lead, now));
      if (truncated)
        rows.push([
          `仅导出最近有进展的前 ${maxRows} 个项目，其余未导出；请按地区、阶段或产业链筛选后分批导出。`,
          ...COLUMNS.slice(1).map(() => null),
        ]);
      const day = today(now);
      const area = found?.areaName ?? '全部';
      const fileName = `项目信息采集表-${area}-${day}.${format}`;
      const count = rows.length - (truncated ? 1 : 0);
      await recordAudit(db, log, principal, {
        action: 'EXPORT',
        detail: [`leads.${format}`, filtersOf({ ...filters, place: area }), `rows=${count}`]
          .concat(truncated ? ['truncated'] : [])
          .filter(Boolean)
          .join(' '),
        count,
      });
      res.set({
        'Content-Disposition': attachment(fileName, `leads-${day}.${format}`),
        'Cache-Control': 'no-store',
        'X-Export-Rows': String(count),
        ...(truncated ? { 'X-Export-Truncated': `only the ${maxRows} leads with the latest activity` } : {}),
      });
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8').send(toCsv(COLUMNS, rows));
        return;
      }
      res.type(XLSX_TYPE).send(await xlsxOf(rows));
    }
  };
}

/** The workbook: one sheet, the header bold and frozen, text as text (a string cell is never a formula). */
async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const header: Row = COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body: Row[] = rows.map((r) => r.map((value) => (value === null ? null : { value })));
  return writeXlsxFile([header, ...body], {
    sheet: '项目信息采集表',
    stickyRowsCount: 1,
    columns: COLUMNS.map((c) => ({ width: c === '最近对接' ? 60 : c === '项目名称' || c === '企业名称' ? 30 : 14 })),
  }).toBuffer();
}
