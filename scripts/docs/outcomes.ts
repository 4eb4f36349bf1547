/** The shared outcome vocabulary as the portal explains it: the outcome rule, as the README gives it. */
import { outcomes } from "../../packages/core/src/results.js";
import { outcomeRule, outcomeRuleIntro } from "../generate/outcome-rule.js";
import { escapeHtml } from "./html.js";

/** Escaped, with `…` as code. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

export function outcomeBadge(outcome: string): string {
  const known = (outcomes as readonly string[]).includes(outcome);
  return `<span class="outcome${known ? ` outcome-${outcome}` : ""}">${escapeHtml(outcome)}</span>`;
}

/** The outcome rule: how each outcome is chosen, then the vocabulary as a table; `counts` adds how many catalogued codes have each outcome. */
export function outcomeVocabularyTable(counts?: Map<string, number>): string {
  const rows = outcomes
    .map((outcome) => {
      const count = counts ? `<td>${counts.get(outcome) ?? 0}</td>` : "";
      return `<tr><td>${outcomeBadge(outcome)}</td><td>${prose(outcomeRule[outcome])}</td>${count}</tr>`;
    })
    .join("\n");
  return `<p class="outcome-rule">${prose(outcomeRuleIntro)}</p>
<table class="outcomes">
<thead><tr><th>outcome</th><th>chosen when</th>${counts ? "<th>codes</th>" : ""}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
