import { documentedFields, failure, requireField, type Describe, type Failure, type Success, type UnknownFailure } from "@operator-auth/core";
import {
  ActionRequiredResult,
  LoginInProcessStatus,
  RefusedResult,
  SecondFactorStatus,
  ServerErrorResult,
  type ActionRequiredResultCodes,
  type LoginInProcessStatusCodes,
  type RefusedResultCodes,
  type SecondFactorStatusCodes,
  type ServerErrorResultCodes,
} from "./generated/outcomes.js";
import { loginBodyFields, loginOperation, type LoginResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** A 200: the player is logged in. `result` is `OK` in the documents; another value is kept as sent. */
export type CasinoLoginSuccess = Success<200, Omit<Schemas["LoginSuccess"], "result"> & { result: Schemas["SuccessResult"] | (string & {}) }>;

/** The 401 fields a code the documents do not list may come with: those of every documented 401 body. */
type Undocumented401Body = Partial<Omit<Schemas["LoginRefusedResult"], "result">> & {
  data?: Schemas["SecondFactorRequired"]["data"] | Schemas["LoginInProcess"]["data"];
};

/**
 * Every documented answer but a 200, one branch per code: a 303 (the document's "Status 303" codes, with a
 * `token`; whether the player is logged in it does not say), a 400 (`errMsg`, no code), a 401 (a refusal, a verification step with `data`,
 * or a wait) and a 500. A code the documents do not list has its own `unknown` branch per status.
 */
export type CasinoLoginFailure =
  | Failure<303, ActionRequiredResultCodes, Schemas["LoginActionRequired"]>
  | UnknownFailure<303, string, Schemas["LoginActionRequired"]>
  | Failure<400, { code: null; outcome: (typeof loginOperation)["responses"]["400"]["outcome"] }, Schemas["InvalidInput"]>
  | Failure<401, RefusedResultCodes, Schemas["LoginRefusedResult"]>
  | Failure<401, SecondFactorStatusCodes, Schemas["SecondFactorRequired"]>
  | Failure<401, LoginInProcessStatusCodes, Schemas["LoginInProcess"]>
  | UnknownFailure<401, string, Undocumented401Body>
  | Failure<500, ServerErrorResultCodes, Schemas["ServerError"]>
  | UnknownFailure<500, string, Schemas["ServerError"]>;

export type CasinoLoginResult = CasinoLoginSuccess | CasinoLoginFailure;

/**
 * Turns a documented answer into the result: 200 is a success, every other documented status a
 * failure, described by the client's `describe`. A result carries the status's documented fields
 * alone.
 */
export function toLoginResult(response: LoginResponse, describe: Describe): CasinoLoginResult {
  const answer = { operation: loginOperation.id, status: response.status };
  const fields = documentedFields(response.body, loginBodyFields[response.status]);
  switch (response.status) {
    case 200:
      requireField(response.body, ["auth_token"], "string", answer);
      requireField(response.body, ["result"], "string", answer);
      return Object.assign({}, fields as Schemas["LoginSuccess"], { ok: true, status: 200, outcome: "ok" } as const);
    case 303: {
      requireField(response.body, ["token"], "string", answer);
      const { value: code } = requireField(response.body, ["result"], "string", answer);
      return failure(303, code, fields, describe(code, [ActionRequiredResult]));
    }
    case 400: {
      // The 400 body has no code, only the gateway's message, which is the best description there is.
      const { value: errMsg } = requireField(response.body, ["errMsg"], "string", answer);
      return failure(400, null, fields, { description: errMsg, outcome: loginOperation.responses[400].outcome });
    }
    case 401: {
      // A refusal carries `result`; a verification step or a wait carries `status`.
      const { value: code } = requireField(response.body, ["result", "status"], "string", answer);
      return failure(401, code, fields, describe(code, [RefusedResult, SecondFactorStatus, LoginInProcessStatus]));
    }
    case 500: {
      const { value: code } = requireField(response.body, ["result"], "string", answer);
      return failure(500, code, fields, describe(code, [ServerErrorResult]));
    }
  }
}
