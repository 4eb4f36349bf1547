/**
 * Limits: a body is read through `maxBodyBytes`, counted after decompression, whatever its status.
 * A 200 MB answer, a gzip bomb (a few hundred KB that inflate to 200 MB) and an undocumented status
 * with a 200 MB body each end in `body-too-large` for every typed operation and each /raw client,
 * with the process's memory growing by far less than the body (RSS measured around the whole group).
 */
import type { ServerResponse } from "node:http";
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import { createCasinoGatewayRawClient } from "@operator-auth/casino-gateway/raw";
import { createPosApiRawClient } from "@operator-auth/posapi-auth/raw";
import type { Handler } from "../local-server.js";
import { allOperations } from "./adapters.js";
import { settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";

const hugeBytes = 200 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, " ");
/** RSS may grow by this much over the whole group; a body read to its end would cost 200 MB or more each. */
const rssBudget = 50 * 1024 * 1024;

/** Writes `total` bytes of `chunk` as the socket takes them, stopping when the client goes away. */
function stream(response: ServerResponse, status: number, headers: Record<string, string>, total: number): void {
  response.writeHead(status, headers);
  response.write("{");
  let sent = 1;
  const pump = () => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", pump);
    }
    response.end();
  };
  pump();
}

/** 200 MB of spaces, gzipped as a stream (so that making the bomb costs no memory): a few hundred KB. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  for (let written = 0; written < hugeBytes; written += chunk.length) {
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(parts);
}

type Call = (baseUrl: string, fetch: typeof globalThis.fetch) => Promise<unknown>;

const calls: [string, Call][] = [
  ...allOperations.map(({ provider, operation }): [string, Call] => [
    `${provider.provider} ${operation.operationId}`,
    (baseUrl, fetch) => operation.call(provider.connect(baseUrl, { fetch, timeoutMs: 60_000 })),
  ]),
  [
    "betfair-sso raw",
    (baseUrl, fetch) =>
      createBetfairSsoRawClient({ baseUrl, fetch, timeoutMs: 60_000 }).POST("/api/keepAlive", {
        params: { header: { Accept: "application/json", "X-Application": "app", "X-Authentication": "t" } },
      }),
  ],
  [
    "posapi-auth raw",
    (baseUrl, fetch) =>
      createPosApiRawClient({ baseUrl, accessId: "frontend-bw-brand-1", fetch, timeoutMs: 60_000 }).GET("/Authentication.svc/CheckCountryBlock", {
        params: { query: { countryId: "AT" } },
      }),
  ],
  [
    "casino-gateway raw",
    (baseUrl, fetch) =>
      createCasinoGatewayRawClient({ baseUrl, fetch, timeoutMs: 60_000 }).POST("/gateway/login/{version}/{brand_id}/player", {
        params: { path: { version: "v1", brand_id: 42 } },
        body: { user_name: "player1", password: "pw", language: "en" },
      }),
  ],
];

export function limitsSuite() {
  describe("limits: bodies are read through maxBodyBytes", () => {
    let server: CaseServer;
    let bomb: Buffer;
    let rssBefore: number;
    beforeAll(async () => {
      server = await startCaseServer();
      bomb = await gzipBomb();
      rssBefore = process.memoryUsage().rss;
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    const answers: Record<string, Handler> = {
      "a 200 MB answer with 200": (_q, r) => stream(r, 200, { "content-type": "application/json" }, hugeBytes),
      "a gzip bomb (200 MB inflated) with 200": (_q, r) => {
        r.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(bomb.length) });
        r.end(bomb);
      },
      "a 200 MB answer with an undocumented status (418)": (_q, r) => stream(r, 418, { "content-type": "application/json" }, hugeBytes),
    };
    const cases = calls.flatMap(([name, call]) => Object.keys(answers).map((answer) => [name, answer, call] as const));

    // One at a time, so that the memory figure is that of one capped body, not of many at once.
    it.each(cases)("%s, %s → body-too-large", async (_name, answer, call) => {
      const key = server.serve(answers[answer]!);
      let passed = false;
      try {
        const settled = await settle(() => call(server.url, server.fetchFor(key)));
        expect(typedErrorProblem(settled.error)).toBeUndefined();
        expect(settled.error).toMatchObject({ kind: "body-too-large", message: expect.stringContaining("1048576 bytes") });
        passed = true;
      } finally {
        server.forget(key);
        tally("limits", passed);
      }
    }, 60_000);

    it(`the capped bodies left RSS growth under ${rssBudget / 1024 / 1024} MB`, () => {
      const growth = process.memoryUsage().rss - rssBefore;
      let passed = false;
      try {
        expect(growth, `RSS grew by ${(growth / 1024 / 1024).toFixed(1)} MB`).toBeLessThan(rssBudget);
        passed = true;
      } finally {
        tally("limits", passed);
      }
    });

    it("a body within the limit is read: a client given maxBodyBytes 4096 takes a 4000-byte answer, refuses a 5000-byte one", async () => {
      const { provider, operation } = allOperations.find(({ operation }) => operation.operationId === "checkCountryBlock")!;
      const padded = (size: number): Handler => (_q, r) => {
        const body = JSON.stringify({ blocked: false, padding: "" });
        r.writeHead(200, { "content-type": "application/json" });
        r.end(body.replace('""', JSON.stringify(" ".repeat(size - body.length))));
      };
      let passed = false;
      try {
        for (const [size, kind] of [
          [4000, undefined],
          [5000, "body-too-large"],
        ] as const) {
          const key = server.serve(padded(size));
          const settled = await settle(() => operation.call(provider.connect(server.url, { fetch: server.fetchFor(key), maxBodyBytes: 4096 })));
          server.forget(key);
          if (kind) expect(settled.error).toMatchObject({ kind, status: 200 });
          else expect(settled.error).toBeUndefined();
        }
        passed = true;
      } finally {
        tally("limits", passed);
      }
    });
  });
}
