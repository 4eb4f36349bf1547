/** The generated kits by provider, and the literal types that make operations and answers autocomplete. */
import { kit as betfairSso } from "./generated/betfair-sso.js";
import { kit as casinoGateway } from "./generated/casino-gateway.js";
import { kit as posApiAuth } from "./generated/posapi-auth.js";
import { invalidInput } from "@operator-auth/core";
import type { Fault } from "./faults.js";
import type { ProviderKit } from "./kit.js";

export const kits: {
  readonly "betfair-sso": typeof betfairSso;
  readonly "posapi-auth": typeof posApiAuth;
  readonly "casino-gateway": typeof casinoGateway;
} = {
  "betfair-sso": betfairSso,
  "posapi-auth": posApiAuth,
  "casino-gateway": casinoGateway,
};

type Kits = typeof kits;
type Operations<P extends Provider> = Kits[P]["operations"];
type Operation<P extends Provider, O extends OperationId<P>> = Operations<P>[O] & { answers: object; codes: object };

/** A provider the kit mocks. */
export type Provider = keyof Kits;

/** An operation of a provider, as its spec names it (`login`, `keepAlive`, `checkCountryBlock`, …). */
export type OperationId<P extends Provider> = keyof Operations<P> & string;

/** A documented answer by its example name (`success`, `fail`, `smsVerificationRequired`, …). */
export type AnswerName<P extends Provider, O extends OperationId<P>> = keyof Operation<P, O>["answers"] & string;

/** A code an answer carries (`ACCOUNT_NOW_LOCKED`, `"602"`, `sms_verification_required`, …). */
export type AnswerCode<P extends Provider, O extends OperationId<P>> = keyof Operation<P, O>["codes"] & string;

type AsNumber<C> = C extends `${infer N extends number}` ? N : never;

/** What `answer()` takes: an answer's example name or a code it carries; a numeric code also as a number. */
export type AnswerChoice<P extends Provider, O extends OperationId<P>> = AnswerName<P, O> | AnswerCode<P, O> | AsNumber<AnswerCode<P, O>>;

/** What a call of an operation can be made to get: a documented answer, or a fault (typed by the operation's answers). */
export type AnswerStep<P extends Provider, O extends OperationId<P>> = AnswerChoice<P, O> | Fault<AnswerChoice<P, O>>;

/** The answer each operation gives until another is chosen; an operation left out gives its documented success. */
export type AnswerChoices<P extends Provider> = { [O in OperationId<P>]?: AnswerStep<P, O> };

export const providers = Object.keys(kits) as Provider[];

/** The kit of `provider`; anything else throws `invalid-input` naming `where` and the providers that exist. */
export function kitOf(where: string, provider: Provider): ProviderKit {
  if (typeof provider !== "string" || !Object.hasOwn(kits, provider)) {
    throw invalidInput(where, "provider", `must be one of ${providers.join(", ")}`);
  }
  return kits[provider];
}
