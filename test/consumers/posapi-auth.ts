// What an app writes against the published package; checked by scripts/check-packages.ts.
import { createPosApiClient, OperatorAuthError, parsePosDate, type PosApiLoginResult } from "@operator-auth/posapi-auth";
import { codeTables } from "@operator-auth/posapi-auth/codes";

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

console.log(JSON.stringify({ country: country.ok, ok: result.ok, expires: expires instanceof Date, loggedOut: loggedOut.ok, epoch, typedError }));
