import { outcomes, type Outcome } from "../../packages/core/src/results.js";
import { codeSchemas } from "./codes.js";
import type { Spec } from "./spec.js";

/**
 * The rule for choosing a code's outcome, written once: the README's outcome table and the portal show
 * it, and the generator holds every spec to the parts of it that are data (`outcomeRuleProblems`).
 */
export const outcomeRuleIntro =
  "An outcome is chosen from the code's own words in the documents; where the documents give none, from its name and " +
  "the list it is filed under, and its `why` says so. Where the words fit two outcomes, the place the documents give the " +
  "code (its list, its status, whether a session comes with it, the workflow that resolves it) decides, and the `why` " +
  "quotes it. A `why` reasons from the documents' words and says so; it adds no fact. The same words have the same " +
  "outcome for every provider.";

/** What the words must say for each outcome. */
export const outcomeRule: Record<Outcome, string> = {
  ok: "the answer is the success the call asked for, or the code is a value reported inside a successful answer (workflow 0, a category, a post-login value)",
  "invalid-credentials": "the words say what the user entered (username, password, PIN, certificate, security or SLL answers) is wrong or identifies no single account",
  "second-factor-required": "the words ask for a code, OTP or security token entered in this login, or report a step of it (sent, expired, wrong)",
  "action-required":
    "the words name something the user must do, accept or provide first (terms, KYC, registration, a password change, a migration, a choice), or the documents resolve it with steps (a workflow); also a session given with limited access before its reason is known (Betfair `LIMITED_ACCESS`)",
  "account-blocked": "the words call the account, the user, the device or their category blocked, locked, suspended, closed, excluded, RG-closed or cooled off, and the documents name no step that lifts it",
  "location-blocked": "the words name a country, IP, subnet, location, regulator's jurisdiction or domain as what refuses it",
  "rate-limited": "the words name too many attempts, a maximum of attempts or users reached, or a wait (an OTP cool-off, a remaining time)",
  "session-invalid": "the words say a token, session or session key is missing, expired or invalid, or that the user was logged out",
  "invalid-request": "the words say something sent is invalid, empty, missing, not required or already taken",
  unavailable: "the words say a technical error, or a failure of the provider's or the regulator's service",
  unknown:
    "the code is not in the documents; or the answer says itself that its code is unknown (PosAPI 101); or the words fit two outcomes and the documents choose neither, and its `why` names both. Kept verbatim, never dropped",
};

export interface RuledCode {
  where: string;
  description: string;
  outcome: string;
  why?: string;
}

/** Every code of a spec with its description, outcome and `why`. */
export function ruledCodes(provider: string, spec: Spec): RuledCode[] {
  return [...codeSchemas(spec)].flatMap(([name, { schema, rows }]) =>
    [...rows].map(([code, row]) => {
      const why = schema["x-codes"]?.[code]?.why;
      return { where: `${provider} ${name}.${code}`, description: row.description, outcome: row.outcome, why: typeof why === "string" ? why : undefined };
    }),
  );
}

/** A wording as compared across codes: case, spacing and a closing full stop aside. */
const wordingKey = (wording: string) => wording.toLowerCase().replace(/\s+/g, " ").replace(/[.\s]+$/, "").trim();

/**
 * Why a set of codes (every spec's, together) breaks the data part of the rule; empty when it keeps it:
 * - the same wording (one of a description's " / " wordings) never maps to two failure outcomes; `ok`
 *   is left out, since a value reported in a successful answer takes its outcome from the answer;
 * - an `unknown` code the documents describe has a `why` that names the outcomes its words fit.
 */
export function outcomeRuleProblems(codes: readonly RuledCode[]): string[] {
  const problems: string[] = [];
  const byWording = new Map<string, RuledCode[]>();
  for (const code of codes) {
    if (code.outcome === "ok" || !code.description) continue;
    for (const wording of code.description.split(" / ")) {
      const key = wordingKey(wording);
      byWording.set(key, [...(byWording.get(key) ?? []), code]);
    }
  }
  for (const [wording, same] of byWording) {
    const outcomesOf = new Set(same.map((code) => code.outcome));
    if (outcomesOf.size > 1) {
      problems.push(`"${wording}" maps to ${[...outcomesOf].join(" and ")}: ${same.map((code) => `${code.where} (${code.outcome})`).join(", ")}`);
    }
  }
  for (const code of codes) {
    if (code.outcome !== "unknown" || !code.description) continue;
    const named = outcomes.filter((outcome) => outcome !== "unknown" && new RegExp(`(^|[^\\w-])${outcome}([^\\w-]|$)`).test(code.why ?? ""));
    if (named.length === 0) problems.push(`${code.where} is unknown but its \`why\` names no outcome its words fit`);
  }
  return problems;
}
