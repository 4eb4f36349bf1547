import {
  checkClientOptions,
  clientOptionNames,
  createTransport,
  describer,
  readInput,
  refuseInput,
  required,
  requireOptions,
  requireSecureBaseUrl,
  type CallOptions,
} from "@operator-auth/core";
import { closeCertificateDispatcher, createCertificateDispatcher } from "./certificate-dispatcher.js";
import { certLogin } from "./generated/operations.js";
import { requiredText, toCertLoginResult, type BetfairCertLoginResult } from "./client.js";
import { betfairSsoOptionNames, certLoginHosts, requireAppKey, requireJurisdiction, type BetfairSsoClientOptions } from "./options.js";
import { pemRule, pemsRule, type Pem } from "./pem.js";
import { certLoginNeedsNode, runsOnNode } from "./runtime-support.js";

export interface BetfairCertLoginInput {
  /** The username of the account the certificate is linked to. */
  username: string;
  /** The account's password, sent form-encoded exactly as given. */
  password: string;
  /** The client certificate (PEM) linked to the Betfair account, presented in the TLS handshake. */
  cert: Pem;
  /** The certificate's private key (PEM, unencrypted). */
  key: Pem;
  /** The certificate authorities the server's certificate must chain to. Default: Node's bundled CAs. */
  ca?: Pem | Pem[];
}

const certLoginRules = { username: requiredText, password: requiredText, cert: /* @__PURE__ */ required(pemRule), key: /* @__PURE__ */ required(pemRule), ca: pemsRule };

export interface BetfairCertLoginClient {
  /**
   * Logs in with a client certificate (`POST /api/certlogin` on the identitysso-cert host, mutual TLS).
   * Never retried. Throws `OperatorAuthError` kind `invalid-input` when the jurisdiction has no
   * certificate login host and no `certBaseUrl` was given, and kind `unsupported-runtime` anywhere but
   * Node.js with the `undici` package installed.
   */
  certLogin(input: BetfairCertLoginInput, options?: CallOptions): Promise<BetfairCertLoginResult>;
}

const where = "createBetfairCertLoginClient";

/**
 * The certificate login of Betfair Identity SSO, for Node.js only: it takes the options given to
 * `createBetfairSsoClient` (`appKey`, `jurisdiction`, `certBaseUrl`, `descriptions` and the
 * `ClientOptions`: `fetch`, `timeoutMs`, `maxBodyBytes`, `hooks`, `allowInsecureHttp`). It lives on its own subpath so that
 * the main entry stays free of undici and runs
 * in browsers, workers, Bun and Deno.
 */
export function createBetfairCertLoginClient(options: BetfairSsoClientOptions): BetfairCertLoginClient {
  const { appKey, descriptions } = requireOptions(options, where, [...betfairSsoOptionNames, ...clientOptionNames]);
  const describe = describer(descriptions);
  requireAppKey(appKey, where);
  const jurisdiction = requireJurisdiction(options.jurisdiction, where);
  const certHost = certLoginHosts[jurisdiction];
  // Checked here, named after this factory: the transport, which checks them too, is made per call.
  const client = checkClientOptions(where, options);
  const certBaseUrl =
    options.certBaseUrl !== undefined ? requireSecureBaseUrl(options.certBaseUrl, "certBaseUrl", where, options.allowInsecureHttp) : certHost && `https://${certHost}`;

  return {
    async certLogin(input, callOptions) {
      if (!runsOnNode()) throw certLoginNeedsNode();
      const { username, password, ...certificate } = readInput<BetfairCertLoginInput>("certLogin", input, certLoginRules);
      if (!certBaseUrl) throw refuseInput("certLogin", `Betfair lists no certificate login host for jurisdiction "${jurisdiction}"; pass certBaseUrl`);
      const dispatcher = await createCertificateDispatcher(certificate);
      let answered = false;
      try {
        const certTransport = createTransport({ ...client, baseUrl: certBaseUrl, requestInitExt: { dispatcher }, where: "certLogin" });
        const response = await certLogin(
          certTransport,
          { params: { header: { "X-Application": appKey } }, body: { username, password } },
          callOptions,
        );
        answered = true;
        return toCertLoginResult(response, describe);
      } finally {
        await closeCertificateDispatcher(dispatcher, answered);
      }
    },
  };
}
