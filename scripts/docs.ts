/**
 * Builds the documentation portal into docs/dist/, which opens from disk with no network:
 * - index.html: the providers, how to install and call each client, links to the other pages;
 * - <provider>.html: the API reference of each spec (Redoc with its scripts inlined, no CDN resource);
 * - error-catalog.html: every code of every provider in one table, from the specs;
 * - workflows.html: the workflows, post-login values and workflow keys a login answer points to.
 * - sdk/: the SDK reference, TypeDoc's pages of every package's TypeScript API (needs `npm run build`).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./generate/spec.js";
import { renderCatalog } from "./docs/catalog.js";
import type { NavLink } from "./docs/html.js";
import { catalogPage, referencePage, renderIndex } from "./docs/index-page.js";
import { listProviders } from "./docs/providers.js";
import { buildReferencePage } from "./docs/reference.js";
import { renderWorkflows, workflowsPage } from "./docs/workflows.js";
import { buildSdkReference, sdkDir, sdkModulePage } from "./docs/sdk.js";

const outDir = join(repoRoot, "docs", "dist");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const providers = listProviders();
const nav: NavLink[] = [
  ...providers.map((p) => ({ href: referencePage(p), label: p.title })),
  { href: catalogPage, label: "Error catalog" },
  { href: workflowsPage, label: "Workflows" },
  { href: `${sdkDir}/index.html`, label: "SDK reference" },
];

const modules = await buildSdkReference(outDir);
for (const provider of providers) {
  const links = [
    { href: "index.html", label: "operator-auth portal" },
    { href: sdkModulePage(provider.packageName), label: `SDK reference of ${provider.packageName}` },
  ];
  buildReferencePage(provider.specFile, join(outDir, referencePage(provider)), links);
}
writeFileSync(join(outDir, catalogPage), renderCatalog(providers, nav));
writeFileSync(join(outDir, workflowsPage), renderWorkflows(providers, nav));
const index = join(outDir, "index.html");
writeFileSync(index, renderIndex(providers, nav));

const pages = ["index.html", ...providers.map(referencePage), catalogPage, workflowsPage, `${sdkDir}/index.html (${modules.length} modules)`];
console.log(`docs written to ${relative(process.cwd(), outDir) || "."}: ${pages.join(", ")}`);
console.log(`portal: ${index}`);
console.log(`open:   ${pathToFileURL(index).href}`);
