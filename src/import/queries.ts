/** Everything rows are resolved against: places, links, sectors and existing enterprises with their names. */
export const REFERENCE_DATA = `
CALL () { MATCH (p:Place) RETURN collect({id: p.id, names: [p.name, p.fullName] + coalesce(p.aliases, [])}) AS places }
CALL () {
  MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain)
  RETURN collect({id: l.id, key: l.key, name: l.name, chain: c.name, chainKey: c.key}) AS links
}
CALL () { MATCH (s:Sector) RETURN collect({id: s.id, key: s.key, name: s.name}) AS sectors }
CALL () {
  MATCH (e:Enterprise)
  RETURN collect({id: e.id, names: [e.name] + coalesce(e.aliases, []) + coalesce(e.importedAliases, [])}) AS enterprises
}
RETURN places, links, sectors, enterprises`;

/**
 * Writes one resolved row. The enterprise is the existing one it matched, or a new one;
 * every relationship is MERGEd, so importing the same file again changes nothing.
 * Facts that already exist keep their provenance; new ones say which file and line.
 */
export const WRITE_ROW = `
MERGE (e:Entity {id: $row.enterpriseId})
ON CREATE SET e:Enterprise, e += $row.newProps
WITH e
SET e.importedAliases = CASE WHEN size($row.newAliases) = 0 THEN e.importedAliases
    ELSE reduce(acc = coalesce(e.importedAliases, []), a IN $row.newAliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) END
WITH e
MATCH (p:Place {id: $row.placeId})
MERGE (e)-[located:LOCATED_IN]->(p)
ON CREATE SET located += $row.provenance
WITH e
UNWIND $row.targets AS targetId
MATCH (t:Entity {id: targetId})
MERGE (e)-[operates:OPERATES_IN]->(t)
ON CREATE SET operates += $row.provenance
RETURN count(*) AS written`;

/** Counts that an import may change, to report what it did. */
export const IMPORT_COUNTS = `
CALL () { MATCH (e:Enterprise) RETURN count(e) AS enterprises }
CALL () { MATCH (:Enterprise)-[r:LOCATED_IN|OPERATES_IN]->() RETURN count(r) AS relationships }
RETURN enterprises, relationships`;
