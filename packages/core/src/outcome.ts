/**
 * What a documented answer means for the app, named the same for every provider so that an app
 * serving several operators handles each situation once. `ok` is the one success outcome: the call
 * succeeded, or a value is reported inside a successful answer (a category, a post-login value). Every
 * other outcome is a failure's.
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

/** The success outcome: what a spec's success value (`SUCCESS`, `OK`, …) and a success response's `x-outcome` say. */
export type SuccessOutcome = Extract<Outcome, "ok">;

/** Every outcome but `ok`: what a failed call can mean. */
export type FailureOutcome = Exclude<Outcome, SuccessOutcome>;
