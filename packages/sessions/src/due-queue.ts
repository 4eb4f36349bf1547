import { backgroundTimer } from "./timers.js";

interface Due<K> {
  at: number;
  key: K;
}

/**
 * One timer for any number of keys, each due at some time: a binary min-heap of due times and a single
 * background timer set for the earliest. Rescheduling a key to a later time leaves its entry in place
 * (it is pushed again when it comes up early); to an earlier time, pushes a new one and the old is skipped.
 */
export function createDueQueue<K>(options: { now: () => number; onDue: (key: K) => void; dueAt: (key: K) => number | undefined }) {
  const { now, onDue, dueAt } = options;
  const heap: Due<K>[] = [];
  const queuedAt = new Map<K, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  let stopped = false;

  const less = (i: number, j: number) => heap[i]!.at < heap[j]!.at;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  function push(entry: Due<K>) {
    heap.push(entry);
    for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  }
  function pop(): Due<K> | undefined {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const smallest = [left, left + 1].filter((c) => c < heap.length).reduce((a, c) => (less(c, a) ? c : a), i);
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  function arm() {
    if (stopped) return;
    const next = heap[0]?.at ?? Infinity;
    if (next === timerAt) return;
    clearTimeout(timer);
    timerAt = next;
    timer = next === Infinity ? undefined : backgroundTimer(run, next - now());
  }

  function run() {
    timer = undefined;
    timerAt = Infinity;
    const at = now();
    while (!stopped && heap.length > 0 && heap[0]!.at <= at) {
      const { key, at: entryAt } = pop()!;
      if (queuedAt.get(key) !== entryAt) continue; // superseded by an earlier entry, or the key is gone
      queuedAt.delete(key);
      const due = dueAt(key);
      if (due === undefined) continue;
      if (due > at) schedule(key);
      else onDue(key);
    }
    arm();
  }

  /** (Re)schedules `key` at its `dueAt`; a key already queued no later than that keeps its entry. */
  function schedule(key: K) {
    const due = dueAt(key);
    if (due === undefined || stopped) return;
    const queued = queuedAt.get(key);
    if (queued !== undefined && queued <= due) return;
    queuedAt.set(key, due);
    push({ at: due, key });
    arm();
  }

  return {
    schedule,
    /** Forgets `key`: its entries are skipped when they come up. */
    remove(key: K) {
      queuedAt.delete(key);
      if (queuedAt.size === 0 && heap.length > 0) {
        // Nothing left to wait for: drop the skipped entries and the timer with them.
        heap.length = 0;
        arm();
      }
    },
    /** How many timers are alive: 1 while anything is queued, else 0. */
    timers: () => (timer === undefined ? 0 : 1),
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      heap.length = 0;
      queuedAt.clear();
    },
  };
}
