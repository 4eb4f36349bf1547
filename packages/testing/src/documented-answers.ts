/** The documented answers of an operation, for tests that walk an app through each of them. */
import { operationOf } from "./answer-book.js";
import { kitOf, type AnswerName, type OperationId, type Provider } from "./providers.js";

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

/** Every documented answer of `operationId`, in the spec's order; throws `invalid-input` for an unknown provider or operation. */
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
