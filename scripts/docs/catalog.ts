/**
 * The error catalog: every code of every provider, read from the specs with `codeSchemas` (the same
 * reading the generator does), in one plain HTML table. A small inline script adds a filter box; without
 * JavaScript the page is the complete table.
 */
import { codeSchemas } from "../generate/codes.js";
import type { Schema, Spec } from "../generate/spec.js";
import { escapeHtml, page, textWithLinks, type NavLink } from "./html.js";
import { outcomeBadge, outcomeVocabularyTable } from "./outcomes.js";
import { operationsOf, type Provider } from "./providers.js";

export interface CatalogRow {
  provider: Provider;
  /** The code schema's name, or null for a documented answer that carries no code (its `x-outcome`). */
  schema: string | null;
  code: string;
  /** HTTP statuses the code comes with; empty when the documents give none. */
  statuses: string[];
  descriptions: string[];
  outcome: string;
  /** Everything else the spec says of the code, as label and text. */
  details: [string, string][];
}

export interface SchemaSummary {
  provider: Provider;
  name: string;
  description: string;
  codes: number;
  /** Where a documented body carries the schema: "login → 200", "interactiveLoginRedirect → request body". */
  usedIn: string[];
}

interface Usage {
  operationId: string;
  /** The response status, or null for a request body. */
  status: string | null;
}

/** x-codes fields shown in their own column, or not at all. */
const shownElsewhere = new Set(["outcome", "status", "meanings", "description"]);

export function catalog(providers: Provider[]): { rows: CatalogRow[]; schemas: SchemaSummary[] } {
  const rows: CatalogRow[] = [];
  const schemas: SchemaSummary[] = [];
  for (const provider of providers) {
    const usage = schemaUsage(provider.spec);
    const messages = exampleMessages(provider.spec);
    for (const [name, { schema, rows: codes }] of codeSchemas(provider.spec)) {
      const used = usage.get(name) ?? [];
      const usedStatuses = unique(used.flatMap((u) => (u.status === null ? [] : [u.status])));
      schemas.push({
        provider,
        name,
        description: firstParagraph(schema.description ?? ""),
        codes: codes.size,
        usedIn: used.map((u) => `${u.operationId} → ${u.status === null ? "request body" : u.status}`),
      });
      const xCodes = schema["x-codes"] ?? {};
      for (const [code, row] of codes) {
        const spec = xCodes[code] ?? {};
        const meanings = Array.isArray(spec.meanings) ? (spec.meanings as Record<string, unknown>[]) : [];
        const statuses = meanings.length
          ? unique(meanings.map((m) => String(m.status)))
          : row.status !== undefined
            ? [String(row.status)]
            : usedStatuses;
        const descriptions = [row.description];
        for (const meaning of meanings) {
          descriptions.push(`HTTP ${String(meaning.status)}${meaning.group ? ` (${String(meaning.group)})` : ""}: ${String(meaning.message)}`);
        }
        // Messages of example bodies, in the answers that carry this schema, that word the code differently.
        const wordings = new Set([row.description, ...meanings.map((m) => String(m.message))]);
        const carried = (m: ExampleMessage) => used.some((u) => u.operationId === m.operationId && u.status === m.status);
        for (const message of unique(messages.filter((m) => m.code === code && carried(m)).map((m) => m.message))) {
          if (!wordings.has(message)) descriptions.push(`Message in an example: ${message}`);
        }
        const details = Object.entries(spec)
          .filter(([field]) => !shownElsewhere.has(field))
          .map(([field, value]): [string, string] => [label(field), format(value)]);
        rows.push({ provider, schema: name, code, statuses, descriptions, outcome: row.outcome, details });
      }
    }
    rows.push(...answersWithoutCode(provider));
  }
  return { rows, schemas };
}

/** Documented answers whose body has no code: the response states its outcome with `x-outcome`. */
function answersWithoutCode(provider: Provider): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const { operationId, operation } of operationsOf(provider.spec)) {
    const responses = (operation.responses ?? {}) as Record<string, Record<string, unknown>>;
    for (const [status, response] of Object.entries(responses)) {
      const outcome = response["x-outcome"];
      if (typeof outcome !== "string") continue;
      const descriptions = [String(response.description ?? "").trim()];
      for (const value of exampleValues(response)) {
        for (const [field, text] of Object.entries(value)) {
          if (typeof text === "string") descriptions.push(`Message in an example (${field}): ${text}`);
        }
      }
      rows.push({
        provider,
        schema: null,
        code: "(no code)",
        statuses: [status],
        descriptions,
        outcome,
        details: [["answer", `${operationId} → ${status}; the body carries no code, the response states the outcome`]],
      });
    }
  }
  return rows;
}

/** Which operations' request or response bodies reference each component schema, directly or through others. */
function schemaUsage(spec: Spec): Map<string, Usage[]> {
  const components = spec.components?.schemas ?? {};
  const usage = new Map<string, Usage[]>();
  const note = (names: Set<string>, entry: Usage) => {
    for (const name of names) {
      const list = usage.get(name) ?? [];
      if (!list.some((u) => u.operationId === entry.operationId && u.status === entry.status)) list.push(entry);
      usage.set(name, list);
    }
  };
  for (const { operationId, operation } of operationsOf(spec)) {
    const body = operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
    note(referenced(Object.values(body?.content ?? {}).map((media) => media.schema), components), { operationId, status: null });
    const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, { schema?: unknown }> }>;
    for (const [status, response] of Object.entries(responses)) {
      note(referenced(Object.values(response.content ?? {}).map((media) => media.schema), components), { operationId, status });
    }
  }
  return usage;
}

function referenced(roots: unknown[], components: Record<string, Schema>): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!names.has(name)) {
        names.add(name);
        visit(components[name]);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  roots.forEach(visit);
  return names;
}

interface ExampleMessage {
  operationId: string;
  status: string;
  code: string;
  message: string;
}

/** `code` and `message` of every response example that has both: the wordings the examples use. */
function exampleMessages(spec: Spec): ExampleMessage[] {
  const messages: ExampleMessage[] = [];
  for (const { operationId, operation } of operationsOf(spec)) {
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Record<string, unknown>>)) {
      for (const value of exampleValues(response)) {
        if ((typeof value.code === "number" || typeof value.code === "string") && typeof value.message === "string") {
          messages.push({ operationId, status, code: String(value.code), message: value.message });
        }
      }
    }
  }
  return messages;
}

function exampleValues(response: Record<string, unknown>): Record<string, unknown>[] {
  const values: Record<string, unknown>[] = [];
  const content = (response.content ?? {}) as Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }> }>;
  for (const media of Object.values(content)) {
    const candidates = [media.example, ...Object.values(media.examples ?? {}).map((example) => example?.value)];
    for (const value of candidates) {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) values.push(value as Record<string, unknown>);
    }
  }
  return values;
}

const unique = (values: string[]) => [...new Set(values)];

const label = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

function format(value: unknown): string {
  if (Array.isArray(value)) return value.map(format).join(", ");
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    const { value: v, description } = value as { value?: unknown; description?: unknown };
    if (entries.length === 2 && v !== undefined && description !== undefined) return `${format(v)}: ${format(description)}`;
    return entries.map(([k, v]) => `${k}: ${format(v)}`).join("; ");
  }
  return String(value);
}

function firstParagraph(text: string): string {
  return (text.trim().split(/\n\s*\n/)[0] ?? "").replace(/\s*\n\s*/g, " ");
}

/** A stable fragment id for a row: provider, schema and code. */
export function rowId(row: Pick<CatalogRow, "provider" | "schema" | "code" | "statuses">): string {
  const parts = [row.provider.id, row.schema ?? `answer-${row.statuses.join("-")}`, row.code];
  return parts.join("-").replace(/[^A-Za-z0-9_-]+/g, "_");
}

/** Escaped, with line-break opportunities after underscores and between camel-case words (the text is unchanged). */
function breakable(text: string): string {
  return escapeHtml(text)
    .replace(/_/g, "_<wbr>")
    .replace(/([a-z])([A-Z])/g, "$1<wbr>$2");
}

const schemaId = (provider: Provider, name: string) => `schema-${provider.id}-${name}`;

export function renderCatalog(providers: Provider[], nav: NavLink[]): string {
  const { rows, schemas } = catalog(providers);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);

  const schemaRows = schemas
    .map(
      (s) => `<tr id="${schemaId(s.provider, s.name)}">
<td>${escapeHtml(s.provider.title)}</td>
<td><code>${escapeHtml(s.name)}</code></td>
<td>${s.codes}</td>
<td>${s.usedIn.length ? s.usedIn.map(escapeHtml).join("<br>") : '<span class="muted">no documented body carries it</span>'}</td>
<td>${textWithLinks(s.description)}</td>
</tr>`,
    )
    .join("\n");

  const codeRows = rows
    .map((row) => {
      const schema = row.schema
        ? `<a href="#${schemaId(row.provider, row.schema)}">${breakable(row.schema)}</a>`
        : '<span class="muted">no code schema</span>';
      const status = row.statuses.length ? escapeHtml(row.statuses.join(", ")) : '<span class="muted" title="The documents give no HTTP status">—</span>';
      const [first, ...more] = row.descriptions;
      const description =
        textWithLinks(first ?? "") + more.map((text) => `<span class="message">${textWithLinks(text)}</span>`).join("");
      const details = row.details.map(([name, text]) => `<div><strong>${escapeHtml(name)}:</strong> ${textWithLinks(text)}</div>`).join("");
      return `<tr id="${rowId(row)}">
<td class="provider" title="${escapeHtml(row.provider.title)}">${escapeHtml(row.provider.id)}</td>
<td class="schema">${schema}</td>
<td class="code">${breakable(row.code)}</td>
<td class="status">${status}</td>
<td class="description">${description}${details ? `<div class="details">${details}</div>` : ""}</td>
<td>${outcomeBadge(row.outcome)}</td>
</tr>`;
    })
    .join("\n");

  const perProvider = providers
    .map((p) => `${escapeHtml(p.title)}: ${rows.filter((row) => row.provider === p).length}`)
    .join(", ");

  const body = `<h1>Error catalog</h1>
<p class="lead">Every code of every provider, read from the OpenAPI specs: ${rows.length} rows (${perProvider}).
Each row gives the provider, the code schema it belongs to, the code as the provider sends it, the HTTP status it comes
with, the documents' description (and any other wording the documents give it), the outcome the clients report for it,
and everything else the spec records about it.</p>
<p>A client built with a code table (<code>descriptions: codeTables</code>) returns these descriptions with each result;
the outcome is always there. For Betfair, the documents give no HTTP status: the specs model every answer as an HTTP 200
whose body carries the status and error code, an assumption from observed behaviour, not a statement of the documents.</p>

<p class="jump"><a href="#codes-heading">Codes</a> · <a href="#schemas">Code schemas</a> · <a href="#outcomes">Outcomes</a></p>

<h2 id="codes-heading">Codes</h2>
<div class="filter" id="filter-box" hidden>
<label for="filter">Filter</label>
<input id="filter" type="search" placeholder="A code, a word of its description, an outcome, a provider…" autocomplete="off" spellcheck="false">
<span id="filter-count" class="muted" aria-live="polite"></span>
</div>
<table class="codes" id="codes">
<colgroup><col class="col-provider"><col class="col-schema"><col class="col-code"><col class="col-status"><col class="col-description"><col class="col-outcome"></colgroup>
<thead><tr><th>Provider</th><th>Code schema</th><th>Code</th><th>HTTP status</th><th>Description(s) and details</th><th>Outcome</th></tr></thead>
<tbody>
${codeRows}
</tbody>
</table>
<p id="filter-none" hidden>No code matches the filter.</p>

<h2 id="schemas">Code schemas</h2>
<table class="schemas">
<thead><tr><th>Provider</th><th>Code schema</th><th>Codes</th><th>Carried by</th><th>Description</th></tr></thead>
<tbody>
${schemaRows}
</tbody>
</table>

<h2 id="outcomes">Outcomes</h2>
${outcomeVocabularyTable(counts)}`;

  return page({ title: "Error catalog — operator-auth", nav, current: "error-catalog.html", body, script: filterScript, wide: true });
}

/** Progressive enhancement: shows the filter box and hides the rows that do not contain every typed word. */
const filterScript = `
(() => {
  const box = document.getElementById("filter-box");
  const input = document.getElementById("filter");
  const count = document.getElementById("filter-count");
  const none = document.getElementById("filter-none");
  const rows = Array.from(document.querySelectorAll("#codes tbody tr"));
  const texts = rows.map((row) => row.textContent.toLowerCase());
  const apply = () => {
    const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const match = words.every((word) => texts[i].includes(word));
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = words.length ? shown + " of " + rows.length + " rows match" : rows.length + " rows";
    none.hidden = shown !== 0;
  };
  input.addEventListener("input", apply);
  const query = new URLSearchParams(location.search).get("q");
  if (query) input.value = query;
  box.hidden = false;
  apply();
})();
`;
