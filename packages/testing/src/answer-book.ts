/**
 * What each operation answers: a queue of steps (`answerOnce`, `answerSequence`) served first, in
 * order, then the standing step (`answer()`), else the documented success. A step is a documented
 * answer or a fault.
 */
import { invalidInput } from "@operator-auth/core";
import { checkFault, isFault, type Fault } from "./faults.js";
import type { KitOperation, ProviderKit } from "./kit.js";
import { kitOf, type AnswerName, type OperationId, type Provider } from "./providers.js";

/** A step as given: an answer's example name or code, or a fault. */
export type Step = string | number | Fault;

/** A step checked: the answer it names (a fault's `answer`, when it has one), resolved to its name. */
export interface PlannedStep {
  given: Step;
  /** The documented answer served (or delayed, or truncated); absent when the step does not name one. */
  answer?: string;
  fault?: Fault;
}

export interface AnswerBook {
  /** Makes every later call of `operationId` get `step`, once the queue is empty. */
  choose(operationId: string, step: Step): void;
  /** Queues `steps` for the next calls of `operationId`, after those already queued. */
  enqueue(operationId: string, steps: readonly Step[]): void;
  /** The step the next call gets, taken off the queue; `chosen` is false when it is the documented default. */
  next(operationId: string): { step: PlannedStep; chosen: boolean };
  /** The answer `operationId` gives once its queue is empty. */
  standing(operationId: string): PlannedStep;
  /** The steps still queued for `operationId`, as given, oldest first. */
  pending(operationId: string): Step[];
}

export function operationOf(kit: ProviderKit, where: string, operationId: string): KitOperation {
  const operation = Object.hasOwn(kit.operations, operationId) ? kit.operations[operationId] : undefined;
  if (!operation) {
    throw invalidInput(where, "operationId", `"${String(operationId)}" is not an operation of ${kit.provider}; its operations are ${Object.keys(kit.operations).join(", ")}`);
  }
  return operation;
}

export interface DocumentedAnswer<P extends Provider, O extends OperationId<P>> {
  /** Pass it to `answer()`. */
  name: AnswerName<P, O>;
  status: number;
  /** The codes the answer's body carries, with the outcome the spec gives each. */
  codes: { code: string; outcome: string }[];
  /** True when the spec has no example of this code and the answer is another answer's body with the code in its place. */
  fromShape: boolean;
  /** Set when the documents give the code no status to serve it with: what the kit chose instead (the answer then carries an `x-operator-auth-kit` header). */
  kitChoice?: string;
}

/** Every documented answer of `operationId`, in the spec's order, for tests that walk an app through each; throws `invalid-input` for an unknown provider or operation. */
export function documentedAnswers<P extends Provider, O extends OperationId<P>>(provider: P, operationId: O): DocumentedAnswer<P, O>[] {
  const operation = operationOf(kitOf("documentedAnswers", provider), "documentedAnswers", operationId);
  return Object.entries(operation.answers).map(([name, answer]) => ({
    name: name as AnswerName<P, O>,
    status: answer.status,
    codes: answer.codes.map((code) => ({ code, outcome: operation.codes[code]!.outcome })),
    fromShape: answer.fromShape === true,
    ...(answer.kitChoice ? { kitChoice: answer.kitChoice } : {}),
  }));
}

/** An answer's name from an example name or a code it carries. */
export function resolveChoice(kit: ProviderKit, where: string, operationId: string, choice: string | number): string {
  const operation = operationOf(kit, where, operationId);
  const key = String(choice);
  if (Object.hasOwn(operation.answers, key)) return key;
  if (Object.hasOwn(operation.codes, key)) return operation.codes[key]!.answer;
  throw invalidInput(
    where,
    "answer",
    `"${key}" is not a documented answer of ${kit.provider} ${operationId} nor a fault; its answers are ${Object.keys(operation.answers).join(", ")}` +
      ` and its codes are ${Object.keys(operation.codes).join(", ")}`,
  );
}

function plan(kit: ProviderKit, where: string, operationId: string, step: Step): PlannedStep {
  if (!isFault(step)) {
    if (typeof step !== "string" && typeof step !== "number") throw invalidInput(where, "answer", "must be an answer's name, a code or a fault");
    return { given: step, answer: resolveChoice(kit, where, operationId, step) };
  }
  operationOf(kit, where, operationId);
  checkFault(where, step);
  const named = "answer" in step && step.answer !== undefined ? resolveChoice(kit, where, operationId, step.answer) : undefined;
  return { given: step, fault: step, ...(named ? { answer: named } : {}) };
}

/** `where` names the controls in errors; `initialWhere`, the factory whose option `initial` is. */
export function createAnswerBook(kit: ProviderKit, where: string, initial: Record<string, Step | undefined>, initialWhere: string): AnswerBook {
  const standing = new Map<string, PlannedStep>();
  const queues = new Map<string, PlannedStep[]>();
  const book: AnswerBook = {
    choose(operationId, step) {
      standing.set(operationId, plan(kit, where, operationId, step));
    },
    enqueue(operationId, steps) {
      if (!Array.isArray(steps)) throw invalidInput(where, "steps", "must be an array of answers or faults");
      const planned = steps.map((step) => plan(kit, where, operationId, step));
      queues.set(operationId, [...(queues.get(operationId) ?? []), ...planned]);
    },
    next(operationId) {
      const queued = queues.get(operationId)?.shift();
      if (queued) return { step: queued, chosen: true };
      return { step: book.standing(operationId), chosen: standing.has(operationId) };
    },
    standing(operationId) {
      return standing.get(operationId) ?? { given: operationOf(kit, where, operationId).defaultAnswer, answer: operationOf(kit, where, operationId).defaultAnswer };
    },
    pending(operationId) {
      operationOf(kit, where, operationId);
      return (queues.get(operationId) ?? []).map((step) => step.given);
    },
  };
  for (const [operationId, step] of Object.entries(initial)) if (step !== undefined) standing.set(operationId, plan(kit, initialWhere, operationId, step));
  return book;
}
