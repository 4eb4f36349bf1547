/**
 * What the runtime matrix asks the fake provider for: every documented status of every operation each
 * client calls, answered with each of the status's spec examples. The answer is chosen by the base URL,
 * `<origin>/<provider>/<status>/<example>`, so one server answers every runtime's calls.
 */
export interface AnswerCase {
  provider: string;
  operationId: string;
  status: number;
  /** The name of the response example in the provider's spec. */
  example: string;
}

/** A case's name in the report: `<provider> <operationId> <status> <example>`. */
export const caseName = ({ provider, operationId, status, example }: AnswerCase) => `${provider} ${operationId} ${status} ${example}`;

/** The base URL under which the fake answers `answer`; a status without examples is `-`. */
export const caseBaseUrl = (origin: string, { provider, status, example }: AnswerCase) => `${origin}/${provider}/${status}/${example || "-"}`;
