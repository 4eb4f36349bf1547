/**
 * Password round trip: any unicode password (and 2FA code, and header 2FA token) reaches the server
 * byte for byte, through every login — URL-encoded forms (Betfair login and certLogin, where the 2FA
 * code is appended to the password) and JSON bodies (PosAPI login and PID login, the casino gateway).
 * Nothing is normalised, trimmed, re-encoded or dropped.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allLogins, type Credentials } from "./adapters.js";
import { slowTestMs } from "../deadlines.js";
import { seedFor, settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";

export const passwordRuns = Number(process.env.RELIABILITY_PASSWORD_RUNS ?? 120);

/** Passwords that have broken form encoders and JSON writers before, next to arbitrary unicode. */
const awkward = [
  "&",
  "=",
  "+",
  "%",
  "%20",
  "%%41",
  "a&password=b",
  "a+b c",
  "\u0000",
  "\r\n",
  "\t",
  '"\\/',
  "é", // precomposed: must not become e + combining accent…
  "e\u0301", // …nor the other way round
  "\ufeff",
  "\u2028\u2029",
  "𝕊𝕖𝕔𝕣𝕖𝕥",
  "👩‍👩‍👧‍👦",
  "Ω≈ç√∫",
  "\u202eRTL",
  " padded ",
  "Pa55&word=+%",
];

const password = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...awkward), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")) },
);
const twoFactorCode = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }));
/** A 2FA token travels as a header: printable ASCII, as the gateway hands them out. */
const twoFactorToken = fc.stringMatching(/^[\x21-\x7e](?:[\x20-\x7e]{0,40}[\x21-\x7e])?$/);

const utf8 = (text: string) => Buffer.from(text, "utf8");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function passwordSuite() {
  describe("password round trip", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    describe.each(allLogins.map(({ provider, login }) => [`${provider.provider} ${login.operationId}`, provider, login] as const))(
      "%s",
      (name, provider, login) => {
        const success = provider.spec.operations.get(login.operationId)!.examples;
        const [status, body] = [...success][0]!;
        const credentials: fc.Arbitrary<Credentials> = fc.record(
          {
            password,
            twoFactorCode: login.carries.includes("twoFactorCode") ? fc.option(twoFactorCode, { nil: undefined }) : fc.constant(undefined),
            twoFactorToken: login.carries.includes("twoFactorToken") ? fc.option(twoFactorToken, { nil: undefined }) : fc.constant(undefined),
            pid: login.carries.includes("pid") ? fc.string({ unit: "binary", minLength: 1, maxLength: 20 }) : fc.constant(undefined),
          },
          { requiredKeys: ["password"] },
        );

        it(`${passwordRuns} arbitrary passwords${login.carries.length > 1 ? " and second factors" : ""} arrive byte-exact`, async () => {
          await fc.assert(
            fc.asyncProperty(credentials, async (given) => {
              let passed = false;
              const key = server.serve((_q, r) => void (r.writeHead(status, { "content-type": "application/json" }), r.end(JSON.stringify(body))));
              try {
                const client = provider.connect(server.url, { fetch: server.fetchFor(key) });
                const settled = await settle(() => login.login(client, given));
                expect(settled.threw ? typedErrorProblem(settled.error) ?? `threw ${String(settled.error)}` : undefined).toBeUndefined();
                const requests = server.requestsFor(key);
                expect(requests).toHaveLength(1);
                const request = requests[0]!;
                // The body on the wire is well-formed: pure ASCII for a form, strict UTF-8 for JSON.
                if (request.headers["content-type"] === "application/x-www-form-urlencoded") {
                  expect(request.body.every((byte) => byte < 0x80)).toBe(true);
                } else {
                  expect(() => strictUtf8.decode(request.body)).not.toThrow();
                }
                const received = login.receivedPassword(request);
                expect(received).not.toBeNull();
                expect(utf8(received!).equals(utf8(login.expectedPassword(given)))).toBe(true);
                if (login.carries.includes("pid") && given.pid !== undefined) {
                  expect(utf8(JSON.parse(request.body.toString("utf8")).pid).equals(utf8(given.pid))).toBe(true);
                }
                if (login.carries.includes("twoFactorToken")) {
                  expect(request.headers["2fa-auth-token"]).toBe(given.twoFactorToken);
                }
                passed = true;
              } finally {
                server.forget(key);
                tally("password", passed);
              }
            }),
            { numRuns: passwordRuns, seed: seedFor(`password ${name}`) },
          );
        }, slowTestMs);
      },
    );
  });
}
