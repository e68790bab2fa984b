/** The Cypher of sealing what was stored before private values were sealed. */

/** Nodes of a label with a private property still in the clear, a batch at a time. */
export const PLAIN_PRIVATE_VALUES = `
MATCH (n:$($label))
WHERE any(k IN $keys WHERE n[k] IS NOT NULL AND NOT toString(n[k]) STARTS WITH 'sealed:v1:')
RETURN elementId(n) AS node, [k IN $keys | n[k]] AS values
LIMIT 1000`;

/** Writes the sealed values back. */
export const SET_SEALED_VALUES = `
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.node
SET n += row.props`;
