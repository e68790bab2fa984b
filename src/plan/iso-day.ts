/** A `Date` scalar's value as `YYYY-MM-DD`: graphql-scalars parses it into a JS Date (String() of which is `Wed Sep 15 2021 …`). */
export const isoDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
