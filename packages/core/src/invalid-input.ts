import { OperatorAuthError } from "./operator-auth-error.js";

/**
 * The error for an argument or option that cannot be used; nothing was sent. The message names the
 * function and the option and says what is wrong, never quoting the value (it may be a secret).
 */
export function invalidInput(where: string, option: string, problem: string): OperatorAuthError {
  return new OperatorAuthError("invalid-input", `${where}: ${option} ${problem}.`);
}

/** The longest delay a timer keeps: `setTimeout` fires at once (after 1 ms) for anything longer. */
export const maxTimerMs = 2_147_483_647;

/**
 * A delay in milliseconds that `setTimeout` honours: a finite number above 0 and at most 2³¹−1.
 * Returns it; anything else throws `invalid-input` naming `where` and `option`.
 */
export function requireTimerMs(where: string, option: string, value: unknown): number {
  if (typeof value !== "number" || !(value > 0 && value <= maxTimerMs)) {
    throw invalidInput(where, option, `must be a number of milliseconds above 0 and at most ${maxTimerMs}`);
  }
  return value;
}
