import { startTsWorker } from '../../worker/start.js';
import { ImportFileError } from './file-error.js';
import { byteSize, type ReadLimits } from './limits.js';
import type { ZipSource } from './xlsx-inspect.js';
import type { SheetReply, SheetRequest } from './xlsx-worker.js';

/** Workbooks are parsed one at a time in a process: each parse may use its whole heap limit. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Parses a sheet with read-excel-file in a worker thread of its own, with a heap limit and
 * a time limit: a workbook that needs more memory or time than allowed kills the worker, not
 * the process, and is refused with the reason; the worker's memory goes back when it ends.
 * Gives the sheet's non-empty rows as lines of JSON (see SheetReply), in one buffer.
 */
export function readSheetText(source: ZipSource, sheet: string | number, limits: ReadLimits): Promise<Uint8Array> {
  const run = turn.then(() => parseInWorker(source, sheet, limits));
  turn = run.catch(() => undefined);
  return run;
}

function parseInWorker(source: ZipSource, sheet: string | number, limits: ReadLimits): Promise<Uint8Array> {
  const request: SheetRequest = { path: source.path, bytes: source.bytes, sheet, maxTextBytes: limits.unpackedBytes };
  const worker = startTsWorker(
    new URL('./xlsx-worker.ts', import.meta.url),
    { maxOldGenerationSizeMb: limits.heapMb },
    { request },
  );
  return new Promise<Uint8Array>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new ImportFileError({
              EN: `reading the workbook took longer than the ${limits.timeoutMs / 1000} s allowed, and was stopped; ${limits.larger.EN}`,
              ZH: `读取该工作簿超过了允许的 ${limits.timeoutMs / 1000} 秒，已停止；${limits.larger.ZH}`,
            }),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (reply: SheetReply) =>
      settle(() => {
        if (reply.ok) return resolve(reply.text);
        if (reply.reason === 'too-much-text') {
          return reject(
            new ImportFileError({
              EN: `the sheet's cells hold more than ${byteSize(limits.unpackedBytes)} of text (a shared text repeated in many cells counts each time); ${limits.larger.EN}`,
              ZH: `该工作表单元格中的文字超过 ${byteSize(limits.unpackedBytes)}（同一段共享文字出现在多个单元格中时逐个计算）；${limits.larger.ZH}`,
            }),
          );
        }
        if (reply.reason === 'no-sheet')
          return reject(
            new ImportFileError({
              EN: `the workbook has no sheet "${sheet}"`,
              ZH: `工作簿中没有名为“${sheet}”的工作表`,
            }),
          );
        // Officers read the Chinese: the reader's own words (a TypeError, often) are for the English and the log.
        reject(
          new ImportFileError({
            EN: `the file is not a readable XLSX workbook: ${reply.message}`,
            ZH: '无法读取该 XLSX 工作簿：文件可能已损坏，或不是用 Excel/WPS 另存的 .xlsx 文件',
          }),
        );
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          return reject(
            new ImportFileError({
              EN: `reading the workbook needed more memory than the ${limits.heapMb} MB allowed (it holds more than its size suggests), and was stopped; ${limits.larger.EN}`,
              ZH: `读取该工作簿所需的内存超过了允许的 ${limits.heapMb} MB（其内容远多于文件大小所显示的），已停止；${limits.larger.ZH}`,
            }),
          );
        }
        reject(
          new ImportFileError({
            EN: `the file is not a readable XLSX workbook: ${err.message}`,
            ZH: '无法读取该 XLSX 工作簿：文件可能已损坏，或不是用 Excel/WPS 另存的 .xlsx 文件',
          }),
        );
      }),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(
          new ImportFileError({
            EN: `the file is not a readable XLSX workbook: its reader stopped (exit code ${code})`,
            ZH: `无法读取该 XLSX 工作簿（读取程序意外停止，退出码 ${code}）`,
          }),
        ),
      ),
    );
  });
}
