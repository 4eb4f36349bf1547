/**
 * What an operation can be made to do besides a documented answer: the faults an app must survive.
 * Each is served the same by the mock server, the MSW handlers and the CLI.
 */
import { invalidInput, maxTimerMs } from "@operator-auth/core";

/**
 * A fault, in place of a documented answer (`Choice` is the operation's answer choices):
 * - `delay`: the answer (default: the one the operation gives now) after `ms` milliseconds.
 * - `hang`: no answer at all; the connection stays open until the client gives up or the mock closes.
 * - `reset`: the connection is dropped before any answer (MSW: a network error).
 * - `html`: an HTML error page (`text/html`) with `status` (default: the operation's documented success status).
 * - `truncated`: the answer's body (default: the documented success) cut short, sent as if complete.
 * - `empty`: the documented success's status and content type with no body.
 * - `status`: an HTTP status the spec does not give the operation (429, 502, 503, …), with `headers`
 *   (e.g. `{ "Retry-After": "120" }`) and a plain-text `body`, both optional.
 */
export type Fault<Choice = string | number> =
  | { readonly fault: "delay"; readonly ms: number; readonly answer?: Choice }
  | { readonly fault: "hang" }
  | { readonly fault: "reset" }
  | { readonly fault: "html"; readonly status?: number }
  | { readonly fault: "truncated"; readonly answer?: Choice }
  | { readonly fault: "empty" }
  | { readonly fault: "status"; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string };

export const faultNames = ["delay", "hang", "reset", "html", "truncated", "empty", "status"] as const;

export const isFault = (step: unknown): step is Fault => typeof step === "object" && step !== null && "fault" in step;

const httpStatus = (value: unknown) => Number.isInteger(value) && (value as number) >= 200 && (value as number) <= 599;

/** Checks a fault given from plain JavaScript; throws `invalid-input` naming `where` and what is wrong. */
export function checkFault(where: string, fault: Fault): void {
  const option = `fault "${String(fault.fault)}"`;
  switch (fault.fault) {
    case "delay":
      if (typeof fault.ms !== "number" || !(fault.ms >= 0 && fault.ms <= maxTimerMs)) {
        throw invalidInput(where, `${option}.ms`, `must be a number of milliseconds from 0 to ${maxTimerMs}`);
      }
      return;
    case "html":
      if (fault.status !== undefined && !httpStatus(fault.status)) throw invalidInput(where, `${option}.status`, "must be an HTTP status from 200 to 599");
      return;
    case "status":
      if (!httpStatus(fault.status)) throw invalidInput(where, `${option}.status`, "must be an HTTP status from 200 to 599");
      for (const [name, value] of Object.entries(fault.headers ?? {})) {
        if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name) || typeof value !== "string" || /[\r\n]/.test(value)) {
          throw invalidInput(where, `${option}.headers`, "must map header names to single-line strings");
        }
      }
      if (fault.body !== undefined && typeof fault.body !== "string") throw invalidInput(where, `${option}.body`, "must be a string");
      return;
    case "hang":
    case "reset":
    case "truncated":
    case "empty":
      return;
    default:
      throw invalidInput(where, "fault", `must be one of ${faultNames.join(", ")}`);
  }
}

/** The page a `html` fault serves: what a proxy or a maintenance page in front of the provider sends. */
export const htmlPage =
  "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head>\n" +
  "<body><h1>Service Unavailable</h1><p>operator-auth testing kit: an HTML page in place of the documented answer.</p></body></html>\n";

/** A body cut short: its first half, never a whole value. */
export const truncate = (body: string) => body.slice(0, Math.max(1, Math.floor(body.length / 2)));
