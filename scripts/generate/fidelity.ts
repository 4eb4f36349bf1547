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

/**
 * Claims the documents do not make, each once found where a reader meets it (a README, a doc comment, the
 * portal, a spec's `why`): never again as a fact. Each pattern names the claim; `says` is what the
 * documents do say, for the message.
 */
export const unsupportedClaims: readonly { pattern: RegExp; says: string }[] = [
  { pattern: /\b303\b[^.\n]{0,40}\blogged in\b|logged in, but the player/i, says: 'the casino document shows "Status 303" and its code table only' },
  { pattern: /send the SMS code|twoFactorToken: result\.data\["2fa_auth_token"\]|\(result\.data\["2fa_auth_token"\]\)/i, says: "the 2fa-auth-token header is the token \"given when the Player turned on the 2FA requirement\"; the login body has no SMS-code field" },
  { pattern: /Betfair answers every call with HTTP 200|as Betfair's service answers/i, says: "the Betfair documents give no HTTP status" },
  { pattern: /lives 20 minutes after the last request that used it|20-minute (lifetime|session expiry the documents give)/i, says: 'only the older interactive login revision gives a "20 minute session expiry time"' },
  { pattern: /limits? the user must clear|not ok until (they are|the user) clear/i, says: "LIMITED_ACCESS: \"Access is limited (eg. accounts that can login but can't bet), product session will be provided\"" },
  { pattern: /authenticated and authorized|(both tokens expire|expires both tokens)|may not let the customer in/i, says: "PosAPI says nothing of what cancelling or a logout does; a country rule gives \"country-specific actions\"" },
  { pattern: /\bthey are JSON\b|so they arrive in the same error-code field/i, says: "PosAPI shows those bodies without a content type, and 119/122's field is an inference" },
  { pattern: /Send `user_name` or `email`|Links to follow-up calls|What is wrong with the input|mobile number, masked|already on its way/i, says: "the casino document does not describe these fields" },
  { pattern: /has to contact the number|not on this account|on the provider side|needs a new handshake session|not accepted from|ARJEL is the French regulator|can only be had later/i, says: "a `why` reasons from the documents' words, it adds no fact" },
  { pattern: /waits for an authentication step|user resolves by completing|the account is restricted and no document/i, says: "a `why` reasons from the documents' words, it adds no fact" },
  { pattern: /list without saying what it means/i, says: "unknown is defined once, by the outcome rule" },
];

/** Where a text states a claim the documents do not make; empty when it states none. */
export function unsupportedClaimProblems(text: string): string[] {
  return unsupportedClaims.flatMap(({ pattern, says }) => {
    const found = pattern.exec(text);
    return found ? [`${JSON.stringify(found[0])}: ${says}`] : [];
  });
}
