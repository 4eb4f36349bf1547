import type { ClientOptions } from "@operator-auth/core";

/** How to call each documented operation of a provider's client: shared by the contract tests and the main job. */
export interface CallResult {
  ok: boolean;
  status?: number | string;
  code?: unknown;
  description?: string;
  outcome?: string;
}

export interface ProviderFlows<Client> {
  provider: string;
  /** A client pointed at `baseUrl` that sends through `fetch`, with any further client options (`hooks`, …). */
  connect(baseUrl: string, fetch: typeof globalThis.fetch, options?: ClientOptions): Client;
  /** One call per operationId, with inputs the spec accepts. */
  calls: Record<string, (client: Client) => Promise<CallResult>>;
}
