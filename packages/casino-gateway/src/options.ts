import type { ClientOptions, Descriptions, OptionNames, Route } from "@operator-auth/core";

/** The options of `createCasinoGatewayClient`; `fetch`, `timeoutMs`, `maxBodyBytes`, `hooks` and `allowInsecureHttp` come from `ClientOptions`. */
export interface CasinoGatewayClientOptions extends ClientOptions {
  /** The gateway's origin, `https://gateway.<msdomain>`. https, or http to loopback only (any host with `allowInsecureHttp`). */
  baseUrl: string;
  /** The API version, the `{version}` segment of the login path (not `.` or `..`). */
  version: string;
  /** The casino's id, the `{brand_id}` segment of the login path. */
  brandId: number;
  /**
   * The documents' description of every code, added to each failure as `description`: pass
   * `codeTables` from `@operator-auth/casino-gateway/codes`. Default: none, and failures carry no
   * description (a 400 still carries the gateway's `errMsg`), which keeps the tables out of the bundle.
   */
  descriptions?: Descriptions;
}

/** The options besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
const ownNames = ["baseUrl", "version", "brandId", "descriptions"] as const;
export const casinoGatewayOptionNames: OptionNames<CasinoGatewayClientOptions, typeof ownNames> = ownNames;

/** Where the gateway's calls go: `baseUrl`, checked when the connection opens. */
export const gatewayRoute = ({ baseUrl }: Pick<CasinoGatewayClientOptions, "baseUrl">): Route => ({ baseUrl });
