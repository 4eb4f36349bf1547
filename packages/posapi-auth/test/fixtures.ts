import { contractCases } from "../../../test/contract-cases.js";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { specFile } from "../../../test/paths.js";
import { codeTables } from "../src/codes.js";
import { createPosApiClient, type PosApiClientOptions } from "../src/index.js";

export const spec = specFile("posapi-auth");

/** The spec's Login 200 example, read once: a server handler must not parse the whole spec per request. */
const loginSuccessExample = contractCases(spec).find((c) => c.operationId === "login" && c.status === 200)!.value;

/** The body of the spec's Login 200 example. */
export function loginSuccessBody(): Record<string, unknown> {
  return structuredClone(loginSuccessExample);
}

export const password = `pä55&word=+%/"\\ 🎲 secret`;
export const accessId = "frontend-bw-brand-7";

export function clientFor(baseUrl: string, options: Partial<PosApiClientOptions> = {}) {
  return createPosApiClient({ baseUrl, accessId, timeoutMs: generousTimeoutMs, ...options });
}

/** A client given the full code tables: its failures carry descriptions and its workflows names. */
export function describedClientFor(baseUrl: string, options: Partial<PosApiClientOptions> = {}) {
  return clientFor(baseUrl, { descriptions: codeTables, ...options });
}

export const loginInput = { username: "tokenguy1", password, language: "EN" };
