/** The shape of a generated kit (src/generated/<provider>.ts): one provider's operations, answers and request rules. */

export interface KitAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value for a JSON media type, the text otherwise; absent when the response has no body. */
  readonly body?: unknown;
  /** The code values the body carries. */
  readonly codes: readonly string[];
  /** Set on an answer the spec has no example of: another answer's body with this code in its place. */
  readonly fromShape?: true;
  /** Set when the documents give the code no status to serve it with: what the kit chose instead. */
  readonly kitChoice?: string;
}

export interface KitRequestRules {
  readonly method: string;
  /** The path template, e.g. `/gateway/login/{version}/{brand_id}/player`. */
  readonly path: string;
  readonly integerPathParams: readonly string[];
  readonly requiredQuery: readonly string[];
  /** Lower-case header names. */
  readonly requiredHeaders: readonly string[];
  readonly body?: { readonly required: boolean; readonly contentTypes: Readonly<Record<string, { readonly required: readonly string[] }>> };
  readonly secretFields: readonly string[];
}

export interface KitOperation {
  readonly request: KitRequestRules;
  /** The answer served until another is chosen: the documented success. */
  readonly defaultAnswer: string;
  readonly answers: Readonly<Record<string, KitAnswer>>;
  /** Each code → the answer that carries it, and the code's outcome. */
  readonly codes: Readonly<Record<string, { readonly answer: string; readonly outcome: string }>>;
}

export interface ProviderKit {
  readonly provider: string;
  readonly operations: Readonly<Record<string, KitOperation>>;
}
