// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CallOptions, OperationInfo, Transport } from "@operator-auth/core";
import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { paths } from "./schema.js";

type LoginSpec = paths["/api/login"]["post"];

export const loginOperation = {
  "id": "login",
  "method": "post",
  "path": "/api/login",
  "requestContentType": "application/x-www-form-urlencoded",
  "responses": {
    "200": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const loginBodyFields = {"200":["token","product","status","error"]} as const;

export type LoginRequest = ParamsOption<LoginSpec> & RequestBodyOption<LoginSpec>;

export type LoginResponse =
  | { status: 200; body: LoginSpec["responses"][200]["content"]["application/json"] }
  ;

/** Log in with username and password (API login): POST /api/login */
export function login(transport: Transport, request: LoginRequest, options?: CallOptions): Promise<LoginResponse> {
  return transport.send(loginOperation, request, options) as Promise<LoginResponse>;
}

type KeepAliveSpec = paths["/api/keepAlive"]["post"];

export const keepAliveOperation = {
  "id": "keepAlive",
  "method": "post",
  "path": "/api/keepAlive",
  "responses": {
    "200": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const keepAliveBodyFields = {"200":["token","product","status","error"]} as const;

export type KeepAliveRequest = ParamsOption<KeepAliveSpec> & RequestBodyOption<KeepAliveSpec>;

export type KeepAliveResponse =
  | { status: 200; body: KeepAliveSpec["responses"][200]["content"]["application/json"] }
  ;

/** Extend the session (Keep Alive): POST /api/keepAlive */
export function keepAlive(transport: Transport, request: KeepAliveRequest, options?: CallOptions): Promise<KeepAliveResponse> {
  return transport.send(keepAliveOperation, request, options) as Promise<KeepAliveResponse>;
}

type LogoutSpec = paths["/api/logout"]["post"];

export const logoutOperation = {
  "id": "logout",
  "method": "post",
  "path": "/api/logout",
  "responses": {
    "200": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const logoutBodyFields = {"200":["token","product","status","error"]} as const;

export type LogoutRequest = ParamsOption<LogoutSpec> & RequestBodyOption<LogoutSpec>;

export type LogoutResponse =
  | { status: 200; body: LogoutSpec["responses"][200]["content"]["application/json"] }
  ;

/** End the session (Logout): POST /api/logout */
export function logout(transport: Transport, request: LogoutRequest, options?: CallOptions): Promise<LogoutResponse> {
  return transport.send(logoutOperation, request, options) as Promise<LogoutResponse>;
}

type CertLoginSpec = paths["/api/certlogin"]["post"];

export const certLoginOperation = {
  "id": "certLogin",
  "method": "post",
  "path": "/api/certlogin",
  "requestContentType": "application/x-www-form-urlencoded",
  "responses": {
    "200": {
      "body": "json"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const certLoginBodyFields = {"200":["sessionToken","loginStatus"]} as const;

export type CertLoginRequest = ParamsOption<CertLoginSpec> & RequestBodyOption<CertLoginSpec>;

export type CertLoginResponse =
  | { status: 200; body: CertLoginSpec["responses"][200]["content"]["application/json"] }
  ;

/** Log in with a client certificate (non-interactive / bot login): POST /api/certlogin */
export function certLogin(transport: Transport, request: CertLoginRequest, options?: CallOptions): Promise<CertLoginResponse> {
  return transport.send(certLoginOperation, request, options) as Promise<CertLoginResponse>;
}

type InteractiveLoginPageSpec = paths["/view/login"]["get"];

export const interactiveLoginPageOperation = {
  "id": "interactiveLoginPage",
  "method": "get",
  "path": "/view/login",
  "responses": {
    "200": {
      "body": "text"
    }
  }
} as const satisfies OperationInfo;

/** The fields each documented JSON answer's body documents, under their wire names: a result carries these alone. */
export const interactiveLoginPageBodyFields = {} as const;

export type InteractiveLoginPageRequest = ParamsOption<InteractiveLoginPageSpec> & RequestBodyOption<InteractiveLoginPageSpec>;

export type InteractiveLoginPageResponse =
  | { status: 200; body: InteractiveLoginPageSpec["responses"][200]["content"]["text/html"] }
  ;

/** Embedded Betfair login page (interactive login): GET /view/login */
export function interactiveLoginPage(transport: Transport, request: InteractiveLoginPageRequest, options?: CallOptions): Promise<InteractiveLoginPageResponse> {
  return transport.send(interactiveLoginPageOperation, request, options) as Promise<InteractiveLoginPageResponse>;
}
