/** The options of `createCasinoGatewayClient` besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
export const casinoGatewayOptionNames = ["baseUrl", "version", "brandId", "descriptions"];
