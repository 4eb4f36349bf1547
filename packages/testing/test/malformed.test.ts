/**
 * The malformed-request corpus: each request gets an answer, is recorded `valid: false` with its
 * reason, and leaves the server up; a huge body is not kept. Also: secrets redacted wherever they
 * travel, and CORS for pages on other origins.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { betfairSsoFlows } from "../../../test/flows/betfair-sso.js";
import { posApiFlows } from "../../../test/flows/posapi-auth.js";
import { startMockServer, type MockServer } from "../src/index.js";

let casino: MockServer<"casino-gateway">;
beforeAll(async () => {
  casino = await startMockServer("casino-gateway", { maxBodyBytes: 64 * 1024 });
});
afterAll(() => casino.close());

const json = { "content-type": "application/json" };
const login = JSON.stringify({ user_name: "player1", password: "s3cret", language: "en" });

async function stillUp() {
  const response = await fetch(`${casino.url}/gateway/login/v1/42/player`, { method: "POST", headers: json, body: login });
  expect(response.status).toBe(200);
}

it.each([
  ["/gateway/login/%25%ZZ/42/player", "path parameter version has a malformed %-escape"],
  ["/gateway/login/v1/%E0%A4%A/player", "path parameter brand_id has a malformed %-escape"],
])("a malformed escape (%s) is answered and flagged", async (path, problem) => {
  casino.requests.clear();
  const response = await fetch(`${casino.url}${path}`, { method: "POST", headers: json, body: login });
  expect(response.status).toBe(400);
  expect(casino.requests).toEqual([expect.objectContaining({ valid: false, problems: [problem] })]);
  await stillUp();
});

/** A body of `megabytes` MiB, made as it is sent, so that only the server could hold it whole. */
function streamedBody(megabytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(120);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < megabytes) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

it("a huge body is read to its end, kept of none, flagged; memory stays bounded", async () => {
  casino.requests.clear();
  const before = process.memoryUsage().rss;
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${casino.url}/gateway/login/v1/42/player`, { method: "POST", headers: json, body: streamedBody(200), duplex: "half" } as RequestInit);
    expect(response.status).toBe(400);
  }
  expect(casino.requests.map((r) => [r.valid, r.problems, r.body])).toEqual(
    Array(2).fill([false, ["the body is longer than 65536 bytes; the kit keeps none of it"], undefined]),
  );
  // 400 MB sent; kept, it would show in full.
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  await stillUp();
});

it.each([
  ["text/plain", "content type text/plain is not documented; the spec takes application/json"],
  ["application/json", "the body is not JSON"],
  ["application/x-www-form-urlencoded", "content type application/x-www-form-urlencoded is not documented; the spec takes application/json"],
])("a body sent as %s that the spec does not take is flagged", async (type, problem) => {
  casino.requests.clear();
  await fetch(`${casino.url}/gateway/login/v1/42/player`, { method: "POST", headers: { "content-type": type }, body: "password=s3cret&{" });
  expect(casino.requests[0]).toMatchObject({ valid: false, problems: [problem], body: "[redacted]" });
  await stillUp();
});

it("slow senders (slowloris) do not keep the server from answering", async () => {
  const { hostname, port } = new URL(casino.url);
  const sockets = Array.from({ length: 50 }, () => {
    const socket = connect(Number(port), hostname);
    socket.on("error", () => {});
    socket.write("POST /gateway/login/v1/42/player HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    return socket;
  });
  try {
    await stillUp();
  } finally {
    for (const socket of sockets) socket.destroy();
  }
});

it("secrets are redacted in headers, query strings and nested body fields", async () => {
  const server = await startMockServer("posapi-auth");
  try {
    await posApiFlows.calls.login!(posApiFlows.connect(server.url, fetch));
    await fetch(`${server.url}/Authentication.svc/Login?password=hunter2&ssoid=abc123&lang=en`, {
      method: "POST",
      headers: { "x-bwin-accessId": "frontend-bw-brand-1", ...json },
      body: JSON.stringify({ username: "u", password: "p4ss", credentials: { password: "nested-secret", pin: 1234 }, items: [{ sessionToken: "s" }] }),
    });
    const [first, second] = server.requests;
    expect(first!.headers["x-bwin-accessid"]).toBe("[redacted]");
    expect(second).toMatchObject({
      query: { password: "[redacted]", ssoid: "[redacted]", lang: "en" },
      body: { username: "u", password: "[redacted]", credentials: { password: "[redacted]" }, items: [{ sessionToken: "[redacted]" }] },
    });
    const text = JSON.stringify(server.requests);
    for (const secret of ["frontend-bw-brand-1", "hunter2", "abc123", "p4ss", "nested-secret"]) expect(text).not.toContain(secret);
  } finally {
    await server.close();
  }
});

it("CORS: preflights are answered and not recorded; answers allow any origin; off on request", async () => {
  const server = await startMockServer("betfair-sso");
  const closed = await startMockServer("betfair-sso", { cors: false });
  try {
    const preflight = await fetch(`${server.url}/api/login`, {
      method: "OPTIONS",
      headers: { origin: "http://app.example", "access-control-request-method": "POST", "access-control-request-headers": "x-application, content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("x-application, content-type");
    expect(server.requests).toHaveLength(0);
    await betfairSsoFlows.calls.login!(betfairSsoFlows.connect(server.url, fetch));
    expect(server.requests).toHaveLength(1);
    const off = await fetch(`${closed.url}/api/login`, { method: "OPTIONS", headers: { origin: "http://app.example", "access-control-request-method": "POST" } });
    expect(off.status).toBe(405);
    expect(off.headers.get("access-control-allow-origin")).toBeNull();
  } finally {
    await Promise.all([server.close(), closed.close()]);
  }
});
