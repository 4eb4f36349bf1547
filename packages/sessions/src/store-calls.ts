import type { SessionEntry } from "./session.js";
import type { SessionEvent } from "./session-event.js";
import { SessionKeeperError } from "./errors.js";
import type { SessionStore, StoreLease, StoreRead } from "./session-store.js";
import { withDeadline } from "./timers.js";

/**
 * The keeper's way to its store: every call bounded by `storeTimeoutMs` (the store's own `connect()` by
 * `connectTimeoutMs`, apart), every failure reported with its cause's code, and the store's clock carried
 * over to this process, so that times compared across the fleet are the store's, never a process's own.
 */
export interface StoreCalls {
  /** The store's clock now, as last read and moved on by this process's clock. */
  now(): number;
  read(): Promise<StoreRead>;
  acquire(ttlMs: number): Promise<StoreLease | undefined>;
  renew(lease: StoreLease, ttlMs: number): Promise<boolean>;
  write(lease: StoreLease, entry: SessionEntry): Promise<boolean>;
  release(lease: StoreLease): Promise<void>;
}

export interface StoreCallsOptions {
  store: SessionStore;
  key: string;
  storeTimeoutMs: number;
  connectTimeoutMs: number;
  now: () => number;
  emit: (event: SessionEvent) => void;
}

export function storeCalls({ store, key, storeTimeoutMs, connectTimeoutMs, now, emit }: StoreCallsOptions): StoreCalls {
  /** The store's clock minus this process's, as of the last read. */
  let offset = 0;
  let ready: Promise<void> | undefined;

  async function call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      ready ??= store.connect
        ? withDeadline(store.connect(), connectTimeoutMs, () => new Error(`did not connect within ${connectTimeoutMs} ms (connectTimeoutMs)`)).catch((error: unknown) => {
            ready = undefined;
            throw error;
          })
        : Promise.resolve();
      await ready;
      return await withDeadline(send(), storeTimeoutMs, () => new Error(`did not answer within ${storeTimeoutMs} ms (storeTimeoutMs)`));
    } catch (error) {
      const cause = causeOf(error);
      emit({ type: "store-error", key, operation, error: cause });
      throw new SessionKeeperError("store-unavailable", key, `the store failed (${operation}: ${cause}).`, { cause: error });
    }
  }

  return {
    now: () => now() + offset,
    async read() {
      const sentAt = now();
      const answer = await call("read", () => store.read(key));
      // The store's clock was read somewhere between sending and the answer: the middle is the best guess.
      offset = answer.now - (sentAt + now()) / 2;
      return answer;
    },
    acquire: (ttlMs) => call("acquire", () => store.acquire(key, ttlMs)),
    renew: (lease, ttlMs) => call("renew", () => store.renew(lease, ttlMs)),
    write: (lease, entry) => call("write", () => store.write(lease, entry)),
    release: (lease) => call("release", () => store.release(lease)),
  };
}

/**
 * What an event or message may say of a store's error: its name and code (`ECONNREFUSED`, `WRONGPASS`,
 * `ERR_TLS_CERT_ALTNAME_INVALID`, …), or the keeper's own deadline. Never the error's text, which may quote a
 * URL with its password.
 */
function causeOf(error: unknown): string {
  const { name, code, message } = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof message === "string" && /^did not (answer|connect) within/.test(message)) return message;
  const named = typeof name === "string" && name !== "" ? name : "Error";
  // Redis answers an error with its code first (WRONGPASS, NOPERM, WRONGTYPE…), and node-redis keeps only the text.
  const redisCode = typeof message === "string" ? /^([A-Z][A-Z_-]{2,})\s/.exec(message)?.[1] : undefined;
  const codeText = typeof code === "string" || typeof code === "number" ? String(code) : redisCode;
  return codeText ? `${named} ${codeText}` : named;
}
