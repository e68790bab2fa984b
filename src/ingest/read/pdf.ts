/** A PDF whose pages carry no text: a scan, which must go through OCR before it can be read. */
export class ScannedPdfError extends Error {
  constructor(pages: number) {
    super(
      `this is a scanned PDF with no text layer (${pages} page${pages === 1 ? '' : 's'}, no text found): run it through OCR first and give the OCR'd PDF or its text`,
    );
    this.name = 'ScannedPdfError';
  }
}

type Item = { str: string; x: number; y: number; w: number; h: number };

const CJK_OR_FULLWIDTH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、。，；：！？（）《》]/;

/**
 * The text of a PDF's text layer (pdfjs-dist, legacy build for Node), as a person reads
 * it: items joined into lines by their baseline, lines into paragraphs. Chinese needs
 * care: no space between CJK characters (a space only where two Latin words or numbers
 * meet across a gap); a line that wraps mid-sentence joins the next one; a paragraph
 * starts where a line is indented (the genre's two-character indent), follows a short
 * line (a heading, or the end of a paragraph), or after a larger vertical gap.
 */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        if (!it.str) continue;
        const [a, b, , d, e, f] = it.transform as [number, number, number, number, number, number];
        items.push({
          str: it.str,
          x: e,
          y: f,
          w: it.width ?? 0,
          h: it.height || Math.hypot(a, b) || Math.abs(d) || 10,
        });
      }
      pages.push(layout(items));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.filter(Boolean).join('\n');
  if (text.replace(/\s/g, '').length === 0) throw new ScannedPdfError(doc.numPages);
  return text;
}

/** One page's items → its text: lines by baseline, then paragraphs. */
export function layout(items: Item[]): string {
  if (!items.length) return '';
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(2, it.h * 0.4)) line.push(it);
    else lines.push([it]);
  }
  const texts = lines.map((l) => {
    l.sort((a, b) => a.x - b.x);
    let s = '';
    let prev: Item | undefined;
    for (const it of l) {
      if (prev) {
        const gap = it.x - (prev.x + prev.w);
        const joinCjk = CJK_OR_FULLWIDTH.test(prev.str.at(-1)!) || CJK_OR_FULLWIDTH.test(it.str[0]!);
        if (gap > it.h * 0.25 && !joinCjk && !s.endsWith(' ')) s += ' ';
      }
      s += it.str;
      prev = it;
    }
    return {
      text: s.replace(/\s+$/, ''),
      left: l[0]!.x,
      right: Math.max(...l.map((i) => i.x + i.w)),
      y: l[0]!.y,
      h: Math.max(...l.map((i) => i.h)),
    };
  });
  const left = Math.min(...texts.map((t) => t.left));
  const right = Math.max(...texts.map((t) => t.right));
  let out = '';
  texts.forEach((t, i) => {
    if (i === 0) return void (out = t.text);
    const prev = texts[i - 1]!;
    const indented = t.left - left > t.h * 1.2;
    const prevShort = right - prev.right > prev.h * 1.5;
    const farBelow = prev.y - t.y > Math.max(prev.h, t.h) * 1.8;
    const latinJoin = /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(t.text);
    out += indented || prevShort || farBelow ? `\n${t.text}` : `${latinJoin ? ' ' : ''}${t.text}`;
  });
  return out;
}
