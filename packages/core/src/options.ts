import { clientOptionNames } from "./client-options.js";
import { invalidInput } from "./invalid-input.js";
import { OperatorAuthError } from "./operator-auth-error.js";

/**
 * A factory's options, checked to be an object, so that a missing one fails clearly rather than with a
 * TypeError. Given the factory's own option names (the `ClientOptions` names are added), an option name
 * that differs from one of them only by case (`baseURL`) is refused with a hint rather than ignored.
 */
export function requireOptions<Options>(options: Options, factory: string, names?: readonly string[]): Options {
  if (typeof options !== "object" || options === null) {
    throw new OperatorAuthError("invalid-input", `${factory} expects an options object.`);
  }
  if (names) {
    const known = [...names, ...clientOptionNames];
    for (const given in options) {
      // No two known names differ by case alone, so a name given exactly finds itself.
      const meant = known.find((name) => name.toLowerCase() === given.toLowerCase());
      if (meant && meant !== given) throw invalidInput(factory, given, `is not an option (did you mean ${meant}?)`);
    }
  }
  return options;
}
