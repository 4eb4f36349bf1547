import type { CodeInfo, Descriptions, OutcomeTable } from "@operator-auth/core";

/** What the client's `descriptions` say of a code in one table, if they list it. */
export function documentedRow(descriptions: Descriptions | undefined, table: OutcomeTable, code: number): CodeInfo | undefined {
  const documented = descriptions?.[table.name];
  const key = String(code);
  // hasOwn, not `in`: a code must not hit Object.prototype.
  return documented && Object.hasOwn(documented, key) ? documented[key] : undefined;
}
