/**
 * The Cypher of the export: the leads of `$places` that pass the filters, newest activity
 * first, at most `$limit`, each with what the report shows of the public graph (read by
 * id: the island has no relationship to it), its latest interaction and its open next
 * action; and the name of the area the file is for. One query, one row.
 *
 * Contacts (`ours`, `theirs`) are never read here.
 */
export const EXPORT_LEADS = `
CALL () {
  OPTIONAL MATCH (area:Place {id: $area})
  RETURN area.name AS areaName
}
CALL () {
  MATCH (l:Lead) WHERE l.placeId IN $places
    AND ($stage IS NULL OR l.stage = $stage) AND ($chain IS NULL OR l.chainId = $chain)
    AND ($owner IS NULL OR l.owner = $owner)
  WITH l ORDER BY l.updatedAt DESC, l.id LIMIT toInteger($limit)
  OPTIONAL MATCH (owner:User {username: l.owner})
  OPTIONAL MATCH (e:Enterprise {id: l.enterpriseId})
  OPTIONAL MATCH (k:ChainLink {id: l.linkId})
  OPTIONAL MATCH (c:Chain {id: l.chainId})
  OPTIONAL MATCH (p:Place {id: l.placeId})
  CALL (l) {
    OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(i:Interaction)
    WITH i ORDER BY i.date DESC, i.recordedAt DESC LIMIT 1
    RETURN CASE WHEN i IS NULL THEN null ELSE i {.date, .kind, .summary} END AS last
  }
  CALL (l) {
    OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(i:Interaction) WHERE i.nextDue IS NOT NULL AND i.nextDoneAt IS NULL
    WITH i ORDER BY i.nextDue, i.recordedAt LIMIT 1
    RETURN CASE WHEN i IS NULL THEN null ELSE i {.nextSummary, .nextDue} END AS next
  }
  WITH l, owner, e, k, c, p, last, next ORDER BY l.updatedAt DESC, l.id
  RETURN collect({
    lead: l {.id, .stage, .origin, .originRank, .figures, .plannedDates, .reachedDates, .stageSince, .updatedAt,
             ownerName: coalesce(owner.name, l.ownerName, l.owner)},
    enterpriseName: e.name, creditCode: e.creditCode, linkName: k.name, chainName: c.name, placeName: p.name,
    last: last, next: next
  }) AS rows
}
RETURN areaName, rows`;
