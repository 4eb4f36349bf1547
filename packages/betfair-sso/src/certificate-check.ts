import { OperatorAuthError } from "@operator-auth/core";

/**
 * Reads the client certificate, its key and the CAs with Node's crypto before anything is sent, so that
 * a PEM OpenSSL cannot read, an encrypted key or a key of another certificate fails here with kind
 * `invalid-certificate` and OpenSSL's reason, rather than later as a failed handshake (`network`).
 * node:crypto is imported on first use, like undici: the main entry stays loadable in browsers.
 */
export async function checkCertificate(cert: string | Buffer, key: string | Buffer, ca: (string | Buffer)[]): Promise<void> {
  const { X509Certificate, createPrivateKey } = await import("node:crypto");
  const certificate = readPem("cert", "a PEM certificate", () => new X509Certificate(cert));
  const privateKey = readPem("key", "an unencrypted PEM private key", () => createPrivateKey(key));
  if (!certificate.checkPrivateKey(privateKey)) {
    throw invalidCertificate("key does not belong to cert (their public keys differ).");
  }
  ca.forEach((authority, index) => readPem(ca.length > 1 ? `ca[${index}]` : "ca", "a PEM certificate", () => new X509Certificate(authority)));
}

function readPem<T>(field: string, what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw invalidCertificate(`${field} is not ${what} (${openSslReason(error)}).`);
  }
}

/**
 * OpenSSL's own words (e.g. "error:0480006C:PEM routines::no start line"), which never quote the input.
 * Node's other errors may quote the value they were given, which here is key material: they are not shown.
 */
function openSslReason(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const fromOpenSsl = typeof code === "string" && (code.startsWith("ERR_OSSL") || code === "ERR_MISSING_PASSPHRASE");
  return fromOpenSsl && typeof message === "string" ? `OpenSSL: ${message}` : "OpenSSL could not read it";
}

const invalidCertificate = (problem: string) =>
  new OperatorAuthError("invalid-certificate", `certLogin: ${problem}`, { operation: "certLogin" });
