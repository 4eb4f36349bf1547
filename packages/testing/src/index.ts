export { startMockServer, type MockServer, type MockServerOptions } from "./mock-server.js";
export type { KitControls, KitOptions } from "./kit-options.js";
export type { RecordedRequest } from "./answer-request.js";
export { documentedAnswers, type DocumentedAnswer } from "./documented-answers.js";
export {
  providers,
  type AnswerChoice,
  type AnswerChoices,
  type AnswerCode,
  type AnswerName,
  type OperationId,
  type Provider,
} from "./providers.js";
