export {
  createCasinoGatewayClient,
  type CasinoGatewayClient,
  type CasinoGatewayClientOptions,
  type CasinoLoginInput,
} from "./client.js";
export type { CasinoLoginFailure, CasinoLoginResult, CasinoLoginSuccess } from "./login-result.js";

export type { components, paths } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
