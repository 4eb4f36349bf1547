/** How deep a value is searched for `__proto__` keys: documented bodies nest three levels, a hostile one may nest thousands. */
const maxDepth = 64;

/**
 * The fields of a parsed body that its schema documents (a generated `<operation>BodyFields` entry),
 * and nothing else: a result carries the documented fields and what the client adds, never a field a
 * server slipped in. A body of documented fields alone is returned as it is (the transport parsed it
 * for this call alone, and has already removed every `__proto__` key: see `withoutProtoKeys`).
 */
export function documentedFields(body: unknown, fields: readonly string[] | undefined): Record<string, unknown> {
  if (typeof body !== "object" || body === null || !fields) return {};
  const record = body as Record<string, unknown>;
  // for-in: a parsed JSON value inherits no enumerable keys, and no key list is allocated.
  for (const key in record) {
    if (fields.includes(key)) continue;
    const picked: Record<string, unknown> = {};
    for (const field of fields) if (field !== "__proto__" && Object.hasOwn(record, field)) picked[field] = record[field];
    return picked;
  }
  return record;
}

/**
 * A value parsed from `json`, without an own `__proto__` key at any depth: JSON.parse makes one an
 * ordinary property, which `Object.assign` or a spread into a plain object would turn into a prototype.
 * A key can only spell `__proto__` literally or with a `\u` escape, so JSON holding neither is returned
 * as it is, without a walk.
 */
export function withoutProtoKeys<T>(value: T, json: string): T {
  if (!json.includes("__proto__") && !json.includes("\\u")) return value;
  return hasProtoKey(value, 0) ? (copyWithoutProtoKeys(value, 0) as T) : value;
}

function hasProtoKey(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null || depth >= maxDepth) return false;
  if (Object.hasOwn(value, "__proto__")) return true;
  // for-in: a parsed JSON value inherits no enumerable keys, and no key list is allocated.
  for (const key in value) if (hasProtoKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

function copyWithoutProtoKeys(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null || depth >= maxDepth) return value;
  if (Array.isArray(value)) return value.map((item) => copyWithoutProtoKeys(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== "__proto__") copy[key] = copyWithoutProtoKeys((value as Record<string, unknown>)[key], depth + 1);
  }
  return copy;
}
