import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeProps, decodeValue, encodeValue, TypedValueError } from './typed-values.js';

const date = { $type: 'Date', year: 2015, month: 6, day: 30 };
const time = { hour: 12, minute: 0, second: 0, nanosecond: 0 };

/** Encodings a backup never writes, or values Neo4j would not store, and what the refusal says. */
const REFUSED: [string, unknown, string][] = [
  [
    'an integer with letters after its digits',
    { $int: '12abc' },
    '{"$int":"12abc"} has $int "12abc", not a whole number in decimal digits',
  ],
  ['an integer with a fraction', { $int: '1.5' }, 'not a whole number in decimal digits'],
  ['an integer given as a JSON number', { $int: 12 }, 'not a whole number in decimal digits'],
  ['an integer beyond 64 bits', { $int: '9223372036854775808' }, 'outside the 64-bit integers Neo4j stores'],
  ['an integer with another field', { $int: '1', x: 1 }, 'has a field "x" its encoding does not have'],
  ['a float the encoder writes as a number', { $float: '1.5' }, 'is not a float the encoder writes so'],
  ['a NaN spelt otherwise', { $float: 'nan' }, 'is not a float the encoder writes so'],
  ['bytes that are not base64', { $bytes: 'not base64!' }, 'its text is not base64'],
  ['bytes without their padding', { $bytes: 'AQ' }, 'its text is not base64'],
  ['a type no one knows', { $type: 'Pwned' }, '{"$type":"Pwned"} is not a type this restore knows'],
  ['the 30th of February', { ...date, month: 2, day: 30 }, 'has day 30, not a whole number from 1 to 28'],
  ['a thirteenth month', { ...date, month: 13 }, 'has month 13, not a whole number from 1 to 12'],
  ['a date without its day', { $type: 'Date', year: 2015, month: 6 }, 'has no "day"'],
  ['a year given as text', { ...date, year: '2015' }, 'has year "2015", not a whole number'],
  ['a date with a field more', { ...date, hour: 1 }, 'has a field "hour" its encoding does not have'],
  [
    'a time offset beyond 18 hours',
    { $type: 'Time', ...time, offsetSeconds: 100_000 },
    'has offsetSeconds 100000, not a whole number from -64800 to 64800',
  ],
  ['a second 60', { $type: 'LocalTime', ...time, second: 60 }, 'has second 60, not a whole number from 0 to 59'],
  [
    'a date-time with neither offset nor zone',
    { ...date, $type: 'DateTime', ...time, offsetSeconds: null, zoneId: null },
    'has neither an offset nor a time zone',
  ],
  [
    'a duration of 1.5 months',
    { $type: 'Duration', months: '1.5', days: '0', seconds: '0', nanoseconds: '0' },
    'has months "1.5", not a whole number',
  ],
  [
    'a duration with a billion nanoseconds',
    { $type: 'Duration', months: '0', days: '0', seconds: '0', nanoseconds: '1000000000' },
    'has nanoseconds outside 0 to 999999999',
  ],
  [
    'a duration that overflows',
    { $type: 'Duration', months: '9223372036854775807', days: '0', seconds: '0', nanoseconds: '0' },
    'is a duration too long for Neo4j',
  ],
  [
    'a point of an unknown reference system',
    { $type: 'Point', srid: 1234, x: 1, y: 2 },
    "has srid 1234, not one of Neo4j's",
  ],
  ['a latitude of 100 degrees', { $type: 'Point', srid: 4326, x: 1, y: 100 }, 'has a latitude (y) outside -90 to 90'],
  ['a 3D point without z', { $type: 'Point', srid: 9157, x: 1, y: 2 }, 'has no "z"'],
  [
    'a point at NaN',
    { $type: 'Point', srid: 7203, x: { $float: 'NaN' }, y: 2 },
    'has x {"$float":"NaN"}, not a finite float',
  ],
  ['a map', { a: 1 }, '{"a":1} is a map, which a Neo4j property cannot be'],
  ['an unknown encoding', { $foo: 1 }, '{"$foo":1} is not an encoding this restore knows'],
  ['null', null, 'null, which a Neo4j property never is'],
  ['a number beyond floats', Infinity, 'a number too large for a float'],
  ['a list mixing floats and strings', [1, 'a'], '[1,"a"] is a list mixing float and string values'],
  ['a list mixing integers and floats', [{ $int: '1' }, 2.5], 'is a list mixing integer and float values'],
  ['a list of lists', [[1]], 'is a list inside a list'],
  ['a list of byte arrays', [{ $bytes: 'AQ==' }], 'is a list of byte arrays'],
  ['a list with null', [1, null], 'null, which a Neo4j property never is'],
  [
    'a list of points of two reference systems',
    [
      { $type: 'Point', srid: 7203, x: 1, y: 2 },
      { $type: 'Point', srid: 4326, x: 1, y: 2 },
    ],
    'is a list mixing cartesian Point and wgs-84 Point values',
  ],
];

describe("decoding a backup's property values refuses what the encoder does not write or Neo4j would not store", () => {
  it.each(REFUSED)('refuses %s', (_what, value, says) => {
    const refused = (() => {
      try {
        decodeValue(value);
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toBeInstanceOf(TypedValueError);
    expect((refused as Error).message).toContain(says);
  });

  it('names the property, and refuses a property name Neo4j does not allow', () => {
    expect(() => decodeProps({ revenue: { $int: '12abc' } })).toThrow(
      'a property "revenue" that is not valid: {"$int":"12abc"} has $int "12abc"',
    );
    expect(() => decodeProps({ '': 1 })).toThrow('a property named "", which Neo4j does not allow');
  });

  it('keeps a property named __proto__ a property', () => {
    const props = decodeProps(JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, unknown>);
    expect(Object.keys(props)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
  });

  it("takes what the encoder writes, at the edges of Neo4j's ranges", () => {
    const i = neo4j.int;
    const values = [
      i('9223372036854775807'),
      i('-9223372036854775808'),
      -0,
      new neo4j.types.Date(i(2016), i(2), i(29)),
      new neo4j.types.Date(i(-999999999), i(1), i(1)),
      new neo4j.types.Time(i(23), i(59), i(59), i(999999999), i(-64800)),
      new neo4j.types.Point(i(4979), 180, -90, -0),
      new neo4j.types.DateTime(i(2015), i(6), i(30), i(8), i(0), i(0), i(0), undefined, 'Asia/Shanghai'),
      new neo4j.types.Duration(i(-14), i(3), i('-9000000000000000000'), i(999999999)),
      [new neo4j.types.Point(i(7203), 1, 2)],
      [],
    ];
    const zones: string[] = [];
    for (const value of values)
      expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(value))), (zone) => zones.push(zone))).toEqual(value);
    expect(zones).toEqual(['Asia/Shanghai']);
  });
});
