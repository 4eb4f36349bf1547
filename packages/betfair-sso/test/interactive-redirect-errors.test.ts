import { describe, expect, it } from "vitest";
import { renderings } from "../../../test/expect-error.js";
import { OperatorAuthError } from "../src/index.js";
import { parseInteractiveLoginRedirect } from "../src/interactive.js";

const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const secrets = [token, encodeURIComponent(token)];

function expectNoSecret(error: Error) {
  const told = renderings(error);
  for (const secret of secrets) expect(told).not.toContain(secret);
}

describe("parseInteractiveLoginRedirect: an unusable body never shows the token", () => {
  it.each([
    ["a session token under another name", `sessionToken=${encodeURIComponent(token)}`],
    ["SUCCESS without productToken", `loginStatus=SUCCESS&token=${encodeURIComponent(token)}`],
    ["empty fields", "ssoid=&errorCode="],
  ])("%s → invalid-input", (_name, body) => {
    const error = (() => {
      try {
        parseInteractiveLoginRedirect(body);
      } catch (e) {
        return e;
      }
      return expect.fail("the call should have thrown");
    })();
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "invalid-input" });
    expectNoSecret(error as Error);
  });
});
