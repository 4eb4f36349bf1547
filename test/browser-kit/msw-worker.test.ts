/**
 * MSW in the browser: a page in Debian's Chromium registers the kit's handlers with `setupWorker`
 * (msw's own `mockServiceWorker.js`, served beside the page) and logs in with the real clients, driven
 * by the same `answer()`, `answerOnce()` and `requests` as in Node.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumInstalled, launchChromium } from "../chromium.js";
import { serveAppPage } from "./page.js";

// The app's script: the README's setupWorker example, with the three providers' clients.
const script = `
import { setupWorker } from "msw/browser";
import { handlers } from "@operator-auth/testing/msw";
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";

export const betfair = handlers("betfair-sso", { baseUrl: "https://identitysso.betfair.com" });
export const posapi = handlers("posapi-auth", { baseUrl: "https://posapi.example.com" });
export const casino = handlers("casino-gateway", { baseUrl: "https://gateway.example.com" });
export const started = setupWorker(...betfair, ...posapi, ...casino).start({ onUnhandledRequest: "error", quiet: true });

const sso = createBetfairSsoClient({ appKey: "app-key-1", baseUrl: "https://identitysso.betfair.com" });
const pos = createPosApiClient({ baseUrl: "https://posapi.example.com", accessId: "access-id-1" });
const gateway = createCasinoGatewayClient({ baseUrl: "https://gateway.example.com", version: "v1", brandId: 42 });

// What a page could show: the result's plain facts, or the error's kind and status.
const settle = (call) =>
  call.then(
    (r) => ({ ok: r.ok, status: r.status, code: r.code, outcome: r.outcome, ...(r.workflow ? { workflow: r.workflow.id } : {}) }),
    (e) => ({ error: e.kind, status: e.status }),
  );
export const logIn = {
  betfair: () => settle(sso.login({ username: "user", password: "betfair-s3cret" })),
  posapi: () => settle(pos.login({ username: "user", password: "posapi-s3cret", language: "EN" })),
  casino: () => settle(gateway.login({ user_name: "player1", password: "casino-s3cret", language: "en" })),
};`;

let page: Page;
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** Runs `code` in the page with the app's module as `app`, and returns what it gives. */
const inPage = (code: string): Promise<unknown> => page.evaluate(`import("/app.js").then(async (app) => ${code})`);

describe.skipIf(!chromiumInstalled())("setupWorker in Chromium", () => {
  beforeAll(async () => {
    const worker = readFileSync(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
    const app = await serveAppPage(script, { "/mockServiceWorker.js": { type: "text/javascript", body: worker } });
    cleanup.push(() => app.close());
    const browser = await launchChromium();
    cleanup.push(() => browser.close());
    page = await browser.newPage();
    await page.goto(`${app.origin}/`);
    await inPage("app.started");
  });

  it("Betfair: the documented success, a chosen failure, then faults once each", async () => {
    expect(await inPage("app.logIn.betfair()")).toEqual({ ok: true, status: "SUCCESS", outcome: "ok" });
    await inPage(`app.betfair.answer("login", "ACCOUNT_NOW_LOCKED")`);
    expect(await inPage("app.logIn.betfair()")).toEqual({ ok: false, status: "FAIL", code: "ACCOUNT_NOW_LOCKED", outcome: "account-blocked" });
    await inPage(`app.betfair.answer("login", "success")`);
    await inPage(`app.betfair.answerOnce("login", { fault: "status", status: 503, headers: { "Retry-After": "120" } })`);
    expect(await inPage("app.logIn.betfair()")).toEqual({ error: "undocumented-status", status: 503 });
    await inPage(`app.betfair.answerOnce("login", { fault: "reset" })`);
    expect(await inPage("app.logIn.betfair()")).toEqual({ error: "network" });
    expect(await inPage("app.logIn.betfair()")).toEqual({ ok: true, status: "SUCCESS", outcome: "ok" });
    // Recorded as in Node: checked against the spec, the password and app key redacted.
    const requests = (await inPage("app.betfair.requests")) as { operationId: string; valid: boolean; status: number; headers: Record<string, string>; body: unknown }[];
    expect(requests.map((r) => [r.operationId, r.valid, r.status])).toEqual([
      ["login", true, 200],
      ["login", true, 200],
      ["login", true, 503],
      ["login", true, 0],
      ["login", true, 200],
    ]);
    expect(requests[0]).toMatchObject({ headers: { "x-application": "[redacted]" }, body: { username: "user", password: "[redacted]" } });
    expect(JSON.stringify(requests)).not.toMatch(/betfair-s3cret|app-key-1/);
  });

  it("PosAPI: a login answered with a pending workflow", async () => {
    await inPage(`app.posapi.answerOnce("login", 7)`);
    expect(await inPage("app.logIn.posapi()")).toEqual({ ok: false, status: 200, code: 7, outcome: "action-required", workflow: 7 });
    expect(await inPage(`app.posapi.pending("login")`)).toEqual([]);
    expect(await inPage("app.logIn.posapi()")).toMatchObject({ ok: true, status: 200 });
    expect(await inPage("app.posapi.requests.map((r) => [r.operationId, r.valid, r.answer, r.headers['x-bwin-accessid']])")).toEqual([
      ["login", true, "7", "[redacted]"],
      ["login", true, "success", "[redacted]"],
    ]);
  });

  it("casino: the 2FA answer, then the 303 as a browser delivers it (an opaque redirect)", async () => {
    await inPage(`app.casino.answerSequence("login", ["sms_verification_required", "tncApprovalRequired"])`);
    expect(await inPage("app.logIn.casino()")).toEqual({ ok: false, status: 401, code: "sms_verification_required", outcome: "second-factor-required" });
    expect(await inPage("app.logIn.casino()")).toEqual({ error: "opaque-redirect" });
    expect(await inPage("app.logIn.casino()")).toEqual({ ok: true, status: 200, outcome: "ok" });
    expect(await inPage("app.casino.requests.map((r) => [r.valid, r.status, r.body.password])")).toEqual([
      [true, 401, "[redacted]"],
      [true, 303, "[redacted]"],
      [true, 200, "[redacted]"],
    ]);
  });
});
