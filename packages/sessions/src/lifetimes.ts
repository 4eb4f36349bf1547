/**
 * The documented lifetimes of user sessions, for `createSessionRegistry`. Betfair: keep-alive "within the
 * 20 minute session expiry time if the user is still actively using your application". PosAPI: the
 * SessionToken lives 20 minutes after the last request (10 in Italy), the UserToken 20 hours after the start.
 */
export const betfairUserSessionLifetimes = { idleLifetimeMs: 20 * 60_000 } as const;
export const posApiSessionLifetimes = { idleLifetimeMs: 20 * 60_000, maxLifetimeMs: 20 * 60 * 60_000 } as const;
export const posApiItalySessionLifetimes = { idleLifetimeMs: 10 * 60_000, maxLifetimeMs: 20 * 60 * 60_000 } as const;
