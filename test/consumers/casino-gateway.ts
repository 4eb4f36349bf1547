// What an app writes against the published package; checked by scripts/check-packages.ts.
import { createCasinoGatewayClient, OperatorAuthError, type CasinoLoginResult } from "@operator-auth/casino-gateway";
import { codeTables, RefusedResult } from "@operator-auth/casino-gateway/codes";
import { createCasinoGatewayRawClient } from "@operator-auth/casino-gateway/raw";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node usage.js <baseUrl>");

const gateway = createCasinoGatewayClient({ baseUrl, version: "v1", brandId: 42, descriptions: codeTables });
const result: CasinoLoginResult = await gateway.login({ user_name: "player1", password: "s3cret", language: "en" });
if (!result.ok) throw new Error(`expected a successful login, got ${result.status} ${result.code}`);
const token: string = result.auth_token;

// The failure branch type-checks with the documented codes and the shared outcome vocabulary.
function explain(r: CasinoLoginResult): string {
  return r.ok ? "logged in" : `${r.outcome}: ${r.description}`;
}
const known: string = RefusedResult.USER_PASSWORD_NOT_VALID.outcome;

// Written from the README's result shape alone: narrowing reaches each answer's documented body, no casts, no `in`.
function nextStep(r: CasinoLoginResult): string {
  if (r.ok) return `session ${r.auth_token}`;
  if (r.outcome === "second-factor-required") return `ask for the code, then send ${r.data["2fa_auth_token"]}`;
  if (r.status === 303) return `logged in as ${r.token}, but ${r.code} first`;
  if (r.status === 400) return `fix the request: ${r.errMsg}`;
  if (r.outcome === "rate-limited" && r.code === "LOGIN_IN_PROCESS") return `wait ${r.data.remaining_time} s`;
  if (r.outcome !== "unknown" && r.code === "PLAYER_BLOCKED") return `blocked; documents required: ${r.documents_required ?? false}`;
  if (r.outcome === "unknown") return `an undocumented ${r.status} answer: ${r.code}`;
  return `${r.status} ${r.code} ${r.outcome}`;
}
const typedError: boolean = new OperatorAuthError("network", "x") instanceof Error;

// The raw client is openapi-fetch's, typed by the spec: a 200's body is the documented success.
const raw = createCasinoGatewayRawClient({ baseUrl });
const { data } = await raw.POST("/gateway/login/{version}/{brand_id}/player", {
  params: { path: { version: "v1", brand_id: 42 } },
  body: { user_name: "player1", password: "s3cret", language: "en" },
});
const rawToken: string | undefined = data?.auth_token;
if (!rawToken) throw new Error("expected a token from the raw login");

console.log(JSON.stringify({ ok: result.ok, token, explained: explain(result), next: nextStep(result), known, typedError, rawToken }));
