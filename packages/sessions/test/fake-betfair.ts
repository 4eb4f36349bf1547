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

export interface FakeBetfair {
  url: string;
  loginMode: LoginMode;
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
    endedTokens: new Set(),
    count,
    reached: (path, times) => new Promise((resolve) => (waiters.push({ path, times, resolve }), settle())),
    close: () => server.close(),
  };
  const answer = (request: RecordedRequest, response: ServerResponse) => {
    const path = new URL(request.url, "http://x").pathname;
    const token = request.headers["x-authentication"];
    setImmediate(settle);
    if (path === "/api/login") {
      logins += 1;
      if (fake.loginMode === "hold-first" && logins === 1) return; // never answered; the socket closes with the test
      if (fake.loginMode === "rate-limited") return json(response, { token: "", product: appKey, status: "FAIL", error: "TEMPORARY_BAN_TOO_MANY_REQUESTS" });
      if (fake.loginMode === "invalid-credentials") return json(response, { token: "", product: appKey, status: "FAIL", error: "INVALID_USERNAME_OR_PASSWORD" });
      return json(response, { token: `session-token-${logins}`, product: appKey, status: "SUCCESS", error: "" });
    }
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
