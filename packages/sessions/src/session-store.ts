import { optionalFunction, requireOptions } from "@operator-auth/core";
import type { SessionEntry } from "./session.js";

/** The right to log in or keep alive for one key, until it expires. */
export interface StoreLease {
  readonly key: string;
  /** Random, known only to the holder: every write and renewal checks it. */
  readonly token: string;
}

/** An entry as read, with the store's clock at the read: the one clock every process of a fleet judges time by. */
export interface StoreRead {
  /** The entry under the key; absent when there is none or it cannot be read (corrupt, foreign, wrong key). */
  readonly entry: SessionEntry | undefined;
  /** The store's clock, in milliseconds since 1970 (Redis: its `TIME`). */
  readonly now: number;
}

/**
 * Where sessions are shared: `memoryStore()` for one process, `redisStore()` (`@operator-auth/sessions/redis`)
 * for a fleet. Keys are chosen by the app (never a credential). Every method may throw when the store is
 * unreachable; the keeper then works from its own copy or fails with `SessionKeeperError` `store-unavailable`.
 */
export interface SessionStore {
  /** The entry under `key` and the store's clock. */
  read(key: string): Promise<StoreRead>;
  /** Takes the key's lease for `ttlMs` unless someone holds it: exactly one holder at a time. */
  acquire(key: string, ttlMs: number): Promise<StoreLease | undefined>;
  /** Extends a lease still held; false when it was lost (expired, taken by another). */
  renew(lease: StoreLease, ttlMs: number): Promise<boolean>;
  /** Replaces the entry if the lease is still held; false otherwise. */
  write(lease: StoreLease, entry: SessionEntry): Promise<boolean>;
  /** Gives the lease back if still held. */
  release(lease: StoreLease): Promise<void>;
  /**
   * Makes the store ready (loads a client, connects) within a deadline of its own, so that a cold start is
   * not judged by the keeper's `storeTimeoutMs`. Optional; a store without it is ready at once.
   */
  connect?(): Promise<void>;
}

export interface MemoryStoreOptions {
  /** The store's clock, in milliseconds: leases expire by it and `read` reports it. Default: `Date.now`. */
  now?: () => number;
}

interface Slot {
  entry?: SessionEntry;
  lease?: { token: string; until: number };
}

/** A store for the keepers of one process: the default of `createSessionKeeper`. */
export function memoryStore(options: MemoryStoreOptions = {}): SessionStore {
  // Checked now: a clock that is not a function would otherwise fail the keeper's first read.
  const now = optionalFunction("memoryStore", "now", requireOptions(options, "memoryStore").now) ?? Date.now;
  const slots = new Map<string, Slot>();
  const slot = (key: string) => {
    let found = slots.get(key);
    if (!found) slots.set(key, (found = {}));
    return found;
  };
  const holds = (lease: StoreLease) => {
    const held = slots.get(lease.key)?.lease;
    return held !== undefined && held.token === lease.token && held.until > now();
  };
  return {
    async read(key) {
      return { entry: slots.get(key)?.entry, now: now() };
    },
    async acquire(key, ttlMs) {
      const found = slot(key);
      if (found.lease && found.lease.until > now()) return undefined;
      const token = crypto.randomUUID();
      found.lease = { token, until: now() + ttlMs };
      return { key, token };
    },
    async renew(lease, ttlMs) {
      if (!holds(lease)) return false;
      slot(lease.key).lease!.until = now() + ttlMs;
      return true;
    },
    async write(lease, entry) {
      if (!holds(lease)) return false;
      slot(lease.key).entry = entry;
      return true;
    },
    async release(lease) {
      if (holds(lease)) slot(lease.key).lease = undefined;
    },
  };
}
