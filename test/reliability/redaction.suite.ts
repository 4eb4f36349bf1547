/**
 * Redaction: passwords, session and user tokens, 2FA codes and tokens (and PosAPI's PID) never show in
 * an error — its message, stack, toString(), JSON, util.inspect, any property, its `cause` chain at any
 * depth — nor in anything written to the console, for errors of every kind, while a hostile server
 * echoes the secrets back in every answer.
 *
 * Each secret is arbitrary unicode around a random 12-character alphanumeric core. The core survives
 * every text encoding a leak could take (URL, form, JSON), so looking for it finds the secret however
 * it was written.
 */
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BetfairSsoClient, OperatorAuthErrorKind } from "@operator-auth/betfair-sso";
import { keepSessionAlive } from "@operator-auth/betfair-sso/keep-alive";
import { isRetryable } from "@operator-auth/core";
// What a browser or worker bundle gets for `@operator-auth/betfair-sso/cert`.
import { createBetfairCertLoginClient as certLoginElsewhere } from "../../packages/betfair-sso/src/cert-unsupported.js";
import { allLogins, allOperations, providers, type Credentials } from "./adapters.js";
import { slowTestMs } from "../deadlines.js";
import { answerFor, callEndingIn, type Secret, type Target } from "./driven-call.js";
import { errorKinds, seedFor, startCaseServer, tally, type CaseServer } from "./harness.js";

export const redactionRuns = Number(process.env.RELIABILITY_REDACTION_RUNS ?? 6);

const core = fc.stringMatching(/^[A-Za-z0-9]{12}$/);
const around = fc.string({ unit: "binary", maxLength: 6 });
/** A secret that may be any unicode. */
export const anySecret: fc.Arbitrary<Secret> = fc.tuple(around, core, around).map(([a, c, b]) => ({ value: a + c + b, core: c }));
/** A secret that travels in a header: printable ASCII, as tokens are. */
export const headerSecret: fc.Arbitrary<Secret> = fc
  .tuple(fc.stringMatching(/^[\x21-\x7e]{0,6}$/), core, fc.stringMatching(/^[\x21-\x7e]{0,6}$/))
  .map(([a, c, b]) => ({ value: a + c + b, core: c }));

/** Every string a thrown value can be turned into, its cause chain and properties included. */
export function renderings(thrown: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const safely = (render: () => unknown) => {
    try {
      const text = render();
      if (typeof text === "string") out.push(text);
    } catch {
      // A rendering that throws shows nothing.
    }
  };
  const walk = (value: unknown, depth: number) => {
    if (depth > 12 || seen.has(value)) return;
    if (typeof value === "string") {
      out.push(value);
      return;
    }
    if (typeof value !== "object" || value === null) {
      if (value !== undefined) out.push(String(value));
      return;
    }
    seen.add(value);
    safely(() => String(value));
    safely(() => JSON.stringify(value));
    safely(() => inspect(value, { depth: null }));
    safely(() => inspect(value, { depth: 6, showHidden: true }));
    if (value instanceof Error) {
      out.push(value.message, value.stack ?? "", value.toString());
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      safely(() => {
        walk((value as Record<string, unknown>)[key], depth + 1);
        return undefined;
      });
    }
  };
  walk(thrown, 0);
  return out;
}

/**
 * The kinds this suite drives; with `browserOnlyKinds`, the list must cover every kind OperatorAuthError has.
 */
export const drivenKinds = [
  "network",
  "timeout",
  "aborted",
  "undocumented-status",
  "html-body",
  "empty-body",
  "body-too-large",
  "invalid-body",
  "unexpected-body",
  "insecure-url",
  "invalid-input",
  "unsupported-runtime",
  "invalid-certificate",
] as const satisfies readonly OperatorAuthErrorKind[];

/**
 * Kinds only a browser's fetch produces, so Node.js cannot drive them: the runtime matrix
 * (test/runtimes) drives them in Chromium and checks their message there.
 */
export const browserOnlyKinds = ["opaque-redirect"] as const satisfies readonly OperatorAuthErrorKind[];

export const targets: Target[] = [
  ...allLogins.map(({ provider, login }): Target => ({
    name: `${provider.provider} ${login.operationId}`,
    provider,
    secrets: Object.fromEntries(login.carries.map((field) => [field, field === "twoFactorToken" ? "header" : "any"])),
    jsonStatus: [...provider.spec.operations.get(login.operationId)!.jsonStatuses][0]!,
    call: (client, secrets, { signal, invalid, wrongKey }) => login.login(client, { ...(secrets as unknown as Credentials), invalid, wrongKey }, { signal }),
  })),
  ...allOperations
    .filter(({ operation }) => operation.callWithTokens)
    .map(({ provider, operation }): Target => ({
      name: `${provider.provider} ${operation.operationId}`,
      provider,
      secrets: provider.provider === "posapi-auth" ? { token: "header", userToken: "header" } : { token: "header" },
      jsonStatus: [...operation.spec.jsonStatuses][0]!,
      call: (client, secrets, { signal, invalid }) => {
        // A PosAPI session whose other token cannot be a header value is refused before sending; Betfair's
        // token calls have no argument but the token, so they have no `invalid-input` case with a secret.
        if (invalid && provider.provider !== "posapi-auth") return undefined;
        const userToken = invalid ? `${secrets.userToken}\n` : secrets.userToken;
        return operation.callWithTokens!(client, { token: secrets.token!, userToken }, { signal });
      },
    })),
  {
    name: "betfair-sso certLogin outside Node.js",
    provider: providers.find((p) => p.provider === "betfair-sso")!,
    secrets: { password: "any" },
    jsonStatus: 200,
    only: ["unsupported-runtime"],
    call: (_client, { password }, { signal }) =>
      certLoginElsewhere({ appKey: "IhDSui3ODdsdwo", certBaseUrl: "https://127.0.0.1:9" }).certLogin(
        { username: "example_user", password: password!, cert: "-----BEGIN CERTIFICATE-----", key: "-----BEGIN PRIVATE KEY-----" },
        { signal },
      ),
  },
];

export function redactionSuite() {
  describe("redaction", () => {
    let server: CaseServer;
    /** Everything written to the console (or as a process warning) while this category ran; never cleared. */
    const logged: string[] = [];
    const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
    beforeAll(async () => {
      server = await startCaseServer();
      for (const method of methods) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(inspect(args, { depth: null })));
      vi.spyOn(process, "emitWarning").mockImplementation((...args: unknown[]) => void logged.push(inspect(args, { depth: null })));
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await server?.close();
    });

    it("drives every kind of OperatorAuthError", () => {
      expect([...drivenKinds, ...browserOnlyKinds].sort()).toEqual([...errorKinds].sort());
    });

    const leaks = (texts: string[], secrets: Secret[]) =>
      secrets.flatMap((secret) => (texts.some((text) => text.includes(secret.core)) ? [secret.value] : []));

    /** One run: drive `kind` with fresh secrets, then look for them in every rendering of the error and in the console. */
    async function drive(target: Target, kind: OperatorAuthErrorKind, values: Secret[], invalid?: boolean) {
      const loggedBefore = logged.length;
      const settled = await callEndingIn(server, target, kind, values, { invalid });
      return { settled, leaked: leaks([...renderings(settled.error), ...logged.slice(loggedBefore)], values) };
    }

    const combos = targets.flatMap((target) =>
      drivenKinds
        .filter((kind) => (target.only ? target.only.includes(kind) : kind !== "unsupported-runtime"))
        .filter((kind) => !(kind === "invalid-input" && target.provider.provider === "betfair-sso" && !target.secrets.password))
        // Only the certificate login has a certificate to get wrong.
        .filter((kind) => kind !== "invalid-certificate" || target.name === "betfair-sso certLogin")
        .map((kind) => [target.name, kind, target] as const),
    );

    describe("no secret in any error, for every kind", () => {
      it.each(combos)("%s → %s", async (_name, kind, target) => {
        const names = Object.keys(target.secrets);
        const secrets = fc.tuple(...names.map((name) => (target.secrets[name] === "header" ? headerSecret : anySecret)));
        await fc.assert(
          fc.asyncProperty(secrets, async (values) => {
            let passed = false;
            try {
              const { settled, leaked } = await drive(target, kind, values);
              expect(settled.threw, "the call should have failed").toBe(true);
              expect(settled.error).toMatchObject({ name: "OperatorAuthError", kind });
              expect(leaked).toEqual([]);
              passed = true;
            } finally {
              tally("redaction", passed);
            }
          }),
          { numRuns: redactionRuns, seed: seedFor(`redaction ${target.name} ${kind}`) },
        );
      }, slowTestMs);

      it("betfair-sso keepSessionAlive: errors told to onError or onSessionEnded carry no token", async () => {
        const provider = providers.find((p) => p.provider === "betfair-sso")!;
        await fc.assert(
          fc.asyncProperty(headerSecret, fc.constantFrom<OperatorAuthErrorKind>("network", "html-body", "invalid-body", "unexpected-body", "undocumented-status"), async (token, kind) => {
            let passed = false;
            const key = server.serve(answerFor(kind, targets.find((t) => t.name === "betfair-sso keepAlive")!, [token]));
            const loggedBefore = logged.length;
            try {
              const client = provider.connect(server.url, { fetch: server.fetchFor(key) }) as BetfairSsoClient;
              // A retryable error is told to onError and retried; any other ends the keeper through onSessionEnded.
              const errors: unknown[] = [];
              await new Promise<void>((resolve) => {
                const keeper = keepSessionAlive(client, token.value, {
                  intervalMs: 1,
                  retryDelayMs: 1,
                  onError: (error) => {
                    errors.push(error);
                    if (errors.length === 2) {
                      keeper.stop();
                      resolve();
                    }
                  },
                  onSessionEnded: (why) => {
                    errors.push(why);
                    resolve();
                  },
                });
              });
              expect(errors.map((e) => (e as { kind?: string }).kind)).toEqual(isRetryable(errors[0]) ? [kind, kind] : [kind]);
              expect(leaks([...errors.flatMap(renderings), ...logged.slice(loggedBefore)], [token])).toEqual([]);
              passed = true;
            } finally {
              server.forget(key);
              tally("redaction", passed);
            }
          }),
          { numRuns: 20, seed: seedFor("redaction keepSessionAlive") },
        );
      });

      it("nothing was written to the console while errors were driven", () => {
        expect(logged).toEqual([]);
      });
    });

    describe("a token that cannot be a header value", () => {
      // Known defect header-token-leak (known-bugs.ts): Betfair keepAlive/logout and the casino gateway's 2fa-auth-token pass the
      // token to fetch unchecked. A token with a CR, LF or NUL makes undici throw `Headers.set: "<token>" is an
      // invalid header value.`; the transport wraps that TypeError as the `cause` of an OperatorAuthError of kind
      // `network`, so the token shows in error.cause.message and in util.inspect(error) — what an app's
      // console.error(error) prints. PosAPI refuses such tokens with `invalid-input` first and passes.
      const unsafe: fc.Arbitrary<Secret> = fc
        .tuple(core, fc.constantFrom("\n", "\r", "\u0000", "\r\nX-Injected: 1"), core)
        .map(([a, bad, b]) => ({ value: a + bad + b, core: a }));
      const headerTargets = targets.filter((t) => Object.values(t.secrets).includes("header"));
      for (const target of headerTargets) {
        it(`${target.name}: is refused without showing it`, async () => {
          const names = Object.keys(target.secrets);
          await fc.assert(
            fc.asyncProperty(
              fc.tuple(...names.map((name) => (target.secrets[name] === "header" ? unsafe : anySecret))),
              async (values) => {
                // A call otherwise valid: only the token is unusable. The server would answer 599; nothing may reach it.
                const { settled, leaked } = await drive(target, "invalid-input", values, false);
                expect(settled.threw).toBe(true);
                expect(leaked).toEqual([]);
              },
            ),
            { numRuns: 10, seed: seedFor(`unsafe header ${target.name}`) },
          );
        });
      }
    });
  });
}
