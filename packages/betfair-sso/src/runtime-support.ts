import { OperatorAuthError } from "@operator-auth/core";

const where = "certLogin";

/**
 * Whether this is Node.js itself. Only Node's `fetch` honours the undici `dispatcher` that carries the
 * client certificate; Bun and Deno present a Node-like `process` but ignore it, so the certificate
 * would silently never be sent.
 */
export function runsOnNode(): boolean {
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  return typeof versions?.node === "string" && versions.bun === undefined && versions.deno === undefined && !("Deno" in globalThis);
}

/** The error of a certificate login called outside Node.js (a browser, a worker, Bun, Deno). */
export function certLoginNeedsNode(): OperatorAuthError {
  return new OperatorAuthError(
    "unsupported-runtime",
    `${where}: the certificate login needs Node.js (mutual TLS through undici); this runtime's fetch cannot present a client certificate.`,
    { operation: where },
  );
}

/** The error of a certificate login on Node.js without the undici package, its optional peer dependency. */
export function certLoginNeedsUndici(cause: unknown): OperatorAuthError {
  return new OperatorAuthError(
    "unsupported-runtime",
    `${where}: the certificate login needs the undici package (npm install undici@6).`,
    { operation: where, cause },
  );
}
