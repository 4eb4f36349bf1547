/** The UserToken is valid for 20 hours after session start. */
export const userTokenLifetimeMs = 20 * 60 * 60 * 1000;

/** The SessionToken is valid for 20 minutes after the last request… */
export const defaultSessionTokenLifetimeMs = 20 * 60 * 1000;

/** …and for 10 minutes in Italy: pass this as `sessionTokenLifetimeMs` to a client for an Italian label. */
export const italySessionTokenLifetimeMs = 10 * 60 * 1000;

/**
 * The tokens of a login and when they expire. The client keeps the expiry times up to date in place:
 * every call that sends the tokens and gets an answer showing PosAPI accepted them renews
 * `sessionTokenExpiresAt`; a successful `logout` sets both times to the moment of logout.
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

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export function startSession(
  tokens: { userToken: string; sessionToken: string; ssoToken?: string },
  sentAt: number,
  sessionTokenLifetimeMs: number,
): PosApiSession {
  return {
    userToken: tokens.userToken,
    sessionToken: tokens.sessionToken,
    ...(tokens.ssoToken === undefined ? {} : { ssoToken: tokens.ssoToken }),
    userTokenExpiresAt: new Date(sentAt + userTokenLifetimeMs),
    sessionTokenExpiresAt: new Date(sentAt + sessionTokenLifetimeMs),
  };
}

/** A request sent at `sentAt` that PosAPI accepted the tokens of: the SessionToken lives on from then. */
export function renewSession(session: PosApiSession, sentAt: number, sessionTokenLifetimeMs: number): void {
  (session as Writable<PosApiSession>).sessionTokenExpiresAt = new Date(sentAt + sessionTokenLifetimeMs);
}

/** After a logout neither token is valid any more. */
export function endSession(session: PosApiSession, at: number): void {
  const writable = session as Writable<PosApiSession>;
  writable.userTokenExpiresAt = new Date(at);
  writable.sessionTokenExpiresAt = new Date(at);
}

/** The headers that carry a session's tokens, for calls made through the raw client (`createPosApiRawClient`). */
export function sessionHeaders(session: Pick<PosApiSession, "sessionToken" | "userToken">): Record<string, string> {
  return { "x-bwin-session-token": session.sessionToken, "x-bwin-user-token": session.userToken };
}
