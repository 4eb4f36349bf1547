// What an app writes against the published package; checked by scripts/check-packages.ts.
import { createPosApiClient, OperatorAuthError, parsePosDate, type PosApiLoginResult } from "@operator-auth/posapi-auth";
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

// The raw client takes the same options and sends x-bwin-accessId as well.
const raw = createPosApiRawClient({ baseUrl, accessId: "frontend-bw-brand-1" });
const { response: rawResponse } = await raw.GET("/Authentication.svc/CheckCountryBlock", { params: { query: { countryId: "CH" } } });
const rawStatus: number = rawResponse.status;
if (rawStatus !== 200) throw new Error(`expected a country answer, got HTTP ${rawStatus}`);

console.log(JSON.stringify({ country: country.ok, ok: result.ok, expires: expires instanceof Date, loggedOut: loggedOut.ok, epoch, typedError, rawStatus }));
