import { describe, expect, it } from 'vitest';
import { useWrites } from '../../test/writes.js';

describe('Database on a real Neo4j', () => {
  const { db } = useWrites({ track: ['DatabaseTestScratch'] });

  it('reports the Neo4j version it runs', async () => {
    const info = await db.serverInfo();
    expect(info.version).toMatch(/^5\.26\.\d+$/);
    expect(info.edition).toBe('community');
  });

  it('writes in one transaction and reads the same values back', async () => {
    await db.write('CREATE (:DatabaseTestScratch {key: $key, count: $count, names: $names})', {
      key: 'written',
      count: 42,
      names: ['芯片', '主板'],
    });
    const rows = await db.read<{ count: number; names: string[] }>(
      'MATCH (n:DatabaseTestScratch {key: $key}) RETURN n.count AS count, n.names AS names',
      { key: 'written' },
    );
    expect(rows).toEqual([{ count: 42, names: ['芯片', '主板'] }]);
  });

  it('refuses a write inside a read transaction', async () => {
    await expect(db.read('CREATE (:DatabaseTestScratch {key: "sneaky"})')).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    const [row] = await db.read<{ n: number }>('MATCH (n:DatabaseTestScratch {key: "sneaky"}) RETURN count(n) AS n');
    expect(row?.n).toBe(0);
  });

  it('rolls back every statement of a write transaction that fails', async () => {
    await expect(
      db.writeTx(async (tx) => {
        await tx.run('CREATE (:DatabaseTestScratch {key: "half"})');
        await tx.run('RETURN 1 / 0');
      }),
    ).rejects.toThrow(/by zero/);
    const [row] = await db.read<{ n: number }>('MATCH (n:DatabaseTestScratch {key: "half"}) RETURN count(n) AS n');
    expect(row?.n).toBe(0);
  });

  it('counts one round trip per statement', async () => {
    const before = db.roundTrips;
    await db.read('RETURN 1');
    await db.readTx(async (tx) => {
      await tx.run('RETURN 1');
      await tx.run('RETURN 2');
    });
    expect(db.roundTrips - before).toBe(3);
  });
});
