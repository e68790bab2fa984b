import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/schema.js';
import { CONTRACT_DIR, operationText } from './api.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const names = readdirSync(CONTRACT_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace('.graphql', ''));
const SHARED = path.resolve(CONTRACT_DIR, '../../../../shared/contract/operations');
/** The pipeline's operations, which the project has copied as it implemented them. */
const PIPELINE = path.resolve(SHARED, '../pipeline');

describe('the public contract', () => {
  it("has the ten operations and the pipeline's four in the project", () => {
    expect(names.sort()).toEqual([
      'chain-gaps',
      'clusters',
      'create-lead',
      'cypher',
      'enterprise',
      'enterprises',
      'leads',
      'move-lead',
      'recommend-targets',
      'record-actual',
      'search',
      'sectors',
      'sign-in',
      'targets',
    ]);
  });

  it.each(names)('%s validates against the schema', (name) => {
    expect(validate(schema, parse(operationText(name)))).toEqual([]);
  });

  it('the project copies match the shared contract where it is checked out', () => {
    const shared = existsSync(SHARED)
      ? readdirSync(SHARED).filter((f) => f.endsWith('.graphql'))
      : names.map((n) => `${n}.graphql`);
    for (const f of shared) {
      const theirs = existsSync(SHARED)
        ? readFileSync(path.join(SHARED, f), 'utf8')
        : operationText(f.replace('.graphql', ''));
      expect(operationText(f.replace('.graphql', '')), f).toBe(theirs);
    }
  });

  it('the copies of pipeline operations match the shared ones where they are checked out', () => {
    for (const name of names.filter((n) => existsSync(path.join(PIPELINE, `${n}.graphql`)))) {
      expect(operationText(name), name).toBe(readFileSync(path.join(PIPELINE, `${name}.graphql`), 'utf8'));
    }
  });
});
