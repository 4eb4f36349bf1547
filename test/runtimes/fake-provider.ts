/**
 * The loopback fake provider of the runtime matrix: answers each login with its spec's example (chosen
 * by the path prefix `cases.ts` builds; a status without examples gets no body) and serves the files a browser page needs, so the page and the
 * calls share one origin and no CORS is involved. Anything else gets a 404, which a client reports as an
 * undocumented status, so a wrong path or method fails the run visibly.
 */
import { contractCases } from "../contract-cases.js";
import { startLocalServer, type LocalServer, type RecordedRequest } from "../local-server.js";
import { specFile } from "../paths.js";
import { readSpec, specOperations } from "../../scripts/generate/spec.js";

interface Route {
  operationId: string;
  method: string;
  /** The spec path with each `{parameter}` matching one segment. */
  path: RegExp;
}

function routes(provider: string): Route[] {
  return specOperations<{ operationId?: string }>(readSpec(specFile(provider))).flatMap(({ path, method, operation: { operationId } }) => {
    const pattern = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    return operationId ? [{ operationId, method: method.toUpperCase(), path: new RegExp(`^${pattern}$`) }] : [];
  });
}

export interface FakeProvider extends LocalServer {
  /** The calls answered with a spec example, as `<provider> <operationId> <status> <example>`. */
  answered: string[];
}

/** Starts the fake; `files` maps a path (`/page.html`) to its content type and body. */
export async function startFakeProvider(files: Record<string, { type: string; body: string }> = {}): Promise<FakeProvider> {
  const providers = ["betfair-sso", "posapi-auth", "casino-gateway"];
  const routesOf = new Map(providers.map((provider) => [provider, routes(provider)]));
  const casesOf = new Map(providers.map((provider) => [provider, contractCases(specFile(provider))]));
  const answered: string[] = [];

  const server = await startLocalServer((request: RecordedRequest, response) => {
    const { pathname } = new URL(request.url, "http://fake");
    const file = files[pathname];
    if (file && request.method === "GET") {
      response.writeHead(200, { "content-type": file.type });
      return void response.end(file.body);
    }
    const [, provider = "", status = "", named = "", rest = ""] = /^\/([^/]+)\/(\d+)\/([^/]+)(\/.*)$/.exec(pathname) ?? [];
    const example = named === "-" ? "" : named;
    const route = routesOf.get(provider)?.find((r) => r.method === request.method && r.path.test(rest));
    const answer = route && casesOf.get(provider)!.find((c) => c.operationId === route.operationId && c.status === Number(status) && c.example === example);
    if (!route || !answer) {
      response.writeHead(404, { "content-type": "text/plain" });
      return void response.end(`no example for ${request.method} ${pathname}`);
    }
    answered.push(`${provider} ${route.operationId} ${status} ${example}`);
    // A status the spec gives no example for is documented without a body.
    response.writeHead(answer.status, example ? { "content-type": "application/json" } : {});
    response.end(example ? JSON.stringify(answer.value) : "");
  });
  return Object.assign(server, { answered });
}
