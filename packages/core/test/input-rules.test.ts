import { describe, expect, it } from "vitest";
import {
  anyString,
  nonEmptyString,
  objectOf,
  OperatorAuthError,
  readField,
  readInput,
  required,
  ruleOf,
  type FieldRule,
} from "../src/index.js";

const rules = {
  username: required(nonEmptyString),
  password: required(anyString),
  language: anyString,
  device: objectOf({ id: required(nonEmptyString), os: anyString }),
};

/** The refusal `run` throws, or a failed expectation when it throws none. */
function refusal(run: () => unknown): OperatorAuthError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OperatorAuthError);
    return error as OperatorAuthError;
  }
  throw new Error("expected an invalid-input refusal");
}

describe("readInput", () => {
  it("keeps the fields its rules name, in their order, and leaves out undefined ones", () => {
    const input = { language: "EN", extra: "not sent", password: "", username: "a", device: { os: "x", id: "7", more: 1 } };
    const read = readInput("login", input, rules);
    expect(read).toEqual({ username: "a", password: "", language: "EN", device: { id: "7", os: "x" } });
    expect(Object.keys(read)).toEqual(["username", "password", "language", "device"]);
    expect(readInput("login", { username: "a", password: "p", language: undefined }, rules)).toEqual({ username: "a", password: "p" });
  });

  it("only reads the given object", () => {
    const input = Object.freeze({ username: "a", password: "p", device: Object.freeze({ id: "7" }) });
    expect(readInput("login", input, rules)).toEqual({ username: "a", password: "p", device: { id: "7" } });
    expect(readInput("login", input, rules)).not.toBe(input);
  });

  it.each([
    [null, "login: expects an object."],
    ["user", "login: expects an object."],
    [{ password: "p" }, "login: username must be a non-empty string."],
    [{ username: "", password: "p" }, "login: username must be a non-empty string."],
    [{ username: "a" }, "login: password must be a string."],
    [{ username: "a", password: 5 }, "login: password must be a string."],
    [{ username: "a", password: "p", device: "x" }, "login: device must be an object."],
    [{ username: "a", password: "p", device: { id: "" } }, "login: device.id must be a non-empty string."],
  ])("refuses %j with kind invalid-input naming the operation and the field", (input, message) => {
    const error = refusal(() => readInput("login", input, rules));
    expect(error.kind).toBe("invalid-input");
    expect(error.operation).toBe("login");
    expect(error.message).toBe(message);
  });

  it("never quotes the value it refuses", () => {
    const secret = "hunter2-secret";
    const error = refusal(() => readInput("login", { username: "a", password: "p", device: { id: "7", os: { secret } } }, rules));
    expect(error.message).toBe("login: device.os must be a string.");
    expect(JSON.stringify(error)).not.toContain(secret);
  });
});

describe("readField", () => {
  const upper: FieldRule = { mustBe: "upper case", read: (value) => (typeof value === "string" && /^[A-Z]+$/.test(value) ? value.toLowerCase() : undefined) };

  it("returns what the rule reads, and undefined for an optional field left out", () => {
    expect(readField("op", "code", "AB", upper)).toBe("ab");
    expect(readField("op", "code", undefined, upper)).toBeUndefined();
    expect(refusal(() => readField("op", "code", undefined, required(upper))).message).toBe("op: code must be upper case.");
    expect(refusal(() => readField("op", "code", "ab", upper)).message).toBe("op: code must be upper case.");
  });

  it("accepts what a ruleOf predicate accepts, as given", () => {
    const even = ruleOf("an even number", (value) => typeof value === "number" && value % 2 === 0);
    expect(readField("op", "n", 4, even)).toBe(4);
    expect(refusal(() => readField("op", "n", 3, even)).message).toBe("op: n must be an even number.");
  });
});
