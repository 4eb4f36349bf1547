import { invalidInput, optionalFunction, requireOptions, requireTimerMs } from "@operator-auth/core";
import { parseAttempts, parseEntry, serialiseAttempts, serialiseEntry } from "../entry-format.js";
import type { SessionEntry } from "../session.js";
import type { SessionStore, StoreLease } from "../session-store.js";
import { connectionOf, parseRedisUrl, type ConnectionTarget, type RedisClusterCommandClient, type RedisCommandClient, type RedisTlsOptions } from "./connection.js";
import { entryCipher, type EncryptionKey } from "./encryption.js";
import { readScript, releaseScript, renewScript, writeScript } from "./scripts.js";

export interface RedisStoreOptions {
  /**
   * Where Redis is: `redis://host:6379`, or `rediss://user:password@host:6380` for TLS and an ACL user
   * (`/2` at the end picks a database). The store connects on first use; needs the `redis` package.
   * Give this, `client` or `cluster`.
   */
  url?: string;
  /** A connected client of your own (the `redis` package's, or anything with `sendCommand`); `close()` leaves it open. */
  client?: RedisCommandClient;
  /**
   * Redis Cluster: its root nodes' URLs (as `url`; nodes found through them get their credentials and
   * TLS), or a connected `createCluster()` client of your own, which `close()` leaves open.
   */
  cluster?: { rootNodes: string[] } | RedisClusterCommandClient;
  /** With `rediss://` URLs: the CA that signed the server's certificate (PEM), a client certificate. Default: Node's public CAs. */
  tls?: RedisTlsOptions;
  /** Put before every key. Default: `"operator-auth:sessions:"`. */
  prefix?: string;
  /** Encrypts every entry at rest with AES-GCM (WebCrypto); readers need the same key. Default: none (entries stored as JSON). */
  encryptionKey?: EncryptionKey;
  /** With URLs: milliseconds to connect before a command fails. Default: `2000`. */
  connectTimeoutMs?: number;
  /** Told, without any secret, of an entry that cannot be read (corrupt, foreign, another key's). Default: `console.warn`. */
  onUnreadableEntry?: (message: string) => void;
}

/** A `SessionStore` on Redis; `close()` ends the connection it opened from `url`. */
export interface RedisSessionStore extends SessionStore {
  close(): Promise<void>;
}

const where = "redisStore";
/**
 * How long an entry outlives what it records: a reader a little behind still finds it, and the fleet's
 * last login attempt is remembered well past any gap between logins.
 */
const graceMs = 3_600_000;

/**
 * Sessions shared by every process of a fleet through Redis: a lease (SET NX PX) so that exactly one
 * process logs in or keeps alive, writes that only the lease's holder can make (a holder whose lease ran
 * out cannot overwrite a newer session), the server's clock for every time the fleet compares, and
 * optional encryption at rest. An unreadable entry reads as absent.
 */
export function redisStore(options: RedisStoreOptions): RedisSessionStore {
  // Names checked too: an `EncryptionKey` left unread would store every entry in clear.
  requireOptions(options, where, ["url", "client", "cluster", "tls", "prefix", "encryptionKey", "connectTimeoutMs", "onUnreadableEntry"]);
  const prefix = options.prefix ?? "operator-auth:sessions:";
  if (typeof prefix !== "string") throw invalidInput(where, "prefix", "must be a string");
  const connectTimeoutMs = requireTimerMs(where, "connectTimeoutMs", options.connectTimeoutMs ?? 2_000);
  const cipher = entryCipher(options.encryptionKey, where);
  // Checked now: it is first called on an unreadable entry, where a throw would fail the read itself.
  const warn = optionalFunction(where, "onUnreadableEntry", options.onUnreadableEntry) ?? ((message: string) => console.warn(message));

  const connection = connectionOf(targetOf(options, prefix, connectTimeoutMs));
  const keys = (key: string) => [`${prefix}{${key}}:lease`, `${prefix}{${key}}`];
  const run = (script: string, key: string, ...args: (string | number)[]) => {
    const [lease, entry] = keys(key);
    return connection.send(entry!, ["EVAL", script, "2", lease!, entry!, ...args.map(String)]);
  };

  /** An entry's field as stored, or absent (and said so) when it cannot be read. */
  const readable = async <T>(key: string, text: unknown, parse: (text: string) => T): Promise<T | undefined> => {
    if (text === null || text === undefined) return undefined;
    try {
      return parse(await cipher.open(String(text), key));
    } catch (problem) {
      warn(`${where}: the entry under "${key}" cannot be read (${(problem as Error).message}); it is treated as absent.`);
      return undefined;
    }
  };

  return {
    async read(key) {
      const [stored, attemptsText, now] = (await run(readScript, key)) as [unknown, unknown, number];
      const fields = await readable(key, stored, parseEntry);
      const attempts = await readable(key, attemptsText, parseAttempts);
      const entry = fields || attempts ? { ...fields, ...(attempts && { attempts }) } : undefined;
      return { entry, now: Number(now) };
    },
    async acquire(key, ttlMs) {
      const token = crypto.randomUUID();
      const lease = keys(key)[0]!;
      const taken = await connection.send(lease, ["SET", lease, token, "NX", "PX", String(Math.ceil(ttlMs))]);
      return taken === null || taken === undefined ? undefined : { key, token };
    },
    async renew(lease, ttlMs) {
      return Number(await run(renewScript, lease.key, lease.token, Math.ceil(ttlMs))) === 1;
    },
    async write(lease: StoreLease, entry: SessionEntry) {
      const { session, halt, attempts } = entry;
      const fields = session || halt ? await cipher.seal(serialiseEntry({ session, halt }), lease.key) : "";
      const attemptsText = attempts ? await cipher.seal(serialiseAttempts(attempts), lease.key) : "";
      return Number(await run(writeScript, lease.key, lease.token, fields, attemptsText, keptUntil(entry), graceMs)) === 1;
    },
    async release(lease) {
      await run(releaseScript, lease.key, lease.token);
    },
    async connect() {
      await connection.send(keys("")[1]!, ["PING"]);
    },
    close: () => connection.close(),
  };
}

/**
 * Until when (the store's clock) what the entry records lasts; 0 (for good) for a refusal only new credentials
 * lift. The server turns it into a time to live by its own clock, with `graceMs` more.
 */
function keptUntil({ session, halt, attempts }: SessionEntry): number {
  if (halt && !halt.retryAt) return 0;
  const times = [session?.expiresAt, halt?.retryAt, attempts?.retryAt, attempts?.lastAt].map((time) => time?.getTime() ?? 0);
  return Math.max(...times);
}

const tlsOptionNames = new Set(["ca", "cert", "key", "servername"]);

/** Where the options say Redis is, checked; no message repeats a URL (it may hold a password). */
function targetOf(options: RedisStoreOptions, prefix: string, connectTimeoutMs: number): ConnectionTarget {
  const { url, client, cluster, tls } = options;
  if ([url, client, cluster].filter((given) => given !== undefined).length !== 1) throw invalidInput(where, "url, client or cluster", "must be given, exactly one");
  if (client !== undefined && typeof client?.sendCommand !== "function") throw invalidInput(where, "client", "must have sendCommand (a client of the redis package)");
  if (cluster !== undefined) {
    // A cluster keeps a key's lease and entry on one slot only through the braces around the key.
    if (/[{}]/.test(prefix)) throw invalidInput(where, "prefix", "must not contain { or } with a cluster");
    if (typeof (cluster as Partial<RedisClusterCommandClient>)?.sendCommand === "function") {
      if (tls !== undefined) throw invalidInput(where, "tls", "is for URLs; give it to your own cluster client");
      return { clusterClient: cluster as RedisClusterCommandClient };
    }
  }
  if (client !== undefined) {
    if (tls !== undefined) throw invalidInput(where, "tls", "is for URLs; give it to your own client");
    return { client };
  }
  // A cluster that is neither a client nor has rootNodes (`{}`, `null`) is refused below, not taken for a client.
  const given = cluster !== undefined ? (cluster as { rootNodes?: unknown } | null)?.rootNodes : [url];
  const option = cluster !== undefined ? "cluster.rootNodes" : "url";
  if (!Array.isArray(given) || given.length === 0) throw invalidInput(where, option, "must be a list of redis:// or rediss:// URLs, or a cluster client");
  const urls = given.map(parseRedisUrl);
  if (urls.some((parsed) => parsed === undefined)) throw invalidInput(where, option, "must be a redis:// or rediss:// URL");
  const parsed = urls as NonNullable<(typeof urls)[number]>[];
  if (cluster !== undefined && parsed.some((node) => (node.database ?? 0) !== 0)) throw invalidInput(where, option, "must not pick a database (a cluster has only 0)");
  if (new Set(parsed.map((node) => `${node.tls} ${node.username} ${node.password}`)).size > 1) {
    throw invalidInput(where, option, "must all use the same scheme and credentials");
  }
  if (tls !== undefined) {
    if (typeof tls !== "object" || tls === null || Object.keys(tls).some((name) => !tlsOptionNames.has(name))) {
      throw invalidInput(where, "tls", "must be an object with ca, cert, key or servername");
    }
    if (!parsed[0]!.tls) throw invalidInput(where, "tls", "needs a rediss:// URL");
  }
  return { urls: parsed, cluster: cluster !== undefined, tls, connectTimeoutMs };
}
