import { invalidInput, requireOptions, requireTimerMs } from "@operator-auth/core";
import type { SessionSource } from "./session-source.js";

/** Checks a source's shape and lifetimes, so that a wrong one fails at creation, not at the first login. */
export function requireSource(source: SessionSource, where: string): SessionSource {
  if (typeof source !== "object" || source === null) throw invalidInput(where, "source", "must be a session source object");
  if (typeof source.name !== "string" || source.name === "") throw invalidInput(where, "source.name", "must be a non-empty string");
  if (typeof source.login !== "function") throw invalidInput(where, "source.login", "must be a function");
  for (const method of ["keepAlive", "logout"] as const) {
    if (source[method] !== undefined && typeof source[method] !== "function") {
      throw invalidInput(where, `source.${method}`, "must be a function when given");
    }
  }
  const lifetime = requireTimerMs(where, "source.sessionLifetimeMs", source.sessionLifetimeMs);
  requireTimerMs(where, "source.rateLimitedWaitMs", source.rateLimitedWaitMs);
  if (source.keepAliveIntervalMs !== undefined) {
    requireTimerMs(where, "source.keepAliveIntervalMs", source.keepAliveIntervalMs);
    if (source.keepAliveIntervalMs >= lifetime) throw invalidInput(where, "source.keepAliveIntervalMs", "must be less than sessionLifetimeMs");
  }
  return source;
}

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

export { requireOptions };
