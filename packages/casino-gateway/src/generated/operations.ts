// Generated from specs/casino-gateway/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CallOptions, OperationInfo, Transport } from "@operator-auth/core";
import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { paths } from "./schema.js";

type LoginSpec = paths["/gateway/login/{version}/{brand_id}/player"]["post"];

export const loginOperation = {
  "id": "login",
  "method": "post",
  "path": "/gateway/login/{version}/{brand_id}/player",
  "requestContentType": "application/json",
  "responses": {
    "200": {
      "body": "json"
    },
    "303": {
      "body": "json"
    },
    "400": {
      "body": "json",
      "outcome": "invalid-request"
    },
    "401": {
      "body": "json"
    },
    "500": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const loginBodyFields = {"200":["auth_token","result","actions","documents_required","identification_token","links"],"303":["token","result","actions","documents_required","identification_token"],"400":["errMsg"],"401":["result","actions","documents_required","identification_token","status","data"],"500":["result"]} as const;

export type LoginRequest = ParamsOption<LoginSpec> & RequestBodyOption<LoginSpec>;

export type LoginResponse =
  | { status: 200; body: LoginSpec["responses"][200]["content"]["application/json"] }
  | { status: 303; body: LoginSpec["responses"][303]["content"]["application/json"] }
  | { status: 400; body: LoginSpec["responses"][400]["content"]["application/json"] }
  | { status: 401; body: LoginSpec["responses"][401]["content"]["application/json"] }
  | { status: 500; body: LoginSpec["responses"][500]["content"]["application/json"] }
  ;

/** Log a player in: POST /gateway/login/{version}/{brand_id}/player */
export function login(transport: Transport, request: LoginRequest, options?: CallOptions): Promise<LoginResponse> {
  return transport.send(loginOperation, request, options) as Promise<LoginResponse>;
}
