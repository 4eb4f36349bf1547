/** The generator's rules for the kit's answers, on a small spec of their own. */
import { expect, it } from "vitest";
import { exemplifiedCodes, operationAnswers, type Responses } from "../../../scripts/generate/kit-answers.js";
import { schemaValidator } from "../../../scripts/generate/kit-examples.js";
import type { Spec } from "../../../scripts/generate/spec.js";

const spec = {
  components: {
    schemas: {
      Status: {
        type: "string",
        enum: ["OK", "FAIL"],
        "x-enum-descriptions": ["Fine.", "Failed."],
        "x-codes": { OK: { outcome: "ok" }, FAIL: { outcome: "invalid-credentials" } },
      },
      Reason: {
        type: "string",
        enum: ["WRONG_PASSWORD", "LOCKED", "PAUSED", "SLOW"],
        "x-enum-descriptions": ["Wrong password.", "Locked.", "Paused.", "Slow."],
        "x-codes": {
          WRONG_PASSWORD: { outcome: "invalid-credentials", statuses: ["FAIL"] },
          LOCKED: { outcome: "account-blocked", statuses: ["FAIL"] },
          PAUSED: { outcome: "account-blocked", statuses: ["OK"] },
          SLOW: { outcome: "rate-limited", statuses: ["OK"] },
        },
      },
      Answer: {
        type: "object",
        required: ["status", "reason"],
        properties: { status: { $ref: "#/components/schemas/Status" }, reason: { anyOf: [{ $ref: "#/components/schemas/Reason" }, { const: "" }] } },
      },
    },
  },
} as Spec;

const responses: Responses = {
  "200": {
    headers: { "x-request-id": { schema: { type: "string", example: "abc" } } },
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/Answer" },
        examples: {
          success: { value: { status: "OK", reason: "" } },
          paused: { value: { status: "OK", reason: "PAUSED" } },
          wrongPassword: { value: { status: "FAIL", reason: "WRONG_PASSWORD" } },
          verbatim: { summary: "The document's example, verbatim", value: { status: "<status>", reason: "" } },
        },
      },
    },
  },
};

const validates = schemaValidator(spec);
const { answers, outcomes } = operationAnswers(spec, responses, exemplifiedCodes(spec, [responses], validates), validates);

it("serves the examples that validate, and none that does not", () => {
  expect(answers.filter((a) => !a.fromShape).map((a) => a.name)).toEqual(["success", "paused", "wrongPassword"]);
});

it("gives a failure code without an example the shape of an example of its field, with the status the spec files it under", () => {
  expect(answers.find((a) => a.name === "LOCKED")).toEqual({
    name: "LOCKED",
    status: 200,
    headers: { "x-request-id": "abc", "content-type": "application/json" },
    body: { status: "FAIL", reason: "LOCKED" },
    codes: ["FAIL", "LOCKED"],
    fromShape: true,
  });
  // The statuses the spec files a code under come before an example whose code has the same outcome.
  expect(answers.find((a) => a.name === "SLOW")?.body).toEqual({ status: "OK", reason: "SLOW" });
  expect(answers.filter((a) => a.fromShape).map((a) => a.name)).toEqual(["LOCKED", "SLOW"]);
  expect(outcomes).toMatchObject({ LOCKED: "account-blocked", SLOW: "rate-limited", WRONG_PASSWORD: "invalid-credentials" });
});
