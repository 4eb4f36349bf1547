/** The testing kit's mock server (built output) in a process of its own, for the bench: prints its URL. */
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { repoRoot } from "../generate/spec.js";

const { startMockServer } = (await import(pathToFileURL(join(repoRoot, "packages", "testing", "dist", "index.js")).href)) as typeof import("../../packages/testing/src/index.js");
const server = await startMockServer("betfair-sso");
console.log(server.url);
