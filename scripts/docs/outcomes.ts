/** The shared outcome vocabulary as the portal explains it (the wording of the README). */
import { outcomes, type Outcome } from "../../packages/core/src/outcome.js";
import { escapeHtml } from "./html.js";

const meanings: Record<Outcome, string> = {
  ok: "the success outcome: the call succeeded (a success value), or a value reported inside a successful answer",
  "invalid-credentials": "wrong username, password or PIN",
  "second-factor-required": "a code, OTP, SMS or ID step is needed",
  "action-required": "the user must do something first (terms, KYC, migration, password change, registration)",
  "account-blocked": "locked, suspended, closed, self-excluded",
  "location-blocked": "country, IP, regulator or jurisdiction forbids it",
  "rate-limited": "too many attempts; wait",
  "session-invalid": "token missing, expired or unknown",
  "invalid-request": "the request itself was malformed",
  unavailable: "provider or regulator side failure",
  unknown: "a code the documents do not list, or list without saying what it means — kept verbatim, never dropped",
};

export function outcomeBadge(outcome: string): string {
  const known = (outcomes as readonly string[]).includes(outcome);
  return `<span class="outcome${known ? ` outcome-${outcome}` : ""}">${escapeHtml(outcome)}</span>`;
}

/** The vocabulary as a table; `counts` adds how many catalogued codes have each outcome. */
export function outcomeTable(counts?: Map<string, number>): string {
  const rows = outcomes
    .map((outcome) => {
      const count = counts ? `<td>${counts.get(outcome) ?? 0}</td>` : "";
      return `<tr><td>${outcomeBadge(outcome)}</td><td>${escapeHtml(meanings[outcome])}</td>${count}</tr>`;
    })
    .join("\n");
  return `<table class="outcomes">
<thead><tr><th>outcome</th><th>meaning</th>${counts ? "<th>codes</th>" : ""}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
