/** Full-width characters: CJK ideographs and punctuation, full-width forms, and symbols such as ✓ ◎ ✕. */
const WIDE = /[\u2460-\u27bf\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;

/**
 * The width of a line of text in pixels, estimated without a browser: a Chinese character
 * or full-width mark is one em (bold or not), anything else at most 0.62 em (0.66 bold, a
 * space 0.3). Generous on purpose, so text laid out by it never runs past what it was
 * given, whichever of the Chinese fonts (Microsoft YaHei, PingFang, Noto Sans CJK) draws it.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : bold ? 0.66 : 0.62;
  return ems * fontSize;
}

/**
 * A text broken into lines no wider than `maxWidth`: between any two Chinese characters,
 * at spaces in other text, never before a closing mark (，。、）》 and the like).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const next = line + piece;
    if (line && textWidth(next.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Closing marks that stay with the character before them: a line never starts with one. */
export const CLOSING = /^[，。、；：！？）》」』”’·,.;:!?)\]]/;

/** The units a line may break between: one Chinese character (with its closing marks), or a word of other text with its space. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+|./gsu)) {
    const piece = m[0];
    if (out.length && CLOSING.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}
