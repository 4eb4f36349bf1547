/**
 * workflows.html: the tables a login answer points to but that are not codes of a failure — PosAPI's
 * workflows (`workflowType`), its post-login values and the Secure Login workflow keys — read from the
 * specs with `codeSchemas`, one readable table each.
 */
import { codeSchemas } from "../generate/codes.js";
import type { Schema } from "../generate/spec.js";
import { escapeHtml, page, textWithLinks, type NavLink } from "./html.js";
import { outcomeBadge } from "./outcomes.js";
import type { Provider } from "./providers.js";

export const workflowsPage = "workflows.html";

interface Table {
  /** The code schema it renders. */
  schema: string;
  title: string;
  headings: string[];
  /** One row's cells, as HTML. */
  cells(code: string, description: string, entry: Record<string, unknown>): string[];
}

const list = (value: unknown) => (Array.isArray(value) ? value.map((item) => `<code>${escapeHtml(String(item))}</code>`).join(", ") : "");

interface ValueRow {
  value: string;
  description?: string;
}

const tables: Table[] = [
  {
    schema: "WorkflowId",
    title: "Workflows",
    headings: ["ID", "Workflow", "How to resolve it", "WorkflowData keys", "Post-login values", "Outcome"],
    cells: (code, description, entry) => [
      `<code>${escapeHtml(code)}</code>`,
      `<strong>${escapeHtml(description)}</strong>`,
      textWithLinks(String(entry.resolution ?? "")) + (list(entry.endpoints) ? `<div class="muted">endpoints: ${list(entry.endpoints)}</div>` : ""),
      list(entry.workflowDataKeys),
      list(entry.postLoginValues),
      outcomeBadge(String(entry.outcome)),
    ],
  },
  {
    schema: "PostLoginValueKey",
    title: "Post-login values",
    headings: ["Key", "Values", "Description"],
    cells: (code, description, entry) => {
      const rows = (entry.values as ValueRow[] | undefined) ?? [];
      const values = rows
        .map((row) => `<div><code>${escapeHtml(row.value)}</code>${row.description ? ` — ${textWithLinks(row.description)}` : ""}</div>`)
        .join("");
      const closed = entry.closedSet === true ? '<div class="muted">one of these values</div>' : "";
      // Rows with their own wording are described above; otherwise the key's description covers them all.
      const shared = rows.some((row) => row.description) ? "" : textWithLinks(description);
      return [`<code>${escapeHtml(code)}</code>`, values + closed, shared];
    },
  },
  {
    schema: "SecureLoginWorkflowKey",
    title: "Secure Login workflow keys",
    headings: ["Key", "Description", "When to send"],
    cells: (code, description, entry) => [
      `<code>${escapeHtml(code)}</code>`,
      textWithLinks(description),
      escapeHtml(String(entry.whenToSend ?? "")),
    ],
  },
];

/** The providers and tables the page shows: every provider whose spec has one of the tables. */
interface Section {
  provider: Provider;
  table: Table;
  schema: Schema;
  rows: [string, string, Record<string, unknown>][];
}

function sections(providers: Provider[]): Section[] {
  const found: Section[] = [];
  for (const provider of providers) {
    const schemas = codeSchemas(provider.spec);
    for (const table of tables) {
      const entry = schemas.get(table.schema);
      if (!entry) continue;
      const codes = entry.schema["x-codes"] ?? {};
      const rows = [...entry.rows].map(([code, row]): [string, string, Record<string, unknown>] => [code, row.description, codes[code] ?? {}]);
      found.push({ provider, table, schema: entry.schema, rows });
    }
  }
  return found;
}

export function renderWorkflows(providers: Provider[], nav: NavLink[]): string {
  const parts = sections(providers).map(({ provider, table, schema, rows }) => {
    const id = `${provider.id}-${table.schema}`;
    const body = rows
      .map(([code, description, entry]) => `<tr id="${escapeHtml(`${id}-${code}`)}">${table.cells(code, description, entry).map((cell) => `<td>${cell}</td>`).join("")}</tr>`)
      .join("\n");
    const intro = (schema.description ?? "").trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, " ");
    return `<h2 id="${escapeHtml(id)}">${escapeHtml(table.title)} <span class="muted">— ${escapeHtml(provider.title)}</span></h2>
<p>${textWithLinks(intro)}</p>
<table class="reference-table">
<thead><tr>${table.headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join("")}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
  });
  const jump = sections(providers)
    .map(({ provider, table }) => `<a href="#${escapeHtml(`${provider.id}-${table.schema}`)}">${escapeHtml(table.title)}</a>`)
    .join(" · ");
  const body = `<h1>Workflows and post-login values</h1>
<p class="lead">What a login answer points to besides its code: the workflow a user has to complete, "authenticated
but not authorized" while it is pending, as the document says (the login's <code>workflowType</code>), the post-login values the workflows refer to, and the keys a
workflow step sends. Read from the OpenAPI specs, with the documents' wording.</p>
<p class="jump">${jump}</p>
${parts.join("\n\n")}`;
  return page({ title: "Workflows and post-login values — operator-auth", nav, current: workflowsPage, body, wide: true });
}
