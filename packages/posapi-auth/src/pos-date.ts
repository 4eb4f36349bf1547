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
  if (typeof text !== "string" || !posDatePattern.test(text)) return undefined;
  // The milliseconds start after "/Date(" and end at the offset sign or ")": parseInt stops there.
  const date = new Date(Number.parseInt(text.slice(6), 10));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Writes a `Date` the way PosAPI reads it: `/Date(<ms>)/`, without offset. */
export function formatPosDate(date: Date): string {
  return `/Date(${date.getTime()})/`;
}

/** How deep `withPosDates` looks; documented bodies nest three levels, a hostile one may nest thousands. */
const maxDateDepth = 32;

/**
 * Turns, in place, every string of a freshly parsed JSON value that is written exactly as a PosDate
 * into a `Date`, down to `maxDateDepth` levels (nested objects and key-value lists included); deeper
 * values are kept as they are, so no answer can exhaust the stack. Every other string, a malformed
 * date among them, stays as it was. Returns the value, or the `Date` for a top-level date string.
 */
export function withPosDates(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return asPosDate(value) ?? value;
  if (depth < maxDateDepth && typeof value === "object" && value !== null) {
    const record = value as Record<string | number, unknown>;
    // An index loop for lists (for-in would make a string of every index); for-in for objects, as a
    // parsed JSON value inherits no enumerable keys and no key list is allocated.
    if (Array.isArray(record)) for (let index = 0; index < record.length; index++) withPosDate(record, index, depth);
    else for (const key in record) withPosDate(record, key, depth);
  }
  return value;
}

/** `withPosDates` on every field of a parsed JSON object but those named in `keep`, which stay as sent. */
export function withPosDatesExcept(record: Record<string, unknown>, keep: readonly string[]): Record<string, unknown> {
  for (const key in record) if (!keep.includes(key)) withPosDate(record, key, 0);
  return record;
}

/** Turns `record[key]` into a `Date` if it is a PosDate string, or looks inside it if it is an object or a list. */
function withPosDate(record: Record<string | number, unknown>, key: string | number, depth: number): void {
  const field = record[key];
  const read = withPosDates(field, depth + 1);
  // Written only when it changed: most fields are not dates.
  if (read !== field) record[key] = read;
}

/** Only a string starting with "/" can be a PosDate; the others skip the pattern. */
const asPosDate = (text: string) => (text.charCodeAt(0) === 47 ? parsePosDate(text) : undefined);
