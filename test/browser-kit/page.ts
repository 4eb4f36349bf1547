/**
 * The page an app would serve, for the browser-kit tests: a loopback static server on an origin of its
 * own, with the app's script bundled for browsers by esbuild (against the built packages, as an app
 * installs them) at `/app.js`, any other files given, and an empty HTML page everywhere else.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { repoRoot } from "../../scripts/generate/spec.js";
import { ensureBuilt } from "../runtimes/built-packages.js";

export interface AppPage {
  /** e.g. `http://127.0.0.1:41234`; load `${origin}/` and `import("/app.js")` in the page. */
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveAppPage(script: string, files: Record<string, { type: string; body: string }> = {}): Promise<AppPage> {
  ensureBuilt();
  const bundle = await build({ stdin: { contents: script, resolveDir: repoRoot, loader: "js" }, bundle: true, write: false, format: "esm", platform: "browser", logLevel: "silent" });
  const served: Record<string, { type: string; body: string }> = { ...files, "/app.js": { type: "text/javascript", body: bundle.outputFiles[0]!.text } };
  const server = createServer((request, reply) => {
    const file = served[new URL(request.url ?? "/", "http://page").pathname] ?? { type: "text/html", body: "<!doctype html><title>app</title>" };
    reply.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
