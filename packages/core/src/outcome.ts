/**
 * What a documented answer means for the app, named the same for every provider so that an app
 * serving several operators handles each situation once.
 */
export const outcomes = [
  "ok",
  "invalid-credentials",
  "second-factor-required",
  "action-required",
  "account-blocked",
  "location-blocked",
  "rate-limited",
  "session-invalid",
  "invalid-request",
  "unavailable",
  "unknown",
] as const;

export type Outcome = (typeof outcomes)[number];

/** Every outcome but `ok`: what a failed call can mean. */
export type FailureOutcome = Exclude<Outcome, "ok">;
