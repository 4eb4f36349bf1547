/** The options of `createBetfairSsoClient` besides `ClientOptions`, so that a misspelt one (`baseURL`) is refused with a hint. */
export const betfairSsoOptionNames = ["appKey", "jurisdiction", "baseUrl", "certBaseUrl", "descriptions"];
