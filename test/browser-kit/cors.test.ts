/**
 * A page on one origin logs in, in Debian's Chromium, against the testing kit's CLI mock on another
 * origin: CORS preflights answered, the casino gateway's success, its 2FA answer and its 303 as a
 * browser delivers them (an opaque redirect: the client throws `opaque-redirect`).
 */
import { afterAll, expect, it } from "vitest";
import { serveCli, stopCliChildren } from "../../packages/testing/test/cli-child.js";
import { chromiumInstalled, launchChromium } from "../chromium.js";
import { serveAppPage } from "./page.js";

const cleanup: (() => Promise<unknown> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const script = `
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
export async function run(baseUrl) {
  const gateway = createCasinoGatewayClient({ baseUrl, version: "v1", brandId: 42 });
  const results = [];
  for (let i = 0; i < 3; i++) {
    results.push(await gateway.login({ user_name: "player1", password: "s3cret", language: "en" }).then(
      (r) => ({ ok: r.ok, status: r.status, code: r.code, outcome: r.outcome }),
      (e) => ({ error: e.kind, status: e.status }),
    ));
  }
  return results;
}`;

it.skipIf(!chromiumInstalled())("a page on another origin logs in against the CLI mock (CORS)", { timeout: 120_000 }, async () => {
  const page = await serveAppPage(script);
  cleanup.push(() => page.close());
  const pageOrigin = page.origin;

  const cli = serveCli("casino-gateway", "--port", "0", "--answer", "login=ok,sms_verification_required,tncApprovalRequired");
  cleanup.push(stopCliChildren);
  const mockUrl = await cli.url();
  expect(new URL(mockUrl).origin).not.toBe(pageOrigin);

  const browser = await launchChromium();
  cleanup.push(() => browser.close());
  const tab = await browser.newPage();
  await tab.goto(`${pageOrigin}/`);
  const results = await tab.evaluate(`import("/app.js").then((app) => app.run(${JSON.stringify(mockUrl)}))`);
  expect(results).toEqual([
    { ok: true, status: 200, outcome: "ok" },
    { ok: false, status: 401, code: "sms_verification_required", outcome: "second-factor-required" },
    { error: "opaque-redirect", status: undefined },
  ]);
  // The preflights were answered, not recorded: three lines, three logins.
  const logged = await Promise.all([1, 2, 3].map(() => cli.next()));
  expect(logged.map((line) => /-> (\d+) login/.exec(line)?.[1])).toEqual(["200", "401", "303"]);
});
