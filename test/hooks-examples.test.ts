/**
 * The README's hook examples, taken from the README as they are and run against a loopback server:
 * the logging hooks print one line per call, the OpenTelemetry hooks make one ended span per call
 * (with `@opentelemetry/api` and a small recording tracer provider registered globally).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { trace, SpanStatusCode, type Attributes, type Span, type SpanStatus, type Tracer, type TracerProvider } from "@opentelemetry/api";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { repoRoot } from "../scripts/generate/spec.js";
import { startLocalServer, type LocalServer } from "./local-server.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const block = (marker: string) => {
  const found = blocks.find((b) => b.includes(marker));
  if (!found) throw new Error(`README: no ts block with ${marker}`);
  return found;
};

/** Spans as a tracer provider records them. */
interface Recorded {
  name: string;
  attributes: Attributes;
  status?: SpanStatus;
  ended: boolean;
}
const recorded: Recorded[] = [];
const recordingProvider: TracerProvider = {
  getTracer: (): Tracer =>
    ({
      startSpan(name: string, options?: { attributes?: Attributes }) {
        const entry: Recorded = { name, attributes: { ...options?.attributes }, ended: false };
        recorded.push(entry);
        const span = {
          setAttribute: (key: string, value: unknown) => ((entry.attributes[key] = value as never), span),
          setStatus: (status: SpanStatus) => ((entry.status = status), span),
          end: () => void (entry.ended = true),
        };
        return span as unknown as Span;
      },
    }) as unknown as Tracer,
};

const dir = join(repoRoot, "test", ".hooks-examples");
let server: LocalServer;

beforeAll(async () => {
  trace.setGlobalTracerProvider(recordingProvider);
  server = await startLocalServer((request, response) => {
    const blocked = request.url.includes("countryId=XX");
    response.writeHead(blocked ? 418 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify({}));
  });
  mkdirSync(dir, { recursive: true });
  // The free names a snippet uses, given values.
  writeFileSync(join(dir, "logging.ts"), `const { baseUrl, accessId } = globalThis as unknown as { baseUrl: string; accessId: string };\n${block("const logging: CallHooks")}`);
  writeFileSync(join(dir, "tracing.ts"), block("@opentelemetry/api"));
  Object.assign(globalThis, { baseUrl: server.url, accessId: "frontend-bw-brand-1" });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  trace.disable();
  await server?.close();
});

describe("README hook examples", () => {
  it("logging: one line per call, the failure's kind and no more", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { posApi } = (await import(join(dir, "logging.ts"))) as { posApi: ReturnType<typeof createPosApiClient> };
      await posApi.checkCountryBlock("AT");
      await expect(posApi.checkCountryBlock("XX")).rejects.toMatchObject({ kind: "undocumented-status" });
      expect(info.mock.calls.map(([line]) => String(line).replace(/\d+ ms/, "N ms"))).toEqual([
        `checkCountryBlock: GET ${server.url}/Authentication.svc/CheckCountryBlock?countryId=AT → 200 in N ms`,
      ]);
      expect(warn.mock.calls.map(([line]) => String(line).replace(/\d+ ms/, "N ms"))).toEqual(["checkCountryBlock failed after N ms: undocumented-status"]);
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });

  it("OpenTelemetry: one ended span per call, with method, URL and status; an error status on failure", async () => {
    const { tracing } = (await import(join(dir, "tracing.ts"))) as { tracing: import("@operator-auth/posapi-auth").CallHooks<Span> };
    const posApi = createPosApiClient({ baseUrl: server.url, accessId: "frontend-bw-brand-1", hooks: tracing });
    await posApi.checkCountryBlock("AT");
    await expect(posApi.checkCountryBlock("XX")).rejects.toMatchObject({ kind: "undocumented-status" });
    expect(recorded).toEqual([
      {
        name: "checkCountryBlock",
        attributes: {
          "http.request.method": "GET",
          "url.full": `${server.url}/Authentication.svc/CheckCountryBlock?countryId=AT`,
          "http.response.status_code": 200,
        },
        ended: true,
      },
      {
        name: "checkCountryBlock",
        attributes: {
          "http.request.method": "GET",
          "url.full": `${server.url}/Authentication.svc/CheckCountryBlock?countryId=XX`,
          "http.response.status_code": 418,
        },
        status: { code: SpanStatusCode.ERROR, message: "undocumented-status" },
        ended: true,
      },
    ]);
  });
});
