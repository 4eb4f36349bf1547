export { startMockServer, type MockServer, type MockServerOptions } from "./mock-server.js";
export type { KitControls, KitOptions, RecordedRequests } from "./kit-options.js";
export type { RecordedRequest } from "./answer-request.js";
export type { Fault } from "./faults.js";
export type { StatefulOptions } from "./sessions.js";
export { documentedAnswers, type DocumentedAnswer } from "./answer-book.js";
export {
  providers,
  type AnswerChoice,
  type AnswerChoices,
  type AnswerCode,
  type AnswerName,
  type AnswerStep,
  type OperationId,
  type Provider,
} from "./providers.js";
