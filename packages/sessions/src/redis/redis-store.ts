import { invalidInput, requireOptions, requireTimerMs } from "@operator-auth/core";
import { parseEntry, serialiseEntry } from "../entry-format.js";
import type { SessionEntry } from "../session.js";
import type { SessionStore, StoreLease } from "../session-store.js";
import { connectionOf, type RedisCommandClient } from "./connection.js";
import { entryCipher, type EncryptionKey } from "./encryption.js";
import { acquireScript, releaseScript, renewScript, writeScript } from "./scripts.js";

export interface RedisStoreOptions {
  /** Where Redis is (`redis://…`, `rediss://…`); the store connects on first use. Needs the `redis` package. Give this or `client`. */
  url?: string;
  /** A connected client of your own (the `redis` package's, or anything with `sendCommand`); `close()` leaves it open. Give this or `url`. */
  client?: RedisCommandClient;
  /** Put before every key. Default: `"operator-auth:sessions:"`. */
  prefix?: string;
  /** Encrypts every entry at rest with AES-GCM (WebCrypto); readers need the same key. Default: none (entries stored as JSON). */
  encryptionKey?: EncryptionKey;
  /** With `url`: milliseconds to connect before a command fails. Default: `2000`. */
  connectTimeoutMs?: number;
  /** Told, without any secret, of an entry that cannot be read (corrupt, foreign, another key's). Default: `console.warn`. */
  onUnreadableEntry?: (message: string) => void;
}

/** A `SessionStore` on Redis; `close()` ends the connection it opened from `url`. */
export interface RedisSessionStore extends SessionStore {
  close(): Promise<void>;
}

const where = "redisStore";
/** How long an entry outlives what it records, so that a reader a little behind still finds it. */
const graceMs = 60_000;

/**
 * Sessions shared by every process of a fleet through Redis: a lease (SET NX PX) so that exactly one
 * process logs in or keeps alive, fenced writes so that a holder whose lease ran out cannot overwrite a
 * newer session, and optional encryption at rest. An unreadable entry reads as absent.
 */
export function redisStore(options: RedisStoreOptions): RedisSessionStore {
  requireOptions(options, where);
  const { url, client: given } = options;
  if ((url === undefined) === (given === undefined)) throw invalidInput(where, "url", "or client must be given, not both");
  if (url !== undefined && (typeof url !== "string" || !/^rediss?:\/\//.test(url))) throw invalidInput(where, "url", "must be a redis:// or rediss:// URL");
  if (given !== undefined && typeof given?.sendCommand !== "function") throw invalidInput(where, "client", "must have sendCommand (a client of the redis package)");
  const prefix = options.prefix ?? "operator-auth:sessions:";
  if (typeof prefix !== "string") throw invalidInput(where, "prefix", "must be a string");
  const connectTimeoutMs = requireTimerMs(where, "connectTimeoutMs", options.connectTimeoutMs ?? 2_000);
  const cipher = entryCipher(options.encryptionKey, where);
  const warn = options.onUnreadableEntry ?? ((message: string) => console.warn(message));

  const connection = connectionOf(given ? { client: given } : { url: url!, connectTimeoutMs });
  const keys = (key: string) => [`${prefix}{${key}}:lease`, `${prefix}{${key}}`];
  const run = (script: string, key: string, ...args: (string | number)[]) => {
    const [lease, entry] = keys(key);
    return connection.send(entry!, ["EVAL", script, "2", lease!, entry!, ...args.map(String)]);
  };

  return {
    async read(key) {
      const entryKey = keys(key)[1]!;
      const stored = await connection.send(entryKey, ["HGET", entryKey, "entry"]);
      if (stored === null || stored === undefined) return undefined;
      try {
        return parseEntry(await cipher.open(String(stored), key));
      } catch (problem) {
        warn(`${where}: the entry under "${key}" cannot be read (${(problem as Error).message}); it is treated as absent.`);
        return undefined;
      }
    },
    async acquire(key, ttlMs) {
      const token = crypto.randomUUID();
      const fence = Number(await run(acquireScript, key, token, Math.ceil(ttlMs)));
      return fence > 0 ? { key, token, fence } : undefined;
    },
    async renew(lease, ttlMs) {
      return Number(await run(renewScript, lease.key, lease.token, Math.ceil(ttlMs))) === 1;
    },
    async write(lease: StoreLease, entry: SessionEntry) {
      const sealed = await cipher.seal(serialiseEntry(entry), lease.key);
      return Number(await run(writeScript, lease.key, lease.token, lease.fence, sealed, timeToLiveMs(entry))) === 1;
    },
    async release(lease) {
      await run(releaseScript, lease.key, lease.token);
    },
    close: () => connection.close(),
  };
}

/** Until what the entry records is over, with some grace; 0 (for good) for a refusal only new credentials lift. */
function timeToLiveMs(entry: SessionEntry): number {
  const until = Math.max(entry.session?.expiresAt.getTime() ?? 0, entry.halt?.retryAt?.getTime() ?? 0);
  if (entry.halt && !entry.halt.retryAt) return 0;
  return Math.max(until - Date.now(), 0) + graceMs;
}
