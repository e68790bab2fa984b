import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { IngestPlanInput } from '../generated/graphql.generated.js';
import { PlanExistsError, storeDraft } from './ingest.js';
import { isoDate } from './draft.js';
import { draftFromText, readPlanSource } from './extraction.js';

/** Largest pasted text (characters): a plan is tens of thousands; a file goes through POST /uploads. */
const MAX_PASTED = 500_000;

/**
 * `ingestPlan`: the text of an uploaded file or pasted text, through the rules into a
 * DRAFT with its candidates; the metadata given overrides what the text says.
 */
export async function ingestPlanText(ctx: Context, input: IngestPlanInput): Promise<string> {
  if (!input.upload === !input.text)
    throw badInput('input: give either upload (a file from POST /uploads) or text (pasted), not both.', {
      argument: 'input',
      messageZh: '请上传文件或粘贴文本（二选一）。',
    });
  let text: string;
  let fileName: string | null = input.fileName ?? null;
  if (input.text) {
    if (input.text.length > MAX_PASTED)
      throw badInput(`input.text is longer than ${MAX_PASTED} characters; upload the file instead.`, {
        argument: 'input.text',
        messageZh: '粘贴的文本过长，请改为上传文件。',
      });
    text = input.text;
  } else {
    if (!ctx.imports) throw new Error('this server takes no uploads');
    let path: string;
    try {
      path = ctx.imports.uploads.path(
        input.upload!,
        ctx.principal.roles.includes('admin') ? undefined : ctx.principal.subject,
      );
    } catch (err) {
      throw badInput(`input.upload: ${(err as Error).message}.`, {
        argument: 'input.upload',
        messageZh: (err as { zh?: string }).zh ?? '找不到该上传文件，请重新上传。',
      });
    }
    text = await readPlanSource(path, fileName ?? 'plan.txt');
    fileName ??= 'plan.txt';
  }
  const draft = await draftFromText(ctx.db, text, {
    title: input.title ?? null,
    issuer: input.issuer ?? null,
    date: input.date ? isoDate(input.date) : null,
    region: input.region ?? null,
    number: input.number ?? null,
    period: input.period ?? null,
  });
  try {
    return await storeDraft(ctx.db, draft, { text, by: ctx.principal.subject!, fileName });
  } catch (err) {
    if (err instanceof PlanExistsError)
      throw badInput(`${err.message}.`, { argument: 'input', plan: err.id, messageZh: '该文本已经导入过。' });
    throw err;
  }
}
