/** What the mock server and the MSW handlers share: the provider check, the answer book and the request log. */
import { createAnswerBook, type AnswerBook } from "./answer-book.js";
import { answerRequest, type KitResponse, type RecordedRequest } from "./answer-request.js";
import type { KitRequest } from "./check-request.js";
import type { ProviderKit } from "./kit.js";
import { kitOf, type AnswerChoice, type AnswerChoices, type OperationId, type Provider } from "./providers.js";

export interface KitOptions<P extends Provider> {
  /** The answer each operation gives from the start, by example name or code. Default: every documented success. */
  answers?: AnswerChoices<P>;
  /** Keep passwords, tokens and credential headers in `requests` as sent. Default: false (they read `[redacted]`). */
  revealSecrets?: boolean;
  /** Called with each request as it is recorded (the CLI prints them). Default: none. */
  onRequest?: (request: RecordedRequest) => void;
}

/** Chooses answers and lists what the app sent; the same on the server and on the MSW handlers. */
export interface KitControls<P extends Provider> {
  /**
   * Makes every later call of `operationId` get the documented answer chosen by its example name or a
   * code it carries (`answer("login", "ACCOUNT_NOW_LOCKED")`, `answer("login", 602)`). Throws an
   * `OperatorAuthError` (kind `invalid-input`) naming the operations or answers that exist.
   */
  answer<O extends OperationId<P>>(operationId: O, choice: AnswerChoice<P, O>): void;
  /** Every request so far, oldest first; one that breaks the spec has `valid: false` and its `problems`. */
  readonly requests: readonly RecordedRequest[];
}

export interface KitSession<P extends Provider> extends KitControls<P> {
  handle(request: KitRequest): KitResponse;
}

export function openKit<P extends Provider>(where: string, provider: P, options: KitOptions<P> = {}): KitSession<P> {
  const kit: ProviderKit = kitOf(where, provider);
  const book: AnswerBook = createAnswerBook(kit, "answer", options.answers as Record<string, string | number | undefined>);
  const requests: RecordedRequest[] = [];
  return {
    answer: (operationId, choice) => book.choose(operationId, choice),
    requests,
    handle(request) {
      const { response, record } = answerRequest(kit, book, request, { revealSecrets: options.revealSecrets === true });
      requests.push(record);
      options.onRequest?.(record);
      return response;
    },
  };
}
