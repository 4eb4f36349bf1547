/**
 * The fields of a parsed body that its schema documents (a generated `<operation>BodyFields` entry),
 * and nothing else: a result carries the documented fields and what the client adds, never a field a
 * server slipped in. A body of documented fields alone is returned as it is: the transport parsed it
 * for this call alone, without any `__proto__` key (see `parseJson`).
 */
export function documentedFields(body: unknown, fields: readonly string[] | undefined): Record<string, unknown> {
  if (typeof body !== "object" || body === null || !fields) return {};
  const record = body as Record<string, unknown>;
  // for-in: a parsed JSON value inherits no enumerable keys, and no key list is allocated.
  for (const key in record) {
    if (fields.includes(key)) continue;
    const picked: Record<string, unknown> = {};
    for (const field of fields) if (Object.hasOwn(record, field)) picked[field] = record[field];
    return picked;
  }
  return record;
}
