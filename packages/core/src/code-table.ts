import { outcomes, type Outcome } from "./outcome.js";

/** One documented code: the provider's own wording and what it means for the app. */
export interface CodeInfo {
  /** The documents' wording of the code (both wordings, joined by " / ", where they give two); empty when they give none. */
  readonly description: string;
  readonly outcome: Outcome;
  /** HTTP status the documents give for the code, when they give one. */
  readonly status?: number;
  /** Further facts the documents give per code (`group`, `values`, …), as the spec's `x-codes` states them. */
  readonly [fact: string]: unknown;
}

/** A code schema with everything the spec says of each code (a client's `./codes` subpath). */
export type CodeTable = { readonly [code: string]: CodeInfo };

/** A code schema with each code's outcome alone (a client's main entry). */
export interface OutcomeTable {
  readonly name: string;
  readonly outcomes: { readonly [code: string]: Outcome };
}

/** The full code tables by schema name, which a client takes to add each code's description to its results. */
export type Descriptions = { readonly [schema: string]: CodeTable };

/** Said of a code that no table knows: the code itself is still handed to the app verbatim. */
export const undocumentedCodeDescription = "This code is not in the provider's documentation.";

/**
 * Looks a code up in the given tables, first match wins. A code that none of them lists has outcome
 * `unknown`, so a code added by a provider is never lost. The description comes from `descriptions`
 * when the app passed them, and is left out otherwise.
 */
export function describeCode(
  code: string | number,
  tables: readonly OutcomeTable[],
  descriptions?: Descriptions,
): { description?: string; outcome: Outcome } {
  const key = String(code);
  let table: OutcomeTable | undefined;
  let outcome: Outcome | undefined;
  for (table of tables) if ((outcome = outcomeOf(table, key))) break;
  if (!outcome || !table) return descriptions ? { description: undocumentedCodeDescription, outcome: "unknown" } : { outcome: "unknown" };
  const description = documentedRow(descriptions, table, key)?.description;
  // A code the documents list without describing it has an empty description: the result carries none.
  return description ? { description, outcome } : { outcome };
}

/** What the app's `descriptions` say of a code of `table`, if they list it. */
export function documentedRow(descriptions: Descriptions | undefined, table: OutcomeTable, code: string | number): CodeInfo | undefined {
  return ownEntry(descriptions?.[table.name], code);
}

/** The outcome a table gives a code, if it lists it. */
export function outcomeOf(table: OutcomeTable, code: string | number): Outcome | undefined {
  return ownEntry(table.outcomes, code);
}

/** A table's own entry for a code; hasOwn, not `in`: codes such as "constructor" must not hit Object.prototype. */
function ownEntry<Entry>(table: { readonly [code: string]: Entry } | undefined, code: string | number): Entry | undefined {
  return table && Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * Unpacks a generated outcome table. The generator writes each table as one short string rather than an
 * object literal, to keep the main entries small: groups joined by `|`, each an outcome's index in
 * `outcomes` (one base-36 digit) followed by its codes joined by `,`, where `a~b` stands for every integer
 * from a to b. Codes never hold `|`, `,` or `~` (the generator refuses them).
 */
export function outcomeTable<Name extends string, Outcomes extends { readonly [code: string]: Outcome }>(
  name: Name,
  packed: string,
): { readonly name: Name; readonly outcomes: Outcomes } {
  const table: { [code: string]: Outcome } = {};
  for (const group of packed.split("|")) {
    const outcome = outcomes[parseInt(group[0]!, 36)]!;
    for (const code of group.slice(1).split(",")) {
      const [from, to] = code.split("~") as [string, string?];
      if (to === undefined) table[from] = outcome;
      else for (let n = +from; n <= +to; n++) table[n] = outcome;
    }
  }
  return { name, outcomes: table as Outcomes };
}
