import type { SessionEntry } from "./session.js";
import type { SessionStore, StoreLease } from "./session-store.js";

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
  const now = options.now ?? Date.now;
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
