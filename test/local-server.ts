/**
 * A loopback HTTP server whose answers a test scripts, recording every request byte for byte,
 * for what a mock cannot do: hostile answers, and checking what went on the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface LocalServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks) };
    requests.push(request);
    await handler(request, response);
  });
  // The client alone closes idle connections. A server that closes them itself (Node's default after
  // 5 s) races a client whose event loop lags on a busy machine: it reuses the socket as the server shuts
  // it, and the POST fails as `network` without reaching the handler.
  server.keepAliveTimeout = 0;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Answers with a status, a body and a content type (JSON unless told otherwise). */
export function reply(status: number, body: string | object, contentType = "application/json"): Handler {
  return (_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };
}

/** Answers with a redirect to `location` and no body. */
export function redirect(status: number, location: string): Handler {
  return (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}
