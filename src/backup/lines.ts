import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BackupFileError } from './format.js';

/**
 * The lines of a gzip-compressed file or stream, read as they are consumed (readline
 * pauses the stream while lines wait), with the compression's errors said as what
 * they mean for a backup.
 */
export async function* backupLines(input: string | Readable): AsyncGenerator<string> {
  const source = typeof input === 'string' ? createReadStream(input) : input;
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const gunzip = pipeline(source, counted, createGunzip(), () => undefined);
  const lines = createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (err) {
    if (bytes === 0 && (err as { code?: string }).code === 'Z_BUF_ERROR')
      throw new BackupFileError('the file is empty, not a chain-atlas backup');
    throw describeReadError(err);
  } finally {
    lines.close();
    gunzip.destroy();
  }
}

function describeReadError(err: unknown): Error {
  const e = err as { code?: string; message?: string };
  if (e.code === 'Z_DATA_ERROR' && e.message === 'incorrect header check') {
    return new BackupFileError(
      'not a chain-atlas backup: the file is not gzip-compressed (a backup is the .jsonl.gz file `npm run backup` writes)',
    );
  }
  if (e.code === 'Z_BUF_ERROR')
    return new BackupFileError(
      'the backup is truncated: its compressed data ends early (was the backup interrupted, or the copy cut short?)',
    );
  if (e.code?.startsWith('Z_')) return new BackupFileError(`the backup is damaged: ${e.message}`);
  return err as Error;
}
