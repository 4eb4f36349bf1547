/**
 * The main job: builds every package, starts a Prism mock per spec, runs each client through every
 * documented answer of its spec (success and each kind of failure) and prints what came back, then
 * builds the documentation portal and prints where it is.
 * The clients are imported from their built output, as an app would import them.
 */
import { execFileSync } from "node:child_process";
import { contractCases } from "../test/contract-cases.js";
import { specFile } from "../test/paths.js";
import { prismFetch, startPrism } from "../test/prism.js";

execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
// Imported only now: the flows load the clients' built output, which the build above just wrote.
const { allFlows } = await import("../test/flows/index.js");

const columns = ["provider", "operation", "HTTP", "example", "ok", "outcome", "code", "description"] as const;
type Row = Record<(typeof columns)[number], string>;
const rows: Row[] = [];
let failures = 0;

for (const flows of allFlows) {
  const spec = specFile(flows.provider);
  const mock = await startPrism(spec);
  try {
    for (const { operationId, status, example } of contractCases(spec)) {
      const call = flows.calls[operationId];
      const row: Row = { provider: flows.provider, operation: operationId, HTTP: String(status), example, ok: "", outcome: "", code: "", description: "" };
      if (!call) {
        row.description = "(no flow for this operation)";
        failures++;
      } else {
        try {
          const result = await call(flows.connect(mock.url, prismFetch({ code: status, example })));
          Object.assign(row, {
            ok: String(result.ok),
            outcome: result.outcome ?? (result.ok ? "ok" : ""),
            code: result.code === undefined ? "" : String(result.code),
            description: result.description ?? "",
          });
        } catch (error) {
          row.description = `threw ${(error as Error).name}: ${(error as Error).message}`;
          failures++;
        }
      }
      rows.push(row);
    }
  } finally {
    await mock.stop();
  }
}

const clip = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + "…" : text);
const widths = Object.fromEntries(
  columns.map((column) => [column, Math.min(column === "description" ? 70 : 40, Math.max(column.length, ...rows.map((r) => r[column].length)))]),
) as Record<(typeof columns)[number], number>;
const line = (cells: (column: (typeof columns)[number]) => string) =>
  columns.map((column) => clip(cells(column), widths[column]).padEnd(widths[column])).join("  ").trimEnd();

console.log("\n" + line((column) => column));
console.log(line((column) => "-".repeat(widths[column])));
for (const row of rows) console.log(line((column) => row[column]));
console.log(`\n${rows.length} documented answers, ${rows.length - failures} returned a result, ${failures} did not.\n`);

// The documentation portal of the same specs: API reference per provider and one error catalog.
execFileSync("npm", ["run", "--silent", "docs"], { stdio: "inherit" });
process.exitCode = failures === 0 ? 0 : 1;
