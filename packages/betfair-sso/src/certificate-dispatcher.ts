import type { Agent } from "undici";
import { checkCertificate } from "./certificate-check.js";
import type { Pem } from "./pem.js";
import { certLoginNeedsUndici } from "./runtime-support.js";

export interface ClientCertificate {
  cert: Pem;
  key: Pem;
  ca?: Pem | Pem[];
}

/**
 * An undici dispatcher that presents the client certificate in the TLS handshake. undici is imported
 * here, on first use, so that an app that never logs in with a certificate does not load it; it is an
 * optional peer dependency, and its absence is reported as kind `unsupported-runtime`.
 *
 * @throws OperatorAuthError kind `invalid-certificate` when the certificate, the key or a CA cannot be
 * used (see `checkCertificate`); nothing has been sent then.
 */
export async function createCertificateDispatcher({ cert, key, ca }: ClientCertificate): Promise<Agent> {
  const tls = { cert: asTlsPem(cert), key: asTlsPem(key) };
  const authorities = ca === undefined ? [] : (Array.isArray(ca) ? ca : [ca]).map(asTlsPem);
  await checkCertificate(tls.cert, tls.key, authorities);
  const { Agent } = await import("undici").catch((error: unknown) => {
    throw certLoginNeedsUndici(error);
  });
  return new Agent({ connect: ca === undefined ? tls : { ...tls, ca: authorities } });
}

/**
 * Closes the dispatcher after its one call. An answer that arrived leaves nothing in flight, so the
 * close is graceful; after a failure (a timeout may leave the request open) it is destroyed, which
 * also ends that request rather than waiting for it.
 */
export async function closeCertificateDispatcher(dispatcher: Agent, answered: boolean): Promise<void> {
  if (answered) {
    try {
      await dispatcher.close();
      return;
    } catch {
      // fall through to destroy
    }
  }
  await dispatcher.destroy().catch(() => {});
}

/** Node's TLS options are typed as string or Buffer; bytes are viewed as a Buffer without copying. */
function asTlsPem(pem: Pem): string | Buffer {
  return typeof pem === "string" ? pem : Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength);
}
