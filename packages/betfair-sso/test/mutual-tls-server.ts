/**
 * A loopback https server that demands a client certificate (mutual TLS), as the identitysso-cert hosts
 * do, recording each request with the certificate the client presented.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

export interface MutualTlsRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The CN of the client certificate presented in the handshake. */
  clientCertificate: string;
}

export interface MutualTlsServer {
  url: string;
  requests: MutualTlsRequest[];
  /** TLS connections not closed yet. */
  openConnections(): number;
  /** TCP connections accepted so far, failed handshakes included. */
  connectionsAccepted(): number;
  close(): Promise<void>;
}

/**
 * Serves `server.crt` and trusts only `client.crt`; every request is answered with `body` as JSON, or
 * never answered when `body` is `"never"`.
 */
export async function startMutualTlsServer(body: object | "never"): Promise<MutualTlsServer> {
  const requests: MutualTlsRequest[] = [];
  const sockets = new Set<TLSSocket>();
  const server = createServer(
    { key: fixture("server.key"), cert: fixture("server.crt"), ca: fixture("client.crt"), requestCert: true, rejectUnauthorized: true },
    async (incoming, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const peer = (incoming.socket as TLSSocket).getPeerCertificate();
      requests.push({
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks),
        clientCertificate: String(peer.subject?.CN ?? ""),
      });
      if (body === "never") return;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    },
  );
  let accepted = 0;
  server.on("connection", () => void (accepted += 1));
  server.on("secureConnection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A client without an accepted certificate fails the handshake; that is the point, not an error here.
  server.on("tlsClientError", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    openConnections: () => sockets.size,
    connectionsAccepted: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
