/**
 * The opt-in stateful mode: sessions issued by a login and checked by the calls that present them
 * (Betfair keepAlive and logout, PosAPI Logout and CancelWorkflow), kept alive, ended by logout or
 * by the lifetime set, each refusal the answer the documents give for it.
 */
import { invalidInput, requireTimerMs } from "@operator-auth/core";

/** How the stateful mode treats sessions. */
export interface StatefulOptions {
  /**
   * How long a session lives after its login or its last keep-alive (Betfair keepAlive, PosAPI
   * CancelWorkflow), in milliseconds. Default: until logout.
   */
  sessionLifetimeMs?: number;
}

interface Issues {
  /** The body fields that carry the session's tokens. */
  readonly fields: readonly string[];
  /** A body field whose value other than 0 means a workflow is pending (PosAPI `workflowType`). */
  readonly workflowField?: string;
}

interface Checks {
  /** Each token header with the documented answers (code or example name) for an unknown and an expired token. */
  readonly headers: readonly { readonly header: string; readonly field: string; readonly unknown: string; readonly expired: string }[];
  readonly effect: "renew" | "end";
  /** Body fields the answer fills with the token presented (Betfair's keepAlive returns the token). */
  readonly echo?: Readonly<Record<string, string>>;
  /** The answers for "a workflow is pending" and "none is" (PosAPI CancelWorkflow). */
  readonly workflow?: { readonly pending: string; readonly none: string };
}

interface ProviderSessions {
  readonly issue: Readonly<Record<string, Issues>>;
  readonly check: Readonly<Record<string, Checks>>;
}

// Betfair documents NO_SESSION for keepAlive and logout (the token does not identify a session).
const betfairCheck = (effect: Checks["effect"]): Checks => ({
  headers: [{ header: "x-authentication", field: "token", unknown: "NO_SESSION", expired: "NO_SESSION" }],
  effect,
  echo: { token: "x-authentication" },
});

// PosAPI's token errors: 209/210 invalid, 207/208 expired (session token, user token).
const posApiHeaders = [
  { header: "x-bwin-session-token", field: "sessionToken", unknown: "209", expired: "207" },
  { header: "x-bwin-user-token", field: "userToken", unknown: "210", expired: "208" },
];

const rules: Record<string, ProviderSessions> = {
  "betfair-sso": {
    issue: { login: { fields: ["token"] }, certLogin: { fields: ["sessionToken"] } },
    check: { keepAlive: betfairCheck("renew"), logout: betfairCheck("end") },
  },
  "posapi-auth": {
    issue: {
      login: { fields: ["sessionToken", "userToken"], workflowField: "workflowType" },
      loginWithPid: { fields: ["sessionToken", "userToken"], workflowField: "workflowType" },
    },
    check: {
      logout: { headers: posApiHeaders, effect: "end" },
      // 630 "No workflow pending" when the login left none.
      cancelWorkflow: { headers: posApiHeaders, effect: "renew", workflow: { pending: "200", none: "630" } },
    },
  },
};

interface Session {
  tokens: Record<string, string>;
  expiresAt: number;
  workflow: boolean;
}

export interface SessionBook {
  /** Gives a served login answer's body fresh tokens and opens their session; returns the body to send. */
  issue(operationId: string, body: unknown): unknown;
  /** For a call that presents a session: the answer (code or name) to serve instead of the default, and the body to send. */
  check(operationId: string, headers: Record<string, string>): { choice?: string; fill?: Record<string, string> } | undefined;
  /** Ends every session, as a lifetime running out would. */
  expireAll(): void;
}

const freshToken = () => crypto.randomUUID().replaceAll("-", "");

export function checkStateful(where: string, stateful: unknown): StatefulOptions | undefined {
  if (stateful === undefined || stateful === false) return undefined;
  if (stateful === true) return {};
  if (typeof stateful !== "object" || stateful === null) throw invalidInput(where, "stateful", "must be true, false or { sessionLifetimeMs }");
  const { sessionLifetimeMs } = stateful as StatefulOptions;
  if (sessionLifetimeMs !== undefined) requireTimerMs(where, "stateful.sessionLifetimeMs", sessionLifetimeMs);
  return { sessionLifetimeMs };
}

export function createSessionBook(provider: string, options: StatefulOptions): SessionBook {
  const { issue, check } = rules[provider] ?? { issue: {}, check: {} };
  const lifetime = options.sessionLifetimeMs ?? Infinity;
  const sessions: Session[] = [];
  const find = (field: string, token: string | undefined) => sessions.find((s) => token !== undefined && s.tokens[field] === token);
  return {
    issue(operationId, body) {
      const rule = issue[operationId];
      if (!rule || !body || typeof body !== "object") return body;
      const fields = body as Record<string, unknown>;
      // An answer without a token (a failure, LOGIN_RESTRICTED) opens no session.
      if (!rule.fields.every((field) => typeof fields[field] === "string" && fields[field] !== "")) return body;
      const tokens = Object.fromEntries(rule.fields.map((field) => [field, freshToken()]));
      const workflow = rule.workflowField !== undefined && fields[rule.workflowField] !== 0;
      sessions.push({ tokens, expiresAt: Date.now() + lifetime, workflow });
      return { ...fields, ...tokens };
    },
    check(operationId, headers) {
      const rule = check[operationId];
      if (!rule) return undefined;
      let session: Session | undefined;
      for (const { header, field, unknown, expired } of rule.headers) {
        const found = find(field, headers[header]);
        if (!found || (session && found !== session)) return { choice: unknown };
        if (found.expiresAt <= Date.now()) return { choice: expired };
        session = found;
      }
      if (!session) return undefined;
      const fill = Object.fromEntries(Object.entries(rule.echo ?? {}).map(([field, header]) => [field, headers[header]!]));
      let choice: string | undefined;
      if (rule.workflow) {
        choice = session.workflow ? rule.workflow.pending : rule.workflow.none;
        session.workflow = false;
      }
      if (rule.effect === "end") sessions.splice(sessions.indexOf(session), 1);
      else session.expiresAt = Date.now() + lifetime;
      return { ...(choice ? { choice } : {}), fill };
    },
    expireAll() {
      for (const session of sessions) session.expiresAt = -Infinity;
    },
  };
}
