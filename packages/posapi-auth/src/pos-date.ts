/**
 * The date form of PosAPI's JSON bodies (the spec's `PosDate`): `/Date(<milliseconds since 1970-01-01T00:00:00Z>)/`,
 * optionally with a `+hhmm` or `-hhmm` offset, e.g. `/Date(1415267177020)/`.
 */
export const posDatePattern = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/**
 * Reads a date written as `/Date(<ms>)/` or `/Date(<ms>±hhmm)/`. The milliseconds are the instant itself
 * (UTC); the offset only tells in which zone the sender showed the date, as in the .NET JSON form this is,
 * so it does not move the instant. Returns `undefined` for any other string, and for milliseconds outside
 * the range of `Date`: a malformed date is never guessed.
 */
export function parsePosDate(text: string): Date | undefined {
  const match = typeof text === "string" ? posDatePattern.exec(text) : null;
  if (!match) return undefined;
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Writes a `Date` the way PosAPI reads it: `/Date(<ms>)/`, without offset. */
export function formatPosDate(date: Date): string {
  return `/Date(${date.getTime()})/`;
}

/** How deep `withPosDates` looks; documented bodies nest three levels, a hostile one may nest thousands. */
const maxDateDepth = 32;

/**
 * A copy of a JSON value in which every string written exactly as a PosDate has become a `Date`, down
 * to `maxDateDepth` levels (nested objects and key-value lists included); deeper values are kept as
 * they are, so no answer can exhaust the stack. Every other string, a malformed date among them,
 * stays as it was.
 */
export function withPosDates(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return parsePosDate(value) ?? value;
  if (depth >= maxDateDepth || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => withPosDates(item, depth + 1));
  // fromEntries defines own properties, so a "__proto__" key of the body stays a plain key.
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withPosDates(field, depth + 1)]));
}
