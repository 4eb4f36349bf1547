/**
 * One minimal regression test per defect this suite found (see known-bugs.ts), each stating the
 * behaviour the client has had since the fix.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OperatorAuthError } from "@operator-auth/betfair-sso";
import type { Handler } from "../local-server.js";
import { allOperations, providers, type ProviderAdapter } from "./adapters.js";
import { settle, startCaseServer, typedErrorProblem, type CaseServer } from "./harness.js";
import { fixedDefects } from "./known-bugs.js";

const provider = (name: string) => providers.find((p) => p.provider === name)!;
const operation = (p: ProviderAdapter, id: string) => p.operations.find((o) => o.operationId === id)!;
const answer = (status: number, text: string): Handler => (_q, r) => void (r.writeHead(status, { "content-type": "application/json" }), r.end(text));

export function fixedDefectsSuite() {
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

    describe(`posapi-deep-nesting: ${fixedDefects["posapi-deep-nesting"].title}`, () => {
      const posApi = provider("posapi-auth");
      for (const id of ["login", "loginWithPid"]) {
        it(`${id}: a 200 whose PostLoginValues is nested 20000 levels deep`, async () => {
          const depth = 20_000;
          const body = `{"sessionToken":"s","userToken":"u","workflowType":0,"PostLoginValues":${"[".repeat(depth)}${"]".repeat(depth)}}`;
          const settled = await call(posApi, operation(posApi, id).call, answer(200, body));
          // A result, or an OperatorAuthError (unexpected-body) — not a RangeError.
          if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
          else expect(operation(posApi, id).check(settled.result)).toEqual([]);
        });
      }
    });

    describe(`header-token-leak: ${fixedDefects["header-token-leak"].title}`, () => {
      const secret = "S3cr3tT0k3nCore";
      const betfair = provider("betfair-sso");
      for (const id of ["keepAlive", "logout"]) {
        it(`betfair-sso ${id}("…\\n…"): the error does not show the token`, async () => {
          const settled = await call(betfair, (c) => operation(betfair, id).callWithTokens!(c, { token: `abc\n${secret}` }), answer(599, ""));
          expect(settled.threw).toBe(true);
          expect(inspect(settled.error, { depth: null })).not.toContain(secret);
        });
      }
      it('casino-gateway login({ twoFactorToken: "…\\r\\n…" }): the error does not show the token', async () => {
        const casino = provider("casino-gateway");
        const settled = await call(casino, (c) => casino.logins[0]!.login(c, { password: "s3cret", twoFactorToken: `abc\r\n${secret}` }), answer(599, ""));
        expect(settled.threw).toBe(true);
        expect(inspect(settled.error, { depth: null })).not.toContain(secret);
      });
    });

    describe(`header-token-refusal: ${fixedDefects["header-token-refusal"].title}`, () => {
      const betfair = provider("betfair-sso");
      it('betfair-sso keepAlive(" token "): refused with invalid-input, nothing sent', async () => {
        const key = server.serve(answer(200, JSON.stringify({ token: "", product: "p", status: "SUCCESS", error: "" })));
        const client = betfair.connect(server.url, { fetch: server.fetchFor(key) });
        const settled = await settle(() => operation(betfair, "keepAlive").callWithTokens!(client, { token: " token " }));
        const sent = server.requestsFor(key).map((r) => r.headers["x-authentication"]);
        server.forget(key);
        // What happens today: the request goes out with "token" (trimmed) and the call succeeds.
        expect(sent).toEqual([]);
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
      it('betfair-sso keepAlive("a\\nb"): kind invalid-input, not network', async () => {
        const settled = await call(betfair, (c) => operation(betfair, "keepAlive").callWithTokens!(c, { token: "a\nb" }), answer(599, ""));
        expect(settled.error).toBeInstanceOf(OperatorAuthError);
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
      it('casino-gateway login({ twoFactorToken: "€" }): kind invalid-input, not network', async () => {
        const casino = provider("casino-gateway");
        const settled = await call(casino, (c) => casino.logins[0]!.login(c, { password: "s3cret", twoFactorToken: "tok€n" }), answer(599, ""));
        expect(settled.error).toMatchObject({ kind: "invalid-input" });
      });
    });

    describe(`error-body-json-string: ${fixedDefects["error-body-json-string"].title}`, () => {
      const cases = allOperations.flatMap(({ provider: p, operation: o }) =>
        [...o.spec.jsonStatuses].filter((status) => status >= 300).map((status) => [`${p.provider} ${o.operationId}`, status, p, o] as const),
      );
      for (const [name, status, p, o] of cases) {
        it(`${name}: ${status} with the JSON string "Forbidden" → unexpected-body`, async () => {
          const settled = await call(p, o.call, answer(status, '"Forbidden"'));
          expect(settled.error).toMatchObject({ kind: "unexpected-body", status });
        });
      }
    });

    describe(`pass-through-types: ${fixedDefects["pass-through-types"].title}`, () => {
      const posApi = provider("posapi-auth");
      const casino = provider("casino-gateway");
      it("posapi-auth checkCountryBlock: a 403 without message → no message, values only well-formed entries", async () => {
        const settled = await call(posApi, operation(posApi, "checkCountryBlock").call, answer(403, '{"code":456,"values":[{"Key":"TargetUrl"}]}'));
        // Was: { ok: true, blocked: true, message: undefined, values: [{ Key: "TargetUrl" }] } — both typed otherwise.
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else {
          expect(settled.result).not.toHaveProperty("message");
          expect((settled.result as { values: { Value: unknown }[] }).values.every((v) => typeof v.Value === "string")).toBe(true);
        }
      });
      it("posapi-auth login: a 403 whose message is a number and values not a list → neither is passed on", async () => {
        const settled = await call(posApi, operation(posApi, "login").call, answer(403, '{"code":600,"message":5,"values":"none"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else {
          expect(settled.result).toMatchObject({ ok: false, status: 403, code: 600 });
          expect(settled.result).not.toHaveProperty("message");
          expect(settled.result).not.toHaveProperty("values");
        }
      });
      it('casino-gateway login: a 200 with result "FAIL" → kept as sent, typed as any result string', async () => {
        const settled = await call(casino, operation(casino, "login").call, answer(200, '{"auth_token":"t","result":"FAIL"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else expect((settled.result as { result: unknown }).result).toBe("FAIL");
      });
      it("casino-gateway login: a 303 without token → failure.token is a string", async () => {
        const settled = await call(casino, operation(casino, "login").call, answer(303, '{"result":"EMAIL_NOT_VERIFIED"}'));
        if (settled.threw) expect(typedErrorProblem(settled.error)).toBeUndefined();
        else expect(typeof (settled.result as { token: unknown }).token).toBe("string");
      });
    });
  });
}
