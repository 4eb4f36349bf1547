/** Why a registry call cannot be served: `closed`, the registry was closed (a `register` would hold a session no timer keeps). */
export type SessionRegistryErrorReason = "closed";

/** Thrown by `register()` after `close()`; its message names the function, never a user's tokens. */
export class SessionRegistryError extends Error {
  override readonly name = "SessionRegistryError";
  readonly reason: SessionRegistryErrorReason;

  constructor(reason: SessionRegistryErrorReason, message: string) {
    super(`createSessionRegistry: ${message}`);
    this.reason = reason;
  }
}
