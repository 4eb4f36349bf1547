/**
 * `@operator-auth/betfair-sso/keep-alive`: a client's `keepAlive` on a schedule, for a process that holds
 * one session for hours (a trading bot, a service). A login screen never needs it, so the main entry
 * leaves it out. Sessions shared across processes: `@operator-auth/sessions` with `/session-source`.
 */
export {
  defaultKeepAliveIntervalMs,
  defaultMaxRetryDelayMs,
  defaultRetryDelayMs,
  keepSessionAlive,
  type KeepAliveClient,
  type KeepSessionAliveOptions,
  type KeepAliveHandle,
  type SessionKeeper,
} from "./keep-session-alive.js";
