// Installs the workspace with the pnpm version pinned in package.json, through npx, so that
// `npm start` and `npm test` work on a machine that has only Node.js and npm.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const { packageManager } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const pnpm = packageManager.split("+")[0];
execFileSync("npx", ["--yes", pnpm, "install", "--frozen-lockfile"], { stdio: "inherit" });
