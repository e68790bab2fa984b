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
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'atlas' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'atlas' });
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots' })).toThrow(/PORT: .*; NEO4J_HEAP: a size such as 512m or 2g/);
  });
});
