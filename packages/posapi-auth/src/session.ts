/** The UserToken is valid for 20 hours after session start. */
export const userTokenLifetimeMs = 20 * 60 * 60 * 1000;

/** The SessionToken is valid for 20 minutes after the last request… */
export const defaultSessionTokenLifetimeMs = 20 * 60 * 1000;

/** …and for 10 minutes in Italy: pass this as `sessionTokenLifetimeMs` to a client for an Italian label. */
export const italySessionTokenLifetimeMs = 10 * 60 * 1000;

/**
 * The tokens of a login and when they expire. A session is never changed: a call that renews or ends
 * it (`cancelWorkflow`, `logout`) returns the new session as `result.session` and leaves the one it was
 * given as it was, so a frozen session (Redux, Immer) works. Every call also takes a session back from
 * JSON (`PosApiSessionJson`: the expiry times as the ISO 8601 strings `JSON.stringify` writes); the
 * sessions the client returns always hold `Date`s.
 *
 * The times are the client's estimate from the document's rules, measured from when each request was
 * sent, so they err on the early side; PosAPI alone decides (codes 207 and 208).
 */
export interface PosApiSession {
  /** Identifies the customer; sent as `x-bwin-user-token`. */
  readonly userToken: string;
  /** Sent as `x-bwin-session-token`. */
  readonly sessionToken: string;
  /** The `ssoToken` of the login answer, when it carried one (the document does not describe it). */
  readonly ssoToken?: string;
  /** When the UserToken expires: 20 hours after the login request was sent. */
  readonly userTokenExpiresAt: Date;
  /** When the SessionToken expires: the client's `sessionTokenLifetimeMs` after the last request that used it. */
  readonly sessionTokenExpiresAt: Date;
}

/** A session as `JSON.parse(JSON.stringify(session))` gives it back: the expiry times as ISO 8601 strings. */
export type PosApiSessionJson = Omit<PosApiSession, "userTokenExpiresAt" | "sessionTokenExpiresAt"> & {
  readonly userTokenExpiresAt: Date | string;
  readonly sessionTokenExpiresAt: Date | string;
};

/** The session of a login whose request was sent at `sentAt`, from its answer's tokens (checked). */
export function startSession(
  tokens: { userToken: string; sessionToken: string; ssoToken?: unknown },
  sentAt: number,
  sessionTokenLifetimeMs: number,
): PosApiSession {
  return sessionOf(tokens, new Date(sentAt + userTokenLifetimeMs), new Date(sentAt + sessionTokenLifetimeMs));
}

/** A new session, for a request sent at `sentAt` that PosAPI accepted the tokens of: the SessionToken lives on from then. */
export function renewedSession(session: PosApiSession, sentAt: number, sessionTokenLifetimeMs: number): PosApiSession {
  return sessionOf(session, new Date(session.userTokenExpiresAt), new Date(sentAt + sessionTokenLifetimeMs));
}

/** A new session, ended at `at`: the client's reading of a logout, which the document does not describe. */
export function endedSession(session: PosApiSession, at: number): PosApiSession {
  return sessionOf(session, new Date(at), new Date(at));
}

/** A session of these tokens and expiry times; only the documented fields are taken, `ssoToken` only as a string. */
function sessionOf(
  tokens: { userToken: string; sessionToken: string; ssoToken?: unknown },
  userTokenExpiresAt: Date,
  sessionTokenExpiresAt: Date,
): PosApiSession {
  return Object.assign(
    { userToken: tokens.userToken, sessionToken: tokens.sessionToken },
    typeof tokens.ssoToken === "string" ? { ssoToken: tokens.ssoToken } : undefined,
    { userTokenExpiresAt, sessionTokenExpiresAt },
  );
}

/** The headers that carry a session's tokens, for calls made through the raw client (`createPosApiRawClient`). */
export function sessionHeaders(session: Pick<PosApiSession, "sessionToken" | "userToken">): Record<string, string> {
  return { "x-bwin-session-token": session.sessionToken, "x-bwin-user-token": session.userToken };
}
