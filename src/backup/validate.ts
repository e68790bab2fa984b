import type { Database } from '../db/database.js';
import { MIGRATIONS } from '../db/migrations.js';
import { decodeProps, TypedValueError } from '../db/typed-values.js';
import { FingerprintSet } from '../fingerprints.js';
import { BackupFileError, countsError, truncatedError, type BackupHeader, type EndLine } from './format.js';

/** A line of a backup, checked completely, its properties decoded to driver values. */
export type CheckedLine =
  | {
      kind: 'node';
      number: number;
      key: string;
      labels: string[];
      props: Record<string, unknown>;
      repeatedKey: boolean;
      repeatedUnique: RepeatedUnique[];
    }
  | {
      kind: 'relationship';
      number: number;
      type: string;
      from: string;
      to: string;
      props: Record<string, unknown>;
      dangling: boolean;
    }
  | { kind: 'end'; number: number; nodes: number; relationships: number };

/** A uniqueness constraint: one node of the label at most with the same values of the properties. */
export type Unique = { label: string; properties: string[] };

/** A node's values of a unique constraint's properties, whose fingerprint an earlier node had: `shown` as a message says them. */
export type RepeatedUnique = { unique: Unique; values: string; shown: string };

/** More different time-zone names than a graph can hold (Neo4j knows about 600). */
const MAX_ZONES = 10_000;

/**
 * The one judge of a backup's lines, for the check before a restore changes anything
 * (check.ts) and for the load itself (restore.ts), so the two never disagree. Fed the
 * lines after the header in order, it refuses, naming the line, anything a backup does
 * not write or Neo4j would not store: a line that is not JSON or not of a node, a
 * relationship or the end line; a value that does not decode strictly (typed-values.ts);
 * a node after the relationships; anything after the end line; in version 2, a
 * relationship to a node key no node line has. It remembers node keys as fingerprints
 * (about 16 bytes a key): a key seen before is flagged `repeatedKey`, for the
 * caller to confirm (a fingerprint is shared by two keys once in 10^16 pairs) and
 * refuse with `repeatedKeyError`. So are the values of the properties the database's
 * uniqueness constraints (and those its migrations make) hold unique: a repeat is
 * flagged in `repeatedUnique`, confirmed by the caller, refused with `repeatedUniqueError`,
 * before the database would refuse it half-way through a load. Time-zone names, which
 * only Neo4j can judge, are collected for `confirmZones`.
 */
export class LineValidator {
  nodes = 0;
  relationships = 0;
  /** Relationships of a version 1 file to a node key it does not hold: to be left out, and counted. */
  dangling = 0;
  private readonly keys = new FingerprintSet();
  private readonly uniqueValues = new FingerprintSet();
  private end: CheckedLine | undefined;
  private readonly zones = new Map<string, { line: number; value: unknown }>();
  private readonly knownZones = new Set<string>();
  /** The line whose properties are being decoded, for `zone`. */
  private line = 0;
  /** Hears the date-times with a time zone of the line being decoded: the first of each zone, with its line. */
  private readonly zone = (zone: string, value: unknown) => {
    if (this.knownZones.has(zone) || this.zones.has(zone)) return;
    if (this.zones.size + this.knownZones.size >= MAX_ZONES)
      throw damaged(this.line, `names more than ${MAX_ZONES} different time zones`);
    this.zones.set(zone, { line: this.line, value });
  };

  constructor(
    readonly header: BackupHeader,
    private readonly unique: Unique[] = [],
  ) {}

  /** Line `number` of the file (the header is line 1): what it holds, undefined for a blank line, or a BackupFileError naming it. */
  check(text: string, number: number): CheckedLine | undefined {
    if (text === '') return undefined;
    if (this.end) throw damaged(number, `follows the end line (line ${this.end.number})`);
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      throw damaged(number, 'is not JSON');
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw damaged(number, 'is not a JSON object');
    const line = v as Record<string, unknown>;
    if ('n' in line) {
      onlyFields(line, NODE, 'a node', number);
      if (typeof line.n !== 'string' || line.n === '')
        throw damaged(number, 'is a node whose key "n" is not a non-empty string');
      if (!Array.isArray(line.labels) || !line.labels.every(isToken))
        throw damaged(number, 'is a node whose "labels" is not a list of labels (non-empty strings)');
      const props = this.props(line.props, 'a node', number);
      if (this.relationships)
        throw damaged(number, 'is a node after the relationships (a backup writes every node first)');
      this.nodes++;
      const labels = line.labels as string[];
      const raw = line.props as Record<string, unknown>;
      const repeatedUnique: RepeatedUnique[] = [];
      this.unique.forEach((unique, i) => {
        const values = uniqueValues(unique, labels, raw);
        if (values === undefined || this.uniqueValues.add(`${i}\u0000${values}`)) return;
        repeatedUnique.push({
          unique,
          values,
          shown: unique.properties.map((p) => `${p} ${excerpt(raw[p])}`).join(' and '),
        });
      });
      return { kind: 'node', number, key: line.n, labels, props, repeatedKey: !this.keys.add(line.n), repeatedUnique };
    }
    if ('r' in line) {
      onlyFields(line, RELATIONSHIP, 'a relationship', number);
      if (!isToken(line.r)) throw damaged(number, 'is a relationship whose type "r" is not a non-empty string');
      if (typeof line.from !== 'string' || typeof line.to !== 'string')
        throw damaged(number, 'is a relationship whose "from" or "to" is not a node key (a string)');
      const props = this.props(line.props, 'a relationship', number);
      const missing = !this.keys.has(line.from) ? line.from : !this.keys.has(line.to) ? line.to : undefined;
      if (missing !== undefined && this.header.version >= 2)
        throw damaged(
          number,
          `is a relationship to the node key ${JSON.stringify(missing)}, which no node line of the file has`,
        );
      this.relationships++;
      if (missing !== undefined) this.dangling++;
      return {
        kind: 'relationship',
        number,
        type: line.r as string,
        from: line.from,
        to: line.to,
        props,
        dangling: missing !== undefined,
      };
    }
    if ('end' in line) {
      onlyFields(line, END, 'an end line', number);
      if (line.end !== true || !isCount(line.nodes) || !isCount(line.relationships))
        throw damaged(number, 'is an end line whose counts are not whole numbers');
      this.end = { kind: 'end', number, nodes: line.nodes as number, relationships: line.relationships as number };
      return this.end;
    }
    throw damaged(number, 'is neither a node, a relationship nor the end line');
  }

  /** After the last line (`lines` in all): the end line, when it is there and counts the lines before it. */
  finish(lines: number): EndLine {
    if (this.end?.kind !== 'end') throw truncatedError(lines);
    const end: EndLine = { end: true, nodes: this.end.nodes, relationships: this.end.relationships };
    if (end.nodes !== this.nodes || end.relationships !== this.relationships)
      throw countsError(end, this.nodes, this.relationships);
    return end;
  }

  /** The refusal of a node line whose key an earlier node line has (`earlier` when known). */
  repeatedKeyError(line: { number: number; key: string }, earlier?: number): BackupFileError {
    const of = earlier === undefined ? 'an earlier node line' : `line ${earlier}`;
    return new BackupFileError(
      `the backup is damaged: line ${line.number} is a node with the key ${JSON.stringify(line.key)}, which ${of} has too`,
    );
  }

  /** The refusal of a node line with the values of a unique property an earlier node line has (`earlier` when known). */
  repeatedUniqueError(line: { number: number }, repeated: RepeatedUnique, earlier?: number): BackupFileError {
    const of = earlier === undefined ? 'an earlier node line' : `line ${earlier}`;
    return new BackupFileError(
      `the backup is damaged: line ${line.number} is a :${repeated.unique.label} node with ${repeated.shown}, as ${of} is, where the database allows one (a uniqueness constraint)`,
    );
  }

  /** The time zones not yet confirmed, each with the first line naming it and its date-time there. */
  unconfirmedZones(): { zone: string; line: number; value: unknown }[] {
    return [...this.zones].map(([zone, { line, value }]) => ({ zone, line, value }));
  }

  /** Neo4j knows these time zones. */
  confirmed(zones: string[]): void {
    for (const zone of zones) {
      this.zones.delete(zone);
      this.knownZones.add(zone);
    }
  }

  private props(props: unknown, what: string, number: number): Record<string, unknown> {
    if (typeof props !== 'object' || props === null || Array.isArray(props))
      throw damaged(number, `is ${what} whose "props" is not an object`);
    this.line = number;
    try {
      return decodeProps(props as Record<string, unknown>, this.zone);
    } catch (err) {
      if (err instanceof TypedValueError) throw damaged(number, `has ${err.message}`);
      throw err;
    }
  }
}

/**
 * Asks Neo4j whether it takes the time zones the validator has seen since it last asked
 * (the driver takes "asia/shanghai", Neo4j does not): it is sent the first date-time of
 * each as a parameter, as the load will send it (Cypher's datetime() is more lenient).
 * A BackupFileError names the first line with one it refuses. A read: nothing changes.
 */
export async function confirmZones(db: Database, validator: LineValidator): Promise<void> {
  const zones = validator.unconfirmedZones();
  if (!zones.length) return;
  const taken = (values: unknown[]) =>
    db.read('RETURN size($values) AS taken', { values }).then(
      () => true,
      (err: { code?: string }) => {
        if (err.code?.startsWith('Neo.ClientError.')) return false;
        throw err;
      },
    );
  if (!(await taken(zones.map((z) => z.value)))) {
    for (const { zone, line, value } of zones.sort((a, b) => a.line - b.line)) {
      if (!(await taken([value])))
        throw new BackupFileError(
          `the backup is damaged: line ${line} has a date-time in the time zone ${JSON.stringify(zone)}, which Neo4j does not know`,
        );
    }
  }
  validator.confirmed(zones.map((z) => z.zone));
}

/**
 * The node properties held unique: by the target database's constraints, and by those
 * the migrations make after a restore (a fresh database has none yet).
 */
export async function uniqueConstraints(db: Database): Promise<Unique[]> {
  const found = await db.read<Unique>(
    `SHOW CONSTRAINTS YIELD entityType, type, labelsOrTypes, properties
     WHERE entityType = 'NODE' AND (type CONTAINS 'UNIQUENESS' OR type = 'NODE_KEY') AND size(labelsOrTypes) = 1
     RETURN labelsOrTypes[0] AS label, properties`,
  );
  for (const statement of MIGRATIONS) {
    const m = /FOR \(\w+:`?(\w+)`?\) REQUIRE \(?([\w., ]+?)\)? IS (UNIQUE|NODE KEY)/.exec(statement);
    if (m) found.push({ label: m[1]!, properties: m[2]!.split(',').map((p) => p.trim().replace(/^\w+\./, '')) });
  }
  const seen = new Set<string>();
  return found
    .filter((u) => !seen.has(JSON.stringify(u)) && seen.add(JSON.stringify(u)))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * A node's encoded values of a unique constraint's properties (as a line holds them,
 * checked), as a text that is the same exactly when Neo4j takes the values as equal (an
 * integer and a float of the same number too), or undefined when the constraint does
 * not apply (another label, a property missing).
 */
export function uniqueValues(unique: Unique, labels: string[], props: Record<string, unknown>): string | undefined {
  if (!labels.includes(unique.label) || !unique.properties.every((p) => Object.hasOwn(props, p))) return undefined;
  return JSON.stringify(
    unique.properties.map((p) => props[p]),
    (_key, value: unknown) => {
      if (typeof value === 'string') return `s:${value}`;
      if (typeof value === 'number') return Number.isInteger(value) ? `n:${BigInt(value)}` : `f:${value}`;
      const int = (value as { $int?: unknown } | null)?.$int;
      return typeof int === 'string' ? `n:${BigInt(int)}` : value;
    },
  );
}

function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const NODE = ['n', 'labels', 'props'];
const RELATIONSHIP = ['r', 'from', 'to', 'props'];
const END = ['end', 'nodes', 'relationships'];

function damaged(number: number, what: string): BackupFileError {
  return new BackupFileError(`the backup is damaged: line ${number} ${what}`);
}

/** A field a backup does not write is damage. */
function onlyFields(line: Record<string, unknown>, names: string[], what: string, number: number): void {
  for (const key in line)
    if (!names.includes(key)) throw damaged(number, `is ${what} with a field "${key}" a backup does not write`);
}

/** A label or relationship type Neo4j takes: a non-empty string without NUL. */
function isToken(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !name.includes('\u0000');
}

function isCount(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) >= 0;
}
