// What an app writes against the published package; checked by scripts/check-packages.ts.
import {
  createPosApiClient,
  OperatorAuthError,
  parsePosDate,
  type PosApiCountryBlockResult,
  type PosApiLoginResult,
} from "@operator-auth/posapi-auth";
import { codeTables } from "@operator-auth/posapi-auth/codes";
import { createPosApiRawClient } from "@operator-auth/posapi-auth/raw";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node usage.js <baseUrl>");

const pos = createPosApiClient({ baseUrl, accessId: "frontend-bw-brand-1", descriptions: codeTables });
const country = await pos.checkCountryBlock("CH");
const result: PosApiLoginResult = await pos.login({ username: "myUserName", password: "password", language: "EN" });
if (!result.ok) throw new Error(`expected a session, got ${result.status} ${result.code}`);
const expires: Date = result.session.sessionTokenExpiresAt;
const loggedOut = await pos.logout(result.session);
const epoch: Date | undefined = parsePosDate("/Date(0)/");
const typedError: boolean = new OperatorAuthError("network", "x") instanceof Error;

// Written from the README's result shape alone: no casts, no `in`.
function countryStep(r: PosApiCountryBlockResult): string {
  if (r.ok) return "let in";
  if (r.status === 403) return `blocked (${r.outcome}), go to ${r.targetUrl ?? "nowhere"}`;
  return `${r.code} ${r.outcome}`;
}
function loginStep(r: PosApiLoginResult): string {
  if (r.ok) return `session until ${r.session.sessionTokenExpiresAt.toISOString()}`;
  if (r.status === 200) return `complete workflow ${r.workflow.id} (${r.outcome}) with ${r.session.userToken}`;
  if (r.outcome !== "unknown" && r.code === 602) return `cool-off: ${JSON.stringify(r.values ?? [])}`;
  return `${r.status} ${r.code} ${r.outcome} ${r.message ?? ""}`;
}

// The raw client takes the same options and sends x-bwin-accessId as well.
const raw = createPosApiRawClient({ baseUrl, accessId: "frontend-bw-brand-1" });
const { response: rawResponse } = await raw.GET("/Authentication.svc/CheckCountryBlock", { params: { query: { countryId: "CH" } } });
const rawStatus: number = rawResponse.status;
if (rawStatus !== 200) throw new Error(`expected a country answer, got HTTP ${rawStatus}`);

console.log(JSON.stringify({ country: countryStep(country), login: loginStep(result), ok: result.ok, expires: expires instanceof Date, loggedOut: loggedOut.ok, epoch, typedError, rawStatus }));
