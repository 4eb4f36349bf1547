import type { Outcome } from "./outcome.js";

/** One documented code: the provider's own wording and what it means for the app. */
export interface CodeInfo {
  readonly description: string;
  readonly outcome: Outcome;
  /** HTTP status the documents give for the code, when they give one. */
  readonly status?: number;
  /** Further facts the documents give per code (`group`, `values`, …), as the spec's `x-codes` states them. */
  readonly [fact: string]: unknown;
}

export type CodeTable = { readonly [code: string]: CodeInfo };

/** Said of a code that no table knows: the code itself is still handed to the app verbatim. */
export const undocumentedCodeDescription = "This code is not in the provider's documentation.";

/**
 * Looks a code up in the given tables, first match wins. A code that none of them lists is
 * described as undocumented with outcome `unknown`, so a code added by a provider is never lost.
 */
export function describeCode(
  code: string | number,
  ...tables: readonly CodeTable[]
): { description: string; outcome: Outcome } {
  const key = String(code);
  for (const table of tables) {
    // hasOwn, not `in`: codes such as "constructor" must not hit Object.prototype.
    if (Object.hasOwn(table, key)) {
      const { description, outcome } = table[key] as CodeInfo;
      return { description, outcome };
    }
  }
  return { description: undocumentedCodeDescription, outcome: "unknown" };
}
