import { describeCode, failure, requireField, type Descriptions, type Failure } from "@operator-auth/core";
import {
  ActionRequiredResult,
  LoginInProcessStatus,
  RefusedResult,
  SecondFactorStatus,
  ServerErrorResult,
} from "./generated/outcomes.js";
import { loginOperation, type LoginResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
/** A documented code, or any other string the gateway may send one day. */
type Code<Known extends string> = Known | (string & {});

/** A 200: the player is logged in. `result` is `OK` in the documents; another value is kept as sent. */
export type CasinoLoginSuccess = { ok: true; status: 200 } & Omit<Schemas["LoginSuccess"], "result"> & {
  result: Code<Schemas["SuccessResult"]>;
};

export type CasinoLoginFailure =
  | Failure<303, Code<Schemas["ActionRequiredResult"]>, Schemas["LoginActionRequired"]>
  | Failure<400, null, Schemas["InvalidInput"]>
  | Failure<401, Code<Schemas["RefusedResult"]>, Schemas["LoginRefusedResult"]>
  | Failure<401, Code<Schemas["SecondFactorStatus"]>, Schemas["SecondFactorRequired"]>
  | Failure<401, Code<Schemas["LoginInProcessStatus"]>, Schemas["LoginInProcess"]>
  | Failure<500, Code<Schemas["ServerErrorResult"]>, Schemas["ServerError"]>;

export type CasinoLoginResult = CasinoLoginSuccess | CasinoLoginFailure;

/**
 * Turns a documented answer into the result: 200 is a success, every other documented status a
 * failure, described from `descriptions` when given.
 */
export function toLoginResult(response: LoginResponse, descriptions?: Descriptions): CasinoLoginResult {
  const where = { operation: loginOperation.id, status: response.status };
  switch (response.status) {
    case 200:
      requireField(response.body, ["auth_token"], "string", where);
      requireField(response.body, ["result"], "string", where);
      return { ...response.body, ok: true, status: 200 };
    case 303: {
      requireField(response.body, ["token"], "string", where);
      const { value: code } = requireField(response.body, ["result"], "string", where);
      return failure(303, code, response.body, describeCode(code, [ActionRequiredResult], descriptions));
    }
    case 400: {
      // The 400 body has no code, only the gateway's message, which is the best description there is.
      const { value: errMsg } = requireField(response.body, ["errMsg"], "string", where);
      return failure(400, null, response.body, { description: errMsg, outcome: loginOperation.responses[400].outcome });
    }
    case 401: {
      // A refusal carries `result`; a verification step or a wait carries `status`.
      const { value: code } = requireField(response.body, ["result", "status"], "string", where);
      const meaning = describeCode(code, [RefusedResult, SecondFactorStatus, LoginInProcessStatus], descriptions);
      return failure(401, code, response.body as Schemas["LoginRefusedResult"], meaning);
    }
    case 500: {
      const { value: code } = requireField(response.body, ["result"], "string", where);
      return failure(500, code, response.body, describeCode(code, [ServerErrorResult], descriptions));
    }
  }
}
