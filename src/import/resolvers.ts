import { requireRole } from '../auth/guard.js';
import { badInput } from '../errors.js';
import { inLanguage } from '../language.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { importEnterprises, ImportNotFoundError, ImportRowsError, prepareImport, undoImport } from './import.js';
import { ImportBusyError, importRecord, openRecord, type ImportRecord } from './journal.js';
import { IMPORTS } from './queries.js';
import { ENCODING_NAMES } from './read/encoding.js';
import { ImportFileError } from './read/rows.js';
import { UploadGoneError } from './uploads.js';
import { WordedError } from './problems.js';
import { actorOf } from '../pipeline/leads.js';
import { pipelineScope } from '../pipeline/scope.js';
import type { Context } from '../context.js';
import { boundedInt, idKind, needs } from '../graph/index.js';

/** Larger lists go through `npm run import` or POST /uploads. */
const MAX_CSV_BYTES = 1_000_000;

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

/** The import's errors as GraphQL errors: problems with their lines, a file that is not one, another import running. */
function asInputError(err: unknown): never {
  if (err instanceof ImportRowsError) {
    throw badInput(`Nothing was imported: ${err.report.problemCount} problem(s), first: ${err.problems[0]}`, {
      argument: 'input',
      problems: err.problems,
      problemCount: err.report.problemCount,
      messageZh: `未导入任何内容：发现 ${err.report.problemCount} 个问题，第一个：${err.report.problems[0]?.ZH}`,
    });
  }
  if (err instanceof ImportFileError)
    throw badInput(`Nothing was imported: ${err.message}.`, {
      argument: 'input',
      messageZh: `未导入任何内容：${err.zh}。`,
    });
  // Another import running, an id that names none, a lead ledger its importer may not import or that changed since.
  if (err instanceof ImportBusyError || err instanceof ImportNotFoundError || err instanceof WordedError)
    throw badInput(`${err.message}.`, { argument: 'input', messageZh: `${err.zh}。` });
  throw err;
}

/** An upload that is not here (expired, imported, never was): the officer is told to upload the file again. */
function goneError(err: UploadGoneError): never {
  throw badInput(`input.upload: ${err.message}.`, { argument: 'input.upload', messageZh: `${err.zh}。` });
}

/**
 * The source and options of an uploaded file, held (no sweep removes it) until `release`:
 * an id that is not one, or names an upload no longer here, is the caller's mistake.
 */
function fileOf(
  ctx: Context,
  input: {
    upload: string;
    fileName: string;
    encoding?: string | null;
    sheet?: string | null;
    kind?: 'ENTERPRISES' | 'LEADS' | null;
  },
) {
  if (!ctx.imports) throw new Error('this server takes no uploads');
  const { uploads, readLimits } = ctx.imports;
  let path: string;
  try {
    // An admin may read any upload; an officer their own.
    path = uploads.path(input.upload, ctx.principal.roles.includes('admin') ? undefined : ctx.principal.subject);
  } catch (err) {
    if (err instanceof UploadGoneError) goneError(err);
    throw badInput(`input.upload: ${(err as Error).message}.`, {
      argument: 'input.upload',
      messageZh: '上传编号无效：请使用上传文件后得到的编号。',
    });
  }
  const encoding = input.encoding ? ENCODING_NAMES[input.encoding.toLowerCase()] : undefined;
  if (input.encoding && !encoding)
    throw badInput(`input.encoding must be utf-8, gbk or gb18030; got "${input.encoding}".`, {
      argument: 'input.encoding',
    });
  return {
    source: { path },
    encoding,
    sheet: input.sheet ?? undefined,
    kind: input.kind ?? undefined,
    limits: readLimits,
    release: uploads.hold(input.upload),
  };
}

/** The upload's file vanished while it was being opened (it expired meanwhile): the same as one not here. */
function vanished(ctx: Context, upload: string, err: unknown): void {
  if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT') return;
  try {
    ctx.imports!.uploads.path(upload);
  } catch (gone) {
    if (gone instanceof UploadGoneError) goneError(gone);
  }
  goneError(
    new UploadGoneError({
      EN: `upload ${upload} is not here any more; upload the file again`,
      ZH: '找不到该上传文件；请重新上传文件',
    }),
  );
}

export const importResolvers: Resolvers = {
  Query: {
    imports: async (_p, { first }, ctx) => {
      requireRole(ctx.principal, 'officer');
      const limit = boundedInt('first', first, 50, 1, 200);
      return (await ctx.db.read<{ import: ImportRecord }>(IMPORTS, { limit })).map((r) => openRecord(r.import));
    },
  },
  Mutation: {
    checkImport: async (_p, { input }, ctx) => {
      requireRole(ctx.principal, 'officer');
      const { source, encoding, sheet, kind, limits, release } = fileOf(ctx, input);
      try {
        const officer = { scope: await pipelineScope(ctx.db, ctx.principal), actor: actorOf(ctx.principal) };
        const { check } = await prepareImport(
          ctx.db,
          source,
          {
            fileName: input.fileName,
            by: ctx.principal.subject!,
            encoding,
            sheet,
            kind,
            officer,
            limits,
            dryRun: true,
          },
          ctx.log,
        );
        return { ...check, ok: true };
      } catch (err) {
        if (err instanceof ImportRowsError) return { ...err.report, ok: false };
        vanished(ctx, input.upload, err);
        return asInputError(err);
      } finally {
        release();
      }
    },
    runImport: async (_p, { input }, ctx) => {
      requireRole(ctx.principal, 'officer');
      const { source, encoding, sheet, kind, limits, release } = fileOf(ctx, input);
      const officer = { scope: await pipelineScope(ctx.db, ctx.principal), actor: actorOf(ctx.principal) };
      const prepared = await prepareImport(
        ctx.db,
        source,
        { fileName: input.fileName, by: ctx.principal.subject!, encoding, sheet, kind, officer, limits },
        ctx.log,
      ).catch((err: unknown) => {
        release();
        vanished(ctx, input.upload, err);
        return asInputError(err);
      });
      // Written in the background; the record says how far it got, and what became of it. The upload goes once written.
      void prepared.write!()
        .catch(() => undefined)
        .finally(() => {
          release();
          return ctx.imports!.uploads.remove(input.upload);
        });
      return (await importRecord(ctx.db, prepared.id!))!;
    },
    undoImport: async (_p, { id }, ctx) => {
      requireRole(ctx.principal, 'officer');
      idKind('id', id, 'Import');
      return undoImport(ctx.db, id, ctx.principal.subject!, ctx.log).catch(asInputError);
    },
    importEnterprises: async (_p, { csv, fileName }, ctx) => {
      requireRole(ctx.principal, 'officer');
      const bytes = new TextEncoder().encode(csv);
      if (bytes.length > MAX_CSV_BYTES)
        throw badInput(
          `csv is larger than ${MAX_CSV_BYTES} bytes; upload it to POST /uploads, or use npm run import.`,
          { argument: 'csv' },
        );
      try {
        return await importEnterprises(ctx.db, bytes, fileName ?? 'upload.csv', ctx.log, ctx.principal.subject!);
      } catch (err) {
        if (err instanceof ImportRowsError)
          throw badInput(`Nothing was imported: ${err.report.problemCount} problem(s), first: ${err.problems[0]}`, {
            argument: 'csv',
            problems: err.problems,
          });
        if (err instanceof ImportFileError)
          throw badInput(`Nothing was imported: ${err.message}.`, { argument: 'csv' });
        throw err;
      }
    },
  },
  Import: {
    kind: (i) => i.fileKind ?? 'ENTERPRISES',
    format: (i) => (i.format === 'csv' ? 'CSV' : 'XLSX'),
    startedAt: (i) => iso(i.startedAt)!,
    finishedAt: (i) => iso(i.finishedAt),
    undoneAt: (i) => iso(i.undoneAt),
    ignoredColumns: (i) => i.ignoredColumns ?? [],
    // Sealed in the graph (privacy/fields.ts); the import history is for officers.
    by: needs(['by'], (i: ImportRecord) => openRecord({ by: i.by }).by),
    undoneBy: needs(['undoneBy'], (i: ImportRecord) => openRecord({ undoneBy: i.undoneBy }).undoneBy ?? null),
    // Records from before the count was kept listed every ignored column.
    ignoredColumnCount: (i) => i.ignoredColumnCount ?? i.ignoredColumns?.length ?? 0,
  },
  ImportCheck: {
    format: (c) => (c.format === 'csv' ? 'CSV' : 'XLSX'),
    problems: (c, { language }) => c.problems.map((p) => inLanguage(p, language)),
  },
};
