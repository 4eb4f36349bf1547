/** How deep a value is searched for `__proto__` keys: documented bodies nest three levels, a hostile one may nest thousands. */
const maxDepth = 64;

/**
 * The fields of a parsed body that its schema documents (a generated `<operation>BodyFields` entry),
 * and nothing else: a result carries the documented fields and what the client adds, never a field a
 * server slipped in. No value keeps an own `__proto__` key: JSON.parse makes one an ordinary property,
 * which `Object.assign` or a spread into a plain object would turn into a prototype.
 */
export function documentedFields(body: unknown, fields: readonly string[] | undefined): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  if (typeof body !== "object" || body === null || !fields) return picked;
  for (const field of fields) {
    if (field !== "__proto__" && Object.hasOwn(body, field)) picked[field] = withoutProtoKeys((body as Record<string, unknown>)[field]);
  }
  return picked;
}

/** The value itself, or, when it holds an own `__proto__` key at any depth, a copy without those keys. */
export function withoutProtoKeys<T>(value: T): T {
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
