import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded database when NEO4J_URI is unset', () => {
    const config = loadConfig({}, '/srv/atlas');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.embedded).toMatchObject({ port: 7687, dataDir: '/srv/atlas/.data/neo4j' });
    expect(config.embedded.heap).toMatch(/^\d+m$/);
  });

  it('takes an external server from NEO4J_URI and its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'atlas',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'atlas',
    });
  });

  it('bounds uploads and workbook reads: a quota of ten largest uploads, ten waiting per officer for 30 minutes, 300 MB unpacked (1 GB for the command line)', () => {
    const config = loadConfig({ UPLOAD_LIMIT_BYTES: '1000000' }, '/srv/atlas');
    expect(config.imports).toEqual({
      uploadDir: expect.stringMatching(/chain-atlas-uploads$/),
      uploads: { fileBytes: 1_000_000, quotaBytes: 10_000_000, perOfficer: 10, retentionMs: 30 * 60_000 },
      xlsxUnpackedBytes: 300 * 1024 * 1024,
      xlsxTimeoutMs: 120_000,
      cliXlsxUnpackedBytes: 1024 * 1024 * 1024,
    });
    expect(loadConfig({ UPLOAD_DIR: 'uploads', UPLOAD_QUOTA_BYTES: '50000000' }, '/srv/atlas').imports).toMatchObject({
      uploadDir: '/srv/atlas/uploads',
      uploads: { quotaBytes: 50_000_000 },
    });
    expect(() => loadConfig({ UPLOAD_QUOTA_BYTES: '1000' })).toThrow(/UPLOAD_QUOTA_BYTES: /);
    expect(() => loadConfig({ UPLOAD_LIMIT_BYTES: '2000000', UPLOAD_QUOTA_BYTES: '1000000' })).toThrow(
      'Invalid configuration: UPLOAD_QUOTA_BYTES: at least UPLOAD_LIMIT_BYTES (one upload must fit)',
    );
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots' })).toThrow(
      /PORT: .*; NEO4J_HEAP: a size such as 512m or 2g/,
    );
  });
});
