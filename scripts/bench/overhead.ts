/**
 * Per-call overhead of one client's login over what a careful hand-written call does: a bare `fetch`
 * of the very same request with `AbortSignal.timeout(…)` and a JSON parse, against the loopback server
 * at `baseUrl`; calls alternate, ratio of medians (target ≤ 1.05). Then the same client given no-op
 * hooks against the same bare call (target ≤ 1.10). Then both at 512 calls in flight: batches of 512
 * client logins and of 512 bare calls alternate, each batch timed from first send to last answer,
 * ratio of median batch times (target ≤ 1.10).
 *
 * `tsx scripts/bench/overhead.ts <provider> <baseUrl>`: one client per process, as an app that uses it
 * runs it. In a process that has already run the other clients, V8's inline caches in the code they
 * share (core) have seen every provider's objects, and the same login costs about 0.01–0.03 more.
 */
import { allFlows } from "../../test/flows/index.js";
import { median, verdict } from "./figures.js";


const [provider, baseUrl] = process.argv.slice(2);
const flows = allFlows.find((candidate) => candidate.provider === provider);
const call = flows?.calls.login;
if (!flows || !call || !baseUrl) throw new Error("usage: overhead.ts <provider with a login> <baseUrl>");

// Record the client's own request once, so the bare fetch sends exactly the same bytes.
let recorded: { url: string; init: RequestInit } | undefined;
const recording: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const body = request.body ? await request.clone().text() : undefined;
  recorded = { url: request.url, init: { method: request.method, headers: [...request.headers], body } };
  return fetch(request);
};
const first = await call(flows.connect(baseUrl, recording));
if (!first.ok || !recorded) throw new Error(`${provider}: the bench server did not answer login with a success`);
const { url, init } = recorded;
// The careful hand-written call: the same bytes, the client's default deadline, a JSON parse.
const bare = async () => (await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) })).json();
const noop = () => {};
const timeCall = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const variants = [
  { name: "login overhead", client: flows.connect(baseUrl, fetch), target: 1.05 },
  { name: "login overhead with no-op hooks", client: flows.connect(baseUrl, fetch, { hooks: { onRequest: noop, onResponse: noop, onError: noop } }), target: 1.1 },
];
for (const { name, client, target } of variants) {
  const viaClient = () => call(client);
  // Calls alternate one by one, each timed on its own, so that both sides meet the same scheduler,
  // connection pool and garbage collector; medians shrug off the odd stall.
  const calls = 3000;
  for (let i = 0; i < 300; i++) await viaClient(), await bare();
  const clientTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < calls; i++) {
    if (i % 2) clientTimes.push(await timeCall(viaClient)), bareTimes.push(await timeCall(bare));
    else bareTimes.push(await timeCall(bare)), clientTimes.push(await timeCall(viaClient));
  }
  const ratio = median(clientTimes) / median(bareTimes);
  console.log(
    `${name} ${provider}: client ${median(clientTimes).toFixed(3)} ms/call, bare fetch with AbortSignal.timeout and JSON.parse ${median(bareTimes).toFixed(3)} ms/call, ratio ${ratio.toFixed(3)} (target ≤ ${target.toFixed(2)}: ${verdict(ratio, target)})`,
  );
}

// 512 calls in flight: what a server logging many users in at once sees (connection pool, scheduler,
// garbage collector all shared), batches alternating as single calls do above.
const inFlight = 512;
const client = variants[0]!.client;
const batch = (run: () => Promise<unknown>) => timeCall(() => Promise.all(Array.from({ length: inFlight }, run)));
for (let i = 0; i < 5; i++) await batch(() => call(client)), await batch(bare);
const clientBatches: number[] = [];
const bareBatches: number[] = [];
for (let i = 0; i < 40; i++) {
  if (i % 2) clientBatches.push(await batch(() => call(client))), bareBatches.push(await batch(bare));
  else bareBatches.push(await batch(bare)), clientBatches.push(await batch(() => call(client)));
}
const concurrentRatio = median(clientBatches) / median(bareBatches);
console.log(
  `login overhead at ${inFlight} in flight ${provider}: client ${median(clientBatches).toFixed(1)} ms/batch, bare ${median(bareBatches).toFixed(1)} ms/batch, ratio ${concurrentRatio.toFixed(3)} (target ≤ 1.10: ${verdict(concurrentRatio, 1.1)})`,
);
