export {
  createCasinoGatewayClient,
  type CasinoGatewayClient,
  type CasinoGatewayClientOptions,
  type CasinoLoginFailure,
  type CasinoLoginInput,
  type CasinoLoginResult,
  type CasinoLoginSuccess,
} from "./client.js";

export type { components, paths } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
