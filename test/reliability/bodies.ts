/**
 * Response bodies for the schema fuzzing, as fast-check arbitraries built from the specs' schemas:
 * bodies valid against the schema, and bodies broken in one small way (a required field dropped, a
 * value of the wrong type, null, one more level of nesting, a huge or odd unicode string, a code the
 * documents do not list, a body that is not an object at all, nesting deep enough to exhaust a
 * recursive walk, keys named after Object.prototype members).
 */
import fc from "fast-check";
import type { JsonSchema } from "./spec-model.js";

/** An answer to serve: the HTTP status and the body text (`undefined`: no body at all). */
export interface Answer {
  status: number;
  text: string | undefined;
  /** What was done to the body, for the failure message and the tallies. */
  label: string;
}

/** The schema with `allOf` folded into one object schema (the specs use it to add descriptions to a `$ref`). */
function flatten(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  let merged: JsonSchema = { ...rest };
  for (const part of allOf.map(flatten)) {
    merged = {
      ...merged,
      ...part,
      properties: { ...merged.properties, ...part.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    };
  }
  if (Object.keys(merged.properties ?? {}).length === 0) delete merged.properties;
  if ((merged.required ?? []).length === 0) delete merged.required;
  return merged;
}

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "null", "0", "SUCCESS", "FAIL", "__proto__", "constructor", "toString", "<html>", "/Date(0)/") },
);
const integer = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER));
const number = fc.oneof(integer, fc.double({ noNaN: true, noDefaultInfinity: true }));
const anyJson = fc.jsonValue({ maxDepth: 2 });
/** Keys no schema of the specs uses, so that an extra key never turns one `oneOf` branch into another. */
const extraKey = fc.string({ maxLength: 10 }).map((key) => `extra${key}`);

/** Any value valid against `schema`. */
export function validValue(input: JsonSchema): fc.Arbitrary<unknown> {
  const schema = flatten(input);
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return fc.oneof(...branches.map(validValue));
  switch (schema.type) {
    case "string":
      return schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)) : text;
    case "integer":
      return integer;
    case "number":
      return number;
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(schema.items ? validValue(schema.items) : anyJson, { maxLength: 4 });
    case "object":
      return validObject(schema);
    case undefined:
      return schema.properties || schema.required ? validObject(schema) : anyJson;
    default:
      throw new Error(`the reliability generator does not know JSON Schema type ${schema.type}`);
  }
}

function validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const keys = [...new Set([...Object.keys(properties), ...required])];
  const model = Object.fromEntries(keys.map((key) => [key, validValue(properties[key] ?? {})]));
  const known = fc.record(model, { requiredKeys: [...required] });
  if (schema.additionalProperties === false) return known;
  const extra = fc.option(fc.dictionary(extraKey, anyJson, { maxKeys: 2 }), { freq: 4, nil: {} });
  // fromEntries defines own properties: an extra key never reaches a prototype.
  return fc.tuple(known, extra).map(([body, more]) => Object.fromEntries([...Object.entries(more), ...Object.entries(body)]));
}

/** A valid answer for a documented status: its schema's body, or no body when the status documents none. */
export function validAnswer(status: number, schema: JsonSchema | undefined): fc.Arbitrary<Answer> {
  if (!schema) return fc.constant({ status, text: undefined, label: "no body (as documented)" });
  return validValue(schema).map((body) => ({ status, text: JSON.stringify(body), label: "valid" }));
}

// ----- small breakages ---------------------------------------------------------------------------

type Path = (string | number)[];

interface Site {
  path: Path;
  schema: JsonSchema;
  /** A field the schema requires of its object. */
  required: boolean;
  value: unknown;
}

/** Every value in `body` with the schema that governs it (for a union, the first branch it fits). */
function sites(schema: JsonSchema, value: unknown, path: Path = [], required = false): Site[] {
  const flat = flatten(schema);
  const own: Site = { path, schema: flat, required, value };
  const branches = flat.oneOf ?? flat.anyOf;
  if (branches) return [own, ...sites(pickBranch(branches, value), value, path, required).slice(1)];
  if (Array.isArray(value)) {
    return [own, ...value.flatMap((item, index) => sites(flat.items ?? {}, item, [...path, index]))];
  }
  if (typeof value === "object" && value !== null) {
    const req = new Set(flat.required ?? []);
    return [
      own,
      ...Object.entries(value).flatMap(([key, field]) => sites(flat.properties?.[key] ?? {}, field, [...path, key], req.has(key))),
    ];
  }
  return [own];
}

function pickBranch(branches: JsonSchema[], value: unknown): JsonSchema {
  const fits = (schema: JsonSchema) => {
    const flat = flatten(schema);
    if ("const" in flat) return flat.const === value;
    if (flat.enum) return flat.enum.includes(value);
    if (typeof value === "object" && value !== null) return (flat.required ?? []).every((key) => Object.hasOwn(value, key));
    return flat.type === undefined || flat.type === typeof value || (flat.type === "integer" && Number.isInteger(value));
  };
  return branches.find(fits) ?? branches[0]!;
}

/** A copy of `root` with the value at `path` replaced (`remove`: deleted), by defining own properties only. */
function replaceAt(root: unknown, path: Path, next: (value: unknown) => unknown, remove = false): unknown {
  if (path.length === 0) return next(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (remove && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(root[head as number], rest, next, remove);
    return copy;
  }
  const record = root as Record<string, unknown>;
  const entries = Object.entries(record).flatMap(([key, value]): [string, unknown][] => {
    if (key !== head) return [[key, value]];
    if (remove && rest.length === 0) return [];
    return [[key, replaceAt(value, rest, next, remove)]];
  });
  return Object.fromEntries(entries);
}

const oddUnicode = [
  "\u202e\u0041\u202c", // right-to-left override
  "\u0000", // NUL
  "\ufeffBOM",
  "e\u0301\u0301\u0301", // stacked combining marks
  "👩‍👩‍👧‍👦",
  "\ud800", // a lone surrogate (JSON escapes it; the client receives it as is)
  "\udfff\ud800",
  "\u2028\u2029",
  "\uffff\ufffe",
  "𝕊𝕌ℂℂ𝔼𝕊𝕊",
  "S\u0130CCESS",
  "\u00a0",
];

/** Values a provider may send next year where the documents list an enum. */
const undocumentedCodes = ["NEW_CODE_FROM_NEXT_YEAR", "", "constructor", "toString", "__proto__", "hasOwnProperty", 99999, -1, 0, 1.5];

const otherType = (value: unknown): fc.Arbitrary<unknown> => {
  const all: unknown[] = ["600", "text", 600, 0, true, false, {}, [], [value], { value }];
  const differs = all.filter((candidate) => typeOf(candidate) !== typeOf(value));
  return fc.constantFrom(...differs);
};
const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

const breakages = [
  "drop-required",
  "wrong-type",
  "null",
  "extra-nesting",
  "huge-string",
  "unicode",
  "undocumented-code",
  "not-an-object",
  "deep-nesting",
  "prototype-keys",
  "number-edge",
] as const;
export type Breakage = (typeof breakages)[number];

/** An answer for a documented status whose body is broken in one small way. */
export function brokenAnswer(status: number, schema: JsonSchema | undefined): fc.Arbitrary<Answer> {
  // A status documented without a body gets one anyway: the client must ignore it.
  if (!schema) {
    return fc
      .oneof(fc.constant("garbage, not JSON"), anyJson.map((v) => JSON.stringify(v)), fc.constant("<html>oops</html>"))
      .map((body) => ({ status, text: body, label: "a body where none is documented" }));
  }
  return fc.tuple(validValue(schema), fc.constantFrom(...breakages), fc.nat()).chain(([body, breakage, pick]) => {
    const all = sites(schema, body);
    const choose = (candidates: Site[]) => candidates[pick % candidates.length];
    const nonRoot = all.filter((site) => site.path.length > 0);
    const done = (value: unknown, label: string, text?: string) =>
      fc.constant<Answer>({ status, text: text ?? JSON.stringify(value), label: `${breakage}: ${label}` });
    const at = (site: Site) => site.path.join(".") || "(body)";
    switch (breakage) {
      case "drop-required": {
        const site = choose(nonRoot.filter((s) => s.required)) ?? choose(nonRoot);
        if (!site) return done({}, "empty object");
        return done(replaceAt(body, site.path, (v) => v, true), `dropped ${at(site)}`);
      }
      case "wrong-type": {
        const site = choose(all)!;
        return otherType(site.value).map((value) => ({
          status,
          text: JSON.stringify(replaceAt(body, site.path, () => value)),
          label: `${breakage}: ${at(site)} = ${JSON.stringify(value)}`,
        }));
      }
      case "null": {
        const site = choose(all)!;
        return done(replaceAt(body, site.path, () => null), `${at(site)} = null`);
      }
      case "extra-nesting": {
        const site = choose(nonRoot) ?? all[0]!;
        const wrap = pick % 2 === 0 ? (v: unknown) => [v] : (v: unknown) => ({ value: v });
        return done(replaceAt(body, site.path, wrap), `${at(site)} wrapped`);
      }
      case "huge-string": {
        const strings = all.filter((s) => typeof s.value === "string");
        const site = choose(strings) ?? choose(nonRoot) ?? all[0]!;
        const huge = (pick % 2 === 0 ? "A" : "é𝕊").repeat(16_000 + (pick % 48_000));
        return done(replaceAt(body, site.path, () => huge), `${at(site)} = ${huge.length} chars`);
      }
      case "unicode": {
        const strings = all.filter((s) => typeof s.value === "string");
        const site = choose(strings) ?? choose(nonRoot) ?? all[0]!;
        return fc.oneof(fc.constantFrom(...oddUnicode), fc.string({ unit: "binary", minLength: 1, maxLength: 12 })).map((odd) => ({
          status,
          text: JSON.stringify(replaceAt(body, site.path, (v) => (pick % 3 === 0 ? odd : `${typeof v === "string" ? v : ""}${odd}`))),
          label: `${breakage}: ${at(site)} with ${JSON.stringify(odd)}`,
        }));
      }
      case "undocumented-code": {
        const site = choose(all.filter((s) => s.schema.enum || "const" in s.schema)) ?? all[0]!;
        const code = undocumentedCodes[pick % undocumentedCodes.length];
        return done(replaceAt(body, site.path, () => code), `${at(site)} = ${JSON.stringify(code)}`);
      }
      case "not-an-object": {
        const values = [null, [], [body], 0, "text", true, "", "<p>"];
        const value = values[pick % values.length];
        return done(value, JSON.stringify(value).slice(0, 20));
      }
      case "deep-nesting": {
        // JSON.parse reads any depth; a recursive walk over the parsed body runs out of stack long before.
        const depth = 20_000;
        const marker = "\u0000deep\u0000";
        const site = choose(nonRoot) ?? all[0]!;
        const withMarker = typeof body === "object" && body !== null && !Array.isArray(body) && pick % 2 === 0
          ? Object.fromEntries([...Object.entries(body), ["extraDeep", marker]])
          : replaceAt(body, site.path, () => marker);
        const text = JSON.stringify(withMarker).replace(JSON.stringify(marker), "[".repeat(depth) + "]".repeat(depth));
        return done(undefined, `${depth} levels of arrays`, text);
      }
      case "prototype-keys": {
        const keys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
        const key = keys[pick % keys.length]!;
        const site = choose(all.filter((s) => typeOf(s.value) === "object")) ?? all[0]!;
        const inject = (v: unknown) =>
          typeOf(v) === "object" ? Object.fromEntries([[key, { polluted: "yes", status: "SUCCESS" }], ...Object.entries(v as object)]) : v;
        return done(replaceAt(body, site.path, inject), `${at(site)} gets own key ${key}`);
      }
      case "number-edge": {
        const numbers = all.filter((s) => typeof s.value === "number");
        const site = choose(numbers) ?? choose(nonRoot) ?? all[0]!;
        const edges = ["1e400", "-1e400", "-0", "1.5", "9007199254740993", "1e-400", "0.0000001"];
        const edge = edges[pick % edges.length]!;
        const marker = "\u0000number\u0000";
        const text = JSON.stringify(replaceAt(body, site.path, () => marker)).replace(JSON.stringify(marker), edge);
        return done(undefined, `${at(site)} = ${edge}`, text);
      }
    }
  });
}
