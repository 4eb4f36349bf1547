/**
 * The one list of providers and operations the reliability suite iterates over. Each operation is
 * called the way test/flows calls it; what this adds is a client built with the options a hostile
 * test needs (a short `timeoutMs`, descriptions on or off), the spec's account of the operation, the
 * runtime check of its result, and for the logins a call with the credentials a test chooses.
 */
import { readFileSync } from "node:fs";
import type { CallHooks } from "@operator-auth/core";
import { codeTables as betfairCodeTables } from "@operator-auth/betfair-sso/codes";
import { createCasinoGatewayClient, type CasinoGatewayClient } from "@operator-auth/casino-gateway";
import { codeTables as casinoCodeTables } from "@operator-auth/casino-gateway/codes";
import { createPosApiClient, type PosApiClient, type PosApiSession } from "@operator-auth/posapi-auth";
import { codeTables as posApiCodeTables } from "@operator-auth/posapi-auth/codes";
import { betfairSsoFlows, connectBetfairSso, type BetfairSsoFlowsClient } from "../flows/betfair-sso.js";
import { casinoGatewayFlows } from "../flows/casino-gateway.js";
import type { ProviderFlows } from "../flows/flows.js";
import { posApiFlows } from "../flows/posapi-auth.js";
import { generousTimeoutMs } from "../deadlines.js";
import type { RecordedRequest } from "../local-server.js";
import { checkResult, type ResultKind, type Served } from "./shapes.js";
import { specModel, type SpecModel, type SpecOperation } from "./spec-model.js";

export interface ConnectOptions {
  fetch?: typeof globalThis.fetch;
  /** Default: `generousTimeoutMs` (test/deadlines.ts): only a test whose point is a deadline sets a short one. */
  timeoutMs?: number;
  maxBodyBytes?: number;
  hooks?: CallHooks;
  /** Give the client the full code tables (descriptions on). Default: false. */
  descriptions?: boolean;
}

/** What a test may put in a login; each login takes what its provider has. */
export interface Credentials {
  password: string;
  /** Betfair: appended to the password. */
  twoFactorCode?: string;
  /** Casino gateway: the `2fa-auth-token` header. */
  twoFactorToken?: string;
  /** PosAPI PID login: the PID. */
  pid?: string;
  /** Make one field that is not a secret unusable, so that the call fails with `invalid-input` before sending. */
  invalid?: boolean;
  /** Betfair certificate login: a key that does not belong to the certificate (`invalid-certificate`, nothing sent). */
  wrongKey?: boolean;
}

export interface LoginAdapter<Client = unknown> {
  operationId: string;
  /** Logs in with these credentials (and inputs the spec accepts for the rest). */
  login(client: Client, credentials: Credentials, options?: { signal?: AbortSignal }): Promise<unknown>;
  /** What arrived at the server: the password field as decoded from the request body. */
  receivedPassword(request: RecordedRequest): string | null;
  /** The password the server should receive for these credentials (Betfair appends the 2FA code). */
  expectedPassword(credentials: Credentials): string;
  /** Which of `Credentials` this login carries. */
  carries: readonly (keyof Credentials)[];
}

export interface SessionTokens {
  /** Betfair: the session token; PosAPI: the SessionToken. */
  token: string;
  /** PosAPI: the UserToken. */
  userToken?: string;
}

export interface OperationAdapter<Client = unknown> {
  provider: string;
  operationId: string;
  spec: SpecOperation;
  /** The call test/flows makes. */
  call(client: Client): Promise<unknown>;
  /** The same call carrying these session tokens, for operations that send one. */
  callWithTokens?(client: Client, tokens: SessionTokens, options?: { signal?: AbortSignal }): Promise<unknown>;
  resultKind: ResultKind;
  /** Runtime check of a returned result; `served` (what the server answered) enables the consistency checks. */
  check(result: unknown, served?: Served): string[];
}

export interface ProviderAdapter<Client = unknown> {
  provider: string;
  flows: ProviderFlows<Client>;
  spec: SpecModel;
  connect(baseUrl: string, options?: ConnectOptions): Client;
  /** The operations the typed client covers (test/flows also loads Betfair's login page through `raw`). */
  operations: OperationAdapter<Client>[];
  logins: LoginAdapter<Client>[];
}

const betfairAppKey = "IhDSui3ODdsdwo";
const betfairToken = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const fixture = (name: string) => readFileSync(new URL(`../../packages/betfair-sso/test/fixtures/${name}`, import.meta.url));
const certificate = { cert: fixture("client.crt"), key: fixture("client.key") };

const formField = (request: RecordedRequest, field: string) => new URLSearchParams(request.body.toString("utf8")).get(field);
const jsonField = (request: RecordedRequest, field: string) => {
  const value = (JSON.parse(request.body.toString("utf8")) as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
};

function operations<Client>(
  provider: string,
  flows: ProviderFlows<Client>,
  kinds: Record<string, ResultKind>,
  withTokens: Record<string, OperationAdapter<Client>["callWithTokens"]> = {},
): OperationAdapter<Client>[] {
  const spec = specModel(provider);
  return Object.entries(kinds).map(([operationId, resultKind]) => {
    const call = flows.calls[operationId];
    const operation = spec.operations.get(operationId);
    if (!call || !operation) throw new Error(`${provider}: ${operationId} is missing from test/flows or the spec`);
    return {
      provider,
      operationId,
      spec: operation,
      call,
      callWithTokens: withTokens[operationId],
      resultKind,
      check: (result: unknown, served?: Served) => checkResult(resultKind, result, spec, served),
    };
  });
}

const betfair: ProviderAdapter<BetfairSsoFlowsClient> = {
  provider: betfairSsoFlows.provider,
  flows: betfairSsoFlows,
  spec: specModel(betfairSsoFlows.provider),
  connect: (baseUrl, { fetch, timeoutMs, maxBodyBytes, hooks, descriptions } = {}) =>
    connectBetfairSso({
      appKey: betfairAppKey,
      baseUrl,
      certBaseUrl: baseUrl,
      fetch,
      timeoutMs: timeoutMs ?? generousTimeoutMs,
      maxBodyBytes,
      hooks,
      descriptions: descriptions ? betfairCodeTables : undefined,
    }),
  operations: operations(
    betfairSsoFlows.provider,
    betfairSsoFlows,
    { login: "betfair-login", certLogin: "betfair-cert-login", keepAlive: "betfair-session", logout: "betfair-session" },
    {
      keepAlive: (client, { token }, options) => client.keepAlive(token, options),
      logout: (client, { token }, options) => client.logout(token, options),
    },
  ),
  logins: [
    {
      operationId: "login",
      login: (client, { password, twoFactorCode, invalid }, options) =>
        client.login({ username: invalid ? "" : "example_user", password, twoFactorCode }, options),
      receivedPassword: (request) => formField(request, "password"),
      expectedPassword: ({ password, twoFactorCode }) => password + (twoFactorCode ?? ""),
      carries: ["password", "twoFactorCode"],
    },
    {
      operationId: "certLogin",
      login: (client, { password, invalid, wrongKey }, options) =>
        client.certLogin(
          { username: "example_user", password, ...certificate, ...(invalid ? { key: "" } : wrongKey ? { key: fixture("server.key") } : {}) },
          options,
        ),
      receivedPassword: (request) => formField(request, "password"),
      expectedPassword: ({ password }) => password,
      carries: ["password"],
    },
  ],
};

/** A session as a login would have left it. */
const posApiSession = ({ token, userToken }: SessionTokens): PosApiSession => ({
  userToken: userToken ?? token,
  sessionToken: token,
  userTokenExpiresAt: new Date(Date.now() + 60_000),
  sessionTokenExpiresAt: new Date(Date.now() + 60_000),
});

const posApi: ProviderAdapter<PosApiClient> = {
  provider: posApiFlows.provider,
  flows: posApiFlows,
  spec: specModel(posApiFlows.provider),
  connect: (baseUrl, { fetch, timeoutMs, maxBodyBytes, hooks, descriptions } = {}) =>
    createPosApiClient({
      baseUrl,
      accessId: "frontend-bw-brand-1",
      fetch,
      timeoutMs: timeoutMs ?? generousTimeoutMs,
      maxBodyBytes,
      hooks,
      descriptions: descriptions ? posApiCodeTables : undefined,
    }),
  operations: operations(
    posApiFlows.provider,
    posApiFlows,
    {
      checkCountryBlock: "posapi-country-block",
      login: "posapi-login",
      loginWithPid: "posapi-login",
      logout: "posapi-logout",
      cancelWorkflow: "posapi-cancel-workflow",
    },
    {
      logout: (client, tokens, options) => client.logout(posApiSession(tokens), options),
      cancelWorkflow: (client, tokens, options) => client.cancelWorkflow(posApiSession(tokens), options),
    },
  ),
  logins: [
    {
      operationId: "login",
      login: (client, { password, invalid }, options) =>
        client.login({ username: "myUserName", password, language: "EN", ...(invalid ? { dateOfBirth: "yesterday" } : {}) }, options),
      receivedPassword: (request) => jsonField(request, "password"),
      expectedPassword: ({ password }) => password,
      carries: ["password"],
    },
    {
      operationId: "loginWithPid",
      login: (client, { password, pid, invalid }, options) =>
        client.loginWithPid(
          { pid: pid ?? "123asdf", username: "myUserName", password, language: "EN", ...(invalid ? { fingerprint: { deviceDetails: "x" as never } } : {}) },
          options,
        ),
      receivedPassword: (request) => jsonField(request, "password"),
      expectedPassword: ({ password }) => password,
      carries: ["password", "pid"],
    },
  ],
};

const casino: ProviderAdapter<CasinoGatewayClient> = {
  provider: casinoGatewayFlows.provider,
  flows: casinoGatewayFlows,
  spec: specModel(casinoGatewayFlows.provider),
  connect: (baseUrl, { fetch, timeoutMs, maxBodyBytes, hooks, descriptions } = {}) =>
    createCasinoGatewayClient({
      baseUrl,
      version: "v1",
      brandId: 42,
      fetch,
      timeoutMs: timeoutMs ?? generousTimeoutMs,
      maxBodyBytes,
      hooks,
      descriptions: descriptions ? casinoCodeTables : undefined,
    }),
  operations: operations(casinoGatewayFlows.provider, casinoGatewayFlows, { login: "casino-login" }),
  logins: [
    {
      operationId: "login",
      login: (client, { password, twoFactorToken, invalid }, options) =>
        client.login({ user_name: "player1", password, language: invalid ? "" : "en", twoFactorToken }, options),
      receivedPassword: (request) => jsonField(request, "password"),
      expectedPassword: ({ password }) => password,
      carries: ["password", "twoFactorToken"],
    },
  ],
};

/** Every provider, its client type erased: the suite treats them alike. */
export const providers = [betfair, posApi, casino] as unknown as ProviderAdapter<unknown>[];

/** Every (provider, operation) pair the typed clients cover. */
export const allOperations = providers.flatMap((provider) => provider.operations.map((operation) => ({ provider, operation })));

/** Every (provider, login) pair. */
export const allLogins = providers.flatMap((provider) => provider.logins.map((login) => ({ provider, login })));

export { betfairAppKey, betfairToken };
