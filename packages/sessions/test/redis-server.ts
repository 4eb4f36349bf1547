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
}

export const redisServerPath = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export async function startRedisServer(timeoutMs = 30_000): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn(redisServerPath, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopChild(child) };
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
