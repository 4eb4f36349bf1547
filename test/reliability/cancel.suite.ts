/**
 * Cancellation: a call's deadline, or the caller's signal, aborts the request itself. For every typed
 * operation and every /raw client, against a server that never answers and one that drips a body
 * forever, the connection that carried the request is closed once the call has failed (watched on the
 * server side; Node's fetch may keep another, idle connection around, which is not the one watched),
 * and the timeout's message says how long it waited.
 */
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import { createCasinoGatewayRawClient } from "@operator-auth/casino-gateway/raw";
import { createPosApiRawClient } from "@operator-auth/posapi-auth/raw";
import type { Handler } from "../local-server.js";
import { allOperations } from "./adapters.js";
import { settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";

/** The deadline under test; the servers below never finish within it (nor ever). */
const deadlineMs = 300;
/** How long the closed connection may take to show on the server: generous, the machine may be busy. */
const closeWithinMs = 5_000;

/** Answers never, or with a head and one byte of body every 50 ms forever; reports the request's socket. */
const stalls: Record<string, (socketOf: (socket: Socket) => void) => Handler> = {
  "a server that never answers": (socketOf) => (_q, r) => {
    socketOf(r.socket!);
    return new Promise(() => {});
  },
  "a body that drips forever": (socketOf) => (_q, r: ServerResponse) => {
    socketOf(r.socket!);
    r.writeHead(200, { "content-type": "application/json" });
    r.write("{");
    const drip = setInterval(() => (r.destroyed ? clearInterval(drip) : r.write(" ")), 50);
    r.on("close", () => clearInterval(drip));
  },
};

/** Resolves true once `socket` is closed, false if it is still open after `closeWithinMs`. */
function closedSoon(socket: Socket): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), closeWithinMs);
    socket.once("close", () => (clearTimeout(timer), resolve(true)));
  });
}

type Call = (baseUrl: string, fetch: typeof globalThis.fetch, options: { timeoutMs?: number; signal?: AbortSignal }) => Promise<unknown>;

/** Every typed operation, and a POST through each /raw client (which throws OperatorAuthError the same way). */
const calls: [string, Call][] = [
  ...allOperations.map(({ provider, operation }): [string, Call] => [
    `${provider.provider} ${operation.operationId}`,
    (baseUrl, fetch, { timeoutMs, signal }) => {
      const client = provider.connect(baseUrl, { fetch, timeoutMs: timeoutMs ?? 60_000 });
      return signal && operation.callWithTokens ? operation.callWithTokens(client, { token: "t0k3n", userToken: "u53r" }, { signal }) : operation.call(client);
    },
  ]),
  [
    "betfair-sso raw",
    (baseUrl, fetch, { timeoutMs, signal }) =>
      createBetfairSsoRawClient({ baseUrl, fetch, timeoutMs }).POST("/api/keepAlive", {
        params: { header: { Accept: "application/json", "X-Application": "app", "X-Authentication": "t" } },
        signal,
      }),
  ],
  [
    "posapi-auth raw",
    (baseUrl, fetch, { timeoutMs, signal }) =>
      createPosApiRawClient({ baseUrl, accessId: "frontend-bw-brand-1", fetch, timeoutMs }).GET("/Authentication.svc/CheckCountryBlock", {
        params: { query: { countryId: "AT" } },
        signal,
      }),
  ],
  [
    "casino-gateway raw",
    (baseUrl, fetch, { timeoutMs, signal }) =>
      createCasinoGatewayRawClient({ baseUrl, fetch, timeoutMs }).POST("/gateway/login/{version}/{brand_id}/player", {
        params: { path: { version: "v1", brand_id: 42 } },
        body: { user_name: "player1", password: "pw", language: "en" },
        signal,
      }),
  ],
];

export function cancelSuite() {
  describe("cancel: a deadline or an abort cancels the request itself", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    const cases = calls.flatMap(([name, call]) => Object.keys(stalls).map((stall) => [name, stall, call] as const));

    /** Runs one stalled call and returns its outcome and whether the server saw its connection close. */
    async function stalled(stall: string, call: Call, options: { timeoutMs?: number; abortAfterMs?: number }) {
      let socket: Socket | undefined;
      let arrived!: () => void;
      const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
      const key = server.serve(stalls[stall]!((s) => ((socket = s), arrived())));
      try {
        const controller = new AbortController();
        const pending = settle(() => call(server.url, server.fetchFor(key), { timeoutMs: options.timeoutMs, signal: options.abortAfterMs ? controller.signal : undefined }));
        if (options.abortAfterMs) void requestArrived.then(() => setTimeout(() => controller.abort(), options.abortAfterMs));
        const settled = await pending;
        expect(socket, "the request reached the server").toBeDefined();
        return { settled, closed: await closedSoon(socket!), requests: server.requestsFor(key).length };
      } finally {
        server.forget(key);
      }
    }

    it.concurrent.each(cases)(`%s, %s: timeoutMs ${deadlineMs} → timeout naming ${deadlineMs} ms, connection closed`, async (_name, stall, call) => {
      let passed = false;
      try {
        const { settled, closed, requests } = await stalled(stall, call, { timeoutMs: deadlineMs });
        expect(typedErrorProblem(settled.error)).toBeUndefined();
        expect(settled.error).toMatchObject({ kind: "timeout", message: expect.stringContaining(`${deadlineMs} ms`) });
        expect(closed, `the connection is closed within ${closeWithinMs} ms of the timeout`).toBe(true);
        expect(requests).toBe(1);
        passed = true;
      } finally {
        tally("cancel", passed);
      }
    }, 30_000);

    // The caller's signal, for the calls that take one here: the token calls and the /raw clients.
    const abortable = cases.filter(([name]) => / (keepAlive|logout|cancelWorkflow|raw)$/.test(name));
    it.concurrent.each(abortable)("%s, %s: the caller's abort → aborted, connection closed", async (_name, stall, call) => {
      let passed = false;
      try {
        const { settled, closed } = await stalled(stall, call, { abortAfterMs: 50 });
        expect(typedErrorProblem(settled.error)).toBeUndefined();
        expect(settled.error).toMatchObject({ kind: "aborted" });
        expect(closed, `the connection is closed within ${closeWithinMs} ms of the abort`).toBe(true);
        passed = true;
      } finally {
        tally("cancel", passed);
      }
    }, 30_000);
  });
}
