import { outcomes, type FailureOutcome } from "@operator-auth/core";
import type { LoginAttempts, LoginHalt, Session, SessionEntry } from "./session.js";

/** Names the format in every serialised entry, so that a foreign value under the same key is told apart. */
const format = "operator-auth/session-entry@1";
const attemptsFormat = "operator-auth/login-attempts@1";

/**
 * An entry's session and refusal as text: JSON, dates as ISO 8601 strings with milliseconds, so that it
 * restores exactly. The fleet's login attempts are kept apart (`serialiseAttempts`), so that a reader of an
 * earlier version, which refuses fields it does not know, still reads the session.
 */
export function serialiseEntry(entry: SessionEntry): string {
  const { session, halt } = entry;
  return JSON.stringify({
    format,
    ...(session && {
      session: {
        token: session.token,
        generation: session.generation,
        loggedInAt: session.loggedInAt.toISOString(),
        keptAliveAt: session.keptAliveAt.toISOString(),
        renewals: session.renewals,
        expiresAt: session.expiresAt.toISOString(),
      },
    }),
    ...(halt && {
      halt: {
        outcome: halt.outcome,
        code: halt.code,
        at: halt.at.toISOString(),
        ...(halt.retryAt && { retryAt: halt.retryAt.toISOString() }),
      },
    }),
  });
}

/** The fleet's login attempts as text, in the manner of `serialiseEntry`. */
export function serialiseAttempts(attempts: LoginAttempts): string {
  return JSON.stringify({
    format: attemptsFormat,
    count: attempts.count,
    lastAt: attempts.lastAt.toISOString(),
    failures: attempts.failures,
    ...(attempts.retryAt && { retryAt: attempts.retryAt.toISOString() }),
    ...(attempts.kind !== undefined && { kind: attempts.kind }),
    ...(attempts.refusedCount !== undefined && { refusedCount: attempts.refusedCount }),
  });
}

/** Reads `serialiseAttempts`'s text back; anything else, or anything more, throws `EntryFormatError`. */
export function parseAttempts(text: string): LoginAttempts {
  const record = object(json(text), "the login attempts");
  if (record.format !== attemptsFormat) throw new EntryFormatError("not a login-attempts record of this format");
  only(record, ["format", "count", "lastAt", "failures", "retryAt", "kind", "refusedCount"], "the login attempts");
  if (record.kind !== undefined && typeof record.kind !== "string") throw new EntryFormatError("kind is not a string");
  return Object.freeze({
    count: count(record.count, "count", 0),
    lastAt: date(record.lastAt, "lastAt"),
    failures: count(record.failures, "failures", 0),
    ...(record.retryAt !== undefined && { retryAt: date(record.retryAt, "retryAt") }),
    ...(record.kind !== undefined && { kind: record.kind as string }),
    ...(record.refusedCount !== undefined && { refusedCount: count(record.refusedCount, "refusedCount", 0) }),
  });
}

/** Why a text is not an entry; says what is wrong, never quoting the text (it holds a token). */
export class EntryFormatError extends Error {
  override readonly name = "EntryFormatError";
}

/** Reads `serialiseEntry`'s text back; anything else, or anything more, throws `EntryFormatError`. */
export function parseEntry(text: string): SessionEntry {
  const record = object(json(text), "the entry");
  if (record.format !== format) throw new EntryFormatError("not a session entry of this format");
  only(record, ["format", "session", "halt"], "the entry");
  const entry: { session?: Session; halt?: LoginHalt } = {};
  if (record.session !== undefined) entry.session = Object.freeze(parseSession(object(record.session, "session")));
  if (record.halt !== undefined) entry.halt = Object.freeze(parseHalt(object(record.halt, "halt")));
  return entry;
}

function parseSession(fields: Record<string, unknown>): Session {
  only(fields, ["token", "generation", "loggedInAt", "keptAliveAt", "renewals", "expiresAt"], "session");
  if (typeof fields.token !== "string" || fields.token === "") throw new EntryFormatError("session.token is not a non-empty string");
  return {
    token: fields.token,
    generation: count(fields.generation, "session.generation", 1),
    loggedInAt: date(fields.loggedInAt, "session.loggedInAt"),
    keptAliveAt: date(fields.keptAliveAt, "session.keptAliveAt"),
    renewals: count(fields.renewals, "session.renewals", 0),
    expiresAt: date(fields.expiresAt, "session.expiresAt"),
  };
}

function parseHalt(fields: Record<string, unknown>): LoginHalt {
  only(fields, ["outcome", "code", "at", "retryAt"], "halt");
  const outcome = fields.outcome;
  if (typeof outcome !== "string" || outcome === "ok" || !(outcomes as readonly string[]).includes(outcome)) {
    throw new EntryFormatError("halt.outcome is not a failure outcome");
  }
  if (typeof fields.code !== "string") throw new EntryFormatError("halt.code is not a string");
  return {
    outcome: outcome as FailureOutcome,
    code: fields.code,
    at: date(fields.at, "halt.at"),
    ...(fields.retryAt !== undefined && { retryAt: date(fields.retryAt, "halt.retryAt") }),
  };
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new EntryFormatError("not JSON");
  }
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new EntryFormatError(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function only(record: Record<string, unknown>, fields: string[], what: string): void {
  const extra = Object.keys(record).find((field) => !fields.includes(field));
  if (extra !== undefined) throw new EntryFormatError(`${what} has a field this format does not know`);
}

function count(value: unknown, what: string, min: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) throw new EntryFormatError(`${what} is not a whole number from ${min}`);
  return value;
}

function date(value: unknown, what: string): Date {
  const parsed = typeof value === "string" ? new Date(value) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString() !== value) throw new EntryFormatError(`${what} is not an ISO 8601 time`);
  return parsed;
}
