/**
 * One call of one target, driven to end in one kind of OperatorAuthError (or in a documented answer)
 * against the case server, while the server echoes the call's secrets back in every answer. The
 * redaction and hooks groups both drive their cases through it, so that both see the same calls.
 */
import type { CallHooks } from "@operator-auth/core";
import type { OperatorAuthErrorKind } from "@operator-auth/betfair-sso";
import type { Handler } from "../local-server.js";
import type { ProviderAdapter } from "./adapters.js";
import { generousTimeoutMs } from "../deadlines.js";
import { settle, type CaseServer, type Settled } from "./harness.js";

export interface Secret {
  value: string;
  core: string;
}

export interface Target {
  name: string;
  provider: ProviderAdapter;
  /** The secrets this call carries, by name, and whether each travels in a header. */
  secrets: Record<string, "any" | "header">;
  /** The status whose documented body is JSON, where the body kinds are driven. */
  jsonStatus: number;
  call(client: unknown, secrets: Record<string, string>, options: { signal?: AbortSignal; invalid?: boolean; wrongKey?: boolean }): Promise<unknown> | undefined;
  /** The only kinds this call can end in. Default: every kind but `unsupported-runtime`. */
  only?: readonly OperatorAuthErrorKind[];
}

/** How the server answers so that the call ends in `kind`, echoing every secret it can. */
export function answerFor(kind: OperatorAuthErrorKind, target: Target, secrets: Secret[]): Handler {
  const echo = Object.fromEntries(secrets.map((s, i) => [`secret${i}`, s.value]));
  const everywhere = { token: secrets[0]!.value, sessionToken: secrets[0]!.value, userToken: secrets.at(-1)!.value, product: secrets[0]!.value, ...echo };
  const headers = { "x-echo": secrets.map((s) => s.core).join(","), "content-type": "application/json" };
  const status = target.jsonStatus;
  switch (kind) {
    case "network":
      return (_q, r) => void (r.writeHead(status, { ...headers, "content-length": "100000" }), r.write(JSON.stringify(everywhere), () => r.socket?.destroy()));
    case "timeout":
    case "aborted":
      return () => new Promise(() => {});
    case "undocumented-status":
      return (_q, r) => void (r.writeHead(418, headers), r.end(JSON.stringify(everywhere)));
    case "html-body":
      return (_q, r) => void (r.writeHead(status, { ...headers, "content-type": "text/html" }), r.end(`<html><body>${secrets.map((s) => s.value).join("<br>")}</body></html>`));
    case "empty-body":
      return (_q, r) => void (r.writeHead(status, headers), r.end());
    case "body-too-large":
      // The client is built with a 1 KiB limit.
      return (_q, r) => void (r.writeHead(status, headers), r.end(JSON.stringify({ ...everywhere, padding: "x".repeat(4096) })));
    case "invalid-body":
      return (_q, r) => void (r.writeHead(status, headers), r.end(JSON.stringify(everywhere).slice(0, -2)));
    case "unexpected-body": {
      // Every field a result is read from, with the wrong type, next to the secrets.
      const wrong = { ...everywhere, status: 5, code: "x", loginStatus: 5, auth_token: 5, result: 5, errMsg: 5, sessionToken: 5, workflowType: "x" };
      return (_q, r) => void (r.writeHead(status, headers), r.end(JSON.stringify(wrong)));
    }
    default:
      return (_q, r) => void (r.writeHead(599), r.end());
  }
}

/** What a call is driven to end in: a kind, or "documented" (the documented status, secrets in every field). */
export type CallEnd = OperatorAuthErrorKind | "documented";

export interface DriveOptions {
  hooks?: CallHooks;
  /** Make a field that is not a secret unusable. Default: when the call is to end in `invalid-input`. */
  invalid?: boolean;
  /** Give certLogin a key that is not its certificate's. Default: when the call is to end in `invalid-certificate`. */
  wrongKey?: boolean;
}

/** Calls `target` with `secrets` so that it ends in `end`; the server's answer is `answerFor(end)`. */
export async function callEndingIn(server: CaseServer, target: Target, end: CallEnd, secrets: Secret[], options: DriveOptions = {}): Promise<Settled> {
  const { hooks, invalid = end === "invalid-input", wrongKey = end === "invalid-certificate" } = options;
  const byName = Object.fromEntries(Object.keys(target.secrets).map((name, i) => [name, secrets[i]!.value]));
  // "documented" is the documented status with the secrets in every field: unexpected-body's answer.
  const key = server.serve(answerFor(end === "documented" ? "unexpected-body" : end, target, secrets));
  try {
    // The secrets sit in the refused URL too: its error must not show them.
    const base =
      end === "insecure-url"
        ? `http://operator:${encodeURIComponent(secrets[0]!.value)}@login.example.com/${encodeURIComponent(secrets[0]!.value)}?t=${encodeURIComponent(secrets.at(-1)!.value)}`
        : server.url;
    const controller = new AbortController();
    return await settle(async () => {
      const client = target.provider.connect(base, {
        fetch: server.fetchFor(key),
        // Only the timeout case is about a deadline (its server never answers); the rest get a generous one.
        timeoutMs: end === "timeout" ? 30 : generousTimeoutMs,
        maxBodyBytes: end === "body-too-large" ? 1024 : undefined,
        hooks,
      });
      const call = target.call(client, byName, { signal: controller.signal, invalid, wrongKey });
      if (end === "aborted") setTimeout(() => controller.abort(), 5);
      return call;
    });
  } finally {
    server.forget(key);
  }
}
