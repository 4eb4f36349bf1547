import { betfairSsoFlows } from "./betfair-sso.js";
import { casinoGatewayFlows } from "./casino-gateway.js";
import type { ProviderFlows } from "./flows.js";
import { posApiFlows } from "./posapi-auth.js";

/** Every provider's flows; the client type is erased here because the main job only prints results. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const allFlows: ProviderFlows<any>[] = [betfairSsoFlows, casinoGatewayFlows, posApiFlows];
