import { ORDERED_STAGES } from './stages.js';

/**
 * The Cypher of the pipeline's outcomes: the funnel, alerts, stage counts, the hit rate of
 * recommendations, the watchlist and the feed. Every query is bounded by `$places`, the
 * places whose leads the caller may see (scope.ts).
 */

const LEAD_FILTERS = `l.placeId IN $places AND ($chain IS NULL OR l.chainId = $chain) AND ($owner IS NULL OR l.owner = $owner)`;

const STAGES = ORDERED_STAGES;
/** Per ordered stage i: leads at it now, those that reached it or a later one, and the days spent in it before the next. */
const FUNNEL_COLUMNS = STAGES.map(
  (stage, i) =>
    `sum(CASE WHEN stage = '${stage}' THEN 1 ELSE 0 END) AS current${i}, sum(CASE WHEN furthest >= ${i} THEN 1 ELSE 0 END) AS reached${i}` +
    (i < STAGES.length - 1
      ? `, avg(days[${i}]) AS mean${i}, percentileCont(days[${i}], 0.5) AS median${i}, count(days[${i}]) AS left${i}`
      : ''),
).join(',\n       ');

/**
 * The funnel in one pass and one row: per ordered stage, the leads at it now, those that
 * reached it or a later one (by the day each stage was reached, `reached<STAGE>`), and the
 * days spent in it before the next stage reached. Leads are those started (reached CLUE) in
 * the period. The columns are written out from the fixed list of stages (no input goes
 * into the text); the reached days are read as plain properties, which at 100,000 leads is
 * twice as fast as reading them by a computed key.
 */
export const FUNNEL = `
MATCH (l:Lead) WHERE ${LEAD_FILTERS}
  AND ($from IS NULL OR l.reachedCLUE >= $from) AND ($to IS NULL OR l.reachedCLUE <= $to)
WITH l.stage AS stage,
     [x IN [${STAGES.map((s) => `l.reached${s}`).join(', ')}] | CASE WHEN x IS NULL THEN null ELSE date(x) END] AS d
WITH stage, d, reduce(m = -1, i IN range(0, size(d) - 1) | CASE WHEN d[i] IS NOT NULL THEN i ELSE m END) AS furthest
WITH stage, furthest,
     [i IN range(0, size(d) - 2) | CASE WHEN d[i] IS NULL THEN null
        ELSE head([j IN range(i + 1, size(d) - 1) WHERE d[j] IS NOT NULL | duration.inDays(d[i], d[j]).days]) END] AS days
RETURN count(*) AS total,
       sum(CASE WHEN stage = 'PAUSED' THEN 1 ELSE 0 END) AS paused,
       sum(CASE WHEN stage = 'LOST' THEN 1 ELSE 0 END) AS lost,
       ${FUNNEL_COLUMNS}`;

/** Leads per stage now. */
export const STAGE_COUNTS = `
MATCH (l:Lead) WHERE ${LEAD_FILTERS}
RETURN l.stage AS stage, count(*) AS count`;

/**
 * What needs attention, most days first: next actions past due, leads idle past their
 * stage's limit (`$idle`: stage -> days), signed projects past their planned start, started
 * ones past their planned production. `$today` is a day, `$now` epoch ms. One pass over the
 * leads: each lead keeps its earliest open due date (`nextDue`), so no interaction is read.
 */
export const ALERTS = `
MATCH (l:Lead) WHERE l.placeId IN $places AND ($owner IS NULL OR l.owner = $owner) AND l.stage <> 'LOST'
WITH l, toInteger(($now - l.updatedAt) / 86400000) AS idleDays
CALL (l, idleDays) {
  WITH l WHERE l.nextDue IS NOT NULL AND l.nextDue < $today
  RETURN 'OVERDUE_ACTION' AS kind, l.nextDue AS since, duration.inDays(date(l.nextDue), date($today)).days AS days
  UNION ALL
  WITH l, idleDays WHERE $idle[l.stage] IS NOT NULL AND idleDays > $idle[l.stage]
  RETURN 'IDLE' AS kind, toString(date(datetime({epochMillis: toInteger(l.updatedAt), timezone: '+08:00'}))) AS since, idleDays AS days
  UNION ALL
  WITH l WHERE l.stage = 'SIGNED' AND l.plannedSTARTED IS NOT NULL AND l.plannedSTARTED < $today
  RETURN 'LATE_START' AS kind, l.plannedSTARTED AS since, duration.inDays(date(l.plannedSTARTED), date($today)).days AS days
  UNION ALL
  WITH l WHERE l.stage = 'STARTED' AND l.plannedPRODUCING IS NOT NULL AND l.plannedPRODUCING < $today
  RETURN 'LATE_PRODUCTION' AS kind, l.plannedPRODUCING AS since, duration.inDays(date(l.plannedPRODUCING), date($today)).days AS days
}
WITH l, kind, since, days ORDER BY days DESC, l.id LIMIT 200
OPTIONAL MATCH (owner:User {username: l.owner})
RETURN l {.*, ownerName: coalesce(owner.name, l.ownerName, l.owner)} AS lead, kind, since, days`;

/** The cities under a place (or the place itself when it is a city or below), for the hit rate's rows. */
export const CITIES_UNDER = `
MATCH (home:Place {id: $place})
OPTIONAL MATCH (c:Place {level: 'CITY'})-[:PART_OF*1..]->(home)
WITH home, collect(c) AS cities
WITH CASE WHEN size(cities) = 0 THEN [home] ELSE cities END AS rows
UNWIND rows AS c
RETURN c.id AS id, c.name AS name ORDER BY c.position, c.name`;

/** The chains of links, by link id. */
export const CHAINS_OF_LINKS = `
UNWIND $links AS id
MATCH (:ChainLink {id: id})-[:IN_CHAIN]->(c:Chain)
RETURN id AS link, c.id AS chain`;

/** The leads in `$places`, as the hit rate needs them: enterprise, place, chain, origin, and the furthest stage reached. */
export const LEADS_FOR_HIT_RATE = `
MATCH (l:Lead) WHERE l.placeId IN $places AND ($chain IS NULL OR l.chainId = $chain)
RETURN l.enterpriseId AS enterprise, l.placeId AS place, l.chainId AS chain, l.linkId AS link, l.origin AS origin,
       l.reachedSIGNED IS NOT NULL OR l.reachedSTARTED IS NOT NULL OR l.reachedPRODUCING IS NOT NULL OR l.reachedFULL_OUTPUT IS NOT NULL AS signed,
       l.reachedPRODUCING IS NOT NULL OR l.reachedFULL_OUTPUT IS NOT NULL AS producing`;

/** What an officer follows. */
export const WATCHLIST = `
MATCH (w:Watch {username: $username})
RETURN w {.*} AS watch ORDER BY w.since DESC LIMIT 500`;

/** Follows a node of the public graph (an enterprise, link or chain), once. */
export const FOLLOW = `
MATCH (n:Entity {id: $target}) WHERE n.kind IN ['Enterprise', 'ChainLink', 'Chain']
MERGE (w:Watch {id: $id})
ON CREATE SET w.username = $username, w.targetId = n.id, w.kind = n.kind, w.name = n.name, w.since = $now, w.created = true
ON MATCH SET w.created = false
WITH w, w.created AS created
REMOVE w.created
RETURN created`;

export const UNFOLLOW = `
MATCH (w:Watch {id: $id}) DELETE w RETURN count(*) AS removed`;

/** When the officer last marked their feed seen. */
export const FEED_MARK = `
OPTIONAL MATCH (m:FeedMark {username: $username}) RETURN m.seenAt AS seenAt`;

export const MARK_FEED_SEEN = `
MERGE (m:FeedMark {username: $username}) SET m.seenAt = $now RETURN m.seenAt AS seenAt`;

/**
 * The feed since `$since` (epoch ms), newest first: moves and interactions on leads of the
 * officer's places; imports that touched an enterprise they follow, or an enterprise of a
 * link or chain they follow; plans published since that state something they follow.
 */
export const FEED = `
CALL () {
  MATCH (l:Lead)-[:HAS_EVENT]->(ev:LeadEvent)
  WHERE l.placeId IN $places AND ev.at > $since AND ev.kind IN ['MOVED', 'INTERACTION', 'COVERED', 'CREATED']
  WITH l, ev ORDER BY ev.at DESC LIMIT 200
  RETURN CASE ev.kind WHEN 'INTERACTION' THEN 'INTERACTION' ELSE 'STAGE_CHANGE' END AS kind, ev.at AS at,
         l.id AS lead, null AS subject, ev {.*} AS event, null AS title, null AS target
  UNION ALL
  MATCH (w:Watch {username: $username})
  MATCH (t:Entity {id: w.targetId})
  CALL (t) {
    MATCH (e:Enterprise) WHERE e = t RETURN e
    UNION
    MATCH (e:Enterprise)-[:OPERATES_IN]->(t) RETURN e
    UNION
    MATCH (e:Enterprise)-[:OPERATES_IN]->(:ChainLink)-[:IN_CHAIN]->(t) RETURN e
  }
  MATCH (imp:Import)-[:STATES]->(e) WHERE imp.finishedAt > $since AND imp.status = 'DONE'
  WITH imp, w, collect(DISTINCT e.name)[0..5] AS names
  RETURN 'IMPORT' AS kind, imp.finishedAt AS at, null AS lead, w.targetId AS subject, null AS event,
         imp.file + '：' + reduce(s = '', n IN names | s + CASE WHEN s = '' THEN '' ELSE '、' END + n) AS title, w.name AS target
  UNION ALL
  MATCH (p:Plan {status: 'PUBLISHED'}) WHERE datetime(p.publishedAt).epochMillis > $since
  MATCH (w:Watch {username: $username})
  MATCH (t:Entity {id: w.targetId}) WHERE any(s IN coalesce(t.planSources, []) WHERE s STARTS WITH p.id + '\\t')
  RETURN 'PLAN_FACT' AS kind, datetime(p.publishedAt).epochMillis AS at, null AS lead, w.targetId AS subject, null AS event,
         p.title + '|' + p.id AS title, w.name AS target
}
RETURN kind, at, lead, subject, event, title, target ORDER BY at DESC LIMIT 200`;
