/**
 * One minimal failing test per known defect (see known-bugs.ts). Each states the behaviour the client
 * should have; `itShowsBug` marks it as expected to fail until the defect is fixed.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { OperatorAuthError } from "@operator-auth/betfair-sso";
import type { Handler } from "../local-server.js";
import { allOperations, providers, type ProviderAdapter } from "./adapters.js";
import { settle, startCaseServer, typedErrorProblem, type CaseServer } from "./harness.js";
import { itShowsBug, knownBugs } from "./known-bugs.js";

const provider = (name: string) => providers.find((p) => p.provider === name)!;
const operation = (p: ProviderAdapter, id: string) => p.operations.find((o) => o.operationId === id)!;
const answer = (status: number, text: string): Handler => (_q, r) => void (r.writeHead(status, { "content-type": "application/json" }), r.end(text));

export function knownBugsSuite() {
  describe("known defects (expected to fail until fixed)", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    const call = async (p: ProviderAdapter, run: (client: unknown) => Promise<unknown>, handler: Handler) => {
      const key = server.serve(handler);
      try {
        return await settle(() => run(p.connect(server.url, { fetch: server.fetchFor(key) })));
      } finally {
        server.forget(key);
      }
    };

    describe(`posapi-deep-nesting: ${knownBugs["posapi-deep-nesting"].title}`, () => {
      const posApi = provider("posapi-auth");
      for (const id of ["login", "loginWithPid"]) {
        itShowsBug("posapi-deep-nesting")(`${id}: a 200 whose PostLoginValues is nested 20000 levels deep`, async () => {
          const depth = 20_000;
          const body = `{"sessionToken":"s","userToken":"u","workflowType":0,"PostLoginValues":${"[".repeat(depth)}${"]".repeat(depth)}}`;
          const settled = await call(posApi, operation(posApi, id).call, answer(200, body));
          // A result, or an OperatorAuthError (unexpected-body) — not a RangeError.
          if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
          else expect(operation(posApi, id).check(settled.result)).toEqual([]);
        });
      }
    });

    describe(`header-token-leak: ${knownBugs["header-token-leak"].title}`, () => {
      const secret = "S3cr3tT0k3nCore";
      const betfair = provider("betfair-sso");
      for (const id of ["keepAlive", "logout"]) {
        itShowsBug("header-token-leak")(`betfair-sso ${id}("…\\n…"): the error does not show the token`, async () => {
          const settled = await call(betfair, (c) => operation(betfair, id).callWithTokens!(c, { token: `abc\n${secret}` }), answer(599, ""));
          expect(settled.threw).toBe(true);
          expect(inspect(settled.error, { depth: null })).not.toContain(secret);
        });
      }
      itShowsBug("header-token-leak")('casino-gateway login({ twoFactorToken: "…\\r\\n…" }): the error does not show the token', async () => {
        const casino = provider("casino-gateway");
        const settled = await call(casino, (c) => casino.logins[0]!.login(c, { password: "s3cret", twoFactorToken: `abc\r\n${secret}` }), answer(599, ""));
        expect(settled.threw).toBe(true);
        expect(inspect(settled.error, { depth: null })).not.toContain(secret);
      });
    });

    describe(`header-token-refusal: ${knownBugs["header-token-refusal"].title}`, () => {
      const betfair = provider("betfair-sso");
      itShowsBug("header-token-refusal")('betfair-sso keepAlive(" token "): refused with invalid-input, nothing sent', async () => {
        const key = server.serve(answer(200, JSON.stringify({ token: "", product: "p", status: "SUCCESS", error: "" })));
        const client = betfair.connect(server.url, { fetch: server.fetchFor(key) });
        const settled = await settle(() => operation(betfair, "keepAlive").callWithTokens!(client, { token: " token " }));
        const sent = server.requestsFor(key).map((r) => r.headers["x-authentication"]);
        server.forget(key);
        // What happens today: the request goes out with "token" (trimmed) and the call succeeds.
        expect(sent).toEqual([]);
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
      itShowsBug("header-token-refusal")('betfair-sso keepAlive("a\\nb"): kind invalid-input, not network', async () => {
        const settled = await call(betfair, (c) => operation(betfair, "keepAlive").callWithTokens!(c, { token: "a\nb" }), answer(599, ""));
        expect(settled.error).toBeInstanceOf(OperatorAuthError);
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
      itShowsBug("header-token-refusal")('casino-gateway login({ twoFactorToken: "€" }): kind invalid-input, not network', async () => {
        const casino = provider("casino-gateway");
        const settled = await call(casino, (c) => casino.logins[0]!.login(c, { password: "s3cret", twoFactorToken: "tok€n" }), answer(599, ""));
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
    });

    describe(`error-body-json-string: ${knownBugs["error-body-json-string"].title}`, () => {
      const cases = allOperations.flatMap(({ provider: p, operation: o }) =>
        [...o.spec.jsonStatuses].filter((status) => status >= 300).map((status) => [`${p.provider} ${o.operationId}`, status, p, o] as const),
      );
      for (const [name, status, p, o] of cases) {
        itShowsBug("error-body-json-string")(`${name}: ${status} with the JSON string "Forbidden" → unexpected-body`, async () => {
          const settled = await call(p, o.call, answer(status, '"Forbidden"'));
          expect(settled.error).toMatchObject({ kind: "unexpected-body", status });
        });
      }
    });

    describe(`pass-through-types: ${knownBugs["pass-through-types"].title}`, () => {
      const posApi = provider("posapi-auth");
      const casino = provider("casino-gateway");
      itShowsBug("pass-through-types")("posapi-auth checkCountryBlock: a 403 without message → result.message is a string", async () => {
        const settled = await call(posApi, operation(posApi, "checkCountryBlock").call, answer(403, '{"code":456,"values":[{"Key":"TargetUrl"}]}'));
        // Today: { ok: true, blocked: true, message: undefined, values: [{ Key: "TargetUrl" }] } — both typed otherwise.
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else {
          expect(typeof (settled.result as { message: unknown }).message).toBe("string");
          expect((settled.result as { values: { Value: unknown }[] }).values.every((v) => typeof v.Value === "string")).toBe(true);
        }
      });
      itShowsBug("pass-through-types")("posapi-auth login: a 403 whose message is a number → failure.message is a string", async () => {
        const settled = await call(posApi, operation(posApi, "login").call, answer(403, '{"code":600,"message":5,"values":"none"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else {
          expect(typeof (settled.result as { message: unknown }).message).toBe("string");
          expect(Array.isArray((settled.result as { values: unknown }).values)).toBe(true);
        }
      });
      itShowsBug("pass-through-types")('casino-gateway login: a 200 with result "FAIL" → result.result is "OK"', async () => {
        const settled = await call(casino, operation(casino, "login").call, answer(200, '{"auth_token":"t","result":"FAIL"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else expect((settled.result as { result: unknown }).result).toBe("OK");
      });
      itShowsBug("pass-through-types")("casino-gateway login: a 303 without token → failure.token is a string", async () => {
        const settled = await call(casino, operation(casino, "login").call, answer(303, '{"result":"EMAIL_NOT_VERIFIED"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else expect(typeof (settled.result as { token: unknown }).token).toBe("string");
      });
    });
  });
}
