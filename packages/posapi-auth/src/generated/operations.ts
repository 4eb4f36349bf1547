// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CallOptions, OperationInfo, Transport } from "@operator-auth/core";
import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { paths } from "./schema.js";

type CheckCountryBlockSpec = paths["/Authentication.svc/CheckCountryBlock"]["get"];

export const checkCountryBlockOperation = {
  "id": "checkCountryBlock",
  "method": "get",
  "path": "/Authentication.svc/CheckCountryBlock",
  "responses": {
    "200": {
      "body": "none"
    },
    "400": {
      "body": "json"
    },
    "403": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const checkCountryBlockBodyFields = {"400":["code","message","values"],"403":["code","message","values"]} as const;

export type CheckCountryBlockRequest = ParamsOption<CheckCountryBlockSpec> & RequestBodyOption<CheckCountryBlockSpec>;

export type CheckCountryBlockResponse =
  | { status: 200; body: undefined }
  | { status: 400; body: CheckCountryBlockSpec["responses"][400]["content"]["application/json"] }
  | { status: 403; body: CheckCountryBlockSpec["responses"][403]["content"]["application/json"] }
  ;

/** Checks if the given country is blocked: GET /Authentication.svc/CheckCountryBlock */
export function checkCountryBlock(transport: Transport, request: CheckCountryBlockRequest, options?: CallOptions): Promise<CheckCountryBlockResponse> {
  return transport.send(checkCountryBlockOperation, request, options) as Promise<CheckCountryBlockResponse>;
}

type LoginSpec = paths["/Authentication.svc/Login"]["post"];

export const loginOperation = {
  "id": "login",
  "method": "post",
  "path": "/Authentication.svc/Login",
  "requestContentType": "application/json",
  "responses": {
    "200": {
      "body": "json"
    },
    "400": {
      "body": "json"
    },
    "403": {
      "body": "json"
    },
    "500": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const loginBodyFields = {"200":["Balance","ClaimValues","PendingActions","PostLoginValues","SogeiCustomerId","accountCategoryId","accountId","globalSessionId","language","lastLoginUTC","lastLogoutUTC","playerCategory","realPlayer","rsaAssigned","screenName","serverTimeUTC","serviceSessionId","sessionToken","ssoToken","userName","userToken","workflowType","workflowKeys","superCookie"],"400":["code","message","values"],"403":["code","message","values"],"500":["code","message","values"]} as const;

export type LoginRequest = ParamsOption<LoginSpec> & RequestBodyOption<LoginSpec>;

export type LoginResponse =
  | { status: 200; body: LoginSpec["responses"][200]["content"]["application/json"] }
  | { status: 400; body: LoginSpec["responses"][400]["content"]["application/json"] }
  | { status: 403; body: LoginSpec["responses"][403]["content"]["application/json"] }
  | { status: 500; body: LoginSpec["responses"][500]["content"]["application/json"] }
  ;

/** Login a User: POST /Authentication.svc/Login */
export function login(transport: Transport, request: LoginRequest, options?: CallOptions): Promise<LoginResponse> {
  return transport.send(loginOperation, request, options) as Promise<LoginResponse>;
}

type LoginWithPidSpec = paths["/Authentication.svc/Login/PID"]["post"];

export const loginWithPidOperation = {
  "id": "loginWithPid",
  "method": "post",
  "path": "/Authentication.svc/Login/PID",
  "requestContentType": "application/json",
  "responses": {
    "200": {
      "body": "json"
    },
    "400": {
      "body": "json"
    },
    "403": {
      "body": "json"
    },
    "500": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const loginWithPidBodyFields = {"200":["Balance","ClaimValues","PendingActions","PostLoginValues","SogeiCustomerId","accountCategoryId","accountId","globalSessionId","language","lastLoginUTC","lastLogoutUTC","playerCategory","realPlayer","rsaAssigned","screenName","serverTimeUTC","serviceSessionId","sessionToken","ssoToken","userName","userToken","workflowType","workflowKeys","superCookie"],"400":["code","message","values"],"403":["code","message","values"],"500":["code","message","values"]} as const;

export type LoginWithPidRequest = ParamsOption<LoginWithPidSpec> & RequestBodyOption<LoginWithPidSpec>;

export type LoginWithPidResponse =
  | { status: 200; body: LoginWithPidSpec["responses"][200]["content"]["application/json"] }
  | { status: 400; body: LoginWithPidSpec["responses"][400]["content"]["application/json"] }
  | { status: 403; body: LoginWithPidSpec["responses"][403]["content"]["application/json"] }
  | { status: 500; body: LoginWithPidSpec["responses"][500]["content"]["application/json"] }
  ;

/** Login a User (PID-Login): POST /Authentication.svc/Login/PID */
export function loginWithPid(transport: Transport, request: LoginWithPidRequest, options?: CallOptions): Promise<LoginWithPidResponse> {
  return transport.send(loginWithPidOperation, request, options) as Promise<LoginWithPidResponse>;
}

type LogoutSpec = paths["/Authentication.svc/Logout"]["post"];

export const logoutOperation = {
  "id": "logout",
  "method": "post",
  "path": "/Authentication.svc/Logout",
  "responses": {
    "200": {
      "body": "none"
    },
    "400": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const logoutBodyFields = {"400":["code","message","values"]} as const;

export type LogoutRequest = ParamsOption<LogoutSpec> & RequestBodyOption<LogoutSpec>;

export type LogoutResponse =
  | { status: 200; body: undefined }
  | { status: 400; body: LogoutSpec["responses"][400]["content"]["application/json"] }
  ;

/** Logout a User: POST /Authentication.svc/Logout */
export function logout(transport: Transport, request: LogoutRequest, options?: CallOptions): Promise<LogoutResponse> {
  return transport.send(logoutOperation, request, options) as Promise<LogoutResponse>;
}

type CancelWorkflowSpec = paths["/Authentication.svc/CancelWorkflow"]["post"];

export const cancelWorkflowOperation = {
  "id": "cancelWorkflow",
  "method": "post",
  "path": "/Authentication.svc/CancelWorkflow",
  "responses": {
    "200": {
      "body": "none"
    },
    "400": {
      "body": "json"
    },
    "404": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const cancelWorkflowBodyFields = {"400":["code","message","values"],"404":["code","message","values"]} as const;

export type CancelWorkflowRequest = ParamsOption<CancelWorkflowSpec> & RequestBodyOption<CancelWorkflowSpec>;

export type CancelWorkflowResponse =
  | { status: 200; body: undefined }
  | { status: 400; body: CancelWorkflowSpec["responses"][400]["content"]["application/json"] }
  | { status: 404; body: CancelWorkflowSpec["responses"][404]["content"]["application/json"] }
  ;

/** Cancel a workflow: POST /Authentication.svc/CancelWorkflow */
export function cancelWorkflow(transport: Transport, request: CancelWorkflowRequest, options?: CallOptions): Promise<CancelWorkflowResponse> {
  return transport.send(cancelWorkflowOperation, request, options) as Promise<CancelWorkflowResponse>;
}
