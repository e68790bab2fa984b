import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  type Integer,
} from 'neo4j-driver';
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
      return Number.isFinite(value) && !Object.is(value, -0)
        ? value
        : { $float: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { $int: value.toString() };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isInt(value)) return { $int: value.toString() };
  if (value instanceof Int8Array)
    return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isDateTime(value)) {
    const { timeZoneOffsetSeconds: offset, timeZoneId: zone } = value;
    return {
      $type: 'DateTime',
      ...dateOf(value),
      ...timeOf(value),
      offsetSeconds: offset == null ? null : num(offset),
      zoneId: zone ?? null,
    };
  }
  if (isLocalDateTime(value)) return { $type: 'LocalDateTime', ...dateOf(value), ...timeOf(value) };
  if (isDate(value)) return { $type: 'Date', ...dateOf(value) };
  if (isTime(value)) return { $type: 'Time', ...timeOf(value), offsetSeconds: num(value.timeZoneOffsetSeconds) };
  if (isLocalTime(value)) return { $type: 'LocalTime', ...timeOf(value) };
  if (isDuration(value)) {
    return {
      $type: 'Duration',
      months: String(value.months),
      days: String(value.days),
      seconds: String(value.seconds),
      nanoseconds: String(value.nanoseconds),
    };
  }
  if (isPoint(value)) {
    const point = { $type: 'Point', srid: num(value.srid), x: encodeValue(value.x), y: encodeValue(value.y) };
    return value.z === undefined ? point : { ...point, z: encodeValue(value.z) };
  }
  throw new Error(`cannot back up a property value of this type: ${Object.prototype.toString.call(value)}`);
}

/** Hears a decoded date-time with a time-zone name: the name, and the value as the driver sends it. */
export type ZoneHeard = (zoneId: string, value: unknown) => void;

/**
 * The driver value of an encoded property value, ready to be a query parameter, or a
 * TypedValueError for anything the encoder does not write or Neo4j would not store: a
 * restore checks a whole file with this before it deletes anything, so it must refuse
 * here what the database would refuse later. `zone` hears every date-time with a
 * time-zone name, for the database to be asked about it (only Neo4j knows which it takes).
 */
export function decodeValue(value: unknown, zone?: ZoneHeard): unknown {
  if (!Array.isArray(value)) return decodeSingle(value, zone).value;
  const items = value.map((item: unknown) => {
    if (Array.isArray(item))
      throw new TypedValueError(`${excerpt(value)} is a list inside a list, which a Neo4j property cannot be`);
    return decodeSingle(item, zone);
  });
  const kinds = [...new Set(items.map((i) => i.kind))];
  if (kinds.includes('bytes'))
    throw new TypedValueError(`${excerpt(value)} is a list of byte arrays, which a Neo4j property cannot be`);
  if (kinds.length > 1)
    throw new TypedValueError(
      `${excerpt(value)} is a list mixing ${kinds.join(' and ')} values, which a Neo4j property cannot be`,
    );
  return items.map((i) => i.value);
}

const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
/** Neo4j's bounds: years of ±999,999,999, offsets of ±18 hours, a month's average length for durations. */
const YEARS = 999_999_999;
const OFFSET = 18 * 3600;
const SECONDS_PER_DAY = 86_400n;
const AVG_SECONDS_PER_MONTH = 2_629_746n;
const FLOATS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };
/** Each Point's spatial reference system and whether it has a z. */
const SRIDS: Record<number, { name: string; z: boolean; geographic: boolean }> = {
  7203: { name: 'cartesian', z: false, geographic: false },
  9157: { name: 'cartesian-3d', z: true, geographic: false },
  4326: { name: 'wgs-84', z: false, geographic: true },
  4979: { name: 'wgs-84-3d', z: true, geographic: true },
};
const DATE = ['year', 'month', 'day'];
const TIME = ['hour', 'minute', 'second', 'nanosecond'];
const FIELDS: Record<string, string[]> = {
  Date: DATE,
  LocalTime: TIME,
  Time: [...TIME, 'offsetSeconds'],
  LocalDateTime: [...DATE, ...TIME],
  DateTime: [...DATE, ...TIME, 'offsetSeconds', 'zoneId'],
  Duration: ['months', 'days', 'seconds', 'nanoseconds'],
};

/** One value (not a list) and its kind; a list must be of one kind. */
function decodeSingle(value: unknown, zone?: ZoneHeard): { value: unknown; kind: string } {
  switch (typeof value) {
    case 'string':
      return { value, kind: 'string' };
    case 'boolean':
      return { value, kind: 'boolean' };
    case 'number':
      if (!Number.isFinite(value))
        throw new TypedValueError('a number too large for a float (the encoder writes {"$float":"Infinity"})');
      return { value, kind: 'float' };
  }
  if (value === null) throw new TypedValueError('null, which a Neo4j property never is');
  if (typeof value !== 'object') throw new TypedValueError(`${String(value)}, not a property value`);
  const v = value as Record<string, unknown>;
  if ('$int' in v) {
    const text = only(v, ['$int']).$int;
    int64(text, v);
    // Short ones through a number: exact below 2^53, and much faster than the driver's parse of text.
    return { value: neo4j.int((text as string).length <= 15 ? Number(text) : (text as string)), kind: 'integer' };
  }
  if ('$float' in v) {
    const text = only(v, ['$float']).$float;
    if (typeof text !== 'string' || !(text in FLOATS))
      throw new TypedValueError(
        `${excerpt(v)} is not a float the encoder writes so (only "NaN", "Infinity", "-Infinity" and "-0")`,
      );
    return { value: FLOATS[text], kind: 'float' };
  }
  if ('$bytes' in v) {
    const text = only(v, ['$bytes']).$bytes;
    if (typeof text !== 'string' || Buffer.from(text, 'base64').toString('base64') !== text)
      throw new TypedValueError(`${excerpt(v)} is not a byte array: its text is not base64`);
    return { value: new Int8Array(Buffer.from(text, 'base64')), kind: 'bytes' };
  }
  if ('$type' in v) return decodeTyped(v, zone);
  if (Object.keys(v).some((k) => k.startsWith('$')))
    throw new TypedValueError(`${excerpt(v)} is not an encoding this restore knows`);
  throw new TypedValueError(`${excerpt(v)} is a map, which a Neo4j property cannot be`);
}

/** A temporal or spatial value from its components, each checked as Neo4j would. */
function decodeTyped(v: Record<string, unknown>, zone?: ZoneHeard): { value: unknown; kind: string } {
  const type = v.$type;
  const i = neo4j.int;
  const n = (name: string, min: number, max: number) => {
    const c = v[name];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < min || c > max) {
      throw new TypedValueError(`${excerpt(v)} has ${name} ${excerpt(c)}, not a whole number from ${min} to ${max}`);
    }
    return c;
  };
  const date = () => {
    const [year, month] = [n('year', -YEARS, YEARS), n('month', 1, 12)];
    return [year, month, n('day', 1, daysIn(year, month))].map((c) => i(c));
  };
  const time = () =>
    [n('hour', 0, 23), n('minute', 0, 59), n('second', 0, 59), n('nanosecond', 0, 999_999_999)].map((c) => i(c));
  if (typeof type === 'string' && type in FIELDS) only(v, ['$type', ...FIELDS[type]!]);
  switch (type) {
    case 'Date': {
      const [year, month, day] = date();
      return { value: new neo4j.types.Date(year!, month!, day!), kind: type };
    }
    case 'LocalTime': {
      const [hour, minute, second, nano] = time();
      return { value: new neo4j.types.LocalTime(hour!, minute!, second!, nano!), kind: type };
    }
    case 'Time': {
      const [hour, minute, second, nano] = time();
      return {
        value: new neo4j.types.Time(hour!, minute!, second!, nano!, i(n('offsetSeconds', -OFFSET, OFFSET))),
        kind: type,
      };
    }
    case 'LocalDateTime': {
      const [year, month, day] = date();
      const [hour, minute, second, nano] = time();
      return { value: new neo4j.types.LocalDateTime(year!, month!, day!, hour!, minute!, second!, nano!), kind: type };
    }
    case 'DateTime': {
      const [year, month, day] = date();
      const [hour, minute, second, nano] = time();
      const offset = v.offsetSeconds === null ? undefined : i(n('offsetSeconds', -OFFSET, OFFSET));
      const zoneId = v.zoneId;
      if (zoneId !== null && (typeof zoneId !== 'string' || zoneId === ''))
        throw new TypedValueError(`${excerpt(v)} has a zoneId that is not a time-zone name`);
      if (zoneId === null && offset === undefined)
        throw new TypedValueError(`${excerpt(v)} has neither an offset nor a time zone`);
      let value: unknown;
      try {
        value = new neo4j.types.DateTime(
          year!,
          month!,
          day!,
          hour!,
          minute!,
          second!,
          nano!,
          offset,
          zoneId ?? undefined,
        );
      } catch {
        // The driver refuses a zone its time-zone data lacks; Neo4j is asked about the others.
        throw new TypedValueError(`a date-time in the time zone ${JSON.stringify(zoneId)}, which Neo4j does not know`);
      }
      if (zoneId !== null) zone?.(zoneId, value);
      return { value, kind: type };
    }
    case 'Duration': {
      const [months, days, seconds, nanoseconds] = FIELDS.Duration!.map((name) => int64(v[name], v, name));
      if (nanoseconds! < 0n || nanoseconds! > 999_999_999n)
        throw new TypedValueError(`${excerpt(v)} has nanoseconds outside 0 to 999999999`);
      const total = seconds! + days! * SECONDS_PER_DAY + months! * AVG_SECONDS_PER_MONTH;
      if (
        [
          days! * SECONDS_PER_DAY,
          months! * AVG_SECONDS_PER_MONTH,
          days! * SECONDS_PER_DAY + months! * AVG_SECONDS_PER_MONTH,
          total,
        ].some((x) => x < INT64.min || x > INT64.max)
      ) {
        throw new TypedValueError(`${excerpt(v)} is a duration too long for Neo4j (it overflows 64 bits in seconds)`);
      }
      return {
        value: new neo4j.types.Duration(i(String(months)), i(String(days)), i(String(seconds)), i(String(nanoseconds))),
        kind: type,
      };
    }
    case 'Point': {
      const srid = v.srid;
      const crs = typeof srid === 'number' ? SRIDS[srid] : undefined;
      if (!crs)
        throw new TypedValueError(
          `${excerpt(v)} has srid ${excerpt(srid)}, not one of Neo4j's (${Object.keys(SRIDS).join(', ')})`,
        );
      only(v, crs.z ? ['$type', 'srid', 'x', 'y', 'z'] : ['$type', 'srid', 'x', 'y']);
      const [x, y, z] = (crs.z ? ['x', 'y', 'z'] : ['x', 'y']).map((name) => {
        const c = v[name];
        const negativeZero =
          typeof c === 'object' &&
          c !== null &&
          Object.keys(c).length === 1 &&
          (c as { $float?: unknown }).$float === '-0';
        const value = typeof c === 'number' ? c : negativeZero ? -0 : NaN;
        if (!Number.isFinite(value))
          throw new TypedValueError(`${excerpt(v)} has ${name} ${excerpt(c)}, not a finite float`);
        return value;
      });
      if (crs.geographic && Math.abs(y!) > 90)
        throw new TypedValueError(`${excerpt(v)} has a latitude (y) outside -90 to 90`);
      return { value: new neo4j.types.Point(i(srid as number), x!, y!, z), kind: `${crs.name} Point` };
    }
  }
  throw new TypedValueError(
    `${excerpt(v)} is not a type this restore knows (${[...Object.keys(FIELDS), 'Point'].join(', ')})`,
  );
}

/** The object when it has exactly these fields (a field the encoder does not write is damage). */
function only(v: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const extra = Object.keys(v).find((k) => !fields.includes(k));
  const missing = fields.find((f) => !(f in v));
  if (extra !== undefined || missing !== undefined) {
    throw new TypedValueError(
      `${excerpt(v)} ${extra !== undefined ? `has a field "${extra}" its encoding does not have` : `has no "${missing}"`}`,
    );
  }
  return v;
}

/** A 64-bit integer written as decimal digits (neo4j.int would take "12abc" for 12). */
function int64(text: unknown, v: Record<string, unknown>, name = '$int'): bigint {
  if (typeof text !== 'string' || !/^-?\d+$/.test(text))
    throw new TypedValueError(`${excerpt(v)} has ${name} ${excerpt(text)}, not a whole number in decimal digits`);
  const value = BigInt(text);
  if (value < INT64.min || value > INT64.max)
    throw new TypedValueError(`${excerpt(v)} has ${name} ${excerpt(text)}, outside the 64-bit integers Neo4j stores`);
  return value;
}

/** Days in a month of the proleptic Gregorian calendar (Neo4j's). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A value as a message shows it: its JSON, cut short. */
function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Every property of a node or relationship, encoded. */
export function encodeProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) out[key] = encodeValue(props[key]);
  return out;
}

/**
 * Every property of a line, decoded; a TypedValueError naming the property for a value
 * (or a name: never empty, no NUL) Neo4j would not store.
 */
export function decodeProps(props: Record<string, unknown>, zone?: ZoneHeard): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    if (key === '' || key.includes('\u0000'))
      throw new TypedValueError(`a property named ${JSON.stringify(key)}, which Neo4j does not allow`);
    try {
      const value = decodeValue(props[key], zone);
      // A property named "__proto__" is a property, not the object's prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    } catch (err) {
      if (err instanceof TypedValueError)
        throw new TypedValueError(`a property ${JSON.stringify(key)} that is not valid: ${err.message}`);
      throw err;
    }
  }
  return out;
}

type DateParts = { year: Integer | number; month: Integer | number; day: Integer | number };
type TimeParts = {
  hour: Integer | number;
  minute: Integer | number;
  second: Integer | number;
  nanosecond: Integer | number;
};

const num = (n: Integer | number) => neo4j.integer.toNumber(n);
const dateOf = (d: DateParts) => ({ year: num(d.year), month: num(d.month), day: num(d.day) });
const timeOf = (t: TimeParts) => ({
  hour: num(t.hour),
  minute: num(t.minute),
  second: num(t.second),
  nanosecond: num(t.nanosecond),
});
