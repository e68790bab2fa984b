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

describe('the public contract', () => {
  it('has all ten operations in the project', () => {
    expect(names.sort()).toEqual([
      'chain-gaps',
      'clusters',
      'cypher',
      'enterprise',
      'enterprises',
      'recommend-targets',
      'record-actual',
      'search',
      'sectors',
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
});
