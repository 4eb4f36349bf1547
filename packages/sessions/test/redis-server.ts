/**
 * A real redis-server (Debian's, from apt) on a free loopback port, without persistence, for the store
 * tests: plain, over TLS, with ACL users, or as one node of a cluster (`redis-cluster.ts`). Started and
 * stopped by the tests themselves.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { connect as connectTcp, type Socket } from "node:net";
import { connect as connectTls } from "node:tls";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort, stopChild } from "../../../test/prism.js";
import type { TestCertificates } from "./tls-certificates.js";

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, or `rediss://…` over TLS; without credentials. */
  url: string;
  port: number;
  /** This URL with a user's name and password in it. */
  urlFor(user: AclUser): string;
  /** Ends the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Kills the server (SIGKILL: nothing flushed) and starts an empty one on the same port, same options. */
  restartEmpty(): Promise<void>;
}

/** One ACL user: `rules` as redis-server takes them (`~pattern`, `+command`, `+@category`, …). */
export interface AclUser {
  name: string;
  password: string;
  rules: string[];
}

export interface RedisServerOptions {
  /** Serve TLS only (no plain port), with this certificate; clients need no certificate of their own. */
  tls?: TestCertificates;
  /** ACL users; given any, the passwordless `default` user is turned off, as managed Redis does. */
  users?: AclUser[];
  /** Starts it with `--enable-debug-command local`, so that a loopback client may send `DEBUG SLEEP`. */
  debug?: boolean;
  /** Further redis-server arguments (a cluster node's). */
  args?: string[];
  port?: number;
}

export const redisServerPath = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export async function startRedisServer(options: RedisServerOptions = {}, timeoutMs = 30_000): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const { tls, users = [] } = options;
  const listen = tls
    ? ["--port", "0", "--tls-port", String(port), "--tls-cert-file", tls.certFile, "--tls-key-file", tls.keyFile, "--tls-ca-cert-file", tls.caFile, "--tls-auth-clients", "no"]
    : ["--port", String(port)];
  // Each user is separate arguments: one quoted string is refused.
  const acl = users.length > 0 ? ["--user", "default", "off", ...users.flatMap((user) => ["--user", user.name, "on", `>${user.password}`, ...user.rules])] : [];
  const debug = options.debug ? ["--enable-debug-command", "local"] : [];
  const args = [...listen, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...acl, ...debug, ...(options.args ?? [])];
  let child = await startOn(args, port, tls, timeoutMs);
  const scheme = tls ? "rediss" : "redis";
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    urlFor: (user) => `${scheme}://${encodeURIComponent(user.name)}:${encodeURIComponent(user.password)}@127.0.0.1:${port}`,
    kill,
    stop: () => stopChild(child),
    async restartEmpty() {
      await kill();
      child = await startOn(args, port, tls, timeoutMs);
    },
  };
}

async function startOn(args: string[], port: number, tls: TestCertificates | undefined, timeoutMs: number): Promise<ChildProcess> {
  const child = spawn(redisServerPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answersPing(port, tls)) return child;
    await sleep(50);
  }
  await stopChild(child);
  throw new Error(`redis-server did not start on port ${port}:\n${output.slice(-2000)}`);
}

/** Whether a server on the port answers PING (PONG, or NOAUTH when the default user is off). */
function answersPing(port: number, tls: TestCertificates | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const socket: Socket = tls
      ? connectTls({ port, host: "127.0.0.1", ca: tls.ca, servername: "localhost" }, () => socket.write("PING\r\n"))
      : connectTcp(port, "127.0.0.1", () => socket.write("PING\r\n"));
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    socket.on("data", (data) => (socket.destroy(), resolve(/^(\+PONG|-NOAUTH)/.test(data.toString()))));
  });
}
