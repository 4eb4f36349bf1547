/**
 * How the store reaches Redis: a client or cluster client of the app's own, or one it opens from URLs
 * (one server, or a cluster's root nodes; TLS with `rediss://`). Every command goes with the key it
 * touches (`routingKey`), so that a cluster sends it to that key's slot. Whatever fails reaches the
 * caller as a `RedisStoreError` carrying the cause's code, never the URL's password.
 */

/** What the store needs of a Redis client: `createClient()` of the `redis` package (connected) has it. */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** What the store needs of a Redis Cluster client: `createCluster()` of the `redis` package (connected) has it. */
export interface RedisClusterCommandClient {
  sendCommand(firstKey: string, isReadonly: boolean, args: string[]): Promise<unknown>;
}

/** TLS for `rediss://` URLs: the CA that signed the server's certificate when it is not a public one, and a client certificate when the server asks for one. */
export interface RedisTlsOptions {
  /** PEM of the CA (or CAs) that signed the server's certificate. Default: Node's public CAs. */
  ca?: string | Uint8Array | (string | Uint8Array)[];
  /** PEM of a client certificate and its key, for a server that requires one. */
  cert?: string | Uint8Array;
  key?: string | Uint8Array;
  /** The name the server's certificate is checked against. Default: the URL's host. */
  servername?: string;
}

export type ConnectionTarget =
  | { client: RedisCommandClient }
  | { clusterClient: RedisClusterCommandClient }
  | { urls: RedisUrl[]; cluster: boolean; tls: RedisTlsOptions | undefined; connectTimeoutMs: number };

export interface RedisConnection {
  /** Sends one command touching `routingKey` (every key of a command shares its slot). */
  send(routingKey: string, args: string[]): Promise<unknown>;
  /** Ends a connection the store opened; leaves a client of the app's own open. */
  close(): Promise<void>;
}

/** A failed Redis command or connection; `code` is its cause's (`ECONNREFUSED`, `WRONGPASS`, `NOPERM`, a TLS code…). */
export class RedisStoreError extends Error {
  override readonly name = "RedisStoreError";
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** A `redis://` or `rediss://` URL taken apart; undefined for anything else. */
export interface RedisUrl {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  database?: number;
}

export function parseRedisUrl(url: unknown): RedisUrl | undefined {
  if (typeof url !== "string") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined; // the URL's own error would repeat the input, password and all
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") return undefined;
  if (!parsed.hostname || (parsed.pathname.length > 1 && !/^\/\d+$/.test(parsed.pathname))) return undefined;
  const tls = parsed.protocol === "rediss:";
  const decode = (part: string) => (part ? decodeURIComponent(part) : undefined);
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: parsed.port ? Number(parsed.port) : 6379,
    tls,
    ...(parsed.username && { username: decode(parsed.username) }),
    ...(parsed.password && { password: decode(parsed.password) }),
    ...(parsed.pathname.length > 1 && { database: Number(parsed.pathname.slice(1)) }),
  };
}

export function connectionOf(target: ConnectionTarget): RedisConnection {
  if ("client" in target) {
    const { client } = target;
    return { send: (_routingKey, args) => failSafely(client.sendCommand(args), []), close: async () => {} };
  }
  if ("clusterClient" in target) {
    const { clusterClient } = target;
    return { send: (routingKey, args) => failSafely(clusterClient.sendCommand(routingKey, false, args), []), close: async () => {} };
  }
  return openedConnection(target);
}

interface PackageClient {
  connect(): Promise<unknown>;
  on(event: "error" | "node-error", listener: (error: unknown) => void): unknown;
  destroy(): void;
}
interface SingleClient extends PackageClient, RedisCommandClient {}
interface ClusterClient extends PackageClient, RedisClusterCommandClient {}
interface RedisPackage {
  createClient(options: object): SingleClient;
  createCluster(options: object): ClusterClient;
}

/** How long a cluster waits, once a node stops answering, before asking the others who serves its slots now. */
const topologyRefreshMs = 1_000;

/** A client of the `redis` package, connected on first use; a failed connect is tried again on the next command. */
function openedConnection({ urls, cluster, tls, connectTimeoutMs }: Extract<ConnectionTarget, { urls: RedisUrl[] }>): RedisConnection {
  const secrets = urls.flatMap((url) => (url.password ? [url.password, encodeURIComponent(url.password)] : []));
  let connecting: Promise<SingleClient | ClusterClient> | undefined;
  let opened: PackageClient | undefined;
  let closed = false;
  /** The last error the connection met, for a command that fails only with "offline". */
  let lastProblem: unknown;
  let everReady = false;

  const socketOf = (url: RedisUrl) => ({
    host: url.host,
    port: url.port,
    ...(url.tls && { tls: true as const, ...tls }),
    connectTimeout: connectTimeoutMs,
    // The first connect fails at once with its cause (a wrong password or CA is no reason to wait);
    // a connection lost later is tried again, backing off.
    reconnectStrategy: (retries: number, cause: unknown) => {
      lastProblem = cause;
      return cluster || everReady ? Math.min(100 * 2 ** retries, 2_000) : false;
    },
  });
  const credentialsOf = (url: RedisUrl) => ({
    ...(url.username !== undefined && { username: url.username }),
    ...(url.password !== undefined && { password: url.password }),
  });
  // Commands fail at once while a connection is down, rather than waiting in a queue.
  const common = { disableOfflineQueue: true };

  const connect = async () => {
    const redis = (await import("redis")) as unknown as RedisPackage;
    const first = urls[0]!;
    const client = cluster
      ? redis.createCluster({
          rootNodes: urls.map((url) => ({ socket: socketOf(url) })),
          // Nodes found through the cluster get the root nodes' credentials and TLS.
          defaults: { ...credentialsOf(first), ...common, socket: socketOf(first) },
          topologyRefreshOnReconnectionAttemptStrategy: topologyRefreshMs,
        })
      : redis.createClient({ ...credentialsOf(first), ...(first.database !== undefined && { database: first.database }), ...common, socket: socketOf(first) });
    // Errors reach the command that meets them; the events must have a listener or they would crash the process.
    client.on("error", (error) => (lastProblem = error));
    if (cluster) client.on("node-error", (error) => (lastProblem = error));
    opened = client;
    try {
      await client.connect();
    } catch (error) {
      client.destroy();
      throw error;
    }
    everReady = true;
    if (closed) client.destroy();
    return client;
  };
  const client = () => {
    if (closed) return Promise.reject(new RedisStoreError("redisStore: the store is closed", undefined));
    connecting ??= connect().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    });
    return connecting;
  };
  return {
    send: (routingKey, args) =>
      failSafely(
        client().then((ready) => (cluster ? (ready as ClusterClient).sendCommand(routingKey, false, args) : (ready as SingleClient).sendCommand(args))),
        secrets,
        () => lastProblem,
      ),
    async close() {
      closed = true;
      opened?.destroy();
    },
  };
}

/** The cause's code: a system or TLS error's own (`ECONNREFUSED`, `DEPTH_ZERO_SELF_SIGNED_CERT`), else a server reply's first word (`WRONGPASS`, `NOPERM`). */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? /^([A-Z][A-Z_]{2,})\b/.exec(message)?.[1] : undefined;
}

/**
 * Turns any failure into a `RedisStoreError` with the cause's code and without the password. A command
 * refused only because the connection is down carries the code of what brought it down.
 */
async function failSafely<T>(pending: Promise<T>, secrets: string[], context: () => unknown = () => undefined): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof RedisStoreError) throw error;
    let code = codeOf(error);
    let message = String((error as { message?: unknown } | undefined)?.message ?? error);
    const earlier = context();
    if (code === undefined && earlier !== undefined && earlier !== error) {
      code = codeOf(earlier);
      if (code !== undefined) message += ` (after ${code}: ${String((earlier as { message?: unknown }).message ?? "")})`;
    }
    for (const secret of secrets) message = message.split(secret).join("***");
    throw new RedisStoreError(`redisStore: ${message}`, code);
  }
}
