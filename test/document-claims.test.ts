/**
 * What readers see around the specs says only what the documents say (the guard of `unsupportedClaims` in
 * scripts/generate/fidelity.ts): the generated code tables, every README, the portal's sources, the specs
 * (their `why` notes among them) and the hand-written sources' comments hold none of the claims the documents
 * do not make. And the outcome rule holds as data: the same words never map to two outcomes, an `unknown`
 * the documents describe names the outcomes its words fit, and the README's outcome table is the rule the
 * portal shows.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { outcomes } from "../packages/core/src/results.js";
import { unsupportedClaimProblems } from "../scripts/generate/fidelity.js";
import { outcomeRule, outcomeRuleIntro, outcomeRuleProblems, ruledCodes, type RuledCode } from "../scripts/generate/outcome-rule.js";
import { listSpecs, readSpec, repoRoot } from "../scripts/generate/spec.js";

const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const packages = readdirSync(join(repoRoot, "packages"));

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(repoRoot, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(repoRoot, path)).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

const scanned = {
  "generated code tables": packages.flatMap((p) => filesUnder(`packages/${p}`, (path) => /\/src\/generated\/codes\.ts$/.test(path))),
  READMEs: ["README.md", ...packages.map((p) => `packages/${p}/README.md`)],
  "portal sources": filesUnder("scripts/docs", (path) => /\.(ts|yaml)$/.test(path)),
  specs: listSpecs().map(({ specFile }) => relative(repoRoot, specFile)),
  "hand-written sources": packages.flatMap((p) => filesUnder(`packages/${p}/src`, (path) => path.endsWith(".ts") && !path.includes("/generated/"))),
};

describe("no reader meets a claim the documents do not make", () => {
  it("every group holds files", () => {
    for (const [group, files] of Object.entries(scanned)) expect(files.length, group).toBeGreaterThan(0);
  });

  it.each(Object.entries(scanned))("%s", (_group, files) => {
    for (const file of files) expect(unsupportedClaimProblems(read(file)), file).toEqual([]);
  });

  it("the guard finds each claim it was written for, and passes the documents' own words", () => {
    for (const claim of [
      "a 303 (logged in, `token` given, but the player must act first)",
      "// send the SMS code with the token from the answer",
      "Betfair answers every call with HTTP 200 and says in the body what happened",
      "A session lives 20 minutes after the last request that used it, the documents say.",
      "a session, but with limits the user must clear first",
      "logout expires both tokens",
      "The 400 and 403 bodies are shown without a content type; they are JSON.",
      "mobile_number: The player's mobile number, masked.",
      "why: ARJEL is the French regulator, but the block concerns the person",
      "a code the documents do not list, or list without saying what it means",
    ]) {
      expect(unsupportedClaimProblems(claim), claim).toHaveLength(1);
    }
    expect(unsupportedClaimProblems('Access is limited (eg. accounts that can login but can\'t bet), product session will be provided; "Status 303"')).toEqual([]);
  });
});

describe("the outcome rule, as data", () => {
  const codes = listSpecs().flatMap(({ provider, specFile }) => ruledCodes(provider, readSpec(specFile)));

  it("every spec keeps it: the same words, the same outcome; an unknown that is described says which outcomes fit", () => {
    expect(codes.length).toBeGreaterThan(300);
    expect(outcomeRuleProblems(codes)).toEqual([]);
  });

  it("refuses the same words under two outcomes, across providers, and an unexplained unknown", () => {
    const code = (where: string, description: string, outcome: string, why?: string): RuledCode => ({ where, description, outcome, why });
    expect(outcomeRuleProblems([code("a X.1", "KYC suspended", "action-required"), code("b Y.2", "KYC Suspended.", "account-blocked")])).toHaveLength(1);
    expect(outcomeRuleProblems([code("a X.1", "Closed / Permanent Closed", "account-blocked"), code("b Y.2", "permanent closed", "unavailable")])).toHaveLength(1);
    expect(outcomeRuleProblems([code("a X.1", "Reopened on request", "unknown", "The words fit two outcomes.")])).toHaveLength(1);
    expect(outcomeRuleProblems([code("a X.1", "Reopened on request", "unknown", "ok (the words) and account-blocked (the table) both fit")])).toEqual([]);
    // A value reported in a successful answer takes its outcome from the answer, not from its words.
    expect(outcomeRuleProblems([code("a X.0", "No Workflow pending", "ok"), code("a E.630", "No workflow pending", "invalid-request")])).toEqual([]);
  });

  it("the README gives the rule the portal shows: its introduction and one row per outcome", () => {
    const readme = read("README.md").replace(/\s+/g, " ");
    expect(readme).toContain(outcomeRuleIntro);
    for (const outcome of outcomes) expect(readme).toContain(`| \`${outcome}\` | ${outcomeRule[outcome]} |`);
  });
});
