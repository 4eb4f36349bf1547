/**
 * The malformed-request corpus, one table run against every way the kit serves: the in-process mock
 * server, the CLI (a child process) and the MSW handlers, for each provider. Each malformed request
 * gets the provider's invalid-input answer (Betfair's documented INPUT_VALIDATION_ERROR, the kit's own
 * labelled 400 elsewhere), is recorded `valid: false` with its reason, and the next good request still
 * gets its documented answer. Also: secrets redacted wherever they travel, and CORS for pages on other
 * origins.
 */
import { connect } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { betfairSsoFlows } from "../../../test/flows/betfair-sso.js";
import { posApiFlows } from "../../../test/flows/posapi-auth.js";
import { handlers } from "../src/msw.js";
import { providers, startMockServer, type Provider, type RecordedRequest } from "../src/index.js";
import { serveCli, stopCliChildren } from "./cli-child.js";
import { streamedBody } from "./streamed-body.js";

interface Sent {
  method: string;
  /** With its query string, if any. */
  path: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

interface ProviderCorpus {
  /** A login as the spec wants it, answered with `success`. */
  login: Sent & { body: string };
  success: string;
  /** The content types the spec documents for the login body, as the kit names them. */
  takes: string;
  /** A request whose `%`-escape cannot be decoded, where the provider's requests carry escapes. */
  badEscape: Sent & { problem: string };
  /** What every malformed request gets: the documented answer's name, or the kit's own 400. */
  refusal: { status: number; answer?: string; kitHeader?: string };
}

const json = "application/json";
const corpus: Record<Provider, ProviderCorpus> = {
  "betfair-sso": {
    login: { method: "POST", path: "/api/login", headers: { "x-application": "app-key", "content-type": "application/x-www-form-urlencoded" }, body: "username=user&password=s3cret" },
    success: "success",
    takes: "application/x-www-form-urlencoded",
    badEscape: {
      method: "POST",
      path: "/api/login",
      headers: { "x-application": "app-key", "content-type": "application/x-www-form-urlencoded" },
      body: "username=%E0%A4%A&password=s3cret",
      problem: "the form body has a malformed %-escape",
    },
    refusal: { status: 200, answer: "INPUT_VALIDATION_ERROR" },
  },
  "posapi-auth": {
    login: { method: "POST", path: "/Authentication.svc/Login", headers: { "x-bwin-accessId": "frontend-bw-brand-1", "content-type": json }, body: JSON.stringify({ username: "user", password: "s3cret" }) },
    success: "success",
    takes: "application/json or application/xml",
    badEscape: { method: "GET", path: "/Authentication.svc/CheckCountryBlock?countryId=%ZZ", headers: { "x-bwin-accessId": "frontend-bw-brand-1" }, problem: "the query string has a malformed %-escape" },
    refusal: { status: 400, kitHeader: "invalid-request" },
  },
  "casino-gateway": {
    login: { method: "POST", path: "/gateway/login/v1/42/player", headers: { "content-type": json }, body: JSON.stringify({ user_name: "player1", password: "s3cret", language: "en" }) },
    success: "ok",
    takes: json,
    badEscape: {
      method: "POST",
      path: "/gateway/login/%25%ZZ/42/player",
      headers: { "content-type": json },
      body: JSON.stringify({ user_name: "player1", password: "s3cret", language: "en" }),
      problem: "path parameter version has a malformed %-escape",
    },
    refusal: { status: 400, kitHeader: "invalid-request" },
  },
};

/** What each target shows of a request it recorded; `problems` joined by "; ", as the CLI prints them. */
interface Seen {
  valid: boolean;
  problems: string;
  status: number;
  answer?: string;
  bodyKept: boolean;
}

interface Target {
  url: string;
  /** The records of the last `count` requests, oldest first. */
  seen(count: number): Promise<Seen[]>;
  /** Set where requests travel over sockets that a slow sender can hold. */
  socket?: { stillRunning(): boolean };
  close(): Promise<void>;
}

const fromRecord = (r: RecordedRequest): Seen => ({ valid: r.valid, problems: r.problems.join("; "), status: r.status, ...(r.answer ? { answer: r.answer } : {}), bodyKept: r.body !== undefined });

/** A CLI line, `POST /path -> 400 login (answer) INVALID: a; b headers={…} body=…`, as a record. */
function fromLine(line: string): Seen {
  const [, status, answer, problems] = /-> (\d+|no answer)(?: \w+)?(?: \(([^)]*)\))?(?: \[fault \w+\])?(?: INVALID: (.*?))? headers=/.exec(line)!;
  return { valid: problems === undefined, problems: problems ?? "", status: status === "no answer" ? 0 : Number(status), ...(answer ? { answer } : {}), bodyKept: / body=/.test(line) };
}

const targets: Record<string, (provider: Provider) => Promise<Target>> = {
  async "mock server"(provider) {
    const server = await startMockServer(provider);
    return { url: server.url, seen: async (count) => server.requests.slice(-count).map(fromRecord), socket: { stillRunning: () => true }, close: () => server.close() };
  },
  async CLI(provider) {
    const cli = serveCli(provider, "--port", "0");
    const url = await cli.url();
    return {
      url,
      seen: async (count) => (await Promise.all(Array.from({ length: count }, () => cli.next()))).map(fromLine),
      socket: { stillRunning: () => cli.child.exitCode === null && cli.child.signalCode === null },
      close: stopCliChildren,
    };
  },
  async "MSW handlers"(provider) {
    const url = `https://${provider}.mock.example`;
    const mock = handlers(provider, { baseUrl: url });
    const server = setupServer(...mock);
    server.listen({ onUnhandledRequest: "error" });
    return { url, seen: async (count) => mock.requests.slice(-count).map(fromRecord), close: async () => server.close() };
  },
};

interface Row {
  name: string;
  /** The malformed request, and the problem its record names; none for a request that never arrives whole. */
  malformed?: (c: ProviderCorpus) => Sent & { problem: string };
  /** Done to a target that listens on a socket, while its good request is sent. */
  hold?: (url: string) => () => void;
}

/** Fifty connections that send half a request line's headers and then nothing (slowloris). */
function slowSenders(url: string): () => void {
  const { hostname, port } = new URL(url);
  const sockets = Array.from({ length: 50 }, () => {
    const socket = connect(Number(port), hostname);
    socket.on("error", () => {});
    socket.write("POST / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    return socket;
  });
  return () => sockets.forEach((socket) => socket.destroy());
}

const rows: Row[] = [
  { name: "a malformed %-escape", malformed: (c) => c.badEscape },
  {
    name: "a body in an undocumented content type",
    malformed: (c) => ({ ...c.login, headers: { ...c.login.headers, "content-type": "text/plain" }, problem: `content type text/plain is not documented; the spec takes ${c.takes}` }),
  },
  {
    name: "a body without a content type",
    malformed: (c) => {
      const { "content-type": _, ...headers } = c.login.headers;
      return { ...c.login, headers, body: new TextEncoder().encode(c.login.body), problem: `content type (none) is not documented; the spec takes ${c.takes}` };
    },
  },
  {
    name: "a body past the cap (4 MiB, streamed; the default cap is 1 MiB)",
    malformed: (c) => ({ ...c.login, body: streamedBody(4), problem: "the body is longer than 1048576 bytes; the kit keeps none of it" }),
  },
  { name: "slow senders holding 50 connections (slowloris)", hold: slowSenders },
];

const send = (url: string, { method, path, headers, body }: Sent) => fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body, duplex: "half" }) } as RequestInit);

describe.each(Object.keys(targets).flatMap((kind) => providers.map((provider) => [kind, provider] as const)))("%s of %s", (kind, provider) => {
  const c = corpus[provider];
  let target: Target;
  beforeAll(async () => {
    target = await targets[kind]!(provider);
  });
  afterAll(() => target.close());

  it.each(rows.filter((row) => row.malformed || kind !== "MSW handlers"))("$name: answered, flagged, and the next login still gets its answer", async ({ malformed, hold }) => {
    if (malformed) {
      const { problem, ...request } = malformed(c);
      const response = await send(target.url, request);
      await response.arrayBuffer();
      expect([response.status, response.headers.get("x-operator-auth-kit") ?? undefined]).toEqual([c.refusal.status, c.refusal.kitHeader]);
      const [record] = await target.seen(1);
      expect(record).toEqual({ valid: false, problems: problem, status: c.refusal.status, ...(c.refusal.answer ? { answer: c.refusal.answer } : {}), bodyKept: record!.bodyKept });
      // A body past the cap is kept of none.
      if (request.body instanceof ReadableStream) expect(record!.bodyKept).toBe(false);
    }
    const release = hold?.(target.url);
    try {
      const good = await send(target.url, c.login);
      expect(good.status).toBe(200);
      await good.arrayBuffer();
    } finally {
      release?.();
    }
    expect(await target.seen(1)).toEqual([{ valid: true, problems: "", status: 200, answer: c.success, bodyKept: true }]);
    if (target.socket) expect(target.socket.stillRunning()).toBe(true);
  });
});

it("secrets are redacted in headers, query strings and nested body fields", async () => {
  const server = await startMockServer("posapi-auth");
  try {
    await posApiFlows.calls.login!(posApiFlows.connect(server.url, fetch));
    await fetch(`${server.url}/Authentication.svc/Login?password=hunter2&ssoid=abc123&lang=en`, {
      method: "POST",
      headers: { "x-bwin-accessId": "frontend-bw-brand-1", "content-type": json },
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
