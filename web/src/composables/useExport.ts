import { toCsv, type Cell } from '../lib/csv';

/** Today as `YYYY-MM-DD`, in the officer's time zone, for file names and report dates. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Saves a blob as a file the browser downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a table as CSV that Excel on a Chinese Windows opens (UTF-8 with a BOM). */
export function saveCsv(fileName: string, header: string[], rows: Cell[][]): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Saves an SVG document as a file. */
export function saveSvg(fileName: string, svg: string): void {
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Renders an SVG document to a PNG at twice its size (sharp on projectors and in documents), then saves it. */
export async function savePng(fileName: string, svg: string, size: { width: number; height: number }): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width * 2;
    canvas.height = size.height * 2;
    const g = canvas.getContext('2d')!;
    g.scale(2, 2);
    g.drawImage(image, 0, 0, size.width, size.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
    saveBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
