/** What the mock server and the MSW handlers share: the provider check, the answer book, the sessions and the request log. */
import { invalidInput, requireOptions } from "@operator-auth/core";
import { createAnswerBook, type AnswerBook, type Step } from "./answer-book.js";
import { answerRequest, type KitReply, type RecordedRequest } from "./answer-request.js";
import type { KitRequest } from "./check-request.js";
import type { ProviderKit } from "./kit.js";
import { kitOf, type AnswerChoices, type AnswerStep, type OperationId, type Provider } from "./providers.js";
import { checkStateful, createSessionBook, type StatefulOptions } from "./sessions.js";

export interface KitOptions<P extends Provider> {
  /** The answer (or fault) each operation gives from the start, by example name or code. Default: every documented success. */
  answers?: AnswerChoices<P>;
  /** Keep passwords, tokens, app keys and access ids in `requests` as sent. Default: false (they read `[redacted]`). */
  revealSecrets?: boolean;
  /** Called with each request as it is recorded (the CLI prints them); a throw is ignored. Default: none. */
  onRequest?: (request: RecordedRequest) => void;
  /**
   * Sessions as the provider keeps them: a login issues fresh tokens, keep-alive and logout calls are
   * checked against them and answered as the documents say for an unknown or expired token. `true`, or
   * `{ sessionLifetimeMs }`. Default: false (every call gets its chosen answer, whatever token it presents).
   */
  stateful?: boolean | StatefulOptions;
}

/** The requests so far, oldest first, and a way to forget them. */
export interface RecordedRequests extends ReadonlyArray<RecordedRequest> {
  /** Forgets every request recorded so far (for long runs). */
  clear(): void;
}

/** Chooses answers and lists what the app sent; the same on the server and on the MSW handlers. */
export interface KitControls<P extends Provider> {
  /**
   * Makes every later call of `operationId` get `step` (once the queue is empty): a documented answer
   * by its example name or a code it carries (`answer("login", "ACCOUNT_NOW_LOCKED")`,
   * `answer("login", 602)`), or a fault (`{ fault: "hang" }`). Throws an `OperatorAuthError` (kind
   * `invalid-input`) naming the operations or answers that exist.
   */
  answer<O extends OperationId<P>>(operationId: O, step: AnswerStep<P, O>): void;
  /** Queues `step` for the next call of `operationId` only; later calls go back to the standing answer. */
  answerOnce<O extends OperationId<P>>(operationId: O, step: AnswerStep<P, O>): void;
  /** Queues `steps` for the next calls of `operationId`, one call each, in order, after any already queued. */
  answerSequence<O extends OperationId<P>>(operationId: O, steps: readonly AnswerStep<P, O>[]): void;
  /** The steps still queued for `operationId`, as given, oldest first. */
  pending<O extends OperationId<P>>(operationId: O): AnswerStep<P, O>[];
  /** Ends every session of the stateful mode, as their lifetime running out would. */
  expireSessions(): void;
  /** Every request so far, oldest first; one that breaks the spec has `valid: false` and its `problems`. */
  readonly requests: RecordedRequests;
}

/** One kit: the controls the server and the handlers hand to the app as they are, and what answers a request. */
export interface KitSession<P extends Provider> {
  controls: KitControls<P>;
  handle(request: KitRequest): KitReply;
}

/**
 * `names` are the factory's own option names besides `KitOptions`: with them a name misspelt by case
 * (`Stateful`, `Port`) is refused rather than left unread, which would change what the mock does.
 */
export function openKit<P extends Provider>(where: string, provider: P, options: KitOptions<P>, names: readonly string[]): KitSession<P> {
  requireOptions(options, where, ["answers", "revealSecrets", "onRequest", "stateful", ...names]);
  const kit: ProviderKit = kitOf(where, provider);
  // The starting answers are the factory's option, so a wrong one is refused naming the factory, not `answer`.
  const { answers = {} } = options;
  if (typeof answers !== "object" || answers === null) throw invalidInput(where, "answers", "must be an object of answers by operationId");
  const book: AnswerBook = createAnswerBook(kit, "answer", answers as Record<string, Step | undefined>, where);
  const stateful = checkStateful(where, options.stateful);
  const sessions = stateful && createSessionBook(provider, stateful);
  if (options.onRequest !== undefined && typeof options.onRequest !== "function") throw invalidInput(where, "onRequest", "must be a function");
  const requests = Object.defineProperty([] as RecordedRequest[], "clear", { value: () => void (requests.length = 0) }) as RecordedRequest[] & RecordedRequests;
  return {
    controls: {
      answer: (operationId, step) => book.choose(operationId, step),
      answerOnce: (operationId, step) => book.enqueue(operationId, [step]),
      answerSequence: (operationId, steps) => book.enqueue(operationId, steps),
      pending: (operationId) => book.pending(operationId) as never,
      expireSessions: () => sessions && sessions.expireAll(),
      requests,
    },
    handle(request) {
      const { reply, record } = answerRequest(kit, book, request, { revealSecrets: options.revealSecrets === true, ...(sessions ? { sessions } : {}) });
      requests.push(record);
      try {
        options.onRequest?.(record);
      } catch {
        // The app's callback must not change what the mock answers.
      }
      return reply;
    },
  };
}
