import { invalidInput, refuseInput } from "./errors.js";

/**
 * The rule of one field of a call's input: each input type is a table of these, checked by `readInput`,
 * so every provider's refusals are worded the same way: "<operation>: <field> must be <mustBe>."
 */
export interface FieldRule {
  /** What a valid value is, completing "<field> must be …". */
  readonly mustBe: string;
  /** Whether the field may not be left `undefined`. Default: it may, and is then not sent. */
  readonly required?: boolean;
  /** The value to send for a valid `value`, `undefined` for one that breaks the rule. */
  read(value: unknown, operation: string, name: string): unknown;
}

export type FieldRules = Readonly<Record<string, FieldRule>>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** A rule whose valid values are sent as they are. */
export const ruleOf = (mustBe: string, accepts: (value: unknown) => boolean): FieldRule => ({
  mustBe,
  read: (value) => (accepts(value) ? value : undefined),
});

/** The same rule for a field that must be given: `undefined` is refused too. */
export const required = (rule: FieldRule): FieldRule => ({ ...rule, required: true });

/** Any string, the empty one included. */
export const anyString = /* @__PURE__ */ ruleOf("a string", (value) => typeof value === "string");

/** A string with at least one character. */
export const nonEmptyString = /* @__PURE__ */ ruleOf("a non-empty string", (value) => typeof value === "string" && value !== "");

/** A nested object, checked by its own rules and copied with their fields alone. */
export const objectOf = (rules: FieldRules): FieldRule => ({
  mustBe: "an object",
  read: (value, operation, name) => (isObject(value) ? readFields(operation, value, rules, `${name}.`) : undefined),
});

/** Checks one field by its rule and returns the value to send; `name` is the field's name in the message. */
export function readField(operation: string, name: string, value: unknown, rule: FieldRule): unknown {
  if (value === undefined && !rule.required) return undefined;
  const read = rule.read(value, operation, name);
  if (read === undefined) throw refuseInput(operation, `${name} must be ${rule.mustBe}`);
  return read;
}

/**
 * An argument that is an object of fields, checked by `rules` in their order. The result holds those
 * fields alone, each as its rule reads it, and none left `undefined`; the given object is only read.
 * `Input` is the type the rules produce, named by the caller.
 */
export function readInput<Input extends object = Record<string, unknown>>(operation: string, input: unknown, rules: FieldRules): Input {
  if (!isObject(input)) throw refuseInput(operation, "expects an object");
  return readFields(operation, input, rules, "") as Input;
}

function readFields(operation: string, input: Record<string, unknown>, rules: FieldRules, prefix: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field in rules) {
    const value = readField(operation, prefix + field, input[field], rules[field]!);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
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

/** An optional timer delay: as `requireTimerMs`, or `fallback` when absent. */
export function optionalTimerMs(where: string, option: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : requireTimerMs(where, option, value);
}

/** An optional callback of the app's: a function, or absent; anything else throws `invalid-input` at once, not at its first call. */
export function optionalFunction<F>(where: string, option: string, value: F | undefined): F | undefined {
  if (value !== undefined && typeof value !== "function") throw invalidInput(where, option, "must be a function when given");
  return value;
}
