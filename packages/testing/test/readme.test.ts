/** The root README's "Testing your app" example is the example test itself, so it compiles and passes. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

it("the README's example is login-screen.example.test.ts, verbatim", () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("./login-screen.example.test.ts", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Testing your app"));
  expect(section).toContain("```ts\n" + example + "```");
});

it("the testing README's fault and sequence examples are faults.example.test.ts, verbatim", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("./faults.example.test.ts", import.meta.url), "utf8");
  expect(readme).toContain("```ts\n" + example + "```");
});
