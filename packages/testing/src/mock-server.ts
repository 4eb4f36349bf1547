/** The mock provider as an in-process HTTP server on a loopback port. */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { KitRequest } from "./check-request.js";
import { openKit, type KitControls, type KitOptions } from "./kit-options.js";
import type { Provider } from "./providers.js";

export interface MockServerOptions<P extends Provider> extends KitOptions<P> {
  /** Port to listen on. Default: 0, a free port. */
  port?: number;
  /** Address to listen on. Default: `127.0.0.1`. */
  host?: string;
}

export interface MockServer<P extends Provider> extends KitControls<P> {
  /** The server's base URL, e.g. `http://127.0.0.1:41234`: pass it as the client's `baseUrl`. */
  readonly url: string;
  /** Stops the server and drops its open connections. */
  close(): Promise<void>;
}

async function readRequest(message: IncomingMessage): Promise<KitRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const url = new URL(message.url ?? "/", "http://mock");
  const headers = Object.fromEntries(
    Object.entries(message.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)]),
  );
  return { method: message.method ?? "GET", path: url.pathname, query: url.searchParams, headers, body: Buffer.concat(chunks).toString("utf8") };
}

/**
 * Starts a mock of `provider` that answers every documented operation with its documented success,
 * or the answer chosen with `answer()`, and checks each request against the spec.
 */
export async function startMockServer<P extends Provider>(provider: P, options: MockServerOptions<P> = {}): Promise<MockServer<P>> {
  const session = openKit("startMockServer", provider, options);
  const server = createServer((message, reply) => {
    readRequest(message).then(
      (request) => {
        const response = session.handle(request);
        reply.writeHead(response.status, response.headers).end(response.body);
      },
      () => reply.destroy(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    answer: session.answer,
    requests: session.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
