#!/usr/bin/env node
/**
 * `operator-auth-testing serve <provider> [--port 4010] [--host 127.0.0.1] [--answer operation=code]… [--reveal-secrets]`:
 * the mock server for teams whose tests are not in JavaScript. Prints the URL, then one line per request (redacted).
 */
import { startMockServer } from "./mock-server.js";
import type { RecordedRequest } from "./answer-request.js";
import { providers, type Provider } from "./providers.js";

const usage = `Usage: operator-auth-testing serve <${providers.join("|")}> [--port <n>] [--host <address>] [--answer <operationId>=<code or example>]... [--reveal-secrets]`;

interface Serve {
  provider: Provider;
  port: number;
  host: string;
  answers: Record<string, string>;
  revealSecrets: boolean;
}

function parse(args: string[]): Serve {
  const [command, provider, ...rest] = args;
  if (command !== "serve" || !provider) throw new Error(usage);
  const serve: Serve = { provider: provider as Provider, port: 4010, host: "127.0.0.1", answers: {}, revealSecrets: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return next;
    };
    if (flag === "--port") serve.port = Number(value());
    else if (flag === "--host") serve.host = value();
    else if (flag === "--reveal-secrets") serve.revealSecrets = true;
    else if (flag === "--answer") {
      const [operationId, choice] = value().split(/=(.*)/s);
      if (!operationId || !choice) throw new Error(`--answer takes <operationId>=<code or example>\n${usage}`);
      serve.answers[operationId] = choice;
    } else throw new Error(`unknown option ${flag}\n${usage}`);
  }
  if (!Number.isInteger(serve.port) || serve.port < 0 || serve.port > 65535) throw new Error(`--port must be 0–65535\n${usage}`);
  return serve;
}

const line = (r: RecordedRequest) =>
  `${r.method} ${r.path}${Object.keys(r.query).length ? "?" + new URLSearchParams(r.query).toString() : ""} -> ${r.status}` +
  (r.operationId ? ` ${r.operationId}` : "") +
  (r.answer ? ` (${r.answer})` : "") +
  (r.valid ? "" : ` INVALID: ${r.problems.join("; ")}`) +
  ` headers=${JSON.stringify(r.headers)}` +
  (r.body === undefined ? "" : ` body=${JSON.stringify(r.body)}`);

async function main() {
  let serve: Serve;
  try {
    serve = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const server = await startMockServer(serve.provider, {
    port: serve.port,
    host: serve.host,
    answers: serve.answers as never,
    revealSecrets: serve.revealSecrets,
    onRequest: (request) => console.log(line(request)),
  });
  console.log(`${serve.provider} mock listening on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
