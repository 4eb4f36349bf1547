// What an app writes against the published package; checked by scripts/check-packages.ts.
import { createBetfairSsoClient, OperatorAuthError, type BetfairLoginResult } from "@operator-auth/betfair-sso";
import { interactiveLoginUrl, parseInteractiveLoginRedirect } from "@operator-auth/betfair-sso/interactive";
import { codeTables } from "@operator-auth/betfair-sso/codes";
import { createBetfairCertLoginClient } from "@operator-auth/betfair-sso/cert";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import { keepSessionAlive } from "@operator-auth/betfair-sso/keep-alive";
import { readFileSync } from "node:fs";

const [baseUrl, repoRoot] = process.argv.slice(2);
if (!baseUrl || !repoRoot) throw new Error("usage: node usage.js <baseUrl> <repository root>");

const sso = createBetfairSsoClient({ appKey: "IhDSui3ODdsdwo", baseUrl, descriptions: codeTables });
const result: BetfairLoginResult = await sso.login({ username: "example_user", password: "Pa55&word=+%" });
if (!result.ok) throw new Error(`expected a session, got ${result.status} ${result.code}`);
const token: string = result.token;

const alive = await sso.keepAlive(token);
// The schedule starts its first call an interval from now; stopped at once, it leaves no timer behind.
keepSessionAlive(sso, token, { intervalMs: 60_000 }).stop();
const page: string = interactiveLoginUrl({ appKey: "IhDSui3ODdsdwo", redirectUrl: "https://app.example.com/back" });
const redirect = parseInteractiveLoginRedirect("ssoid=abc%2Bdef&errorCode=");
const explained = (r: BetfairLoginResult) => (r.ok ? r.status : `${r.outcome}: ${r.description ?? r.code}`);
const typedError: boolean = new OperatorAuthError("timeout", "x") instanceof Error;

// Written from the README's result shape alone: no casts, no `in`.
function nextStep(r: BetfairLoginResult): string {
  if (r.ok) return `session ${r.token}`;
  if (r.outcome === "unknown") return `undocumented: ${r.status} ${r.code}`;
  if (r.status === "LIMITED_ACCESS") return `a limited session ${r.token}: ${r.code} (${r.outcome})`;
  if (r.outcome === "second-factor-required" && r.code === "STRONG_AUTH_CODE_REQUIRED") return "ask for the 2-step code";
  if (r.outcome === "rate-limited") return "wait 20 minutes";
  return `${r.status} ${r.code} ${r.outcome}`;
}

// The raw client reaches what the typed calls leave out, such as the login page itself.
const raw = createBetfairSsoRawClient({ baseUrl });
const query = { product: "IhDSui3ODdsdwo", url: "https://app.example.com/back" };
const { response: pageResponse } = await raw.GET("/view/login", { params: { query }, parseAs: "text" });
const rawStatus: number = pageResponse.status;
if (rawStatus !== 200) throw new Error(`expected the login page, got HTTP ${rawStatus}`);

// undici is an optional peer this project does not install: the certificate login says what it needs.
const fixture = (name: string) => readFileSync(`${repoRoot}/packages/betfair-sso/test/fixtures/${name}`);
const certLogin = await createBetfairCertLoginClient({ appKey: "IhDSui3ODdsdwo", certBaseUrl: baseUrl })
  .certLogin({ username: "example_user", password: "Pa55&word=+%", cert: fixture("client.crt"), key: fixture("client.key") })
  .then(
    () => "logged in",
    (error: unknown) => (error instanceof OperatorAuthError ? `${error.kind}: ${error.message}` : String(error)),
  );
if (!certLogin.startsWith("unsupported-runtime") || !certLogin.includes("undici")) throw new Error(`expected unsupported-runtime naming undici, got ${certLogin}`);

console.log(JSON.stringify({ ok: result.ok, token, alive: alive.ok, page, redirect, explained: explained(result), next: nextStep(result), typedError, rawStatus, certLogin }));
