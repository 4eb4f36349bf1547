/**
 * The calls every runtime makes, through each client's published entries only (the bundler or the
 * runtime resolves `@operator-auth/*` to `dist/`): each login answered with success and with a
 * documented failure, and Betfair's certificate login, which only Node.js can make. Uses nothing but
 * what browsers, workers, Bun, Deno and Node all have.
 */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createBetfairCertLoginClient } from "@operator-auth/betfair-sso/cert";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { caseBaseUrl, loginCases, type CaseName } from "./cases.js";

/** The test client certificate, put in by the bundler (`define`): no runtime here shares a file API. */
declare const RUNTIME_MATRIX_CERTIFICATE: { cert: string; key: string };

/** What a call came back with, or the error it threw. */
export interface CallReport {
  ok?: boolean;
  status?: unknown;
  code?: unknown;
  outcome?: string;
  error?: { name: string; kind?: string; message: string };
}

export type ScenarioReport = Record<CaseName, CallReport>;

const calls: Record<CaseName, (baseUrl: string) => Promise<object>> = {
  "betfair-sso login": (baseUrl) => betfairLogin(baseUrl),
  "betfair-sso login failure": (baseUrl) => betfairLogin(baseUrl),
  "betfair-sso certLogin": (baseUrl) =>
    createBetfairCertLoginClient({ appKey: "IhDSui3ODdsdwo", certBaseUrl: baseUrl }).certLogin({
      username: "example_user",
      password: "Pa55&word=+%",
      ...RUNTIME_MATRIX_CERTIFICATE,
    }),
  "posapi-auth login": (baseUrl) => posApiLogin(baseUrl),
  "posapi-auth login failure": (baseUrl) => posApiLogin(baseUrl),
  "casino-gateway login": (baseUrl) => casinoLogin(baseUrl),
  "casino-gateway login failure": (baseUrl) => casinoLogin(baseUrl),
};

function betfairLogin(baseUrl: string) {
  return createBetfairSsoClient({ appKey: "IhDSui3ODdsdwo", baseUrl }).login({ username: "example_user", password: "Pa55&word=+%" });
}

function posApiLogin(baseUrl: string) {
  return createPosApiClient({ baseUrl, accessId: "frontend-bw-brand-1" }).login({ username: "myUserName", password: "password", language: "EN" });
}

function casinoLogin(baseUrl: string) {
  return createCasinoGatewayClient({ baseUrl, version: "v1", brandId: 42 }).login({ user_name: "player1", password: "s3cret", language: "en" });
}

/** Runs every call against the fake provider at `origin`, one after another. */
export async function runScenario(origin: string): Promise<ScenarioReport> {
  const report = {} as ScenarioReport;
  for (const name of Object.keys(calls) as CaseName[]) {
    try {
      const { ok, status, code, outcome } = (await calls[name](caseBaseUrl(origin, loginCases[name]))) as CallReport;
      report[name] = { ok, status, code, outcome };
    } catch (error) {
      const { name: errorName, kind, message } = error as { name: string; kind?: string; message: string };
      report[name] = { error: { name: errorName, kind, message } };
    }
  }
  return report;
}
