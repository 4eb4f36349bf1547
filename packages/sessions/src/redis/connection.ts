/**
 * How the store reaches Redis: a client of the app's own, or one it opens from a URL. Every command goes
 * with the key it touches (`routingKey`), so that a cluster client can send it to that key's slot.
 */

/** What the store needs of a Redis client: `createClient()` of the `redis` package (connected) has it. */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisConnection {
  /** Sends one command touching `routingKey` (every key of a command shares its slot). */
  send(routingKey: string, args: string[]): Promise<unknown>;
  /** Ends a connection the store opened; leaves a client of the app's own open. */
  close(): Promise<void>;
}

export function connectionOf(target: { client: RedisCommandClient } | { url: string; connectTimeoutMs: number }): RedisConnection {
  if ("client" in target) {
    const { client } = target;
    return { send: (_routingKey, args) => client.sendCommand(args), close: async () => {} };
  }
  const opened = urlConnection(target.url, target.connectTimeoutMs);
  return { send: async (_routingKey, args) => (await opened.client()).sendCommand(args), close: opened.close };
}

interface RedisPackageClient extends RedisCommandClient {
  connect(): Promise<unknown>;
  on(event: "error", listener: (error: unknown) => void): unknown;
  destroy(): void;
}

/** A client of the `redis` package for `url`, connected on first use; a failed connect is tried again on the next command. */
function urlConnection(url: string, connectTimeoutMs: number) {
  let connecting: Promise<RedisPackageClient> | undefined;
  let closed = false;
  let opened: RedisPackageClient | undefined;
  const connect = async () => {
    const { createClient } = (await import("redis")) as unknown as { createClient(options: object): RedisPackageClient };
    const client = createClient({
      url,
      // Commands fail at once while the connection is down, rather than waiting in a queue.
      disableOfflineQueue: true,
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
    });
    // Errors reach the command that meets them; the event must have a listener or it would crash the process.
    client.on("error", () => {});
    opened = client;
    try {
      await client.connect();
    } catch (error) {
      client.destroy();
      throw error;
    }
    if (closed) client.destroy();
    return client;
  };
  return {
    client(): Promise<RedisPackageClient> {
      if (closed) return Promise.reject(new Error("redisStore: the store is closed"));
      connecting ??= connect().catch((error: unknown) => {
        connecting = undefined;
        throw error;
      });
      return connecting;
    },
    async close() {
      closed = true;
      opened?.destroy();
    },
  };
}
