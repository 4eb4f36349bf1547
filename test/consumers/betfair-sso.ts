// What an app writes against the published package; checked by scripts/check-packages.ts.
import {
  createBetfairSsoClient,
  interactiveLoginUrl,
  OperatorAuthError,
  parseInteractiveLoginRedirect,
  type BetfairLoginResult,
} from "@operator-auth/betfair-sso";
import { codeTables } from "@operator-auth/betfair-sso/codes";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node usage.js <baseUrl>");

const sso = createBetfairSsoClient({ appKey: "IhDSui3ODdsdwo", baseUrl, descriptions: codeTables });
const result: BetfairLoginResult = await sso.login({ username: "example_user", password: "Pa55&word=+%" });
if (!result.ok) throw new Error(`expected a session, got ${result.status} ${result.code}`);
const token: string = result.token;

const alive = await sso.keepAlive(token);
const page: string = interactiveLoginUrl({ appKey: "IhDSui3ODdsdwo", redirectUrl: "https://app.example.com/back" });
const redirect = parseInteractiveLoginRedirect("ssoid=abc%2Bdef&errorCode=");
const explained = (r: BetfairLoginResult) => (r.ok ? r.status : `${r.outcome}: ${r.description ?? r.code}`);
const typedError: boolean = new OperatorAuthError("timeout", "x") instanceof Error;

console.log(JSON.stringify({ ok: result.ok, token, alive: alive.ok, page, redirect, explained: explained(result), typedError }));
