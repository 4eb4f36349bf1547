import type { SessionEntry } from "./session.js";

/** The right to log in or keep alive for one key, until it expires. */
export interface StoreLease {
  readonly key: string;
  /** Random, known only to the holder. */
  readonly token: string;
  /** Grows with every lease of the key: a write with an older fence than the last one written is refused. */
  readonly fence: number;
}

/**
 * Where sessions are shared: `memoryStore()` for one process, `redisStore()` (`@operator-auth/sessions/redis`)
 * for a fleet. Keys are chosen by the app (never a credential). Every method may throw when the store is
 * unreachable; the keeper then works from its own copy or fails with `SessionKeeperError` `store-unavailable`.
 */
export interface SessionStore {
  /** The entry under `key`; absent when there is none or it cannot be read (corrupt, foreign, wrong key). */
  read(key: string): Promise<SessionEntry | undefined>;
  /** Takes the key's lease for `ttlMs` unless someone holds it: exactly one holder at a time. */
  acquire(key: string, ttlMs: number): Promise<StoreLease | undefined>;
  /** Extends a lease still held; false when it was lost (expired, taken by another). */
  renew(lease: StoreLease, ttlMs: number): Promise<boolean>;
  /** Writes the entry if the lease is still held and no newer fence wrote since; false otherwise. */
  write(lease: StoreLease, entry: SessionEntry): Promise<boolean>;
  /** Gives the lease back if still held. */
  release(lease: StoreLease): Promise<void>;
}
