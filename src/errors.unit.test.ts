import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { formatError, logUnexpectedErrors, withoutJava } from './errors.js';

describe('errors people see', () => {
  it('an unexpected error (a TypeError) reaches the client as a reference to the log, never as itself', async () => {
    const logged: { reference: string; err: Error }[] = [];
    const server = new ApolloServer({
      typeDefs: 'type Query { boom: String }',
      resolvers: { Query: { boom: () => (undefined as unknown as { x: string }).x } },
      formatError,
      plugins: [logUnexpectedErrors({ error: (obj) => logged.push(obj as { reference: string; err: Error }) })],
    });
    await server.start();
    const res = await server.executeOperation({ query: '{ boom }' });
    await server.stop();
    const error = res.body.kind === 'single' ? res.body.singleResult.errors![0]! : undefined;
    expect(error!.message).toMatch(
      /^Internal server error \(reference [0-9a-f]{8}; the detail is in the service log\)\.$/,
    );
    expect(JSON.stringify(error)).not.toMatch(/TypeError|Cannot read/);
    expect(error!.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      messageZh: expect.stringContaining('服务器内部错误'),
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]!.reference).toBe(error!.extensions!.reference);
    expect(logged[0]!.err).toBeInstanceOf(TypeError);
  });

  it("takes Java exception class names out of the database's words", () => {
    expect(withoutJava('java.lang.IllegalArgumentException: Cannot parse "x" as a date')).toBe(
      'Cannot parse "x" as a date',
    );
    expect(withoutJava('Failed: org.neo4j.exceptions.CypherTypeException: wrong type')).toBe('Failed: wrong type');
  });
});
