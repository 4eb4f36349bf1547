/**
 * The answers the spec has no example of (a code in the documented body shape of its field) cannot be
 * compared with Prism's mock, which serves examples only; Prism as a proxy in front of the mock server
 * checks instead that each of them, and the client's request, conforms to the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismFetch, startPrism, type PrismMock } from "../../../test/prism.js";
import { specFile } from "../../../test/paths.js";
import { startMockServer, type MockServer, type Provider } from "../src/index.js";
import { answerCases } from "./cases.js";

const made = answerCases.filter((c) => c.answer.fromShape);
const madeProviders = [...new Set(made.map((c) => c.provider))];
const servers = new Map<Provider, MockServer<Provider>>();
const proxies = new Map<Provider, PrismMock>();

beforeAll(async () => {
  for (const provider of madeProviders) {
    const server = await startMockServer(provider);
    servers.set(provider, server);
    proxies.set(provider, await startPrism(specFile(provider), { proxyTo: server.url, timeoutMs: 120_000 }));
  }
}, 300_000);

afterAll(async () => {
  await Promise.all([...proxies.values()].map((proxy) => proxy.stop()));
  await Promise.all([...servers.values()].map((server) => server.close()));
});

it("there are answers made from a documented shape", () => {
  expect(made.length).toBeGreaterThan(0);
});

describe.each(made)("$provider $operationId: $name", ({ provider, operationId, name, flows }) => {
  it("conforms to the spec, as Prism's proxy checks it", async () => {
    const server = servers.get(provider)!;
    server.answer(operationId as never, name as never);
    // prismFetch fails the call on any violation Prism reports in `sl-violations`.
    const result = await flows.calls[operationId]!(flows.connect(proxies.get(provider)!.url, prismFetch()));
    expect(server.requests.at(-1)).toMatchObject({ operationId, valid: true, answer: name });
    expect(result.code).toBeDefined();
  });
});
