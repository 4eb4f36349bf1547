import type { CodeInfo, Outcome } from "@operator-auth/core";
import { WorkflowId } from "./generated/codes.js";

/**
 * The workflow a login left pending (`workflowType` ≠ 0): the user is authenticated but not authorized
 * until it is completed, or cancelled with `cancelWorkflow`.
 */
export interface PosApiWorkflow {
  /** The `workflowType` of the login answer, kept even when the document does not list it. */
  id: number;
  /** Its name in the document's Workflow IDs table (7 is `FinalizeRegistration`); `undefined` for an id the table does not list. */
  name: string | undefined;
  /** What it means for the app (`action-required`, `second-factor-required`, …); `unknown` for an id the table does not list. */
  outcome: Outcome;
  /** How the document says to resolve it (e.g. "UserData, FinalizeWorkflow"); `undefined` for an id the table does not list. */
  resolution: string | undefined;
}

/** `null` for workflow 0 (none pending), else the pending workflow as the Workflow IDs table describes it. */
export function pendingWorkflow(id: number): PosApiWorkflow | null {
  if (id === 0) return null;
  const key = String(id);
  // hasOwn, not `in`: an id must not hit Object.prototype.
  if (!Object.hasOwn(WorkflowId, key)) return { id, name: undefined, outcome: "unknown", resolution: undefined };
  const row = (WorkflowId as Record<string, CodeInfo>)[key]!;
  return { id, name: row.description, outcome: row.outcome, resolution: typeof row.resolution === "string" ? row.resolution : undefined };
}
