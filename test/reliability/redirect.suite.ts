/**
 * Betfair's interactive login redirect, read the way an app receives it: a form body POSTed over
 * loopback, handed to `parseInteractiveLoginRedirect` as the raw text, as `URLSearchParams`, and as the
 * object Node's `querystring` (Express's urlencoded parser) makes of it, where a repeated field becomes
 * an array; and JSON-decoded objects whose fields may be of any type.
 *
 * The parser fails closed: a success only from exactly one documented field set with one usable token,
 * a failure only with the one code the body gave, anything else refused with `invalid-input` whose
 * message holds no value of the body. A repeated or non-string field is never read as a success.
 */
import { parse as parseQueryString } from "node:querystring";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isHeaderValue } from "@operator-auth/core";
import { OperatorAuthError } from "@operator-auth/betfair-sso";
import { parseInteractiveLoginRedirect } from "@operator-auth/betfair-sso/interactive";
import { seedFor, startCaseServer, tally, type CaseServer } from "./harness.js";

export const redirectRuns = Number(process.env.RELIABILITY_REDIRECT_RUNS ?? 300);

const fieldNames = ["ssoid", "errorCode", "loginStatus", "productToken"] as const;
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
/** Values a field may hold: codes, tokens, and tokens that cannot travel as a header. */
const value = fc.oneof(
  fc.constantFrom("", "SUCCESS", "INVALID_USERNAME_OR_PASSWORD", "ACCOUNT_NOW_LOCKED", token, `${token} `, "a\r\nb"),
  fc.string({ maxLength: 12 }),
);
const entry = fc.tuple(fc.constantFrom(...fieldNames, "state"), value);
const formBody = fc.array(entry, { maxLength: 6 });

type Outcome = { ok: true; token: string } | { ok: false; code: string } | { refused: true };

/** What a body of these entries may lawfully yield, from the documents' two field sets alone. */
function allowed(entries: [string, unknown][]): (outcome: Outcome) => string | undefined {
  const of = (name: string) => entries.filter(([n]) => n === name).map(([, v]) => v);
  const repeated = fieldNames.some((name) => of(name).length > 1 || of(name).some((v) => Array.isArray(v)));
  const notText = fieldNames.some((name) => of(name).some((v) => v !== undefined && typeof v !== "string" && !Array.isArray(v)));
  const one = (name: string) => of(name).find((v) => v !== undefined) as string | undefined;
  const present = (name: string) => one(name) !== undefined;
  return (outcome) => {
    if ("refused" in outcome) return undefined;
    if (repeated || notText) return "a repeated or non-string field was read";
    // A body is read only as both parameters of one revision ("two URL encoded parameters"), never a mix.
    const currentSet = present("ssoid") && present("errorCode") && !present("loginStatus") && !present("productToken");
    const olderSet = present("loginStatus") && present("productToken") && !present("ssoid") && !present("errorCode");
    if (!outcome.ok) {
      // Any non-empty errorCode (even "SUCCESS") is a failure; loginStatus is one unless it is SUCCESS.
      const codes = [currentSet && one("errorCode"), olderSet && one("loginStatus") !== "SUCCESS" && one("loginStatus")].filter(Boolean);
      return codes.includes(outcome.code) ? undefined : `failure ${outcome.code} is not a code the body gave as one revision's parameters`;
    }
    const current = currentSet && !one("errorCode");
    const older = olderSet && one("loginStatus") === "SUCCESS";
    const expected = current ? one("ssoid") : older ? one("productToken") : undefined;
    if (expected === undefined) return "a success from a body that is not one documented success";
    if (!isHeaderValue(outcome.token)) return "a success with a token that cannot be a header value";
    return outcome.token === expected ? undefined : "a success with another token than the body's";
  };
}

/** Parses, and checks what came out: a result, or an invalid-input free of the body's values. */
function read(body: Parameters<typeof parseInteractiveLoginRedirect>[0], values: unknown[]): Outcome {
  try {
    const result = parseInteractiveLoginRedirect(body);
    return result.ok ? { ok: true, token: result.token } : { ok: false, code: result.code };
  } catch (error) {
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "invalid-input" });
    const message = (error as Error).message;
    // Tokens and codes; short values and SUCCESS may coincide with the message's own words.
    for (const v of values) if (typeof v === "string" && v.length >= 8 && v !== "SUCCESS") expect(message).not.toContain(v);
    return { refused: true };
  }
}

export function redirectSuite() {
  describe("interactive login redirect: fail closed", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`${redirectRuns} form bodies POSTed over loopback: as text, URLSearchParams and querystring's object alike`, async () => {
      await fc.assert(
        fc.asyncProperty(formBody, async (entries) => {
          let passed = false;
          try {
            const key = server.serve((_q, r) => void (r.writeHead(204), r.end()));
            await server.fetchFor(key)(`${server.url}/betfair/redirect`, {
              method: "POST",
              headers: { "content-type": "application/x-www-form-urlencoded" },
              body: new URLSearchParams(entries).toString(),
            });
            const [received] = server.requestsFor(key);
            server.forget(key);
            const text = received!.body.toString("utf8");
            const framework = { ...parseQueryString(text) };
            const judge = allowed(entries);
            const values = entries.map(([, v]) => v);
            const outcomes = [read(text, values), read(new URLSearchParams(text), values), read(framework, values)];
            for (const outcome of outcomes) expect(judge(outcome)).toBeUndefined();
            // One body, one reading, whichever form the app hands over.
            expect(outcomes[1]).toEqual(outcomes[0]);
            expect(outcomes[2]).toEqual(outcomes[0]);
            passed = true;
          } finally {
            tally("redirect", passed);
          }
        }),
        { numRuns: redirectRuns, seed: seedFor("redirect form") },
      );
    });

    it(`${redirectRuns} JSON-decoded bodies with fields of any type`, () => {
      const anyField = fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), value));
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...fieldNames, "state"), anyField), (fields) => {
          let passed = false;
          try {
            const body = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
            const entries = Object.entries(body);
            const outcome = read(body, entries.flatMap(([, v]) => (Array.isArray(v) ? v : [v])));
            expect(allowed(entries)(outcome)).toBeUndefined();
            passed = true;
          } finally {
            tally("redirect", passed);
          }
        }),
        { numRuns: redirectRuns, seed: seedFor("redirect json") },
      );
    });
  });
}
