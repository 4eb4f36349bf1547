/** Which documented answer each operation gives: the documented success until `answer()` chooses another. */
import { invalidInput } from "@operator-auth/core";
import type { KitOperation, ProviderKit } from "./kit.js";

export interface AnswerBook {
  /** Makes every later call of `operationId` get the chosen answer; throws `invalid-input` naming what exists. */
  choose(operationId: string, choice: string | number): void;
  /** The name of the answer `operationId` gives now. */
  current(operationId: string): string;
}

export function operationOf(kit: ProviderKit, where: string, operationId: string): KitOperation {
  const operation = Object.hasOwn(kit.operations, operationId) ? kit.operations[operationId] : undefined;
  if (!operation) {
    throw invalidInput(where, "operationId", `"${String(operationId)}" is not an operation of ${kit.provider}; its operations are ${Object.keys(kit.operations).join(", ")}`);
  }
  return operation;
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
    `"${key}" is not a documented answer of ${kit.provider} ${operationId}; its answers are ${Object.keys(operation.answers).join(", ")}` +
      ` and its codes are ${Object.keys(operation.codes).join(", ")}`,
  );
}

export function createAnswerBook(kit: ProviderKit, where: string, initial: Record<string, string | number | undefined> = {}): AnswerBook {
  const chosen = new Map<string, string>();
  const book: AnswerBook = {
    choose(operationId, choice) {
      chosen.set(operationId, resolveChoice(kit, where, operationId, choice));
    },
    current(operationId) {
      return chosen.get(operationId) ?? operationOf(kit, where, operationId).defaultAnswer;
    },
  };
  for (const [operationId, choice] of Object.entries(initial)) if (choice !== undefined) book.choose(operationId, choice);
  return book;
}
