import { documentedRow, outcomeOf, type Descriptions, type Outcome } from "@operator-auth/core";
import { WorkflowId } from "./generated/outcomes.js";

/**
 * The workflow a login left pending (`workflowType` ≠ 0): the document says the user is "authenticated but
 * not authorized" while it is pending; what `cancelWorkflow` leaves the user as, it does not say. Its `name` and `resolution` come from the
 * client's `descriptions`; without them the workflow is its `id` and `outcome`.
 */
export interface PosApiWorkflow {
  /** The `workflowType` of the login answer, kept even when the document does not list it. */
  id: number;
  /**
   * Its name in the document's Workflow IDs table (7 is `FinalizeRegistration`), present when the client
   * was given `descriptions` and the table lists the id.
   */
  name?: string;
  /** What it means for the app (`action-required`, `second-factor-required`, …); `unknown` for an id the table does not list. */
  outcome: Outcome;
  /**
   * How the document says to resolve it (e.g. "UserData, FinalizeWorkflow"), present when the client was
   * given `descriptions` and the table gives it for the id.
   */
  resolution?: string;
}

/**
 * `null` for workflow 0 (none pending), else the pending workflow: its outcome from the Workflow IDs
 * table, and its name and resolution from `descriptions` when given.
 */
export function pendingWorkflow(id: number, descriptions?: Descriptions): PosApiWorkflow | null {
  if (id === 0) return null;
  const row = documentedRow(descriptions, WorkflowId, id);
  return Object.assign(
    { id },
    typeof row?.description === "string" ? { name: row.description } : undefined,
    { outcome: outcomeOf(WorkflowId, id) ?? "unknown" },
    typeof row?.resolution === "string" ? { resolution: row.resolution } : undefined,
  );
}
