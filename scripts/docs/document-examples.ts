/**
 * A spec's examples taken from the provider's documents: the named examples marked `x-document-example`
 * (they validate, so any tool may serve them), and the verbatim texts of `x-document-examples` (a media
 * type's examples that cannot validate; no tool serves them). The reference pages show the texts, since
 * Redoc does not read the extension.
 */
import { operationsOf } from "./providers.js";
import type { Spec } from "../generate/spec.js";

export interface VerbatimExample {
  summary: string;
  description: string;
  /** The document, as the spec names it. */
  document: string;
  /** The document's text, verbatim (without the document's indentation and trailing spaces). */
  text: string;
}

export interface DocumentExample {
  /** `<operationId> <status | "request"> <media type>`. */
  where: string;
  name: string;
  /** The named example's value, or the verbatim text. */
  value: unknown;
  verbatimText: boolean;
  document: string;
}

interface Media {
  examples?: Record<string, { value?: unknown; "x-document-example"?: string }>;
  "x-document-examples"?: Record<string, VerbatimExample>;
}

interface Described {
  description?: string;
  content?: Record<string, Media>;
}

/** Every request body and response of a spec, with where it is. */
function bodies(spec: Spec): [string, Described][] {
  const found: [string, Described][] = [];
  for (const { operationId, operation } of operationsOf(spec)) {
    const requestBody = operation.requestBody as Described | undefined;
    if (requestBody) found.push([`${operationId} request`, requestBody]);
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Described>)) {
      found.push([`${operationId} ${status}`, response]);
    }
  }
  return found;
}

export function documentExamples(spec: Spec): DocumentExample[] {
  const found: DocumentExample[] = [];
  for (const [where, body] of bodies(spec)) {
    for (const [mediaType, media] of Object.entries(body.content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        const document = example["x-document-example"];
        if (document) found.push({ where: `${where} ${mediaType}`, name, value: example.value, verbatimText: false, document });
      }
      for (const [name, example] of Object.entries(media["x-document-examples"] ?? {})) {
        found.push({ where: `${where} ${mediaType}`, name, value: example.text, verbatimText: true, document: example.document });
      }
    }
  }
  return found;
}

/**
 * A copy of the spec whose bodies' descriptions end with their verbatim document examples, for Redoc.
 * The spec itself is not changed.
 */
export function withVerbatimExamplesShown(spec: Spec): Spec {
  const copy = structuredClone(spec);
  const seen = new Set<Described>(); // a body the spec shares between operations (a YAML alias) is one object
  for (const [, body] of bodies(copy)) {
    if (seen.has(body)) continue;
    seen.add(body);
    const texts = Object.values(body.content ?? {}).flatMap((media) => Object.values(media["x-document-examples"] ?? {}));
    if (texts.length === 0) continue;
    const shown = texts.map(
      (example) => `**${example.summary}** (${example.document}). ${example.description}\n\n\`\`\`\n${example.text}\n\`\`\``,
    );
    body.description = [body.description?.trim() ?? "", ...shown].filter(Boolean).join("\n\n");
  }
  return copy;
}
