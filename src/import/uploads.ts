import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded files wait to be checked and imported (removed after an hour, or once imported). */
export const UPLOAD_DIR = path.join(os.tmpdir(), 'chain-atlas-uploads');
const MAX_AGE_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;

/** An upload larger than the limit. */
export class UploadTooLargeError extends Error {
  override name = 'UploadTooLargeError';
}

/** Saves an upload's bytes, at most `limit` of them, to a file of its own; returns its id, size and SHA-256. */
export async function saveUpload(body: Readable, limit: number, dir = UPLOAD_DIR): Promise<{ upload: string; bytes: number; sha256: string }> {
  await mkdir(dir, { recursive: true });
  void sweepUploads(dir);
  const upload = randomBytes(16).toString('hex');
  const file = path.join(dir, upload);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(body, async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        if (bytes > limit) throw new UploadTooLargeError(`the file is larger than ${limit} bytes; import larger files with npm run import`);
        hash.update(chunk);
        yield chunk;
      }
    }, createWriteStream(file));
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
  return { upload, bytes, sha256: hash.digest('hex') };
}

/** The file of an upload id; throws for an id that is not one. */
export function uploadPath(upload: string, dir = UPLOAD_DIR): string {
  if (!ID.test(upload)) throw new Error(`"${upload}" is not an upload id from POST /uploads`);
  return path.join(dir, upload);
}

export async function removeUpload(upload: string, dir = UPLOAD_DIR): Promise<void> {
  await rm(uploadPath(upload, dir), { force: true });
}

/** Removes uploads older than an hour. */
async function sweepUploads(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
  }
}
