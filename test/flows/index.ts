import { casinoGatewayFlows } from "./casino-gateway.js";
import type { ProviderFlows } from "./flows.js";

export const allFlows: ProviderFlows<never>[] = [casinoGatewayFlows as ProviderFlows<never>];
