/**
 * Rules that keep a spec faithful to its source documents, checked by the generator on every run:
 * - a "Document disagreement:" names the two statements that disagree, each quoted ("…" or `…`), and is
 *   never used for a plain typo (a typo kept verbatim gets a plain note);
 * - a code's description (`x-enum-descriptions`) is the documents' wording for a person, never a note of the
 *   spec's author; such notes go to the code's `remark` in `x-codes`. A code the documents list without
 *   a description has an empty description and `described: false`.
 */

export const disagreementMarker = "Document disagreement:";

/** Wording that belongs to the spec's author, not to the documents; never in a description. */
export const authoringNotePatterns: readonly RegExp[] = [
  /document disagreement/i,
  /\blisted (without|among|twice|only)\b/i,
  /\bwithout a description\b/i,
  /\b(neither|the) (document|revision)s?\b/i,
  /\bdocumentation\b/i,
  /\bkept verbatim\b/i,
  /\bin the shape of\b/i,
  /\breads as a typo\b/i,
];

/** Quoted statements of a text: "…", “…” and `…`, trimmed, in order. */
export function quotations(text: string): string[] {
  return [...text.matchAll(/"([^"]{1,400})"|“([^”]{1,400})”|`([^`]{1,400})`/g)].map((m) => (m[1] ?? m[2] ?? m[3]!).replace(/\s+/g, " ").trim());
}

/** Each "Document disagreement:" statement of a text: from the marker to the end of its paragraph or the next marker. */
export function disagreements(text: string): string[] {
  return text
    .split(disagreementMarker)
    .slice(1)
    .map((part) => part.split(/\n\s*\n/)[0]!.trim());
}

/** Why a text's disagreement statements break the rules; empty when they keep them. */
export function disagreementProblems(text: string): string[] {
  const problems: string[] = [];
  for (const statement of disagreements(text)) {
    const quoted = new Set(quotations(statement));
    const start = statement.slice(0, 70).replace(/\s+/g, " ");
    if (quoted.size < 2) problems.push(`"${disagreementMarker} ${start}…" does not quote the two statements that disagree`);
    if (/\btypos?\b/i.test(statement)) problems.push(`"${disagreementMarker} ${start}…" is about a typo: use a plain note`);
  }
  return problems;
}

/** Why a code's description is not the documents' wording for a person; empty when it is. */
export function descriptionProblems(description: string, described: unknown): string[] {
  const problems: string[] = [];
  for (const pattern of authoringNotePatterns) {
    if (pattern.test(description)) problems.push(`description ${JSON.stringify(description.slice(0, 60))} holds an authoring note (${pattern})`);
  }
  if (description === "" && described !== false) problems.push("has an empty description but not `described: false`");
  if (description !== "" && described === false) problems.push("has `described: false` but a description");
  return problems;
}

/** Every string in a parsed spec with its JSON-pointer-like path. */
export function* specStrings(node: unknown, path = "#"): Generator<[string, string]> {
  if (typeof node === "string") yield [path, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* specStrings(item, `${path}/${i}`);
  else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) yield* specStrings(value, `${path}/${key}`);
}

/** Every broken disagreement statement of a spec, with where it is. */
export function specDisagreementProblems(spec: unknown): string[] {
  const problems: string[] = [];
  for (const [path, text] of specStrings(spec)) for (const problem of disagreementProblems(text)) problems.push(`${path}: ${problem}`);
  return problems;
}
