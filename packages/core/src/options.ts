import { OperatorAuthError } from "./operator-auth-error.js";

/** A factory's options, checked to be an object, so that a missing one fails clearly rather than with a TypeError. */
export function requireOptions<Options>(options: Options, factory: string): Options {
  if (typeof options !== "object" || options === null) {
    throw new OperatorAuthError("invalid-input", `${factory} expects an options object.`);
  }
  return options;
}
