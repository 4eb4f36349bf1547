import { OperatorAuthError } from "./operator-auth-error.js";

/**
 * Reads the field of a documented body that the typed result relies on. A body without it is not the
 * documented shape, so the call fails with kind `unexpected-body` rather than returning a lie.
 */
interface FieldTypes {
  string: string;
  number: number;
  boolean: boolean;
}

export function requireField<T extends keyof FieldTypes>(
  body: unknown,
  fields: readonly string[],
  type: T,
  where: { operation: string; status: number },
): { field: string; value: FieldTypes[T] } {
  const record = body as Record<string, unknown>;
  for (const field of fields) {
    const value = record?.[field];
    if (typeof value === type) return { field, value: value as FieldTypes[T] };
  }
  throw new OperatorAuthError(
    "unexpected-body",
    `${where.operation}: HTTP ${where.status} came without ${fields.map((f) => `a ${type} "${f}"`).join(" or ")}.`,
    where,
  );
}
