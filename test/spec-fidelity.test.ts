/**
 * The specs stay faithful to the providers' documents:
 * - every "Document disagreement:" quotes the two statements that disagree, and none is about a typo;
 * - every document example listed in `test/fixtures/document-examples.ts` is in its spec, verbatim;
 * - no description in a generated code table (what results carry) holds a note of the spec's author.
 *
 * With the source documents at hand (`SOURCE_DOCUMENTS=<dir>`, the folder of the archived provider
 * documents), it also checks each example against its document, and each description's wording too.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeTables as betfairTables } from "../packages/betfair-sso/src/codes.js";
import { codeTables as casinoTables } from "../packages/casino-gateway/src/codes.js";
import { codeTables as posApiTables } from "../packages/posapi-auth/src/codes.js";
import { documentExamples, withVerbatimExamplesShown, type DocumentExample } from "../scripts/docs/document-examples.js";
import { codeSchemas, specOnlyFields } from "../scripts/generate/codes.js";
import { descriptionProblems, disagreementProblems, specDisagreementProblems } from "../scripts/generate/fidelity.js";
import { listSpecs, readSpec } from "../scripts/generate/spec.js";
import { documentExampleFixtures } from "./fixtures/document-examples.js";

const specs = new Map(listSpecs().map(({ provider, specFile }) => [provider, readSpec(specFile)]));
const sourceDir = process.env.SOURCE_DOCUMENTS;
const sources = sourceDir && existsSync(sourceDir) ? sourceDir : undefined;
const source = (file: string) => readFileSync(join(sources!, file), "utf8");

/** Without any whitespace: excerpts match however a spec or a document wraps and indents them. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("Document disagreement: names two conflicting statements", () => {
  it.each([...specs])("%s: every marked disagreement quotes two statements and none is a typo", (_provider, spec) => {
    expect(specDisagreementProblems(spec)).toEqual([]);
  });

  it("the rule refuses a disagreement without both statements, or about a typo, and accepts one with both", () => {
    expect(disagreementProblems("Document disagreement: the older revision says otherwise.")).toHaveLength(1);
    expect(disagreementProblems('Document disagreement: "responde" reads as a typo for "respond".')).toHaveLength(1);
    expect(disagreementProblems('Document disagreement: the table gives `int`; the body shows `"string"`.')).toEqual([]);
    expect(disagreementProblems('Document disagreement: "No Workflow pending" (403) and\n"No workflow pending" (404).')).toEqual([]);
    expect(disagreementProblems('Note: "responde" is the document\'s spelling.')).toEqual([]);
  });
});

/** How an example's value reads as the document writes it: the text itself, a form body, or JSON. */
function written(example: DocumentExample): string {
  if (typeof example.value === "string") return example.value;
  if (example.where.includes("x-www-form-urlencoded")) {
    return Object.entries(example.value as Record<string, string>).map(([key, value]) => `${key}=${value}`).join("&");
  }
  return JSON.stringify(example.value);
}

describe("document examples are kept verbatim", () => {
  const held = new Map([...specs].map(([provider, spec]) => [provider, documentExamples(spec)]));

  it.each(documentExampleFixtures)("$provider $where $name (from $source)", (fixture) => {
    const example = held.get(fixture.provider)!.find((e) => e.where === fixture.where && e.name === fixture.name);
    expect(example, "the spec holds the example").toBeDefined();
    expect(squeeze(written(example!))).toContain(squeeze(fixture.excerpt));
    if (sources) expect(verbatimInSource(example!, source(fixture.source), fixture.excerpt)).toBe(true);
  });

  it.each([...specs])("%s: the reference page's copy of the spec shows every verbatim text, the spec stays as it is", (_provider, spec) => {
    const before = JSON.stringify(spec);
    const shown = JSON.stringify(withVerbatimExamplesShown(spec));
    expect(JSON.stringify(spec)).toBe(before);
    for (const example of documentExamples(spec).filter((e) => e.verbatimText)) {
      expect(shown, `${example.where} ${example.name}`).toContain(JSON.stringify(`\`\`\`\n${example.value as string}\n\`\`\``).slice(1, -1));
    }
  });

  it("every document example a spec marks is listed in the fixture", () => {
    const listed = new Set(documentExampleFixtures.map((f) => `${f.provider} ${f.where} ${f.name}`));
    for (const [provider, examples] of held) {
      for (const example of examples) expect(listed, `${provider} ${example.where} ${example.name}`).toContain(`${provider} ${example.where} ${example.name}`);
    }
  });
});

/**
 * Finds the excerpt in the document (ignoring whitespace), takes the whole example around it — the
 * enclosing `{…}`, or the XML element — and compares it with the spec's: parsed JSON for a named example,
 * the text line by line (indentation and trailing spaces aside) for a verbatim text.
 */
function verbatimInSource(example: DocumentExample, document: string, excerpt: string): boolean {
  const at = indexIgnoringWhitespace(document, excerpt);
  if (at < 0) return false;
  if (example.where.includes("x-www-form-urlencoded")) return written(example).includes(excerpt);
  const block = example.where.endsWith("xml") ? xmlElementAround(document, at) : bracesAround(document, at);
  if (!example.verbatimText) return JSON.stringify(JSON.parse(block)) === JSON.stringify(example.value);
  const lines = (text: string) => text.split("\n").map((line) => line.trim());
  return JSON.stringify(lines(block)) === JSON.stringify(lines(example.value as string));
}

function indexIgnoringWhitespace(text: string, excerpt: string): number {
  const positions: number[] = [];
  let squeezed = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    positions.push(i);
    squeezed += text[i];
  }
  const found = squeezed.indexOf(squeeze(excerpt));
  return found < 0 ? -1 : positions[found]!;
}

/** The outermost `{…}` around `at` within its paragraph (the documents set examples off by blank lines). */
function bracesAround(text: string, at: number): string {
  let start = -1;
  for (let i = at, depth = 0; i >= 0; i--) {
    if (text[i] === "\n" && /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", i - 1) + 1, i))) break;
    if (text[i] === "}" && i !== at) depth++;
    if (text[i] === "{" && depth-- === 0) [start, depth] = [i, 0];
  }
  let end = start;
  for (let depth = 0; end < text.length; end++) {
    if (text[end] === "{") depth++;
    if (text[end] === "}" && --depth === 0) break;
  }
  return text.slice(start, end + 1);
}

function xmlElementAround(text: string, at: number): string {
  const start = text.lastIndexOf("<", at);
  return text.slice(start, text.indexOf("/>", at) + 2);
}

describe("results carry the documents' wording, never an authoring note", () => {
  const tables = { "betfair-sso": betfairTables, "casino-gateway": casinoTables, "posapi-auth": posApiTables };
  const rows = Object.entries(tables).flatMap(([provider, byName]) =>
    Object.entries(byName as Record<string, Record<string, Record<string, unknown>>>).flatMap(([table, codes]) =>
      Object.entries(codes).map(([code, row]) => ({ provider, table, code, row })),
    ),
  );

  it("every generated code table is scanned: one row per code of every spec's code schemas", () => {
    const codes = [...specs.values()].flatMap((spec) => [...codeSchemas(spec).values()].map(({ rows }) => rows.size));
    expect(rows.length).toBe(codes.reduce((sum, size) => sum + size, 0));
  });

  it.each(Object.keys(tables))("%s: no description holds an authoring note, no row a spec-only note", (provider) => {
    for (const { table, code, row } of rows.filter((r) => r.provider === provider)) {
      // `described: false` is the spec's mark, left out of the generated rows: read where it is written.
      const described = specs.get(provider)?.components?.schemas?.[table]?.["x-codes"]?.[code]?.described;
      expect(descriptionProblems(String(row.description), described), `${table}.${code}`).toEqual([]);
      for (const field of specOnlyFields) expect(row, `${table}.${code}`).not.toHaveProperty(field);
    }
  });

  it.skipIf(!sources)("every description is wording of the documents", () => {
    const documents = squeeze(
      ["000_559f9336db7dd62f.txt", "001_b72f339ed1c2f86b.txt", "002_fbb4967e862ad1ad.txt", "003_374c1791d481f7f9.txt", "004_5d430f6297f4b9a2.txt"]
        .map(source)
        .join("\n")
        .replace(/<br\/>/g, " "),
    );
    // Betfair's Keep Alive and Logout come from its public developer documentation, not from the archived documents.
    const elsewhere = new Set(["betfair-sso SessionErrorCode INPUT_VALIDATION_ERROR"]);
    for (const { provider, table, code, row } of rows) {
      const description = String(row.description);
      if (!description || elsewhere.has(`${provider} ${table} ${code}`)) continue;
      // Two wordings are joined by " / "; a post-login value's rows are written "<value>: <wording>".
      for (const wording of description.split(" / ")) {
        const text = squeeze(wording).replace(/^[\w.-]+:(?=\S)/, (prefix) => (documents.includes(squeeze(wording)) ? prefix : ""));
        expect(documents.includes(text) || documents.includes(squeeze(wording)), `${provider} ${table}.${code}: ${wording}`).toBe(true);
      }
    }
  });
});
