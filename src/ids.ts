/** The kinds of node that have a global id. */
export const NODE_KINDS = [
  'Plan',
  'Section',
  'Category',
  'Sector',
  'Chain',
  'ChainLink',
  'Enterprise',
  'Place',
  'Cluster',
  'Project',
  'Target',
  'Stance',
  'Actual',
  'Import',
  'Candidate',
  'ReviewDecision',
  'Lead',
  'LeadEvent',
  'Interaction',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * A global id: opaque to clients, stable because it is derived from the kind and a
 * canonical key (`Enterprise` + `富士康集团`), unique across kinds.
 */
export function toGlobalId(kind: NodeKind, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** The kind and key inside a global id, or undefined when it is not one of ours. */
export function fromGlobalId(id: string): { kind: NodeKind; key: string } | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon) as NodeKind;
  if (colon < 1 || !NODE_KINDS.includes(kind)) return undefined;
  if (toGlobalId(kind, text.slice(colon + 1)) !== id) return undefined;
  return { kind, key: text.slice(colon + 1) };
}
