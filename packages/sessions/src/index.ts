export { createSessionKeeper, type SessionKeeper, type SessionKeeperOptions } from "./keeper.js";
export type { LoginHalt, Session, SessionEntry } from "./session.js";
export type { SessionEvent } from "./session-event.js";
export type { SessionSource, SourceCallOptions, SourceFailure, SourceLoginResult, SourceSessionResult } from "./session-source.js";
export { memoryStore, type MemoryStoreOptions, type SessionStore, type StoreLease } from "./session-store.js";
export {
  betfairUserSessionLifetimes,
  createSessionRegistry,
  posApiItalySessionLifetimes,
  posApiSessionLifetimes,
  type RegistryEvent,
  type SessionRegistry,
  type SessionRegistryOptions,
  type UserSession,
  type UserSessionEnd,
} from "./registry.js";
export { SessionKeeperError, SessionRegistryError, type SessionKeeperErrorReason, type SessionRegistryErrorReason } from "./errors.js";
