/**
 * Prism in proxy mode in front of a loopback server: it forwards each request and reports in
 * `sl-violations` where the request or the answer breaks the spec. The reliability suite uses it as an
 * independent judge of its own body generator: what the generator calls valid, Prism must find valid.
 */
import { specFile } from "../paths.js";
import { startPrism, type PrismMock } from "../prism.js";
import { providers } from "./adapters.js";
import { startCaseServer, type CaseServer } from "./harness.js";

export type PrismProxy = PrismMock;

export const startPrismProxy = (spec: string, upstream: string): Promise<PrismProxy> => startPrism(spec, { proxyTo: upstream });

/** Where a violation Prism reports lies, and what it says. */
export interface Violation {
  location: string[];
  message: string;
}

/** Prism cannot check a `mutualTLS` security scheme and says so on every call of an operation that uses one. */
const prismLimitations = new Set(["We currently do not support this type of security scheme: mutualTLS"]);

/** A fetch that records the violations Prism reports for each response it passes through. */
export function violationRecorder(base: typeof globalThis.fetch) {
  const reported: Violation[][] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await base(input, init);
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]") as Violation[];
    reported.push(violations.filter((v) => !prismLimitations.has(v.message)));
    return response;
  };
  return { reported, fetch };
}

export interface Judges {
  /** The loopback server the proxies forward to. */
  upstream: CaseServer;
  proxies: Map<string, PrismProxy>;
}
let judgesStarting: Promise<Judges> | undefined;

/**
 * Starts one Prism proxy per spec in front of a loopback server, once. Called early (and not awaited)
 * so that Prism boots on the other core while the first tests run.
 */
export function startJudges(): Promise<Judges> {
  judgesStarting ??= (async () => {
    const upstream = await startCaseServer();
    const proxies = new Map<string, PrismProxy>();
    try {
      await Promise.all(providers.map(async (p) => proxies.set(p.provider, await startPrismProxy(specFile(p.provider), upstream.url))));
    } catch (error) {
      await Promise.all([...proxies.values()].map((proxy) => proxy.stop()));
      await upstream.close();
      throw error;
    }
    return { upstream, proxies };
  })();
  return judgesStarting;
}

export async function stopJudges(): Promise<void> {
  const starting = judgesStarting;
  judgesStarting = undefined;
  const judges = await starting?.catch(() => undefined);
  if (!judges) return;
  await Promise.all([...judges.proxies.values()].map((proxy) => proxy.stop()));
  await judges.upstream.close();
}
