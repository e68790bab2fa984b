import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { UploadGoneError, Uploads, type UploadLimits } from './uploads.js';

const LIMITS: UploadLimits = { fileBytes: 4096, quotaBytes: 10240, perOfficer: 2, retentionMs: 30 * 60_000 };
const folder = () => mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-upload-folder-'));
const bytes = (n: number) => Readable.from([Buffer.alloc(n, 0x61)]);

describe('the uploads folder keeps its accounting in memory, and rebuilds it from the folder', () => {
  it('a restarted service counts the uploads waiting in the folder again, with who sent them, and drops one left half received', async () => {
    const dir = folder();
    const first = await Uploads.open(dir, LIMITS);
    const a = await first.save(bytes(3000), 'officer-a');
    await first.save(bytes(2000), 'officer-b');
    first.close();
    expect(JSON.parse(readFileSync(path.join(dir, `${a.upload}.json`), 'utf8'))).toMatchObject({
      by: 'officer-a',
      bytes: 3000,
    });
    // A process stopped while receiving: some bytes, and a record without their size.
    writeFileSync(path.join(dir, 'ffffffffffffffffffffffffffffffff'), 'half an upload');
    writeFileSync(
      path.join(dir, 'ffffffffffffffffffffffffffffffff.json'),
      JSON.stringify({ by: 'officer-h', at: Date.now() }),
    );
    // One left by a version that kept no record: it counts, without an officer.
    writeFileSync(path.join(dir, 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'), 'an older upload');
    const again = await Uploads.open(dir, LIMITS);
    try {
      expect([
        again.usedBytes,
        again.waiting('officer-a'),
        again.waiting('officer-b'),
        again.waiting('officer-h'),
      ]).toEqual([5015, 1, 1, 0]);
      expect(existsSync(path.join(dir, 'ffffffffffffffffffffffffffffffff'))).toBe(false);
      expect(existsSync(path.join(dir, 'ffffffffffffffffffffffffffffffff.json'))).toBe(false);
      expect(again.path(a.upload)).toBe(path.join(dir, a.upload));
      await again.remove(a.upload);
      expect([again.usedBytes, readdirSync(dir).length]).toEqual([2015, 3]);
    } finally {
      again.close();
    }
  });

  it('after the retention an upload no longer counts and is removed, unless it is being read; asking for it says it expired', async () => {
    const dir = folder();
    const uploads = await Uploads.open(dir, LIMITS);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { upload: id } = await uploads.save(bytes(100), 'officer-e');
      expect([uploads.usedBytes, uploads.waiting('officer-e')]).toEqual([100, 1]);
      const release = uploads.hold(id);
      vi.setSystemTime(Date.now() + 31 * 60_000);
      // Being read (a check, an import) it stays, past its time; let go, it goes.
      await uploads.sweep();
      expect(uploads.path(id)).toBe(path.join(dir, id));
      release();
      await uploads.sweep();
      expect([uploads.usedBytes, uploads.waiting('officer-e'), readdirSync(dir)]).toEqual([0, 0, []]);
      expect(() => uploads.path(id)).toThrow(UploadGoneError);
      expect(() => uploads.path(id)).toThrow('it expired (uploads are kept for 30 minutes)');
    } finally {
      vi.useRealTimers();
      uploads.close();
    }
  });

  it('an upload is refused before it is received when the officer has the most waiting, or the folder has no room for its stated size', async () => {
    const uploads = await Uploads.open(folder(), LIMITS);
    try {
      await uploads.save(bytes(4000), 'officer-f');
      await uploads.save(bytes(4000), 'officer-f');
      await expect(uploads.save(bytes(10), 'officer-f')).rejects.toMatchObject({
        status: 429,
        code: 'TOO_MANY_UPLOADS',
      });
      // 8,000 of 10,240 bytes used: an upload stating 4,000 does not fit; one stating nothing is taken at the largest, 4,096.
      await expect(uploads.save(bytes(10), 'officer-g', 4000)).rejects.toMatchObject({
        status: 507,
        code: 'UPLOAD_QUOTA_EXCEEDED',
      });
      await expect(uploads.save(bytes(10), 'officer-g')).rejects.toMatchObject({ status: 507 });
      expect((await uploads.save(bytes(2000), 'officer-g', 2000)).bytes).toBe(2000);
      expect(uploads.usedBytes).toBe(10_000);
    } finally {
      uploads.close();
    }
  });
});
