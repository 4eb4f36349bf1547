#!/usr/bin/env node
/**
 * `operator-auth-testing serve <provider> [--port 4010] [--host 127.0.0.1] [--answer operation=step[,step]…]…
 * [--stateful] [--session-lifetime <ms>] [--no-cors] [--reveal-secrets]`: the mock server for teams whose tests
 * are not in JavaScript. Prints the URL, then one line per request (redacted).
 *
 * An `--answer login=loginRestricted,success` is a sequence (each call takes the next; the last stays); a
 * fault is `hang`, `reset`, `html[:status]`, `truncated[:answer]`, `empty`, `delay:<ms>[:answer]` or
 * `status:<code>[:<Header>=<value>]…`.
 */
import { startMockServer, type MockServer } from "./mock-server.js";
import type { Step } from "./answer-book.js";
import type { RecordedRequest } from "./answer-request.js";
import { providers, type Provider } from "./providers.js";

const usage =
  `Usage: operator-auth-testing serve <${providers.join("|")}> [--port <n>] [--host <address>]` +
  ` [--answer <operationId>=<answer or fault>[,<answer or fault>]...]... [--stateful] [--session-lifetime <ms>] [--no-cors] [--reveal-secrets]`;

interface Serve {
  provider: Provider;
  port: number;
  host: string;
  answers: Record<string, string>;
  stateful: boolean;
  sessionLifetimeMs?: number;
  cors: boolean;
  revealSecrets: boolean;
}

function parse(args: string[]): Serve {
  const [command, provider, ...rest] = args;
  if (command !== "serve" || !provider) throw new Error(usage);
  const serve: Serve = { provider: provider as Provider, port: 4010, host: "127.0.0.1", answers: {}, stateful: false, cors: true, revealSecrets: false };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${usage}`);
      return next;
    };
    if (flag === "--port") {
      // Decimal digits only: `''` is not 0 and `0x10` is not 16.
      const port = value();
      if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${port}"\n${usage}`);
      serve.port = Number(port);
    } else if (flag === "--host") serve.host = value();
    else if (flag === "--reveal-secrets") serve.revealSecrets = true;
    else if (flag === "--no-cors") serve.cors = false;
    else if (flag === "--stateful") serve.stateful = true;
    else if (flag === "--session-lifetime") {
      const ms = value();
      if (!/^\d+$/.test(ms) || Number(ms) < 1) throw new Error(`--session-lifetime must be a whole number of milliseconds, not "${ms}"\n${usage}`);
      serve.stateful = true;
      serve.sessionLifetimeMs = Number(ms);
    } else if (flag === "--answer") {
      const [operationId, choice] = value().split(/=(.*)/s);
      if (!operationId || !choice) throw new Error(`--answer takes <operationId>=<answer or fault>[,<answer or fault>]...\n${usage}`);
      serve.answers[operationId] = choice;
    } else throw new Error(`unknown option ${flag}\n${usage}`);
  }
  return serve;
}

const int = (text: string, what: string) => {
  if (!/^\d+$/.test(text)) throw new Error(`${what} must be a whole number, not "${text}"`);
  return Number(text);
};

/** One step from its CLI spelling; anything that is not a fault is an answer's name or code. */
function parseStep(text: string): Step {
  const [name, ...rest] = text.split(":");
  switch (name) {
    case "hang":
    case "reset":
    case "empty":
      if (rest.length) throw new Error(`${name} takes no argument`);
      return { fault: name };
    case "html":
      return rest.length ? { fault: "html", status: int(rest.join(":"), "html:<status>") } : { fault: "html" };
    case "truncated":
      return rest.length ? { fault: "truncated", answer: rest.join(":") } : { fault: "truncated" };
    case "delay": {
      const [ms, ...answer] = rest;
      if (ms === undefined) throw new Error("delay takes delay:<ms>[:answer]");
      return { fault: "delay", ms: int(ms, "delay:<ms>"), ...(answer.length ? { answer: answer.join(":") } : {}) };
    }
    case "status": {
      const [status, ...headers] = rest;
      if (status === undefined) throw new Error("status takes status:<code>[:<Header>=<value>]...");
      const pairs = headers.map((header) => {
        const at = header.indexOf("=");
        if (at < 1) throw new Error(`status headers are <Header>=<value>, not "${header}"`);
        return [header.slice(0, at), header.slice(at + 1)] as const;
      });
      return { fault: "status", status: int(status, "status:<code>"), ...(pairs.length ? { headers: Object.fromEntries(pairs) } : {}) };
    }
    default:
      return text;
  }
}

/** A comma-separated sequence: every step but the last is queued, the last is the standing answer. */
function parseSequence(text: string): { queued: Step[]; standing: Step } {
  const steps = text.split(",").map((part) => part.trim());
  if (steps.some((step) => step === "")) throw new Error(`"${text}" has an empty step`);
  const parsed = steps.map(parseStep);
  return { queued: parsed.slice(0, -1), standing: parsed.at(-1)! };
}

const line = (r: RecordedRequest) =>
  `${r.method} ${r.path}${Object.keys(r.query).length ? "?" + new URLSearchParams(r.query).toString() : ""} -> ${r.status || "no answer"}` +
  (r.operationId ? ` ${r.operationId}` : "") +
  (r.answer ? ` (${r.answer})` : "") +
  (r.fault ? ` [fault ${r.fault}]` : "") +
  (r.valid ? "" : ` INVALID: ${r.problems.join("; ")}`) +
  ` headers=${JSON.stringify(r.headers)}` +
  (r.body === undefined ? "" : ` body=${JSON.stringify(r.body)}`);

async function main() {
  let serve: Serve;
  let sequences: [string, ReturnType<typeof parseSequence>][];
  try {
    serve = parse(process.argv.slice(2));
    sequences = Object.entries(serve.answers).map(([operationId, text]) => [operationId, parseSequence(text)]);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const server: MockServer<Provider> = await startMockServer(serve.provider, {
    port: serve.port,
    host: serve.host,
    answers: Object.fromEntries(sequences.map(([operationId, { standing }]) => [operationId, standing])) as never,
    stateful: serve.stateful ? { ...(serve.sessionLifetimeMs ? { sessionLifetimeMs: serve.sessionLifetimeMs } : {}) } : false,
    cors: serve.cors,
    revealSecrets: serve.revealSecrets,
    // The CLI's record of a request is its printed line: once printed, it is forgotten, so that a long run holds none.
    onRequest: (request) => {
      console.log(line(request));
      server.requests.clear();
    },
  });
  for (const [operationId, { queued }] of sequences) server.answerSequence(operationId as never, queued as never);
  console.log(`${serve.provider} mock listening on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
