/** Counts every node: the database's size at a glance. */
export const COUNT_NODES = 'MATCH (n) RETURN count(n) AS nodeCount';
