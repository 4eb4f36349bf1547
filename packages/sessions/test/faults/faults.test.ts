/**
 * The sessions fault suite: six real processes sharing one real redis-server and one loopback Betfair,
 * each fault produced for real (an answer the documents do not give, a reset, a hang, a stalled or killed
 * Redis, a killed lease holder, a skewed clock, a listener that throws) and every scenario judged by the
 * number of logins that reached Betfair. Waits are for what the processes report; where real time is the
 * point the bounds are generous, so that the suite passes on a loaded 2-core machine.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeBetfair, type Fault, type FakeBetfair } from "../fake-betfair.js";
import { endWorkers, got, startWorker, until, type Line, type Worker } from "../fleet-processes.js";
import type { WorkerConfig } from "../fleet-worker.js";
import { startRedisServer, type RedisServer } from "../redis-server.js";

const minutes = 60_000;
/** Short enough for the suite, long enough for a loaded machine: leaseMs ≥ 3 × storeTimeoutMs (the contract). */
const storeTimeoutMs = 2_000;
const leaseMs = 6_000;
const minLoginGapMs = 1_000;
const scenarioTimeout = { timeout: 90_000 };

let redis: RedisServer;
let betfair: FakeBetfair;
let workers: Worker[] = [];
let keyNumber = 0;
let key = "";

beforeAll(async () => {
  redis = await startRedisServer({ debug: true });
});
afterAll(async () => {
  await redis.stop();
});
beforeEach(async () => {
  betfair = await startFakeBetfair();
  key = `faults-${process.pid}-${++keyNumber}`;
});
afterEach(async () => {
  betfair.beforeLoginAnswer = undefined;
  await endWorkers(workers);
  workers = [];
  await betfair.close();
});

const logins = () => betfair.count("/api/login");
const keepAlives = () => betfair.count("/api/keepAlive");

/** Starts `n` processes of the fleet on this test's key, sharing the suite's Redis. */
function fleet(n: number, config: Partial<WorkerConfig> = {}, perWorker: (i: number) => Partial<WorkerConfig> = () => ({})): Worker[] {
  const started = Array.from({ length: n }, (_, i) =>
    startWorker({
      betfairUrl: betfair.url,
      redisUrl: redis.url,
      storeTimeoutMs,
      leaseMs,
      pollMs: 50,
      // Generous: a loaded machine must not turn a slow answer into a failed login. The hang scenario sets its own.
      betfairTimeoutMs: 15_000,
      ...config,
      ...perWorker(i),
      keeper: { key, minLoginGapMs, loginAttempts: 1, retryDelayMs: 60_000, ...config.keeper, ...perWorker(i).keeper },
    }),
  );
  workers.push(...started);
  return started;
}
/** Sends `get` to each and waits for each outcome printed from now on. */
async function getAll(fleetWorkers: Worker[]): Promise<Line[]> {
  const outcomes = fleetWorkers.map((worker) => worker.next(got));
  for (const worker of fleetWorkers) worker.send("get");
  return Promise.all(outcomes);
}
/** The tokens got; a failure shows as its reason and message, so that a failing test says why. */
const tokens = (outcomes: Line[]) => new Set(outcomes.map((line) => (line.type === "got" ? line.token : line.type === "failed" ? `failed ${line.reason}: ${line.message}` : line.type)));
const printed = (worker: Worker, type: string) => worker.lines.filter((line) => line.type === type);

/** Sends one command to the suite's Redis over a raw socket; resolves with its first reply (or at once for `noReply`). */
function redisCommand(args: (string | Buffer)[], noReply = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(redis.port, "127.0.0.1");
    socket.on("error", reject);
    socket.on("connect", () => {
      const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
      for (const arg of args) {
        const bytes = Buffer.isBuffer(arg) ? arg : Buffer.from(arg);
        parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
      }
      socket.write(Buffer.concat(parts));
      if (noReply) resolve(""), socket.unref();
    });
    socket.on("data", (data) => (socket.destroy(), resolve(data.toString())));
  });
}
const entryKey = () => `operator-auth:sessions:{${key}}`;

describe("sessions faults: undocumented answers to a login cost one login for the whole fleet", () => {
  it.each<[string, Fault]>([
    ["HTTP 429 with Retry-After: 1200", "too-many-requests"],
    ["an HTML 503 page", "html-503"],
    ["an HTML 200 page", "html-200"],
    ["LIMITED_ACCESS with an empty token (a bad body)", "empty-token"],
    ["a connection reset", "reset"],
    ["a login that never answers (hang)", "hang"],
  ])("%s: six processes, two rounds of get(): 1 login, every get() fails login-failed with the fleet's retryAt", scenarioTimeout, async (_name, fault) => {
    betfair.loginFault = fault;
    // Only for a login that never answers is the client's deadline the point of the test.
    const six = fleet(6, fault === "hang" ? { betfairTimeoutMs: 1_000 } : {});
    const first = await getAll(six);
    const second = await getAll(six);
    await sleep(minLoginGapMs * 2);
    expect(logins()).toBe(1);
    for (const outcome of [...first, ...second]) expect(outcome).toMatchObject({ type: "failed", reason: "login-failed" });
    const retryAts = [...first, ...second].map((line) => (line.type === "failed" ? line.retryAt! : 0));
    // The fleet's one retryAt: 1200 s for the 429, the 60 s backoff otherwise (store clock and local clocks agree here).
    const atLeastMs = fault === "too-many-requests" ? 19 * minutes : 50_000;
    for (const retryAt of retryAts) expect(retryAt - Date.now()).toBeGreaterThan(atLeastMs);
  });
});

describe("sessions faults: invalidate() and its input", () => {
  it("an invalidate() storm from six processes: at most one login per minLoginGapMs", scenarioTimeout, async () => {
    const six = fleet(6);
    const startedAt = Date.now();
    const done = six.map((worker) => worker.line((line) => line.type === "storm-done"));
    for (const worker of six) worker.send("storm 15");
    await Promise.all(done);
    const elapsedMs = Date.now() - startedAt;
    expect(logins()).toBeGreaterThanOrEqual(1);
    expect(logins()).toBeLessThanOrEqual(1 + Math.floor(elapsedMs / minLoginGapMs));
  });

  it.each(["NaN", "Infinity", "-Infinity", String(2 ** 53), "1e300", "0", "1.5", "2"])(
    "invalidate({ generation: %s }) is refused as invalid-input; the next get()s log in no more",
    scenarioTimeout,
    async (generation) => {
      const [worker] = fleet(1);
      await getAll([worker!]);
      worker!.send(`invalidate-generation ${JSON.stringify(generation)}`);
      const answer = await worker!.line((line) => line.type === "invalidate-refused" || line.type === "invalidated");
      expect(answer).toMatchObject({ type: "invalidate-refused", name: "OperatorAuthError", kind: "invalid-input" });
      for (let round = 0; round < 5; round++) expect(await getAll([worker!])).toMatchObject([{ type: "got", generation: 1 }]);
      expect(logins()).toBe(1);
    },
  );
});

describe("sessions faults: skewed clocks", () => {
  const skews = [10 * minutes, -10 * minutes, 30 * minutes, -30 * minutes];

  it.each(skews)("a ban recorded by a process %i ms off is honoured by the fleet for its real 20 minutes", scenarioTimeout, async (skewMs) => {
    betfair.loginMode = "rate-limited";
    const [skewed] = fleet(1, { skewMs });
    expect(await getAll([skewed!])).toMatchObject([{ type: "failed", reason: "login-refused" }]);
    const others = fleet(4, {}, (i) => ({ skewMs: [0, 10 * minutes, -30 * minutes, 30 * minutes][i] }));
    betfair.loginMode = "success";
    const outcomes = await getAll(others);
    expect(logins()).toBe(1);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ type: "failed", reason: "login-refused" });
      // Every caller is told a retryAt in the real future, about 20 minutes away whatever its own clock.
      expect((outcome as { retryAt: number }).retryAt - Date.now()).toBeGreaterThan(18 * minutes);
    }
  });

  it.each(skews)("setSource() in a correct process lifts a refusal recorded by a process %i ms off", scenarioTimeout, async (skewMs) => {
    betfair.loginMode = "invalid-credentials";
    const [skewed] = fleet(1, { skewMs });
    expect(await getAll([skewed!])).toMatchObject([{ type: "failed", reason: "login-refused" }]);
    const [correct] = fleet(1);
    expect(await getAll([correct!])).toMatchObject([{ type: "failed", reason: "login-refused" }]);
    betfair.loginMode = "success";
    correct!.send("set-source");
    await correct!.line((line) => line.type === "source-set");
    expect(await getAll([correct!])).toMatchObject([{ type: "got", token: "session-token-2" }]);
    expect(logins()).toBe(2);
  });
});

describe("sessions faults: Redis stalls, dies and comes back", () => {
  it.each([
    ["CLIENT PAUSE longer than the lease", () => redisCommand(["CLIENT", "PAUSE", String(leaseMs + 3_000), "ALL"])],
    ["DEBUG SLEEP longer than the lease", () => redisCommand(["DEBUG", "SLEEP", String((leaseMs + 3_000) / 1000)], true)],
  ])("%s, mid-login: at most one extra login, distinct generations, lease-lost told", { timeout: 120_000 }, async (_name, stall) => {
    let stalled = false;
    // The first login is still unanswered when the stall outlasts its lease (and answers only after it).
    betfair.beforeLoginAnswer = async () => {
      if (stalled) return;
      stalled = true;
      await stall();
      await sleep(leaseMs + 4_000);
    };
    const six = fleet(6, { betfairTimeoutMs: 60_000 });
    const outcomes = await getAll(six);
    expect(logins()).toBeLessThanOrEqual(2);
    const generations = new Map<string, number>();
    for (const outcome of outcomes) if (outcome.type === "got") generations.set(outcome.token, outcome.generation);
    expect(new Set(generations.values()).size).toBe(generations.size);
    expect(six.some((worker) => printed(worker, "lease-lost").length > 0)).toBe(true);
  });

  it("Redis killed and restarted empty: at most one extra login, old and new processes alike", { timeout: 120_000 }, async () => {
    const three = fleet(3);
    expect(tokens(await getAll(three))).toEqual(new Set(["session-token-1"]));
    await redis.restartEmpty();
    const more = fleet(3);
    const outcomes = await getAll([...three, ...more]);
    for (const outcome of outcomes) expect(outcome.type).toBe("got");
    expect(logins()).toBeLessThanOrEqual(2);
  });

  it("the store down while warm: keep-alives go on, get() serves the session, no login", { timeout: 120_000 }, async () => {
    const three = fleet(3, { keepAliveIntervalMs: 500 });
    expect(tokens(await getAll(three))).toEqual(new Set(["session-token-1"]));
    await redisCommand(["CLIENT", "PAUSE", "6000", "ALL"]);
    const before = keepAlives();
    await sleep(5_000);
    expect(keepAlives()).toBeGreaterThan(before);
    expect(tokens(await getAll(three))).toEqual(new Set(["session-token-1"]));
    expect(logins()).toBe(1);
  });

  it("a foreign value under the key (wrong type, then 8 MB of junk): one login, then readable again", { timeout: 120_000 }, async () => {
    await redisCommand(["DEL", entryKey()]);
    await redisCommand(["LPUSH", entryKey(), "not a session"]);
    const six = fleet(6);
    expect(tokens(await getAll(six))).toEqual(new Set(["session-token-1"]));
    expect(logins()).toBe(1);
    await redisCommand(["SET", entryKey(), Buffer.alloc(8 * 1024 * 1024, "junk")]);
    const fresh = fleet(2);
    expect(tokens(await getAll(fresh))).toEqual(new Set(["session-token-2"]));
    const later = fleet(2);
    expect(tokens(await getAll(later))).toEqual(new Set(["session-token-2"]));
    expect(logins()).toBe(2);
  });
});

describe("sessions faults: processes that die, start cold, or misbehave", () => {
  it("the lease holder SIGKILLed mid-login: exactly one more login", { timeout: 120_000 }, async () => {
    betfair.loginMode = "hold-first";
    const six = fleet(6);
    for (const worker of six) worker.send("get");
    await betfair.reached("/api/login", 1);
    await until(() => six.some((worker) => printed(worker, "logging-in").length > 0));
    const holder = six.find((worker) => printed(worker, "logging-in").length > 0)!;
    holder.child.kill("SIGKILL");
    await holder.exited;
    const others = six.filter((worker) => worker !== holder);
    const outcomes = await Promise.all(others.map((worker) => worker.line(got)));
    // The killed holder's attempt stands as the fleet's last: the next waits for the gap, not for a backoff.
    expect(tokens(outcomes)).toEqual(new Set(["session-token-2"]));
    expect(logins()).toBe(2);
  });

  it("a cold start of six processes while a CPU-heavy process runs: all succeed, one login", { timeout: 120_000 }, async () => {
    const burner = spawn(process.execPath, ["-e", "const end = Date.now() + 60000; while (Date.now() < end) {}"], { stdio: "ignore" });
    try {
      const six = fleet(6, { getAndClose: true });
      expect(await Promise.all(six.map((worker) => worker.exited))).toEqual([0, 0, 0, 0, 0, 0]);
      expect(tokens(six.map((worker) => worker.lines.find(got)!))).toEqual(new Set(["session-token-1"]));
      expect(logins()).toBe(1);
    } finally {
      burner.kill("SIGKILL");
    }
  });

  it.each(["reject", "throw"] as const)("listeners that %s: every process survives and closes cleanly", scenarioTimeout, async (listener) => {
    const three = fleet(3, { listener, keepAliveIntervalMs: 300 });
    expect(tokens(await getAll(three))).toEqual(new Set(["session-token-1"]));
    await betfair.reached("/api/keepAlive", 2);
    for (const worker of three) worker.send("invalidate");
    await getAll(three);
    for (const worker of three) worker.send("close");
    expect(await Promise.all(three.map((worker) => worker.exited))).toEqual([0, 0, 0]);
    for (const worker of three) expect(worker.stderr()).not.toMatch(/Unhandled|Error: the app/);
    expect(logins()).toBeLessThanOrEqual(2);
  });

  it("close() mid-login whose source ignores the abort: the late token is still stored for the fleet", scenarioTimeout, async () => {
    let answer!: () => void;
    betfair.beforeLoginAnswer = () => new Promise((resolve) => (answer = resolve));
    const [closing] = fleet(1, { ignoreAbort: true });
    closing!.send("get");
    await betfair.reached("/api/login", 1);
    closing!.send("close");
    await sleep(300);
    answer();
    await closing!.exited;
    const [next] = fleet(1);
    expect(await getAll([next!])).toMatchObject([{ type: "got", token: "session-token-1" }]);
    expect(logins()).toBe(1);
  });
});
