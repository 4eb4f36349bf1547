/**
 * A real redis-server (Debian's, from apt) on a free loopback port, without persistence, for the store
 * tests. Started and stopped by the tests themselves.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort, stopChild } from "../../../test/prism.js";

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Kills the server (SIGKILL: nothing flushed) and starts an empty one on the same port. */
  restartEmpty(): Promise<void>;
}

export interface RedisServerOptions {
  timeoutMs?: number;
  /** Starts it with `--enable-debug-command local`, so that a loopback client may send `DEBUG SLEEP`. */
  debug?: boolean;
}

export const redisServerPath = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export async function startRedisServer(options: RedisServerOptions | number = {}): Promise<RedisServer> {
  const { timeoutMs = 30_000, debug = false } = typeof options === "number" ? { timeoutMs: options } : options;
  const port = await freePort();
  let child = await startOn(port, debug, timeoutMs);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopChild(child),
    async restartEmpty() {
      child.kill("SIGKILL");
      if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
      child = await startOn(port, debug, timeoutMs);
    },
  };
}

async function startOn(port: number, debug: boolean, timeoutMs: number) {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...(debug ? ["--enable-debug-command", "local"] : [])];
  const child = spawn(redisServerPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answersPing(port)) return child;
    await sleep(50);
  }
  await stopChild(child);
  throw new Error(`redis-server did not start on port ${port}:\n${output.slice(-2000)}`);
}

/** Whether a server on the port answers PING with PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => (socket.destroy(), resolve(data.toString().startsWith("+PONG"))));
  });
}
