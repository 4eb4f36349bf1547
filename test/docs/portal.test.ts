/**
 * The documentation portal in a real browser: builds docs/dist, opens every page from disk in Chromium
 * with every request that is not a local file aborted and counted, and checks that no page reaches the
 * network, logs an error, or misses its key content; the error catalog also without JavaScript, and its
 * filter; the SDK reference (TypeDoc) too, linked from the index and from each provider's page. A screenshot
 * of each page goes to docs/dist/screenshots/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProviders, typeScriptSample, type DocumentedOperation } from "../../scripts/docs/providers.js";
import { codeSchemas } from "../../scripts/generate/codes.js";
import { sdkDir, sdkModulePage } from "../../scripts/docs/sdk.js";
import { repoRoot } from "../../scripts/generate/spec.js";
import { inCi } from "../ci.js";
import { chromiumInstalled, chromiumPath, launchChromium } from "../chromium.js";

const browserInstalled = chromiumInstalled();
const distDir = join(repoRoot, "docs", "dist");
const screenshotDir = join(distDir, "screenshots");
const providers = listProviders();
const sdkPages = [`${sdkDir}/index.html`, ...providers.map((p) => sdkModulePage(p.packageName))];
const pages = ["index.html", ...providers.map((p) => `${p.id}.html`), "error-catalog.html", "workflows.html", ...sdkPages];

/** Schemes that never leave the machine. */
const local = /^(file|data|blob|about):/;

interface Visit {
  /** The page's file name in docs/dist. */
  name: string;
  page: Page;
  context: BrowserContext;
  /** Every request that is not local (each one aborted before it leaves). */
  offBox: string[];
  localRequests: number;
  errors: string[];
}

let browser: Browser | undefined;
/** Every portal page opened; they stay open until the end, so a late request is still counted. */
const visits: Visit[] = [];

/** Requests per page, over all its visits. */
function requestCounts(): Record<string, { local: number; offBox: number }> {
  const counts: Record<string, { local: number; offBox: number }> = {};
  for (const { name, localRequests, offBox } of visits) {
    const entry = (counts[name] ??= { local: 0, offBox: 0 });
    entry.local += localRequests;
    entry.offBox += offBox.length;
  }
  return counts;
}

/**
 * Opens a page of docs/dist (`file` opens another file instead, left out of the portal's counts);
 * `suffix` is appended to its file URL (`#/…`, `?q=…`). Waits until the page is quiet again a while after
 * loading, since Redoc renders some of its images only once its scripts have taken over the page.
 */
async function visit(name: string, options: { suffix?: string; javaScriptEnabled?: boolean; file?: string } = {}): Promise<Visit> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const result: Visit = { name, page: await context.newPage(), context, offBox: [], localRequests: 0, errors: [] };
  // Every request is seen here, the aborted ones included; the route below stops the non-local ones.
  context.on("request", (request) => {
    if (local.test(request.url())) result.localRequests += 1;
    else result.offBox.push(request.url());
  });
  await context.route("**/*", (route) => (local.test(route.request().url()) ? route.continue() : route.abort("blockedbyclient")));
  result.page.on("console", (message) => {
    if (message.type() === "error") result.errors.push(`console: ${message.text()}`);
  });
  result.page.on("pageerror", (error) => result.errors.push(`page error: ${error.message}`));
  await result.page.goto(pathToFileURL(options.file ?? join(distDir, name)).href + (options.suffix ?? ""), { waitUntil: "networkidle" });
  await result.page.waitForTimeout(1500);
  await result.page.waitForLoadState("networkidle");
  if (!options.file) visits.push(result);
  return result;
}

/** Waits until some element showing `text` is visible. */
async function expectVisible(page: Page, text: string): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ state: "visible", timeout: 60_000 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(500); // let Redoc's sidebar finish opening
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Where Redoc shows an operation: `#/<tag>/<operationId>`, lower-cased, as its sidebar links do. */
function operationHash(operation: DocumentedOperation): string {
  const tag = String((operation.operation.tags as string[] | undefined)?.[0] ?? "");
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `#/${slug(tag)}/${operation.operationId.toLowerCase()}`;
}

/** The line of an operation's TypeScript sample that makes its call (the last `const`). */
function sampleCall(operation: DocumentedOperation): string {
  const lines = typeScriptSample(operation)?.source.split("\n") ?? [];
  const call = lines.filter((line) => line.startsWith("const ")).at(-1);
  if (!call) throw new Error(`${operation.operationId}: its TypeScript sample has no const line`);
  return call.trim();
}

describe.skipIf(!browserInstalled && !inCi)("documentation portal in a browser", () => {
  beforeAll(async () => {
    if (!browserInstalled) {
      throw new Error(`${chromiumPath} is missing: CI must install Debian's chromium (apt-get install -y chromium) before the tests.`);
    }
    // The SDK reference is built from the packages' declarations: `npm test` builds them first.
    execFileSync(process.execPath, ["--import", "tsx", "scripts/docs.ts"], { cwd: repoRoot, stdio: "pipe", timeout: 540_000 });
    mkdirSync(screenshotDir, { recursive: true });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    for (const { context } of visits) await context.close();
    await browser?.close();
    if (visits.length) console.log(`requests per page: ${JSON.stringify(requestCounts())}`);
  });

  it("the harness sees and stops a request off the machine", { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "portal-harness-"));
    try {
      const file = join(dir, "remote.html");
      writeFileSync(file, '<!doctype html><title>remote</title><img alt="" src="https://cdn.redoc.ly/redoc/logo-mini.svg">');
      const { offBox, errors, context } = await visit("remote.html", { file });
      expect(offBox).toEqual(["https://cdn.redoc.ly/redoc/logo-mini.svg"]);
      expect(errors.length).toBe(1);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("builds every page", () => {
    for (const name of pages) expect(existsSync(join(distDir, name)), name).toBe(true);
  });

  it("index: every provider with its install line and usage, and working links", { timeout: 120_000 }, async () => {
    const { page } = await visit("index.html");
    for (const provider of providers) {
      await expectVisible(page, provider.title);
      await expectVisible(page, `npm install ${provider.packageName}`);
      const login = provider.operations.find((o) => o.operationId === "login");
      if (login) await expectVisible(page, sampleCall(login));
    }
    const hrefs = await page.$$eval("a[href]", (links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const name of pages) expect(hrefs.some((href) => href.split(/[?#]/)[0]!.endsWith(`/${name}`)), `a link to ${name}`).toBe(true);
    for (const href of hrefs.filter((href) => href.startsWith("file:"))) {
      expect(existsSync(fileURLToPath(href.split(/[?#]/)[0]!)), `${href} exists`).toBe(true);
    }
    await screenshot(page, "index");
  });

  const keyContent: Record<string, string[]> = {
    "betfair-sso": ["TEMPORARY_BAN_TOO_MANY_REQUESTS", "X-Authentication"],
    "posapi-auth": ["x-bwin-session-token", "x-bwin-user-token"],
    "casino-gateway": ["gateway.[msdomain]"],
  };

  for (const provider of providers) {
    it(`${provider.id}.html: the reference, with a TypeScript sample on every operation`, { timeout: 180_000 }, async () => {
      const { page } = await visit(`${provider.id}.html`);
      await expectVisible(page, provider.title);
      for (const text of keyContent[provider.id] ?? []) await expectVisible(page, text);
      expect(await page.locator(`a[href="${sdkModulePage(provider.packageName)}"]`).count(), "a link to its SDK reference").toBe(1);
      await screenshot(page, provider.id);
      for (const operation of provider.operations) {
        await page.goto(pathToFileURL(join(distDir, `${provider.id}.html`)).href + operationHash(operation), { waitUntil: "networkidle" });
        await expectVisible(page, operation.summary);
        await expectVisible(page, sampleCall(operation));
        if (operation.operationId === "login") await screenshot(page, `${provider.id}-login`);
      }
    });
  }

  it("casino-gateway.html: the login's refusal codes", { timeout: 120_000 }, async () => {
    const login = providers.find((p) => p.id === "casino-gateway")!.operations.find((o) => o.operationId === "login")!;
    const { page } = await visit("casino-gateway.html", { suffix: operationHash(login) });
    await expectVisible(page, "EXCEEDED_MAX_LOGIN_ATTEMPTS");
  });

  it("posapi-auth.html: the country check's sample names the country rule", { timeout: 120_000 }, async () => {
    const check = providers.find((p) => p.id === "posapi-auth")!.operations.find((o) => o.operationId === "checkCountryBlock")!;
    const { page } = await visit("posapi-auth.html", { suffix: operationHash(check) });
    await expectVisible(page, "Blocked by country rule");
  });

  const sdkContent: Record<string, string[]> = {
    "betfair-sso": ["createBetfairSsoClient", "BetfairLoginResult", "BetfairLimitedAccess"],
    "posapi-auth": ["createPosApiClient", "PosApiLoginResult", "PosApiLoginPending"],
    "casino-gateway": ["createCasinoGatewayClient", "CasinoLoginResult", "CasinoLoginFailure"],
  };

  it("sdk/index.html: every entry of every package, as it is imported", { timeout: 60_000 }, async () => {
    const { page } = await visit(`${sdkDir}/index.html`);
    for (const provider of providers) {
      for (const specifier of [provider.packageName, `${provider.packageName}/codes`, `${provider.packageName}/raw`]) {
        await expectVisible(page, specifier);
      }
    }
    await screenshot(page, "sdk-index");
  });

  for (const provider of providers) {
    it(`${sdkModulePage(provider.packageName)}: the client's factory, options and result unions`, { timeout: 60_000 }, async () => {
      const { page } = await visit(sdkModulePage(provider.packageName));
      for (const text of sdkContent[provider.id] ?? []) await expectVisible(page, text);
      await screenshot(page, `sdk-${provider.id}`);
    });
  }

  const catalogCodes = ["TEMPORARY_BAN_TOO_MANY_REQUESTS", "1907", "Blocked by country rule", "EXCEEDED_MAX_LOGIN_ATTEMPTS", "Otp expired"];

  it("error-catalog.html: every code, and a filter that hides the other rows", { timeout: 120_000 }, async () => {
    const { page } = await visit("error-catalog.html");
    for (const text of catalogCodes) await expectVisible(page, text);
    const rows = page.locator("#codes tbody tr");
    const total = await rows.count();
    expect(total).toBeGreaterThan(300);
    await screenshot(page, "error-catalog");

    const filter = page.getByLabel("Filter");
    await filter.fill("EXCEEDED_MAX_LOGIN_ATTEMPTS");
    const shown = await rows.filter({ visible: true }).count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(total);
    await expectVisible(page, "EXCEEDED_MAX_LOGIN_ATTEMPTS");
    expect(await page.locator("#codes").getByText("TEMPORARY_BAN_TOO_MANY_REQUESTS").filter({ visible: true }).count()).toBe(0);
    await expectVisible(page, `${shown} of ${total} rows match`);

    await filter.fill("1907 otp"); // 1908's remark names 1907 too
    expect(await rows.filter({ visible: true }).count()).toBe(1);
    await expectVisible(page, "Otp expired");
    await page.locator("#codes-heading").evaluate((heading) => heading.scrollIntoView());
    await screenshot(page, "error-catalog-filtered");

    await filter.fill("no such code anywhere");
    expect(await rows.filter({ visible: true }).count()).toBe(0);
    await expectVisible(page, "No code matches the filter.");

    await filter.fill("");
    expect(await rows.filter({ visible: true }).count()).toBe(total);
  });

  it("error-catalog.html?q=…: a link can preset the filter", { timeout: 120_000 }, async () => {
    const { page } = await visit("error-catalog.html", { suffix: "?q=casino-gateway" });
    const rows = page.locator("#codes tbody tr");
    await expectVisible(page, "EXCEEDED_MAX_LOGIN_ATTEMPTS");
    expect(await page.locator("#codes").getByText("TEMPORARY_BAN_TOO_MANY_REQUESTS").filter({ visible: true }).count()).toBe(0);
    expect(await rows.filter({ visible: true }).count()).toBeLessThan(await rows.count());
  });

  it("error-catalog.html without JavaScript: the whole table, no filter box", { timeout: 120_000 }, async () => {
    const { page } = await visit("error-catalog.html", { javaScriptEnabled: false });
    for (const text of catalogCodes) await expectVisible(page, text);
    const rows = page.locator("#codes tbody tr");
    expect(await rows.filter({ visible: true }).count()).toBe(await rows.count());
    expect(await page.getByLabel("Filter").isVisible()).toBe(false);
  });

  it("workflows.html: every workflow name and every post-login key, in the rendered text", { timeout: 120_000 }, async () => {
    const { page } = await visit("workflows.html");
    const text = await page.locator("main").innerText();
    const posApi = codeSchemas(providers.find((p) => p.id === "posapi-auth")!.spec);
    const workflows = [...posApi.get("WorkflowId")!.rows];
    const keys = [...posApi.get("PostLoginValueKey")!.rows.keys()];
    expect(workflows.length).toBeGreaterThan(50);
    expect(keys.length).toBeGreaterThan(30);
    for (const [id, { description }] of workflows) {
      expect(text, `workflow ${id}`).toContain(description);
      await expect.poll(() => page.locator(`#posapi-auth-WorkflowId-${id}`).innerText()).toContain(description);
    }
    for (const key of keys) expect(text, `post-login key ${key}`).toContain(key);
    for (const value of ["OFFERED", "COMPLETED", "FAILED", "SEMI_HARD"]) expect(text).toContain(value);
    await expectVisible(page, "TwoFactorAuthentication");
    await screenshot(page, "workflows");
  });

  it("no page made a request off the machine or logged an error", { timeout: 30_000 }, async () => {
    // The pages are still open: anything one of them fetched late is counted too.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(visits.length).toBeGreaterThanOrEqual(pages.length);
    for (const { page, offBox, errors } of visits) {
      expect(offBox, `off-box requests of ${page.url()}`).toEqual([]);
      expect(errors, `errors of ${page.url()}`).toEqual([]);
    }
    const counts = requestCounts();
    for (const name of pages) expect(counts[name]?.offBox, name).toBe(0);
  });
});
