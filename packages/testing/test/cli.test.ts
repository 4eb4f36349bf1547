/** The CLI, spawned as a process: prints its URL, serves the chosen answer and prints each request, redacted. */
import { once } from "node:events";
import { afterEach, expect, it } from "vitest";
import { betfairSsoFlows } from "../../../test/flows/betfair-sso.js";
import { serveCli as serve, stopCliChildren } from "./cli-child.js";

afterEach(stopCliChildren);

it("serve betfair-sso --answer login=ACCOUNT_NOW_LOCKED", async () => {
  const { next, url: started } = serve("betfair-sso", "--port", "0", "--answer", "login=ACCOUNT_NOW_LOCKED");
  const url = await started();
  const result = await betfairSsoFlows.calls.login!(betfairSsoFlows.connect(url, fetch));
  expect(result).toMatchObject({ ok: false, status: "FAIL", code: "ACCOUNT_NOW_LOCKED", outcome: "account-blocked" });
  const line = await next();
  expect(line).toMatch(/^POST \/api\/login -> 200 login \(ACCOUNT_NOW_LOCKED\) headers=/);
  expect(line).toContain('"password":"[redacted]"');
  expect(line).not.toContain("Pa55");
}, 60_000);

it("flags a wrong request on its line", async () => {
  const { next, url: started } = serve("posapi-auth", "--port", "0");
  const url = await started();
  await fetch(`${url}/Authentication.svc/CheckCountryBlock`, { headers: { "x-bwin-accessId": "frontend-bw-brand-1" } });
  expect(await next()).toMatch(/-> 400 checkCountryBlock \(invalidCountry\) INVALID: query parameter countryId is required/);
}, 60_000);

it("refuses an unknown answer, naming the documented ones", async () => {
  const { child } = serve("casino-gateway", "--answer", "login=NOPE");
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "exit");
  expect(code).toBe(1);
  expect(stderr).toMatch(/"NOPE" is not a documented answer of casino-gateway login nor a fault; its answers are ok,/);
}, 60_000);

it("--answer takes a sequence of answers and faults; the last stays", async () => {
  const { next, url: started } = serve("betfair-sso", "--port", "0", "--answer", "login=STRONG_AUTH_CODE_REQUIRED,html,status:429:Retry-After=120,reset,delay:50:ACCOUNT_NOW_LOCKED,success");
  const url = await started();
  const client = betfairSsoFlows.connect(url, fetch);
  const login = () => betfairSsoFlows.calls.login!(client).catch((error: unknown) => error);
  expect(await login()).toMatchObject({ ok: false, outcome: "second-factor-required" });
  expect(await login()).toMatchObject({ kind: "html-body" });
  expect(await login()).toMatchObject({ kind: "undocumented-status", status: 429 });
  expect(await login()).toMatchObject({ kind: "network" });
  expect(await login()).toMatchObject({ ok: false, code: "ACCOUNT_NOW_LOCKED" });
  expect(await login()).toMatchObject({ ok: true });
  expect(await login()).toMatchObject({ ok: true });
  const lines = await Promise.all(Array.from({ length: 7 }, () => next()));
  expect(lines.map((l) => /-> (\d+|no answer) login(?: \((\w+)\))?(?: \[fault (\w+)\])?/.exec(l)!.slice(1).join(" ").trim())).toEqual([
    "200 loginRestricted",
    "200  html",
    "429  status",
    "no answer  reset",
    "200 ACCOUNT_NOW_LOCKED delay",
    "200 success",
    "200 success",
  ]);
  // The app key is a secret too.
  expect(lines.join("\n")).not.toContain("IhDSui3ODdsdwo");
}, 60_000);

it.each([[""], ["0x10"], ["1e3"], ["65536"], ["-1"]])("refuses --port %j", async (port) => {
  const { child } = serve("casino-gateway", "--port", port);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "exit");
  expect(code).toBe(2);
  expect(stderr).toContain(`--port must be a whole number from 0 to 65535, not "${port}"`);
}, 60_000);
