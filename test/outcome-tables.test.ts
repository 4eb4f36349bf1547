// The main entries' outcome tables are generated packed; unpacked, each must give every documented code
// exactly the outcome its spec gives it, and no other code.
import { outcomeTable } from "@operator-auth/core";
import { describe, expect, it } from "vitest";
import { codeSchemas, packOutcomes } from "../scripts/generate/codes.js";
import { listSpecs, readSpec } from "../scripts/generate/spec.js";

describe("packed outcome tables", () => {
  for (const { provider, specFile } of listSpecs()) {
    it(`unpack to the spec's codes and outcomes (${provider})`, () => {
      for (const [name, { rows }] of codeSchemas(readSpec(specFile))) {
        const expected = Object.fromEntries([...rows].map(([code, row]) => [code, row.outcome]));
        expect(outcomeTable(name, packOutcomes(rows))).toEqual({ name, outcomes: expected });
      }
    });
  }

  it("refuses a code holding a separator", () => {
    expect(() => packOutcomes(new Map([["A|B", { description: "", outcome: "ok" }]]))).toThrow(/separator/);
  });
});
