import type { SessionEntry } from "./session.js";
import type { SessionStore, StoreLease } from "./session-store.js";

export interface MemoryStoreOptions {
  /** The clock leases expire by, in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

interface Slot {
  entry?: SessionEntry;
  writtenFence: number;
  leaseFence: number;
  lease?: { token: string; until: number };
}

/** A store for the keepers of one process: the default of `createSessionKeeper`. */
export function memoryStore(options: MemoryStoreOptions = {}): SessionStore {
  const now = options.now ?? Date.now;
  const slots = new Map<string, Slot>();
  const slot = (key: string) => {
    let found = slots.get(key);
    if (!found) slots.set(key, (found = { writtenFence: 0, leaseFence: 0 }));
    return found;
  };
  const holds = (lease: StoreLease) => {
    const held = slots.get(lease.key)?.lease;
    return held !== undefined && held.token === lease.token && held.until > now();
  };
  return {
    async read(key) {
      return slots.get(key)?.entry;
    },
    async acquire(key, ttlMs) {
      const found = slot(key);
      if (found.lease && found.lease.until > now()) return undefined;
      const token = crypto.randomUUID();
      found.lease = { token, until: now() + ttlMs };
      return { key, token, fence: ++found.leaseFence };
    },
    async renew(lease, ttlMs) {
      if (!holds(lease)) return false;
      slot(lease.key).lease!.until = now() + ttlMs;
      return true;
    },
    async write(lease, entry) {
      const found = slot(lease.key);
      if (!holds(lease) || found.writtenFence > lease.fence) return false;
      found.entry = entry;
      found.writtenFence = lease.fence;
      return true;
    },
    async release(lease) {
      if (holds(lease)) slot(lease.key).lease = undefined;
    },
  };
}
