/** Entry for Node.js, Bun and Deno: runs the scenario against the origin given as the first argument and prints the report as JSON. */
import { runScenario } from "./scenario.js";

const runtime = globalThis as { Deno?: { args: string[] }; process?: { argv: string[] } };
const origin = runtime.Deno?.args[0] ?? runtime.process?.argv[2];
if (!origin) throw new Error("usage: <runtime> process.mjs <origin of the fake provider>");
console.log(JSON.stringify(await runScenario(origin)));
