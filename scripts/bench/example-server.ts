/**
 * A loopback server, run in its own process, that answers every operation of every spec with the
 * operation's first documented success example — the smallest honest stand-in for a provider.
 * Prints its URL on stdout once listening.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { listSpecs, readSpec, specOperations } from "../generate/spec.js";

type Responses = Record<string, { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }>;
const routes: { method: string; pattern: RegExp; status: number; body: string }[] = [];
for (const { specFile } of listSpecs()) {
  for (const { path, method, operation } of specOperations<{ responses?: Responses }>(readSpec(specFile))) {
    const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
    if (!success) continue;
    const example = Object.values(success[1].content?.["application/json"]?.examples ?? {})[0]?.value;
    const pattern = new RegExp("^" + path.replace(/\{[^}]+\}/g, "[^/]+") + "(\\?.*)?$");
    routes.push({ method: method.toUpperCase(), pattern, status: Number(success[0]), body: example === undefined ? "" : JSON.stringify(example) });
  }
}

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const route = routes.find((r) => r.method === request.method && r.pattern.test(request.url ?? ""));
    if (!route) return void response.writeHead(404).end();
    response.writeHead(route.status, { "content-type": "application/json", "content-length": Buffer.byteLength(route.body) });
    response.end(route.body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
