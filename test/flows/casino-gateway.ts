import { createCasinoGatewayClient, type CasinoGatewayClient } from "@operator-auth/casino-gateway";
import { codeTables } from "@operator-auth/casino-gateway/codes";
import type { ProviderFlows } from "./flows.js";

export const casinoGatewayFlows: ProviderFlows<CasinoGatewayClient> = {
  provider: "casino-gateway",
  connect: (baseUrl, fetch, options) => createCasinoGatewayClient({ ...options, baseUrl, version: "v1", brandId: 42, fetch, descriptions: codeTables }),
  calls: {
    login: (client) => client.login({ user_name: "player1", password: "s3cret", language: "en" }),
  },
};
