/**
 * Builds the documentation portal into docs/dist/: one API reference page per spec (Redoc with its
 * scripts inlined, so the page opens from disk with no network) and an index page linking them.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listSpecs, readSpec, repoRoot } from "./generate/spec.js";

const outDir = join(repoRoot, "docs", "dist");
mkdirSync(outDir, { recursive: true });
const redocly = join(repoRoot, "node_modules", ".bin", "redocly");
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

const pages: { provider: string; title: string; file: string }[] = [];
for (const { provider, specFile } of listSpecs()) {
  const file = `${provider}.html`;
  execFileSync(redocly, ["build-docs", specFile, "--inlineBundle", "-o", join(outDir, file)], { env, stdio: ["ignore", "ignore", "inherit"] });
  const title = (readSpec(specFile) as { info?: { title?: string } }).info?.title ?? provider;
  pages.push({ provider, title, file });
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
writeFileSync(
  join(outDir, "index.html"),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>operator-auth — API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>operator-auth</h1>
<p>Typed login clients for betting and gaming operators. API reference of each provider:</p>
<ul>
${pages.map((p) => `<li><a href="${p.file}">${escape(p.title)}</a> — <code>@operator-auth/${p.provider}</code></li>`).join("\n")}
</ul>
</body>
</html>
`,
);
console.log(`docs written to ${outDir}: index.html, ${pages.map((p) => p.file).join(", ")}`);
