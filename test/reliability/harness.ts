/**
 * The shared machinery of the reliability suite: a loopback server that answers each request by the
 * case it belongs to (so that thousands of cases share one server and run side by side), the check that
 * a thrown value is a well-formed OperatorAuthError, and the tallies behind the summary line.
 */
import { OperatorAuthError, type OperatorAuthErrorKind } from "@operator-auth/betfair-sso";
import { startLocalServer, type Handler, type LocalServer, type RecordedRequest } from "../local-server.js";

/** Every kind OperatorAuthError documents; `satisfies` keeps the list in step with the type. */
const kinds = {
  network: true,
  timeout: true,
  aborted: true,
  "undocumented-status": true,
  "html-body": true,
  "empty-body": true,
  "body-too-large": true,
  "invalid-body": true,
  "unexpected-body": true,
  "opaque-redirect": true,
  "insecure-url": true,
  "invalid-input": true,
  "unsupported-runtime": true,
  "invalid-certificate": true,
} as const satisfies Record<OperatorAuthErrorKind, true>;
export const errorKinds = Object.keys(kinds) as OperatorAuthErrorKind[];

/** The kinds a body the client cannot use may end in. */
export const bodyKinds: readonly OperatorAuthErrorKind[] = ["html-body", "empty-body", "invalid-body", "unexpected-body"];

export type Settled = { result: unknown; error?: undefined; threw: false } | { error: unknown; result?: undefined; threw: true };

export async function settle(call: () => Promise<unknown>): Promise<Settled> {
  try {
    return { result: await call(), threw: false };
  } catch (error) {
    return { error, threw: true };
  }
}

/** Why `error` is not a well-formed OperatorAuthError, or `undefined` when it is. */
export function typedErrorProblem(error: unknown, operation?: string): string | undefined {
  if (!(error instanceof OperatorAuthError)) {
    const name = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error;
    return `an untyped throw (${name})`;
  }
  if (error.name !== "OperatorAuthError") return `name is ${error.name}`;
  if (!errorKinds.includes(error.kind)) return `kind ${String(error.kind)} is not documented`;
  if (typeof error.message !== "string" || error.message === "") return "no message";
  if (error.status !== undefined && !Number.isInteger(error.status)) return `status ${String(error.status)}`;
  if (operation !== undefined && error.operation !== undefined && error.operation !== operation) {
    return `operation is ${error.operation}, expected ${operation}`;
  }
  return undefined;
}

export const caseHeader = "x-reliability-case";

export interface CaseServer {
  url: string;
  /** Registers how the server answers the requests of a new case; returns the case's key. */
  serve(handler: Handler): string;
  /** The requests that arrived for a case. */
  requestsFor(key: string): RecordedRequest[];
  /** A fetch that marks every request as belonging to the case. */
  fetchFor(key: string): typeof globalThis.fetch;
  /** Forgets a finished case (its handler and requests). */
  forget(key: string): void;
  close(): Promise<void>;
}

export async function startCaseServer(): Promise<CaseServer> {
  const handlers = new Map<string, Handler>();
  const requests = new Map<string, RecordedRequest[]>();
  let next = 0;
  let server: LocalServer | undefined = await startLocalServer((request, response) => {
    const key = String(request.headers[caseHeader] ?? "");
    requests.get(key)?.push(request);
    const handler = handlers.get(key);
    if (!handler) {
      response.writeHead(599, { "content-type": "text/plain" });
      response.end("no such case");
      return;
    }
    return handler(request, response);
  });
  // The server's own list of every request is not needed: the per-case lists replace it.
  const all = server.requests;
  return {
    url: server.url,
    serve(handler) {
      const key = `case-${next++}`;
      handlers.set(key, handler);
      requests.set(key, []);
      all.length = 0;
      return key;
    },
    requestsFor: (key) => requests.get(key) ?? [],
    fetchFor: (key) => (input, init) => {
      if (input instanceof Request) {
        const request = new Request(input, init);
        request.headers.set(caseHeader, key);
        return globalThis.fetch(request);
      }
      const headers = new Headers(init?.headers);
      headers.set(caseHeader, key);
      return globalThis.fetch(input, { ...init, headers });
    },
    forget(key) {
      handlers.delete(key);
      requests.delete(key);
    },
    async close() {
      await server?.close();
      server = undefined;
    },
  };
}

/** Runs `work` over `items` with at most `limit` under way at once. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let cursor = 0;
  const worker = async () => {
    while (cursor < items.length) {
      const index = cursor++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A stable seed per name, so that each run tries the same cases unless RELIABILITY_SEED says otherwise. */
export function seedFor(name: string): number {
  const base = Number(process.env.RELIABILITY_SEED ?? 20_261_121);
  let hash = base | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

// ----- tallies -------------------------------------------------------------------------------------

export const categories = [
  "hostile",
  "fuzz valid",
  "fuzz invalid",
  "password",
  "redaction",
  "transport",
  "keep-alive",
  "cancel",
  "limits",
  "options",
  "hooks",
  "fields",
  "keeper limits",
  "redirect",
] as const;
export type Category = (typeof categories)[number];

const counts = new Map<Category, { tried: number; passed: number }>();

/** Counts one case of a category, passed or not. */
export function tally(category: Category, passed: boolean): void {
  const entry = counts.get(category) ?? { tried: 0, passed: 0 };
  entry.tried += 1;
  if (passed) entry.passed += 1;
  counts.set(category, entry);
}

export function summaryLine(fixedDefects: number): string {
  const parts = categories
    .filter((c) => counts.has(c))
    .map((c) => {
      const { tried, passed } = counts.get(c)!;
      return `${c} ${passed}/${tried}`;
    });
  return `reliability: ${parts.join(", ")}; fixed defects guarded: ${fixedDefects}`;
}
