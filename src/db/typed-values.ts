import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, type Integer } from 'neo4j-driver';
/** A stored value that cannot be decoded (a file that is not what it says). */
export class TypedValueError extends Error {
  override name = 'TypedValueError';
}

/**
 * Property values to JSON and back without losing their Neo4j type (the backup file's
 * encoding; here because only db/ knows the driver's types). Strings, booleans
 * and finite floats are themselves; an Integer is `{"$int":"123"}` (JSON numbers are
 * floats); NaN, ±Infinity and -0 are `{"$float":"NaN"}`; byte arrays `{"$bytes":base64}`;
 * temporal and spatial values `{"$type":"Date","year":2015,...}` with their components.
 * Lists are lists of the same encodings.
 */
export function encodeValue(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : { $float: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { $int: value.toString() };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isInt(value)) return { $int: value.toString() };
  if (value instanceof Int8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isDateTime(value)) {
    const { timeZoneOffsetSeconds: offset, timeZoneId: zone } = value;
    return { $type: 'DateTime', ...dateOf(value), ...timeOf(value), offsetSeconds: offset == null ? null : num(offset), zoneId: zone ?? null };
  }
  if (isLocalDateTime(value)) return { $type: 'LocalDateTime', ...dateOf(value), ...timeOf(value) };
  if (isDate(value)) return { $type: 'Date', ...dateOf(value) };
  if (isTime(value)) return { $type: 'Time', ...timeOf(value), offsetSeconds: num(value.timeZoneOffsetSeconds) };
  if (isLocalTime(value)) return { $type: 'LocalTime', ...timeOf(value) };
  if (isDuration(value)) {
    return { $type: 'Duration', months: String(value.months), days: String(value.days), seconds: String(value.seconds), nanoseconds: String(value.nanoseconds) };
  }
  if (isPoint(value)) {
    const point = { $type: 'Point', srid: num(value.srid), x: encodeValue(value.x), y: encodeValue(value.y) };
    return value.z === undefined ? point : { ...point, z: encodeValue(value.z) };
  }
  throw new Error(`cannot back up a property value of this type: ${Object.prototype.toString.call(value)}`);
}

/** The driver value of an encoded one, ready to be a query parameter. */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const v = value as Record<string, any>;
  if (typeof v.$int === 'string') return neo4j.int(v.$int);
  if (typeof v.$float === 'string') return Number(v.$float);
  if (typeof v.$bytes === 'string') return new Int8Array(Buffer.from(v.$bytes, 'base64'));
  // Components come back as Integers, as the driver gives them.
  const i = neo4j.int;
  switch (v.$type) {
    case 'DateTime':
      return new neo4j.types.DateTime(i(v.year), i(v.month), i(v.day), i(v.hour), i(v.minute), i(v.second), i(v.nanosecond), v.offsetSeconds == null ? undefined : i(v.offsetSeconds), v.zoneId ?? undefined);
    case 'LocalDateTime':
      return new neo4j.types.LocalDateTime(i(v.year), i(v.month), i(v.day), i(v.hour), i(v.minute), i(v.second), i(v.nanosecond));
    case 'Date':
      return new neo4j.types.Date(i(v.year), i(v.month), i(v.day));
    case 'Time':
      return new neo4j.types.Time(i(v.hour), i(v.minute), i(v.second), i(v.nanosecond), i(v.offsetSeconds));
    case 'LocalTime':
      return new neo4j.types.LocalTime(i(v.hour), i(v.minute), i(v.second), i(v.nanosecond));
    case 'Duration':
      return new neo4j.types.Duration(i(v.months), i(v.days), i(v.seconds), i(v.nanoseconds));
    case 'Point':
      return new neo4j.types.Point(i(v.srid), decodeValue(v.x) as number, decodeValue(v.y) as number, v.z === undefined ? undefined : (decodeValue(v.z) as number));
  }
  throw new TypedValueError(`a property value this restore does not know: ${JSON.stringify(value).slice(0, 80)}`);
}

/** Every property of a node or relationship, encoded. */
export function encodeProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) out[key] = encodeValue(props[key]);
  return out;
}

/** Every property of a line, decoded. */
export function decodeProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) out[key] = decodeValue(props[key]);
  return out;
}

type DateParts = { year: Integer | number; month: Integer | number; day: Integer | number };
type TimeParts = { hour: Integer | number; minute: Integer | number; second: Integer | number; nanosecond: Integer | number };

const num = (n: Integer | number) => neo4j.integer.toNumber(n);
const dateOf = (d: DateParts) => ({ year: num(d.year), month: num(d.month), day: num(d.day) });
const timeOf = (t: TimeParts) => ({ hour: num(t.hour), minute: num(t.minute), second: num(t.second), nanosecond: num(t.nanosecond) });
