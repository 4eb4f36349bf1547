/** The mock provider as an in-process HTTP server on a loopback port. */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { invalidInput } from "@operator-auth/core";
import { kitHeader, type KitReply } from "./answer-request.js";
import type { KitRequest } from "./check-request.js";
import { openKit, type KitControls, type KitOptions } from "./kit-options.js";
import type { Provider } from "./providers.js";

export interface MockServerOptions<P extends Provider> extends KitOptions<P> {
  /** Port to listen on. Default: 0, a free port. */
  port?: number;
  /** Address to listen on. Default: `127.0.0.1`. */
  host?: string;
  /**
   * Answer browsers on any origin (CORS): preflights are answered (and not recorded) and every answer
   * allows any origin and shows every header. Default: true.
   */
  cors?: boolean;
  /** The longest request body kept, in bytes; a longer one is read to its end, kept of none, and flagged. Default: 1 MiB. */
  maxBodyBytes?: number;
}

export interface MockServer<P extends Provider> extends KitControls<P> {
  /** The server's base URL, e.g. `http://127.0.0.1:41234`: pass it as the client's `baseUrl`. */
  readonly url: string;
  /** Stops the server and drops its open connections (a hanging answer included). */
  close(): Promise<void>;
}

/** The `cors` option's headers: the clients send no cookies, so `*` suffices. */
const corsHeaders: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "*",
};

function preflightHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    ...corsHeaders,
    "access-control-allow-methods": String(headers["access-control-request-method"]),
    "access-control-allow-headers": String(headers["access-control-request-headers"] ?? "*"),
    "access-control-max-age": "600",
  };
}

/** The request as the kit reads it; a body past `maxBodyBytes` is read to its end (so the client gets its answer) and dropped. */
async function readRequest(message: IncomingMessage, maxBodyBytes: number): Promise<KitRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size <= maxBodyBytes) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  // `message.url` is the request target as sent: parse it relative to a base, never as a URL of its own.
  const target = /^\//.test(message.url ?? "") ? message.url! : "/";
  const url = new URL(`http://mock${target.replace(/^\/+/, "/")}`);
  const headers = Object.fromEntries(
    Object.entries(message.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)]),
  );
  const tooLarge = size > maxBodyBytes;
  return {
    method: message.method ?? "GET",
    path: url.pathname,
    query: url.search.slice(1),
    headers,
    body: tooLarge ? "" : Buffer.concat(chunks).toString("utf8"),
    ...(tooLarge ? { bodyTooLarge: maxBodyBytes } : {}),
  };
}

function checkServerOptions(options: MockServerOptions<Provider>): number {
  const { port, host, cors, maxBodyBytes = 1024 * 1024 } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw invalidInput("startMockServer", "port", "must be an integer from 0 to 65535");
  if (host !== undefined && (typeof host !== "string" || host === "")) throw invalidInput("startMockServer", "host", "must be a non-empty string");
  if (cors !== undefined && typeof cors !== "boolean") throw invalidInput("startMockServer", "cors", "must be true or false");
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0)) throw invalidInput("startMockServer", "maxBodyBytes", "must be a whole number of bytes");
  return maxBodyBytes;
}

/**
 * Starts a mock of `provider` that answers every documented operation with its documented success,
 * or the answer or fault chosen with `answer()`, `answerOnce()` or `answerSequence()`, and checks
 * each request against the spec.
 */
export async function startMockServer<P extends Provider>(provider: P, options: MockServerOptions<P> = {}): Promise<MockServer<P>> {
  const session = openKit("startMockServer", provider, options, ["port", "host", "cors"]);
  const maxBodyBytes = checkServerOptions(options as MockServerOptions<Provider>);
  const cors = options.cors !== false;
  const timers = new Set<NodeJS.Timeout>();

  function send(message: IncomingMessage, reply: ServerResponse, action: KitReply) {
    if (action.kind === "hang") return;
    if (action.kind === "reset") return void message.socket.destroy();
    const { response } = action;
    const headers = cors ? { ...response.headers, ...corsHeaders } : response.headers;
    const write = () => {
      try {
        reply.writeHead(response.status, headers).end(response.body);
      } catch {
        message.socket.destroy();
      }
    };
    if (!action.delayMs) return write();
    const timer = setTimeout(() => (timers.delete(timer), write()), action.delayMs);
    timers.add(timer);
  }

  // Tight limits on how long a request may take to arrive, so slow senders cannot hold the server.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 30_000 }, (message, reply) => {
    if (cors && message.method === "OPTIONS" && typeof message.headers["access-control-request-method"] === "string") {
      message.resume();
      return send(message, reply, { kind: "respond", response: { status: 204, headers: preflightHeaders(message.headers) } });
    }
    readRequest(message, maxBodyBytes).then(
      (request) => {
        let action: KitReply;
        try {
          action = session.handle(request);
        } catch {
          // Whatever a request holds, it gets an answer and the server stays up.
          action = { kind: "respond", response: { status: 500, headers: { "content-type": "text/plain", [kitHeader]: "kit-error" }, body: "operator-auth testing kit: the request could not be handled." } };
        }
        send(message, reply, action);
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
    ...session.controls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
