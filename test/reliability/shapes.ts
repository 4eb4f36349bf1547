/**
 * Runtime checks that a returned result has the shape its TypeScript type promises, one per result
 * kind, and — when the test knows what the server answered — that it says what the answer said.
 * Each check returns its violations (empty: the result is sound), so that a fuzz run can report every
 * case that broke, with the body that broke it.
 *
 * Only `ok`, `status`, `code`, `outcome` and the fields the clients build themselves (tokens, session,
 * workflow, dates, the country block's fields) are checked: `description` is left to the clients' own
 * tests. Fields a result passes through from the body under their wire names are checked separately by
 * `passThroughViolations`.
 */
import { outcomes, type Outcome } from "@operator-auth/core";
import type { SpecModel } from "./spec-model.js";

/** The outcome vocabulary every result is checked against: the one the clients share. */
export const vocabulary: readonly Outcome[] = outcomes;

export type ResultKind =
  | "betfair-login"
  | "betfair-cert-login"
  | "betfair-session"
  | "posapi-login"
  | "posapi-country-block"
  | "posapi-logout"
  | "posapi-cancel-workflow"
  | "casino-login";

/** What the server answered, when the test knows it. */
export interface Served {
  status: number;
  /** The body as JSON.parse reads it; `undefined` when there was none or it was not JSON. */
  body: unknown;
  /** The body is valid against the spec: the outcome must then be exactly the spec's. */
  valid: boolean;
  /** The session token the call sent (Betfair keep-alive and logout fall back to it). */
  sentToken?: string;
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === "object" && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());
const failureOutcomes = new Set<string>(vocabulary.filter((o) => o !== "ok"));

/** A session the client built: both tokens, valid expiry Dates, an ssoToken only as a string. */
function checkSession(check: Checker, session: unknown) {
  check.that(isRecord(session), "session should be an object");
  if (!isRecord(session)) return;
  check.that(nonEmptyString(session.userToken) && nonEmptyString(session.sessionToken), "session tokens should be non-empty strings");
  check.that(isDate(session.userTokenExpiresAt) && isDate(session.sessionTokenExpiresAt), "session expiry times should be valid Dates");
  check.that(session.ssoToken === undefined || string(session.ssoToken), "session.ssoToken should be a string when present");
}

class Checker {
  readonly violations: string[] = [];
  constructor(readonly result: Record_) {}
  that(condition: boolean, message: string) {
    if (!condition) this.violations.push(message);
  }
  field(name: string, test: (value: unknown) => boolean, expected: string) {
    const value = this.result[name];
    this.that(test(value), `${name} should be ${expected}, got ${describe(value)}`);
  }
  optional(name: string, test: (value: unknown) => boolean, expected: string) {
    if (Object.hasOwn(this.result, name) && this.result[name] !== undefined) this.field(name, test, expected);
  }
  in(name: string, allowed: readonly unknown[]) {
    this.field(name, (v) => allowed.includes(v), `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
  }
  equal(name: string, expected: unknown) {
    this.field(name, (v) => Object.is(v, expected), JSON.stringify(expected));
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? `array(${value.length})` : "object";
  return String(value);
}

const nonEmptyString = (v: unknown) => typeof v === "string" && v !== "";
const string = (v: unknown) => typeof v === "string";
const finiteNumber = (v: unknown) => typeof v === "number" && !Number.isNaN(v);

/** The outcome of a failure: a failure outcome; with a known served code, the spec's (or `unknown`). */
function checkOutcome(check: Checker, spec: SpecModel, code: unknown, served: Served | undefined) {
  check.field("outcome", (v) => failureOutcomes.has(v as string), "a failure outcome of the vocabulary");
  if (!served) return;
  const documented = [...spec.outcomesOfCode(code)].filter((o) => o !== "ok");
  // A valid body carries a code of the schema at that status: its outcome is exactly the spec's. A
  // broken body may put a documented code where the documents do not list it: then `unknown` is right too.
  const allowed = documented.length === 0 ? ["unknown"] : served.valid ? documented : [...documented, "unknown"];
  check.in("outcome", allowed);
}

const str = (body: unknown, field: string) => (isRecord(body) && typeof body[field] === "string" ? (body[field] as string) : undefined);

export function checkResult(kind: ResultKind, result: unknown, spec: SpecModel, served?: Served): string[] {
  if (!isRecord(result)) return [`the result should be an object, got ${describe(result)}`];
  if (Object.getPrototypeOf(result) !== Object.prototype) return ["the result should be a plain object"];
  const check = new Checker(result);
  check.field("ok", (v) => typeof v === "boolean", "a boolean");
  const ok = result.ok === true;
  // The one rule for ok, the same for every provider: ok exactly when the outcome is "ok".
  check.that(ok === (result.outcome === "ok"), `ok should be true exactly when outcome is "ok", got ok ${describe(result.ok)} with outcome ${describe(result.outcome)}`);
  const body = served?.body;
  switch (kind) {
    case "betfair-login": {
      if (ok || result.status === "LIMITED_ACCESS") {
        // A session: SUCCESS is ok; LIMITED_ACCESS carries one too, with limits, and is not ok.
        check.in("status", ok ? ["SUCCESS"] : ["LIMITED_ACCESS"]);
        check.field("token", nonEmptyString, "a non-empty string");
        if (served) check.equal("token", str(body, "token"));
      }
      if (served) check.equal("status", str(body, "status"));
      if (!ok) {
        check.field("status", string, "a string");
        check.field("code", string, "a string");
        checkOutcome(check, spec, result.code, served);
        if (served) {
          check.that(str(body, "status") !== "SUCCESS", "status SUCCESS should be a success");
          check.equal("code", str(body, "error") || str(body, "status"));
        }
      }
      break;
    }
    case "betfair-cert-login": {
      if (ok) {
        check.equal("status", "SUCCESS");
        check.field("token", nonEmptyString, "a non-empty string");
        if (served) check.equal("token", str(body, "sessionToken"));
      } else {
        check.field("status", string, "a string");
        check.field("code", string, "a string");
        checkOutcome(check, spec, result.code, served);
        if (served) {
          check.that(str(body, "loginStatus") !== "SUCCESS", "loginStatus SUCCESS should be a success");
          check.equal("code", str(body, "loginStatus"));
          check.equal("status", str(body, "loginStatus"));
        }
      }
      break;
    }
    case "betfair-session": {
      if (ok) {
        check.equal("status", "SUCCESS");
        check.field("token", nonEmptyString, "a non-empty string");
        if (served) check.equal("token", str(body, "token") || served.sentToken);
      } else {
        check.field("status", string, "a string");
        check.field("code", string, "a string");
        checkOutcome(check, spec, result.code, served);
        if (served) {
          check.that(str(body, "status") !== "SUCCESS", "status SUCCESS should be a success");
          check.equal("status", str(body, "status"));
          check.equal("code", str(body, "error") || str(body, "status"));
        }
      }
      break;
    }
    case "posapi-login": {
      if (result.status === 200) {
        // Authenticated: ok with no workflow pending; a pending workflow carries the session but is not ok.
        const session = result.session;
        checkSession(check, session);
        if (isRecord(session)) {
          if (served) {
            check.that(session.sessionToken === str(body, "sessionToken"), "session.sessionToken should be the answer's");
            check.that(session.userToken === str(body, "userToken"), "session.userToken should be the answer's");
          }
        }
        const workflow = result.workflow;
        check.that(
          workflow === null || (isRecord(workflow) && finiteNumber(workflow.id) && vocabulary.includes(workflow.outcome as Outcome)),
          `workflow should be null or { id, outcome }, got ${describe(workflow)}`,
        );
        if (served && isRecord(body)) {
          check.that(
            body.workflowType === 0 ? workflow === null : isRecord(workflow) && Object.is(workflow.id, body.workflowType),
            "workflow should follow workflowType",
          );
        }
        check.that(ok === (workflow === null), "a login should be ok exactly when no workflow is pending");
        if (!ok && isRecord(workflow)) {
          check.equal("code", workflow.id);
          checkOutcome(check, spec, result.code, served);
        }
        const account = result.account;
        check.that(isRecord(account), "account should be an object");
        if (isRecord(account)) {
          for (const field of ["lastLoginUTC", "lastLogoutUTC", "serverTimeUTC"]) {
            check.that(account[field] === undefined || isDate(account[field]), `account.${field} should be a valid Date when present`);
          }
        }
        if (served) check.equal("status", served.status);
      } else {
        check.in("status", [400, 403, 500]);
        check.field("code", finiteNumber, "a number");
        checkOutcome(check, spec, result.code, served);
        if (served) {
          check.equal("status", served.status);
          check.equal("code", isRecord(body) ? body.code : undefined);
        }
      }
      break;
    }
    case "posapi-country-block": {
      if (ok) {
        check.equal("status", 200);
        check.equal("blocked", false);
      } else if (result.status === 403) {
        // A country rule matched: not ok, the same way as every other location block.
        check.equal("status", 403);
        check.equal("blocked", true);
        check.field("code", finiteNumber, "a number");
        checkOutcome(check, spec, result.code, served);
        check.field("values", Array.isArray, "an array");
        check.optional("targetUrl", nonEmptyString, "a non-empty string");
        if (served) check.equal("code", isRecord(body) ? body.code : undefined);
      } else {
        check.equal("status", 400);
        check.field("code", finiteNumber, "a number");
        checkOutcome(check, spec, result.code, served);
      }
      if (served) check.equal("status", served.status);
      break;
    }
    case "posapi-logout":
    case "posapi-cancel-workflow": {
      // A new session where the call renewed (cancelWorkflow: 200, 404) or ended (logout: 200) it; none on a token error.
      if (result.status === 400) check.that(!Object.hasOwn(result, "session"), "a token error should carry no session");
      else checkSession(check, result.session);
      if (ok) check.equal("status", 200);
      else {
        check.in("status", kind === "posapi-logout" ? [400] : [400, 404]);
        check.field("code", finiteNumber, "a number");
        checkOutcome(check, spec, result.code, served);
        if (served) check.equal("code", isRecord(body) ? body.code : undefined);
      }
      if (served) check.equal("status", served.status);
      break;
    }
    case "casino-login": {
      if (ok) {
        check.equal("status", 200);
        check.field("auth_token", string, "a string");
        if (served) check.equal("auth_token", str(body, "auth_token"));
      } else {
        check.in("status", [303, 400, 401, 500]);
        if (result.status === 400) {
          check.equal("code", null);
          check.equal("outcome", "invalid-request");
        } else {
          check.field("code", string, "a string");
          checkOutcome(check, spec, result.code, served);
        }
        if (served && served.status !== 400) {
          check.equal("code", served.status === 401 ? (str(body, "result") ?? str(body, "status")) : str(body, "result"));
        }
      }
      if (served) check.equal("status", served.status);
      break;
    }
  }
  return check.violations;
}

/**
 * Fields a result passes through from the body under their wire names, checked against the types
 * the result declares for them. Kept apart from `checkResult`: see the report in reliability.test.ts.
 */
export function passThroughViolations(kind: ResultKind, result: unknown): string[] {
  if (!isRecord(result)) return [];
  const check = new Checker(result);
  const keyValues = (v: unknown) => Array.isArray(v) && v.every((e) => isRecord(e) && string(e.Key) && string(e.Value));
  switch (kind) {
    case "posapi-country-block":
      if (result.status === 403) {
        check.optional("message", string, "a string");
        check.field("values", keyValues, "a list of { Key, Value } strings");
      } else if (!result.ok) {
        check.optional("message", string, "a string");
        check.optional("values", keyValues, "a list of { Key, Value } strings");
      }
      break;
    case "posapi-login":
    case "posapi-logout":
    case "posapi-cancel-workflow":
      if (!result.ok) {
        check.optional("message", string, "a string");
        check.optional("values", keyValues, "a list of { Key, Value } strings");
      }
      break;
    case "casino-login":
      if (result.ok) check.field("result", string, "a string");
      if (result.status === 400) check.field("errMsg", string, "a string");
      if (result.status === 303) check.field("token", string, "a string");
      break;
    default:
      break;
  }
  return check.violations;
}
