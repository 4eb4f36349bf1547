/**
 * Every fault, served by the mock server and by the MSW handlers, reaches each provider's real client
 * as the client documents it: a timeout, a network error, an HTML page, a body that is not JSON, an
 * empty body, an undocumented status; and a delayed answer arrives whole.
 */
import { OperatorAuthError } from "@operator-auth/core";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allFlows } from "../../../test/flows/index.js";
import { handlers, type MockHandlers } from "../src/msw.js";
import { startMockServer, type Fault, type MockServer, type Provider } from "../src/index.js";

const mswBase: Record<Provider, string> = {
  "betfair-sso": "http://127.0.0.1:9",
  "posapi-auth": "http://127.0.0.1:19/pos",
  "casino-gateway": "http://127.0.0.1:29",
};
const servers = new Map<Provider, MockServer<Provider>>();
const mocks = new Map<Provider, MockHandlers<Provider>>();
const msw = setupServer();

beforeAll(async () => {
  for (const flows of allFlows) {
    const provider = flows.provider as Provider;
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

// A hanging answer is the point of its test: the client's own deadline ends the call.
const hangTimeoutMs = 300;

const faults: [name: string, fault: Fault, error: Partial<OperatorAuthError>][] = [
  ["hang", { fault: "hang" }, { kind: "timeout" }],
  ["reset", { fault: "reset" }, { kind: "network" }],
  ["html", { fault: "html" }, { kind: "html-body" }],
  ["truncated", { fault: "truncated" }, { kind: "invalid-body" }],
  ["empty", { fault: "empty" }, { kind: "empty-body" }],
  ["status 429 with Retry-After", { fault: "status", status: 429, headers: { "Retry-After": "120" } }, { kind: "undocumented-status", status: 429 }],
  ["status 503", { fault: "status", status: 503, body: "Service Unavailable" }, { kind: "undocumented-status", status: 503 }],
];

const modes = ["mock server", "MSW handlers"] as const;
const cases = allFlows.flatMap((flows) => modes.flatMap((mode) => faults.map(([name, fault, error]) => ({ provider: flows.provider as Provider, flows, mode, name, fault, error }))));

function target(provider: Provider, mode: (typeof modes)[number]) {
  return mode === "mock server"
    ? { url: servers.get(provider)!.url, kit: servers.get(provider)! }
    : { url: mswBase[provider], kit: mocks.get(provider)! };
}

describe.each(cases)("$provider login, $mode: $name", ({ provider, flows, mode, fault, error }) => {
  it("reaches the client as its documented error", async () => {
    const { url, kit } = target(provider, mode);
    kit.answerOnce("login" as never, fault as never);
    const client = flows.connect(url, (input, init) => fetch(input, init), { timeoutMs: fault.fault === "hang" ? hangTimeoutMs : 30_000 });
    const failed = await flows.calls.login!(client).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(failed).toBeInstanceOf(OperatorAuthError);
    expect(failed).toMatchObject({ ...error, operation: "login" });
    expect(kit.requests.at(-1)).toMatchObject({ operationId: "login", valid: true, fault: fault.fault });
    // The fault was served once: the next login gets the documented success.
    expect(await flows.calls.login!(flows.connect(url, (input, init) => fetch(input, init)))).toMatchObject({ ok: true });
  });
});

describe.each(allFlows.flatMap((flows) => modes.map((mode) => ({ provider: flows.provider as Provider, flows, mode }))))("$provider login, $mode: delay", ({ provider, flows, mode }) => {
  it("serves the answer whole after the delay", async () => {
    const { url, kit } = target(provider, mode);
    kit.answerOnce("login" as never, { fault: "delay", ms: 100 } as never);
    const started = performance.now();
    expect(await flows.calls.login!(flows.connect(url, (input, init) => fetch(input, init)))).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(kit.requests.at(-1)).toMatchObject({ fault: "delay", answer: expect.any(String), valid: true });
  });
});

it("a fault is checked when it is chosen", () => {
  const server = servers.get("casino-gateway")!;
  expect(() => server.answer("login", { fault: "status", status: 99 })).toThrow(/fault "status".status must be an HTTP status from 200 to 599/);
  expect(() => server.answer("login", { fault: "delay", ms: -1 })).toThrow(OperatorAuthError);
  // @ts-expect-error: not a fault
  expect(() => server.answer("login", { fault: "explode" })).toThrow(/fault must be one of delay, hang, reset, html, truncated, empty, status/);
  // @ts-expect-error: not an answer of the casino gateway's login
  expect(() => server.answer("login", { fault: "delay", ms: 10, answer: "ACCOUNT_NOW_LOCKED" })).toThrow(/is not a documented answer of casino-gateway login/);
});
