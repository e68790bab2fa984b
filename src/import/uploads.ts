import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { byteSize } from './read/limits.js';
import { WordedError } from './problems.js';

const ID = /^[0-9a-f]{32}$/;
/** Beside each upload, who sent it, when, and (once received) its size (`<id>.json`): the accounting is rebuilt from them at start. */
const META = /^([0-9a-f]{32})\.json$/;

/** What the uploads folder may hold. */
export type UploadLimits = {
  /** The largest upload. */
  fileBytes: number;
  /** All uploads waiting, together. */
  quotaBytes: number;
  /** Uploads one officer may have waiting (each is removed once imported, or when it expires). */
  perOfficer: number;
  /** How long an upload waits to be checked and imported. */
  retentionMs: number;
};

/** An upload larger than the limit. */
export class UploadTooLargeError extends Error {
  override name = 'UploadTooLargeError';
}

/** An upload refused for the room it would take: the folder's quota (507) or the officer's waiting uploads (429). */
export class UploadRefusedError extends WordedError {
  override name = 'UploadRefusedError';
  constructor(
    readonly status: 429 | 507,
    readonly code: 'TOO_MANY_UPLOADS' | 'UPLOAD_QUOTA_EXCEEDED',
    words: { EN: string; ZH: string },
    readonly retryAfterSeconds: number,
  ) {
    super(words);
  }
}

/** An upload id that names no upload here any more: it expired, was imported, or never was. */
export class UploadGoneError extends WordedError {
  override name = 'UploadGoneError';
}

type Upload = { bytes: number; by: string; at: number; holds: number };

const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * The uploads folder and its accounting, kept in memory (rebuilt from the folder when the
 * service starts), so that a request checks the quota and the officer's waiting uploads
 * without walking the folder. Uploads expire after `retentionMs` (a sweep every minute) and
 * are removed once imported; one being read is kept until it is let go.
 */
export class Uploads {
  private readonly uploads = new Map<string, Upload>();
  /** Bytes of the uploads stored, and reserved by those being received. */
  private stored = 0;
  private reserved = 0;
  /** Uploads being received, by officer. */
  private readonly receiving = new Map<string, number>();
  private sweeper: NodeJS.Timeout | undefined;

  private constructor(
    readonly dir: string,
    readonly limits: UploadLimits,
  ) {}

  /** Opens the folder: uploads an earlier process left are counted again (or removed, if expired or half written). */
  static async open(dir: string, limits: UploadLimits): Promise<Uploads> {
    await mkdir(dir, { recursive: true });
    const uploads = new Uploads(dir, limits);
    const names = await readdir(dir);
    for (const name of names) {
      const file = path.join(dir, name);
      const meta = META.exec(name);
      if (ID.test(name)) {
        const info = await stat(file).catch(() => null);
        const about = await readFile(`${file}.json`, 'utf8')
          .then((t) => JSON.parse(t) as { by?: string; at?: number; bytes?: number })
          .catch(() => null);
        // A record without its size, or with another size: it was being received when its process stopped.
        // No record at all: left by a version that kept none; it counts, and expires by its time.
        if (!info || (about && about.bytes !== info.size)) await uploads.delete(name);
        else uploads.add(name, { bytes: info.size, by: about?.by ?? '', at: about?.at ?? info.mtimeMs, holds: 0 });
      } else if (meta && !names.includes(meta[1]!)) {
        await rm(file, { force: true });
      }
    }
    await uploads.sweep();
    uploads.sweeper = setInterval(
      () => void uploads.sweep().catch(() => undefined),
      Math.min(60_000, limits.retentionMs),
    );
    uploads.sweeper.unref();
    return uploads;
  }

  /** Stops the sweeps (the files stay, for the next start). */
  close(): void {
    clearInterval(this.sweeper);
  }

  /** Bytes the folder holds and has promised to uploads being received. */
  get usedBytes(): number {
    return this.stored + this.reserved;
  }

  /** An officer's uploads waiting, and being received. */
  waiting(by: string): number {
    let n = this.receiving.get(by) ?? 0;
    for (const u of this.uploads.values()) if (u.by === by && !this.expired(u)) n++;
    return n;
  }

  /**
   * Saves an upload's bytes (at most `limits.fileBytes`) to a file of its own, with who sent it;
   * returns its id, size and SHA-256. Refused before a byte is read when the officer already
   * has `perOfficer` uploads waiting, or when the folder has no room for `expectedBytes` (the
   * Content-Length; the file limit when not given) within the quota.
   */
  async save(
    body: Readable,
    by: string,
    expectedBytes?: number,
  ): Promise<{ upload: string; bytes: number; sha256: string }> {
    const now = Date.now();
    await this.sweep(now);
    const { fileBytes, quotaBytes, perOfficer, retentionMs } = this.limits;
    const kept = `uploads are kept for ${minutes(retentionMs)} minutes, or until imported`;
    const keptZh = `上传的文件保留 ${minutes(retentionMs)} 分钟，导入后即删除`;
    if (this.waiting(by) >= perOfficer) {
      throw new UploadRefusedError(
        429,
        'TOO_MANY_UPLOADS',
        {
          EN: `You have ${perOfficer} uploads waiting, the most one officer may have (${kept}); import one of them, or upload again when the oldest has expired.`,
          ZH: `您已有 ${perOfficer} 个待导入的上传文件，已达每人上限（${keptZh}）；请先导入其中一个，或等最早的一个过期后再上传。`,
        },
        this.secondsUntilExpiry(now, (u) => u.by === by),
      );
    }
    const reserve = Math.min(expectedBytes && expectedBytes > 0 ? expectedBytes : fileBytes, fileBytes);
    if (this.usedBytes + reserve > quotaBytes) {
      throw new UploadRefusedError(
        507,
        'UPLOAD_QUOTA_EXCEEDED',
        {
          EN: `The server's room for uploads (${byteSize(quotaBytes)}) is full (${kept}); try again later.`,
          ZH: `服务器存放上传文件的空间（${byteSize(quotaBytes)}）已满（${keptZh}）；请稍后再试。`,
        },
        this.secondsUntilExpiry(now, () => true),
      );
    }
    this.reserved += reserve;
    this.receiving.set(by, (this.receiving.get(by) ?? 0) + 1);
    const upload = randomBytes(16).toString('hex');
    const file = path.join(this.dir, upload);
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      await mkdir(this.dir, { recursive: true });
      // Who sends it, written first: an upload cut short by a stopped process is known at the next start.
      await writeFile(`${file}.json`, JSON.stringify({ by, at: now }));
      await pipeline(
        body,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            if (bytes > fileBytes)
              throw new UploadTooLargeError(
                `the file is larger than ${fileBytes} bytes; import larger files with npm run import`,
              );
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(file),
      );
      await writeFile(`${file}.json`, JSON.stringify({ by, at: now, bytes }));
    } catch (err) {
      await rm(file, { force: true });
      await rm(`${file}.json`, { force: true });
      throw err;
    } finally {
      this.reserved -= reserve;
      const n = (this.receiving.get(by) ?? 1) - 1;
      if (n) this.receiving.set(by, n);
      else this.receiving.delete(by);
    }
    this.add(upload, { bytes, by, at: now, holds: 0 });
    return { upload, bytes, sha256: hash.digest('hex') };
  }

  /**
   * The file of an upload that is here; throws for an id that is not one, and UploadGoneError
   * for one that is gone, or (given `by`) that another officer sent: an officer reads only
   * their own uploads, and cannot tell another's from one that never was.
   */
  path(upload: string, by?: string): string {
    if (!ID.test(upload)) throw new Error(`"${upload}" is not an upload id from POST /uploads`);
    const u = this.uploads.get(upload);
    if (!u || (this.expired(u) && !u.holds) || (by !== undefined && u.by !== '' && u.by !== by)) {
      const minutesKept = minutes(this.limits.retentionMs);
      throw new UploadGoneError({
        EN: `upload ${upload} is not here: it expired (uploads are kept for ${minutesKept} minutes), was imported already, or never was; upload the file again`,
        ZH: `找不到该上传文件：可能已过期（上传的文件保留 ${minutesKept} 分钟）、已经导入，或从未上传；请重新上传文件`,
      });
    }
    return path.join(this.dir, upload);
  }

  /** Keeps an upload while it is read (a check, an import): no sweep removes it meanwhile. Returns the release. */
  hold(upload: string): () => void {
    const u = this.uploads.get(upload);
    if (!u) return () => undefined;
    u.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      u.holds--;
    };
  }

  /** Removes an upload (once imported). */
  async remove(upload: string): Promise<void> {
    if (ID.test(upload)) await this.delete(upload);
  }

  /** Removes the uploads past their time that nothing is reading. */
  async sweep(now = Date.now()): Promise<void> {
    for (const [id, u] of [...this.uploads]) if (this.expired(u, now) && !u.holds) await this.delete(id);
  }

  private add(upload: string, u: Upload): void {
    this.uploads.set(upload, u);
    this.stored += u.bytes;
  }

  private async delete(upload: string): Promise<void> {
    const u = this.uploads.get(upload);
    if (u) {
      this.uploads.delete(upload);
      this.stored -= u.bytes;
    }
    const file = path.join(this.dir, upload);
    await rm(file, { force: true });
    await rm(`${file}.json`, { force: true });
  }

  private expired(u: Upload, now = Date.now()): boolean {
    return now - u.at > this.limits.retentionMs;
  }

  /** Seconds until the first upload that `counts` expires (when there is room again), at least 1. */
  private secondsUntilExpiry(now: number, counts: (u: Upload) => boolean): number {
    let first = Infinity;
    for (const u of this.uploads.values()) if (counts(u)) first = Math.min(first, u.at + this.limits.retentionMs - now);
    return Number.isFinite(first) ? Math.max(1, Math.ceil(first / 1000)) : 60;
  }
}
