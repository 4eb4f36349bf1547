/**
 * For every documented answer of every operation of every spec: choose it on the mock server and on
 * the MSW handlers, call it through the provider's client, and check the result is the one Prism's
 * mock of the same spec gives for the same example (the clients' contract tests check Prism's).
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prismFetch } from "../../../test/prism.js";
import { handlers, type MockHandlers } from "../src/msw.js";
import { startMockServer, type MockServer } from "../src/index.js";
import type { ProviderKit } from "../src/kit.js";
import { kits, providers, type Provider } from "../src/providers.js";
import { answerCases, codeInBody, contractCaseKeys, stable } from "./cases.js";

// Each provider's MSW handlers on a loopback origin of its own that nothing listens on.
const mswBase: Record<Provider, string> = {
  "betfair-sso": "http://127.0.0.1:9",
  "posapi-auth": "http://127.0.0.1:19/pos",
  "casino-gateway": "http://127.0.0.1:29",
};
const servers = new Map<Provider, MockServer<Provider>>();
const mocks = new Map<Provider, MockHandlers<Provider>>();
const msw = setupServer();

beforeAll(async () => {
  for (const provider of providers) {
    servers.set(provider, await startMockServer(provider));
    mocks.set(provider, handlers(provider, { baseUrl: mswBase[provider] }));
  }
  msw.use(...[...mocks.values()].flat());
  msw.listen({ onUnhandledRequest: "bypass" });
});

afterAll(async () => {
  msw.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
});

describe.each(providers)("%s", (provider) => {
  it("serves every example of the spec's contract cases that validates, and no other", () => {
    const kit: ProviderKit = kits[provider];
    const served = Object.entries(kit.operations).flatMap(([operationId, operation]) =>
      Object.entries(operation.answers)
        .filter(([, answer]) => !answer.fromShape)
        .map(([name, answer]) => `${operationId} ${answer.status} ${name}`),
    );
    expect(served.sort()).toEqual(contractCaseKeys(provider).valid.sort());
  });
});

describe.each(answerCases)("$provider $operationId: $name", ({ provider, operationId, name, answer, flows }) => {
  it("the mock server, the MSW handlers and Prism give the client the same result", async () => {
    const server = servers.get(provider)!;
    server.answer(operationId as never, name as never);
    const fromServer = await flows.calls[operationId]!(flows.connect(server.url, fetch));
    expect(server.requests.at(-1)).toMatchObject({ operationId, valid: true, answer: name, status: answer.status });

    const mock = mocks.get(provider)!;
    mock.answer(operationId as never, name as never);
    const fromMsw = await flows.calls[operationId]!(flows.connect(mswBase[provider], (input, init) => fetch(input, init)));
    expect(mock.requests.at(-1)).toMatchObject({ operationId, valid: true, answer: name, status: answer.status });
    expect(stable(fromMsw)).toEqual(stable(fromServer));

    // An answer the documents give no status for is labelled as the kit's choice, on the record and the response.
    expect(server.requests.at(-1)!.kit).toBe(answer.kitChoice);
    if (answer.fromShape) {
      // Prism has no example of this code to serve: the client must read the code and its outcome.
      const { codes } = (kits[provider] as ProviderKit).operations[operationId]!;
      const code = answer.codes.find((c) => codes[c]?.answer === name)!;
      // Only failure and action codes are made (a PosAPI workflow included): none is ok.
      expect(fromServer).toMatchObject({ ok: false, code: codeInBody(answer, code), outcome: codes[code]!.outcome });
      return;
    }
    const prism = flows.connect(inject("prism")[provider]!, prismFetch({ code: answer.status, example: answer.body === undefined ? "" : name }));
    expect(stable(fromServer)).toEqual(stable(await flows.calls[operationId]!(prism)));
  });
});
