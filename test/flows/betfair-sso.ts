import { readFileSync } from "node:fs";
import { createBetfairSsoClient, type BetfairSsoClient, type BetfairSsoClientOptions } from "@operator-auth/betfair-sso";
import { interactiveLoginUrl } from "@operator-auth/betfair-sso/interactive";
import { createBetfairCertLoginClient, type BetfairCertLoginClient } from "@operator-auth/betfair-sso/cert";
import { codeTables } from "@operator-auth/betfair-sso/codes";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import type { ProviderFlows } from "./flows.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const fixture = (name: string) => readFileSync(new URL(`../../packages/betfair-sso/test/fixtures/${name}`, import.meta.url));

/**
 * The typed client with the certificate login of the Node.js subpath, and the raw client on the same
 * host for the page the typed client only links to.
 */
export type BetfairSsoFlowsClient = BetfairSsoClient & BetfairCertLoginClient & { raw: ReturnType<typeof createBetfairSsoRawClient> };

export const connectBetfairSso = (options: BetfairSsoClientOptions): BetfairSsoFlowsClient =>
  Object.assign(createBetfairSsoClient(options), createBetfairCertLoginClient(options), { raw: createBetfairSsoRawClient(options) });

export const betfairSsoFlows: ProviderFlows<BetfairSsoFlowsClient> = {
  provider: "betfair-sso",
  // A mock serves every operation on one origin, the certificate login included (over plain http the
  // certificate is simply not asked for).
  connect: (baseUrl, fetch, options) => connectBetfairSso({ ...options, appKey, baseUrl, certBaseUrl: baseUrl, fetch, descriptions: codeTables }),
  calls: {
    login: (client) => client.login({ username: "example_user", password: "Pa55&word=+%" }),
    keepAlive: (client) => client.keepAlive(token),
    logout: (client) => client.logout(token),
    certLogin: (client) =>
      client.certLogin({ username: "example_user", password: "Pa55&word=+%", cert: fixture("client.crt"), key: fixture("client.key") }),
    // The client only builds the page's URL (the page is shown in a browser); the raw client loads it.
    interactiveLoginPage: async (client) => {
      const page = new URL(interactiveLoginUrl({ appKey, redirectUrl: "https://www.betfair.com" }));
      const query = { product: page.searchParams.get("product")!, url: page.searchParams.get("url")! };
      const { response } = await client.raw.GET("/view/login", { params: { query }, parseAs: "text" });
      return { ok: response.ok, status: response.status };
    },
  },
};
