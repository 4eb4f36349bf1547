/** What every bench figure is made of: medians, and whether a figure meets its target. */

/** The median: the odd stall of a busy machine moves it less than it moves a mean. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "meets" or "MISSES", as a goal is met or not. */
/** The value below which `share` (0–1) of the values lie. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

export const met = (ok: boolean) => (ok ? "meets" : "MISSES");

/** A figure at or below its target meets it. */
export const verdict = (value: number, target: number) => met(value <= target);
