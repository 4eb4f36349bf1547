/**
 * Deadlines for tests whose point is not a deadline. The suite runs on slow and busy machines (two
 * cores shared with other jobs), so these only stop a call or a test that hangs; they never decide
 * whether behaviour is right. A test whose point is a deadline uses a short one of its own, against a
 * server that deterministically never answers (or answers only after the deadline).
 */

/** A client's `timeoutMs` where the answer, not the timing, is under test. */
export const generousTimeoutMs = 60_000;

/** The time limit of a test that makes many calls (property runs, fuzzing, 10 MB bodies). */
export const slowTestMs = 300_000;

/** How long to wait for something that follows a call by itself (a connection closing). */
export const settleWaitMs = 30_000;
