/**
 * The calls every runtime makes, through each client's published entries only (the bundler or the
 * runtime resolves `@operator-auth/*` to `dist/`): every documented status of every operation, and
 * Betfair's certificate login, which only Node.js can make. Uses nothing but what browsers, workers,
 * Bun, Deno and Node all have.
 */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createBetfairCertLoginClient } from "@operator-auth/betfair-sso/cert";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { caseBaseUrl, caseName, type AnswerCase } from "./cases.js";

/** The test client certificate and the cases, put in by the bundler (`define`): no runtime here shares a file API. */
declare const RUNTIME_MATRIX_CERTIFICATE: { cert: string; key: string };
declare const RUNTIME_MATRIX_CASES: AnswerCase[];

/** What a call came back with, or the error it threw. */
export interface CallReport {
  ok?: boolean;
  status?: unknown;
  code?: unknown;
  outcome?: string;
  error?: { name: string; kind?: string; message: string };
}

/** Reports by case name (`cases.ts`). */
export type ScenarioReport = Record<string, CallReport>;

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const password = "Pa55&word=+%";
/** A session as a PosAPI login leaves it. */
const session = () => ({
  userToken: "e4a7c1f9b2d84e6a9c3f5b0d7e2a8c61",
  sessionToken: "9b1d4f2e7c0a4e8f9d3b6a5c2e1f0a7b",
  userTokenExpiresAt: new Date(Date.now() + 3_600_000),
  sessionTokenExpiresAt: new Date(Date.now() + 600_000),
});

const betfair = (baseUrl: string) => createBetfairSsoClient({ appKey, baseUrl });
const posApi = (baseUrl: string) => createPosApiClient({ baseUrl, accessId: "frontend-bw-brand-1" });

/** One call per `<provider> <operationId>`. */
const calls: Record<string, (baseUrl: string) => Promise<object>> = {
  "betfair-sso login": (baseUrl) => betfair(baseUrl).login({ username: "example_user", password }),
  "betfair-sso keepAlive": (baseUrl) => betfair(baseUrl).keepAlive(token),
  "betfair-sso logout": (baseUrl) => betfair(baseUrl).logout(token),
  "betfair-sso certLogin": (baseUrl) =>
    createBetfairCertLoginClient({ appKey, certBaseUrl: baseUrl }).certLogin({ username: "example_user", password, ...RUNTIME_MATRIX_CERTIFICATE }),
  "posapi-auth checkCountryBlock": (baseUrl) => posApi(baseUrl).checkCountryBlock("CH"),
  "posapi-auth login": (baseUrl) => posApi(baseUrl).login({ username: "myUserName", password, language: "EN" }),
  "posapi-auth loginWithPid": (baseUrl) => posApi(baseUrl).loginWithPid({ pid: "123asdf", language: "EN" }),
  "posapi-auth logout": (baseUrl) => posApi(baseUrl).logout(session()),
  "posapi-auth cancelWorkflow": (baseUrl) => posApi(baseUrl).cancelWorkflow(session()),
  "casino-gateway login": (baseUrl) =>
    createCasinoGatewayClient({ baseUrl, version: "v1", brandId: 42 }).login({ user_name: "player1", password, language: "en" }),
};

/** Runs every case against the fake provider at `origin`, one after another. */
export async function runScenario(origin: string): Promise<ScenarioReport> {
  const report: ScenarioReport = {};
  for (const answer of RUNTIME_MATRIX_CASES) {
    const name = caseName(answer);
    try {
      const call = calls[`${answer.provider} ${answer.operationId}`];
      if (!call) throw new Error(`the scenario has no call for ${answer.provider} ${answer.operationId}`);
      const { ok, status, code, outcome } = (await call(caseBaseUrl(origin, answer))) as CallReport;
      report[name] = { ok, status, code, outcome };
    } catch (error) {
      const { name: errorName, kind, message } = error as { name: string; kind?: string; message: string };
      report[name] = { error: { name: errorName, kind, message } };
    }
  }
  return report;
}
