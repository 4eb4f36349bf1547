/**
 * Options and inputs checked before anything is sent: plain JavaScript may pass anything. Out-of-range
 * or wrong-typed options (at creation and per call), misspelt option names, a base URL with a query or
 * fragment, dot segments as path parameters and text with a lone surrogate are refused with kind
 * `invalid-input`, naming the function and the option, and no request reaches the server. Per-call
 * `timeoutMs` and `headers` work, and a call's headers cannot replace those the client sets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
import { createCasinoGatewayRawClient } from "@operator-auth/casino-gateway/raw";
import { createTransport } from "@operator-auth/core";
import { createPosApiRawClient } from "@operator-auth/posapi-auth/raw";
import { allLogins, allOperations, betfairAppKey, providers, type ProviderAdapter } from "./adapters.js";
import { caseHeader, settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";

const factories: Record<string, string> = {
  "betfair-sso": "createBetfairSsoClient",
  "posapi-auth": "createPosApiClient",
  "casino-gateway": "createCasinoGatewayClient",
};

/** Each provider's required options besides the base URL, so that one option at a time can be spoiled. */
const required: Record<string, Record<string, unknown>> = {
  "betfair-sso": { appKey: betfairAppKey },
  "posapi-auth": { accessId: "frontend-bw-brand-1" },
  "casino-gateway": { version: "v1", brandId: 42 },
};

/** The raw factories, built from the same options object. */
const rawFactories: [string, (options: Record<string, unknown>) => unknown][] = [
  ["createBetfairSsoRawClient", (o) => createBetfairSsoRawClient(o as never)],
  ["createPosApiRawClient", (o) => createPosApiRawClient(o as never)],
  ["createCasinoGatewayRawClient", (o) => createCasinoGatewayRawClient(o as never)],
];

/** Every call that takes CallOptions, with the options passed straight through. */
const optionCalls = [
  ...allLogins.map(({ provider, login }) => ({
    name: `${provider.provider} ${login.operationId}`,
    operationId: login.operationId,
    provider,
    call: (client: unknown, options: unknown) => login.login(client, { password: "pw", twoFactorToken: "2fa-token" }, options as never),
  })),
  ...allOperations
    .filter(({ operation }) => operation.callWithTokens)
    .map(({ provider, operation }) => ({
      name: `${provider.provider} ${operation.operationId}`,
      operationId: operation.operationId,
      provider,
      call: (client: unknown, options: unknown) => operation.callWithTokens!(client, { token: "t0k3n", userToken: "u53r" }, options as never),
    })),
];

const badTimers = [2 ** 31, 2_147_483_647.5, Number.MAX_VALUE, Infinity, -Infinity, NaN, 0, -1, "1000", null];

export function optionsSuite() {
  describe("options: checked before anything is sent", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Builds a client with `options` over the case server and makes every call; returns what was thrown and what arrived. */
    async function attempt(provider: ProviderAdapter, options: Record<string, unknown>, key: string) {
      const errors: unknown[] = [];
      try {
        const { createBetfairSsoClient } = await import("@operator-auth/betfair-sso");
        const { createPosApiClient } = await import("@operator-auth/posapi-auth");
        const create = { "betfair-sso": createBetfairSsoClient, "posapi-auth": createPosApiClient, "casino-gateway": createCasinoGatewayClient }[provider.provider]!;
        const client = create({ ...required[provider.provider], baseUrl: server.url, fetch: server.fetchFor(key), ...options } as never);
        for (const operation of provider.operations) errors.push((await settle(() => operation.call(client))).error);
      } catch (error) {
        errors.push(error);
      }
      return errors;
    }

    /** Asserts an invalid-input naming `where` and `option`, with nothing sent for the case. */
    function refused(error: unknown, key: string, where: string, option: string) {
      expect(typedErrorProblem(error)).toBeUndefined();
      expect(error).toMatchObject({ kind: "invalid-input", message: expect.stringContaining(`${where}: ${option}`) });
      expect(server.requestsFor(key)).toEqual([]);
    }

    const check = async (run: (key: string) => Promise<void>) => {
      const key = server.serve((_q, r) => void (r.writeHead(599), r.end()));
      let passed = false;
      try {
        await run(key);
        passed = true;
      } finally {
        server.forget(key);
        tally("options", passed);
      }
    };

    const wrongOptions: [string, Record<string, unknown>, string][] = [
      ...badTimers.map((value): [string, Record<string, unknown>, string] => [`timeoutMs ${String(value)}`, { timeoutMs: value }, "timeoutMs"]),
      ["fetch 5", { fetch: 5 }, "fetch"],
      ["fetch a string", { fetch: "fetch" }, "fetch"],
      ["baseUrl a URL object", { baseUrl: new URL("https://example.com") }, "baseUrl"],
      ["baseUrl a number", { baseUrl: 443 }, "baseUrl"],
      ["baseUrl with a query", { baseUrl: "https://example.com/api?q=1" }, "baseUrl"],
      ["baseUrl with an empty query", { baseUrl: "https://example.com/api?" }, "baseUrl"],
      ["baseUrl with a fragment", { baseUrl: "https://example.com/api#x" }, "baseUrl"],
      ["maxBodyBytes 0", { maxBodyBytes: 0 }, "maxBodyBytes"],
      ["maxBodyBytes 1.5", { maxBodyBytes: 1.5 }, "maxBodyBytes"],
      ["maxBodyBytes a string", { maxBodyBytes: "1MB" }, "maxBodyBytes"],
      ["hooks 5", { hooks: 5 }, "hooks"],
      ["hooks.onRequest not a function", { hooks: { onRequest: "log" } }, "hooks.onRequest"],
      ["baseURL for baseUrl", { baseURL: "https://example.com" }, "baseURL"],
      ["timeoutMS for timeoutMs", { timeoutMS: 1000 }, "timeoutMS"],
    ];

    describe.each(providers.map((p) => [p.provider, p] as const))("%s", (_name, provider) => {
      const factory = factories[provider.provider]!;
      it.each(wrongOptions)(`${factory}: %s → invalid-input naming the option, nothing sent`, async (_what, options, option) => {
        await check(async (key) => {
          const errors = await attempt(provider, options, key);
          expect(errors).toHaveLength(1);
          refused(errors[0], key, factory, option);
          if (option !== option.replace(/URL|MS/, (m) => m[0] + m.slice(1).toLowerCase())) {
            expect((errors[0] as Error).message).toContain(`did you mean ${option.replace(/URL|MS/, (m) => m[0] + m.slice(1).toLowerCase())}?`);
          }
        });
      });

      it(`${factory}: timeoutMs 2147483647 (the largest timer) is accepted`, async () => {
        await check(async (key) => {
          expect(await attempt(provider, { timeoutMs: 2_147_483_647, fetch: async () => new Response(null, { status: 599 }) }, key)).not.toContainEqual(
            expect.objectContaining({ kind: "invalid-input" }),
          );
        });
      });
    });

    it.each(rawFactories)("%s: wrong-typed options and a baseUrl with a query → invalid-input naming the factory", async (factory, create) => {
      for (const [, options, option] of wrongOptions.filter(([what]) => !what.startsWith("hooks") && !what.startsWith("timeoutMS"))) {
        await check(async (key) => {
          const settled = await settle(async () => create({ ...required["posapi-auth"], baseUrl: server.url, fetch: server.fetchFor(key), ...options }));
          refused(settled.error, key, factory, option);
        });
      }
    });

    describe.each(optionCalls.map((c) => [c.name, c] as const))("%s, per call", (_name, entry) => {
      const client = () => entry.provider.connect(server.url, { fetch: undefined });
      const wrongCallOptions: [string, unknown, string][] = [
        ...badTimers.map((value): [string, unknown, string] => [`timeoutMs ${String(value)}`, { timeoutMs: value }, "timeoutMs"]),
        ['signal "x"', { signal: "x" }, "signal"],
        ["signal {}", { signal: {} }, "signal"],
        ["headers a string", { headers: "X-Id: 1" }, "headers"],
        ["a header value that is a number", { headers: { "X-Request-Id": 5 } }, "the X-Request-Id header"],
        ["a header value with a lone surrogate", { headers: { "X-Request-Id": "a\ud800b" } }, "the X-Request-Id header"],
        ["options 5", 5, "options"],
      ];
      it.each(wrongCallOptions)("%s → invalid-input naming the option, nothing sent", async (_what, options, option) => {
        await check(async (key) => {
          const connected = entry.provider.connect(server.url, { fetch: server.fetchFor(key) });
          const settled = await settle(() => entry.call(connected, options));
          refused(settled.error, key, entry.operationId, option);
        });
        void client;
      });

      it("headers given per call arrive", async () => {
        await check(async (key) => {
          const connected = entry.provider.connect(server.url, { fetch: server.fetchFor(key) });
          await settle(() => entry.call(connected, { headers: { "X-Request-Id": "req-42", "User-Agent": "my-app/1.0" } }));
          const [request] = server.requestsFor(key);
          expect(request?.headers).toMatchObject({ "x-request-id": "req-42", "user-agent": "my-app/1.0" });
        });
      });

      it("a header the client sets, named in any case, cannot be replaced by a call's headers", async () => {
        // What the client sets: the headers of a plain call, less those fetch and the test's own fetch add.
        const added = new Set(["host", "connection", "content-length", "user-agent", "accept-encoding", "accept-language", "sec-fetch-mode", caseHeader]);
        let own: string[] = [];
        await check(async (key) => {
          await settle(() => entry.call(entry.provider.connect(server.url, { fetch: server.fetchFor(key) }), undefined));
          const { headers } = server.requestsFor(key)[0]!;
          own = Object.keys(headers).filter((name) => !added.has(name) && !(name === "accept" && headers[name] === "*/*"));
          expect(own.length).toBeGreaterThan(0);
        });
        for (const name of own.flatMap((n) => [n, n.toUpperCase()])) {
          await check(async (key) => {
            const connected = entry.provider.connect(server.url, { fetch: server.fetchFor(key) });
            const settled = await settle(() => entry.call(connected, { headers: { [name]: "x" } }));
            refused(settled.error, key, entry.operationId, `headers["${name}"]`);
          });
        }
      });

      it("timeoutMs per call replaces the client's: 250 against a server that never answers → timeout naming 250 ms", async () => {
        const key = server.serve(() => new Promise(() => {}));
        let passed = false;
        try {
          const connected = entry.provider.connect(server.url, { fetch: server.fetchFor(key), timeoutMs: 60_000 });
          const settled = await settle(() => entry.call(connected, { timeoutMs: 250 }));
          expect(settled.error).toMatchObject({ kind: "timeout", message: expect.stringContaining("250 ms") });
          passed = true;
        } finally {
          server.forget(key);
          tally("options", passed);
        }
      });
    });

    describe("text that cannot be sent as UTF-8", () => {
      it.each(allLogins.map(({ provider, login }) => [`${provider.provider} ${login.operationId}`, provider, login] as const))(
        "%s: a password with a lone surrogate → invalid-input naming password, nothing sent",
        async (_name, provider, login) => {
          for (const password of ["a\ud800b", "\udc00", "x\udbff"]) {
            await check(async (key) => {
              const settled = await settle(() => login.login(provider.connect(server.url, { fetch: server.fetchFor(key) }), { password }));
              refused(settled.error, key, login.operationId, "password");
            });
          }
        },
      );

      it("a well-formed pair (an emoji) still travels", async () => {
        const { provider, login } = allLogins[0]!;
        await check(async (key) => {
          await settle(() => login.login(provider.connect(server.url, { fetch: server.fetchFor(key) }), { password: "p🎲ss" }));
          expect(login.receivedPassword(server.requestsFor(key)[0]!)).toBe("p🎲ss");
        });
      });
    });

    describe("path parameters", () => {
      it.each([".", ".."])('createCasinoGatewayClient: version "%s" → invalid-input at creation, nothing sent', async (version) => {
        await check(async (key) => {
          const settled = await settle(async () => createCasinoGatewayClient({ baseUrl: server.url, version, brandId: 42, fetch: server.fetchFor(key) }));
          refused(settled.error, key, "createCasinoGatewayClient", "version");
        });
      });

      it.each([".", "..", "a\ud800"])('the transport refuses the path parameter "%s" whatever the client checked', async (value) => {
        await check(async (key) => {
          const transport = createTransport({ baseUrl: `${server.url}/base`, fetch: server.fetchFor(key) });
          const operation = { id: "lookup", method: "get", path: "/items/{id}/detail", responses: { 200: { body: "json" } } } as const;
          const settled = await settle(() => transport.send(operation, { params: { path: { id: value } } }));
          refused(settled.error, key, "lookup", "id");
        });
      });
    });
  });
}
