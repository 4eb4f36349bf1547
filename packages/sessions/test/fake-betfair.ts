/**
 * A loopback Betfair Identity SSO for the session tests: counts every login, keep-alive and logout and
 * answers with the documented bodies. Tokens are numbered, so a test sees which login a session came from.
 */
import type { ServerResponse } from "node:http";
import { startLocalServer, type RecordedRequest } from "../../../test/local-server.js";

export const appKey = "IhDSui3ODdsdwo";
export const credentials = { username: "fleet_account", password: "S3cret&pass=+%" };

/** How the next logins are answered: `hold-first` leaves the first one open for good, answering the rest. */
export type LoginMode = "success" | "rate-limited" | "invalid-credentials" | "hold-first";

/**
 * An answer the documents do not give, for every request to a path while it is set:
 * - `too-many-requests`: HTTP 429 with `Retry-After` (`retryAfter`, seconds);
 * - `html-503`, `html-200`: a maintenance page with that status;
 * - `empty-token`: `LIMITED_ACCESS` with an empty token, a body no result can be built from;
 * - `reset`: the connection is destroyed before any answer;
 * - `hang`: never answered (the socket closes with the server).
 */
export type Fault = "too-many-requests" | "html-503" | "html-200" | "empty-token" | "reset" | "hang";
export const faults: readonly Fault[] = ["too-many-requests", "html-503", "html-200", "empty-token", "reset", "hang"];

export interface FakeBetfair {
  url: string;
  loginMode: LoginMode;
  /** When set, every login is answered with this fault instead (`loginMode` is then ignored). */
  loginFault: Fault | undefined;
  /** When set, every keep-alive is answered with this fault. */
  keepAliveFault: Fault | undefined;
  /** The `Retry-After` of `too-many-requests`, in seconds. Default: `"1200"`. */
  retryAfter: string;
  /** Awaited before a login is answered (to stall the store mid-login, say). */
  beforeLoginAnswer: (() => Promise<void>) | undefined;
  /** Tokens whose keep-alive answers `NO_SESSION`. */
  endedTokens: Set<string>;
  count(path: "/api/login" | "/api/keepAlive" | "/api/logout"): number;
  /** Resolves once `path` has been called `times` times. */
  reached(path: string, times: number): Promise<void>;
  close(): Promise<void>;
}

const json = (response: ServerResponse, body: object) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
};
const maintenancePage = "<!DOCTYPE html><html><head><title>Down for maintenance</title></head><body><h1>Back soon</h1></body></html>";

function answerWithFault(fault: Fault, response: ServerResponse, retryAfter: string): void {
  switch (fault) {
    case "too-many-requests":
      response.writeHead(429, { "content-type": "text/plain", "retry-after": retryAfter });
      return void response.end("Too Many Requests");
    case "html-503":
    case "html-200":
      response.writeHead(fault === "html-503" ? 503 : 200, { "content-type": "text/html; charset=utf-8" });
      return void response.end(maintenancePage);
    case "empty-token":
      return json(response, { token: "", product: appKey, status: "LIMITED_ACCESS", error: "" });
    case "reset":
      return void response.socket?.destroy();
    case "hang":
      return; // never answered; the socket closes with the server
  }
}

export async function startFakeBetfair(): Promise<FakeBetfair> {
  let logins = 0;
  const waiters: { path: string; times: number; resolve: () => void }[] = [];
  const count = (path: string) => server.requests.filter((request) => new URL(request.url, "http://x").pathname === path).length;
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (count(waiter.path) >= waiter.times) waiters.splice(waiters.indexOf(waiter), 1), waiter.resolve();
    }
  };
  const fake: FakeBetfair = {
    url: "",
    loginMode: "success",
    loginFault: undefined,
    keepAliveFault: undefined,
    retryAfter: "1200",
    beforeLoginAnswer: undefined,
    endedTokens: new Set(),
    count,
    reached: (path, times) => new Promise((resolve) => (waiters.push({ path, times, resolve }), settle())),
    close: () => server.close(),
  };
  const answer = async (request: RecordedRequest, response: ServerResponse) => {
    const path = new URL(request.url, "http://x").pathname;
    const token = request.headers["x-authentication"];
    setImmediate(settle);
    if (path === "/api/login") {
      const number = (logins += 1);
      setImmediate(settle);
      await fake.beforeLoginAnswer?.();
      if (fake.loginFault) return answerWithFault(fake.loginFault, response, fake.retryAfter);
      if (fake.loginMode === "hold-first" && number === 1) return; // never answered; the socket closes with the test
      if (fake.loginMode === "rate-limited") return json(response, { token: "", product: appKey, status: "FAIL", error: "TEMPORARY_BAN_TOO_MANY_REQUESTS" });
      if (fake.loginMode === "invalid-credentials") return json(response, { token: "", product: appKey, status: "FAIL", error: "INVALID_USERNAME_OR_PASSWORD" });
      return json(response, { token: `session-token-${number}`, product: appKey, status: "SUCCESS", error: "" });
    }
    if (path === "/api/keepAlive" && fake.keepAliveFault) return answerWithFault(fake.keepAliveFault, response, fake.retryAfter);
    if (path === "/api/keepAlive" || path === "/api/logout") {
      if (typeof token === "string" && fake.endedTokens.has(token)) return json(response, { token, product: appKey, status: "FAIL", error: "NO_SESSION" });
      return json(response, { token, product: appKey, status: "SUCCESS", error: "" });
    }
    response.writeHead(404).end();
  };
  const server = await startLocalServer(answer);
  fake.url = server.url;
  return fake;
}
