/** Assertions on thrown errors, shared by every provider's tests. */
import { inspect } from "node:util";
import { OperatorAuthError, type OperatorAuthErrorKind } from "@operator-auth/core";
import { expect } from "vitest";

/** Every way an error can be shown: to a user, in a log, in a bug report. */
export function renderings(error: Error): string {
  return [String(error), error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 8 })].join("\n");
}

/**
 * The call throws an OperatorAuthError with the given `kind` (and operation and status, when given),
 * and no rendering of it contains any of `secrets`.
 */
export async function expectOperatorAuthError(
  call: Promise<unknown>,
  expected: { kind: OperatorAuthErrorKind; operation?: string; status?: number },
  secrets: readonly string[] = [],
): Promise<OperatorAuthError> {
  const error = await call.then(
    () => expect.fail("the call should have thrown"),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OperatorAuthError);
  expect(error).toMatchObject({ status: undefined, ...expected });
  const told = renderings(error as Error);
  for (const secret of secrets) expect(told).not.toContain(secret);
  return error as OperatorAuthError;
}
