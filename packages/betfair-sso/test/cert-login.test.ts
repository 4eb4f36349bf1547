import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generousTimeoutMs, settleWaitMs } from "../../../test/deadlines.js";
import { expectOperatorAuthError } from "../../../test/expect-error.js";
import { createBetfairCertLoginClient, type BetfairCertLoginInput } from "../src/cert.js";
import { createBetfairCertLoginClient as certLoginElsewhere } from "../src/cert-unsupported.js";
import { codeTables, LoginErrorCode } from "../src/codes.js";
import { OperatorAuthError, type BetfairSsoClientOptions } from "../src/index.js";
import { fixture, startMutualTlsServer, type MutualTlsServer } from "./mutual-tls-server.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const password = "Pa55&word=+% ü";
const clientCertificate = { cert: fixture("client.crt"), key: fixture("client.key") };

let server: MutualTlsServer | undefined;
afterEach(async () => server?.close());

async function certLoginAgainst(
  body: object | "never",
  certificate: Omit<BetfairCertLoginInput, "username" | "password"> = { ...clientCertificate, ca: fixture("server.crt") },
  options: Pick<BetfairSsoClientOptions, "descriptions"> = { descriptions: codeTables },
) {
  server = await startMutualTlsServer(body);
  const sso = createBetfairCertLoginClient({ appKey, certBaseUrl: server.url, timeoutMs: body === "never" ? 300 : generousTimeoutMs, ...options });
  return sso.certLogin({ username: "example_user", password, ...certificate });
}

describe("certificate login over mutual TLS", () => {
  it("presents the client certificate and posts the form to /api/certlogin", async () => {
    const result = await certLoginAgainst({ sessionToken: token, loginStatus: "SUCCESS" });
    expect(result).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
    const [request] = server!.requests;
    expect(request).toMatchObject({ method: "POST", url: "/api/certlogin", clientCertificate: "example_user betfair client" });
    expect(request!.headers).toMatchObject({ "x-application": appKey, "content-type": "application/x-www-form-urlencoded" });
    expect(Object.fromEntries(new URLSearchParams(request!.body.toString("utf8")))).toEqual({ username: "example_user", password });
  });

  it("accepts the certificate and key as PEM strings", async () => {
    const result = await certLoginAgainst(
      { sessionToken: token, loginStatus: "SUCCESS" },
      { cert: fixture("client.crt").toString("utf8"), key: fixture("client.key").toString("utf8"), ca: fixture("server.crt").toString("utf8") },
    );
    expect(result).toMatchObject({ ok: true, token });
  });

  it("accepts the certificate, key and ca as plain bytes", async () => {
    const bytes = (name: string) => new Uint8Array(fixture(name));
    const result = await certLoginAgainst(
      { sessionToken: token, loginStatus: "SUCCESS" },
      { cert: bytes("client.crt"), key: bytes("client.key"), ca: [bytes("server.crt")] },
    );
    expect(result).toMatchObject({ ok: true, token });
    expect(server!.requests[0]!.clientCertificate).toBe("example_user betfair client");
  });

  it("closes its connection once the call has settled", async () => {
    await certLoginAgainst({ sessionToken: token, loginStatus: "SUCCESS" });
    await vi.waitFor(() => expect(server!.openConnections()).toBe(0), { timeout: settleWaitMs });
  });

  it("a server that never answers → timeout, and the connection is not left open", async () => {
    await expect(certLoginAgainst("never")).rejects.toMatchObject({ name: "OperatorAuthError", kind: "timeout", operation: "certLogin" });
    // At most one: on a busy machine the deadline may pass before the request has reached the server.
    expect(server!.requests.length).toBeLessThanOrEqual(1);
    await vi.waitFor(() => expect(server!.openConnections()).toBe(0), { timeout: settleWaitMs });
  });

  it("returns a documented failure: CERT_AUTH_REQUIRED → invalid-credentials", async () => {
    expect(await certLoginAgainst({ loginStatus: "CERT_AUTH_REQUIRED" })).toEqual({
      ok: false,
      status: "CERT_AUTH_REQUIRED",
      code: "CERT_AUTH_REQUIRED",
      description: LoginErrorCode.CERT_AUTH_REQUIRED.description,
      outcome: "invalid-credentials",
    });
  });

  it("without descriptions a failure has its outcome and code, and no description", async () => {
    const result = await certLoginAgainst({ loginStatus: "CERT_AUTH_REQUIRED" }, undefined, {});
    expect(result).toEqual({ ok: false, status: "CERT_AUTH_REQUIRED", code: "CERT_AUTH_REQUIRED", outcome: "invalid-credentials" });
    expect(result).not.toHaveProperty("description");
  });

  it("keeps an undocumented loginStatus, with outcome unknown", async () => {
    expect(await certLoginAgainst({ loginStatus: "CERT_EXPIRED" })).toMatchObject({ ok: false, code: "CERT_EXPIRED", outcome: "unknown" });
  });

  it("SUCCESS without a sessionToken → unexpected-body", async () => {
    await expect(certLoginAgainst({ loginStatus: "SUCCESS" })).rejects.toMatchObject({ kind: "unexpected-body", operation: "certLogin" });
  });

  it("a certificate the server does not trust fails the handshake → network, nothing reaches the server", async () => {
    const call = certLoginAgainst({ sessionToken: token, loginStatus: "SUCCESS" }, { cert: fixture("server.crt"), key: fixture("server.key"), ca: fixture("server.crt") });
    const error = await call.then(() => expect.fail("should have thrown"), (e: unknown) => e);
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "network", operation: "certLogin" });
    expect(JSON.stringify(error) + String(error)).not.toContain(password);
    expect(server!.requests).toHaveLength(0);
  });

  it("without ca the server's self-signed certificate is not trusted (default: Node's bundled CAs)", async () => {
    await expect(certLoginAgainst({ sessionToken: token, loginStatus: "SUCCESS" }, clientCertificate)).rejects.toMatchObject({ kind: "network" });
    expect(server!.requests).toHaveLength(0);
  });
});

describe("a certificate or key that cannot be used → invalid-certificate, before anything is sent", () => {
  const pemBody = (pem: string) => pem.split("\n").filter((line) => line && !line.startsWith("-----"));
  const clientKey = fixture("client.key").toString("utf8");
  const clientCert = fixture("client.crt").toString("utf8");
  const otherKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
  const encryptedKey = createPrivateKey(clientKey).export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "correct horse" }) as string;

  it.each([
    ["a key generated apart from the certificate", { key: otherKey }, /^certLogin: key does not belong to cert /],
    ["the key of another certificate (the server's)", { key: fixture("server.key") }, /^certLogin: key does not belong to cert /],
    ["a cert that is not PEM", { cert: "not a certificate" }, /^certLogin: cert is not a PEM certificate \(OpenSSL: error:/],
    ["a truncated cert", { cert: clientCert.slice(0, clientCert.length / 2) }, /^certLogin: cert is not a PEM certificate \(OpenSSL: error:/],
    ["a key that is a certificate", { key: clientCert }, /^certLogin: key is not an unencrypted PEM private key \(OpenSSL: /],
    ["a key with a line cut out", { key: clientKey.replace(pemBody(clientKey)[3]! + "\n", "") }, /^certLogin: key is not an unencrypted PEM private key \(OpenSSL: /],
    ["an encrypted key", { key: encryptedKey }, /^certLogin: key is not an unencrypted PEM private key \(OpenSSL: /],
    ["a ca that is not PEM", { ca: [fixture("server.crt"), new TextEncoder().encode("garbage")] }, /^certLogin: ca\[1\] is not a PEM certificate \(OpenSSL: error:/],
  ])("%s", async (_name, change, message) => {
    server = await startMutualTlsServer({ sessionToken: token, loginStatus: "SUCCESS" });
    const sso = createBetfairCertLoginClient({ appKey, certBaseUrl: server.url, timeoutMs: generousTimeoutMs });
    const input = { username: "example_user", password, ...clientCertificate, ca: fixture("server.crt"), ...change };
    const keyMaterial = [...pemBody(clientKey), ...pemBody(otherKey), ...pemBody(fixture("server.key").toString("utf8")), ...pemBody(encryptedKey)];
    const error = await expectOperatorAuthError(sso.certLogin(input), { kind: "invalid-certificate", operation: "certLogin" }, [password, ...keyMaterial]);
    expect(error.message).toMatch(message);
    expect(server.connectionsAccepted(), "a connection was opened").toBe(0);
  });

  it("the matching pair of the fixtures passes the check and logs in", async () => {
    await expect(certLoginAgainst({ sessionToken: token, loginStatus: "SUCCESS" })).resolves.toMatchObject({ ok: true, token });
  });
});

describe("outside Node.js", () => {
  /** What esbuild puts in a browser bundle of `entry` (platform browser, nothing external). */
  async function browserBundleInputs(entry: string): Promise<string[]> {
    const result = await build({
      entryPoints: [new URL(entry, import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "browser",
      logLevel: "silent",
    });
    return Object.keys(result.metafile.inputs);
  }

  const sourceDir = new URL("../src/", import.meta.url);
  const sources = readdirSync(sourceDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));

  it.each(["../src/index.ts", "../src/cert-unsupported.ts"])("%s bundles for the browser without undici or node:*", async (entry) => {
    const inputs = await browserBundleInputs(entry);
    expect(inputs.length).toBeGreaterThan(1);
    expect(inputs.filter((input) => /undici|^node:/.test(input))).toEqual([]);
  });

  it("the subpath's build for other runtimes refuses the login with kind unsupported-runtime, sending nothing", async () => {
    server = await startMutualTlsServer({ sessionToken: token, loginStatus: "SUCCESS" });
    const elsewhere = certLoginElsewhere({ appKey, certBaseUrl: server.url });
    const error = await elsewhere.certLogin({ username: "example_user", password, ...clientCertificate }).then(
      () => expect.fail("should have thrown"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "unsupported-runtime", operation: "certLogin" });
    expect((error as Error).message).toContain("needs Node.js");
    expect(JSON.stringify(error) + String(error)).not.toContain(password);
    expect(server.requests).toHaveLength(0);
  });

  it("no module imports a node: builtin at load time (the certificate check imports node:crypto on first use)", () => {
    const nodeLines = sources.flatMap((file) =>
      readFileSync(new URL(file, sourceDir), "utf8")
        .split("\n")
        .filter((line) => line.includes('"node:'))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(nodeLines.length).toBeGreaterThan(0);
    for (const line of nodeLines) expect(line).toMatch(/await import\("node:crypto"\)/);
  });
});
