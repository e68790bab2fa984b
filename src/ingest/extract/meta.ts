import type { PlanMeta } from './types.js';

/** Words a plan's title ends with: the genre's document kinds. */
const TITLE_ENDS =
  /(实施方案|行动方案|推进方案|工作方案|行动计划|三年行动计划|指导意见|实施意见|若干意见|规划|纲要|若干措施|若干政策|政策措施|通知|意见|方案|计划|办法)(（[^）]{0,20}）|\([^)]{0,20}\))?$/;
const ISSUER = /^[\u4e00-\u9fff（）()、]{2,40}(人民政府办公厅|人民政府办公室|人民政府|委员会|办公厅|办公室|厅|局|委)$/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const NUMBER = /[\u4e00-\u9fff]{1,8}[〔［[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*\d{1,4}\s*号/;
const PERIOD = /[（(]\s*((?:19|20)\d{2})\s*[-—–－~至到]+\s*((?:19|20)\d{2})\s*年?\s*[）)]/;

/**
 * The plan's title, issuer, date, period and 文号 from the head and tail of the text, when
 * they are there: a notice head (addressees, 《title》已经…同意, the issuer and date lines),
 * a title line before the first heading, a signature and date at the end. Many texts copied
 * from databases lack them: the fields are then null and the caller gives them.
 */
export function readMeta(text: string): PlanMeta {
  const lines = text.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  const head = lines.slice(0, 12).filter(Boolean);
  const tail = lines.slice(-8).filter(Boolean);
  let title: string | null = null;
  const quoted = text.slice(0, 600).match(/《([^》]{4,60})》(?:已经|已|现)/);
  if (quoted) title = quoted[1]!;
  for (const l of head) {
    if (title) break;
    if (l.length >= 6 && l.length <= 60 && TITLE_ENDS.test(l) && !/[，。；：]/.test(l)) title = l;
  }
  let issuer: string | null = null;
  let date: string | null = null;
  // The issuer and date stand on lines of their own, at the head (after the notice) or at the end.
  for (const block of [head, tail]) {
    for (let i = 0; i < block.length; i++) {
      const l = block[i]!;
      const d = l.match(DATE);
      if (d && l.length <= 16 && !date) {
        date = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
        const before = block[i - 1];
        if (before && ISSUER.test(before) && !issuer) issuer = before;
      }
    }
  }
  // The 文号 stands on a line of its own; one inside a sentence cites another document.
  const number =
    head
      .find((l) => l.length <= 30 && NUMBER.test(l) && l.match(NUMBER)![0].length >= l.length - 2)
      ?.match(NUMBER)![0] ?? null;
  const p = title?.match(PERIOD);
  const period = p ? `${p[1]}-${p[2]}` : null;
  const region = (title ?? '').match(/^(?:关于)?([\u4e00-\u9fff]{2,3}?)(省|市|自治区)/)?.[1] ?? null;
  return { title, issuer, date, region, period, number };
}
