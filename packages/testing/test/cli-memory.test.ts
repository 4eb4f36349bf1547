/**
 * The CLI's memory stays bounded under bodies past the cap: each is read to its end and dropped as it
 * arrives, and its record (and printed line) keeps none of it. Measured on the child's resident set
 * (Linux's /proc), with a generous bound: kept, the bodies would take 400 MB.
 */
import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { serveCli, stopCliChildren } from "./cli-child.js";
import { streamedBody } from "./streamed-body.js";

afterAll(stopCliChildren);

const mb = 1024 * 1024;

it.skipIf(process.platform !== "linux")("fifty 8 MB bodies past the cap leave the CLI child's RSS within 150 MB of its start", async () => {
  const cli = serveCli("casino-gateway", "--port", "0");
  const url = await cli.url();
  const rss = () => Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${cli.child.pid}/status`, "utf8"))![1]) * 1024;
  const login = (body: BodyInit) =>
    fetch(`${url}/gateway/login/v1/42/player`, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);

  // One good login first, so that the start is measured with the request path loaded.
  expect((await login(JSON.stringify({ user_name: "player1", password: "s3cret", language: "en" }))).status).toBe(200);
  await cli.next();
  const start = rss();
  let peak = start;
  for (let i = 0; i < 50; i++) {
    const response = await login(streamedBody(8));
    await response.arrayBuffer();
    expect(response.status).toBe(400);
    const line = await cli.next();
    expect(line).toMatch(/ -> 400 login INVALID: the body is longer than 1048576 bytes; the kit keeps none of it headers=\{[^}]*\}$/);
    peak = Math.max(peak, rss());
  }
  expect(cli.child.exitCode).toBeNull();
  expect((peak - start) / mb).toBeLessThan(150);
});
