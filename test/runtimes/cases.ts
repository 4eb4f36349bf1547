/**
 * What the runtime matrix asks the fake provider for: per client, the spec example its login is answered
 * with (a success and one documented failure), and Betfair's certificate login. The answer is chosen by
 * the base URL, `<origin>/<provider>/<status>/<example>`, so one server answers every runtime's calls.
 */
export interface AnswerCase {
  provider: string;
  operationId: string;
  status: number;
  /** The name of the response example in the provider's spec. */
  example: string;
}

export const loginCases = {
  "betfair-sso login": { provider: "betfair-sso", operationId: "login", status: 200, example: "success" },
  "betfair-sso login failure": { provider: "betfair-sso", operationId: "login", status: 200, example: "fail" },
  "betfair-sso certLogin": { provider: "betfair-sso", operationId: "certLogin", status: 200, example: "success" },
  "posapi-auth login": { provider: "posapi-auth", operationId: "login", status: 200, example: "success" },
  "posapi-auth login failure": { provider: "posapi-auth", operationId: "login", status: 403, example: "authenticationFailed" },
  "casino-gateway login": { provider: "casino-gateway", operationId: "login", status: 200, example: "ok" },
  "casino-gateway login failure": { provider: "casino-gateway", operationId: "login", status: 401, example: "userPasswordNotValid" },
} as const satisfies Record<string, AnswerCase>;

export type CaseName = keyof typeof loginCases;

/** The base URL under which the fake answers `answer`. */
export const caseBaseUrl = (origin: string, { provider, status, example }: AnswerCase) => `${origin}/${provider}/${status}/${example}`;
