import { invalidInput, requireTimerMs } from "@operator-auth/core";

/** A whole number of at least `min` and at most `max`, or the default when absent. */
export function requireCount(where: string, option: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(where, option, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A timer delay, or the default when absent. */
export function optionalTimerMs(where: string, option: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : requireTimerMs(where, option, value);
}

/** A non-empty string, or the default when absent. */
export function optionalName(where: string, option: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value === "") throw invalidInput(where, option, "must be a non-empty string");
  return value;
}

/** A function, or undefined. */
export function optionalFunction<F>(where: string, option: string, value: F | undefined): F | undefined {
  if (value !== undefined && typeof value !== "function") throw invalidInput(where, option, "must be a function when given");
  return value;
}

/** A boolean, or the default when absent. */
export function optionalBoolean(where: string, option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw invalidInput(where, option, "must be true or false");
  return value;
}
