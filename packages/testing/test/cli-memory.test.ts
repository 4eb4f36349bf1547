/**
 * The CLI's memory stays bounded in a long run: a body past the cap is read to its end and dropped as
 * it arrives, and its record (and printed line) keeps none of it; a body within the cap is printed and
 * then forgotten. Measured on the child's resident set (Linux's /proc), with a generous bound: kept, the
 * bodies would take 400 MB, and 250 MB.
 */
import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { serveCli, stopCliChildren } from "./cli-child.js";
import { streamedBody } from "./streamed-body.js";

afterAll(stopCliChildren);

const mb = 1024 * 1024;

const residentBytes = (pid: number) => Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

it.skipIf(process.platform !== "linux")("fifty 8 MB bodies past the cap leave the CLI child's RSS within 150 MB of its start", async () => {
  const cli = serveCli("casino-gateway", "--port", "0");
  const url = await cli.url();
  const rss = () => residentBytes(cli.child.pid!);
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

it.skipIf(process.platform !== "linux")("250 bodies of 1 MB within the cap are printed and forgotten: the CLI child's RSS stays within 150 MB of its start", async () => {
  const cli = serveCli("casino-gateway", "--port", "0");
  const url = await cli.url();
  const login = (language: string) =>
    fetch(`${url}/gateway/login/v1/42/player`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_name: "player1", password: "s3cret", language }),
    });

  expect((await login("en")).status).toBe(200);
  await cli.next();
  const start = residentBytes(cli.child.pid!);
  let peak = start;
  // Just under the cap once the rest of the JSON is added; every one is its own string in the child.
  const filler = "e".repeat(mb - 100);
  for (let i = 0; i < 250; i++) {
    const response = await login(`${i}${filler}`);
    await response.arrayBuffer();
    const line = await cli.next();
    expect(line).toContain(`"language":"${i}eeee`);
    if (i % 10 === 9) peak = Math.max(peak, residentBytes(cli.child.pid!));
  }
  expect(cli.child.exitCode).toBeNull();
  expect((peak - start) / mb).toBeLessThan(150);
}, 300_000);
