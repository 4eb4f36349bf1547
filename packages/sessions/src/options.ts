import { invalidInput, requireTimerMs } from "@operator-auth/core";

/** A timer delay, or the default when absent. */
export function optionalTimerMs(where: string, option: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : requireTimerMs(where, option, value);
}

/** A function, or undefined. */
export function optionalFunction<F>(where: string, option: string, value: F | undefined): F | undefined {
  if (value !== undefined && typeof value !== "function") throw invalidInput(where, option, "must be a function when given");
  return value;
}

