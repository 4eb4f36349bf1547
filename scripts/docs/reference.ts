/**
 * One API reference page per spec: `redocly build-docs --inlineBundle` (Redoc's scripts inside the page),
 * then made fully offline. Redoc still points a few images at Redocly's CDN (the "API docs by Redocly"
 * logo of the sidebar, and icon packs); those addresses are replaced by files next to the page, and the
 * finished page is checked for any remote resource left.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { readSpec, repoRoot } from "../generate/spec.js";
import { withVerbatimExamplesShown } from "./document-examples.js";
import { escapeHtml, type NavLink } from "./html.js";

const redocly = join(repoRoot, "node_modules", ".bin", "redocly");
const config = join(repoRoot, "scripts", "docs", "redoc.yaml");
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/** Local stand-ins for what Redoc would fetch from a CDN, relative to the page. */
export const assetsDir = "assets";
const logo = (width: number, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16" role="img" aria-label="Redocly">` +
  `<text x="0" y="12.5" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#5b6577">${text}</text></svg>\n`;
const assets: Record<string, string> = {
  "redocly-logo.svg": logo(52, "Redocly"),
  "redocly-logo-mini.svg": logo(16, "R"),
};

/** CDN address → local replacement. The icon packs are not used by these pages; pointing them at a local folder keeps any future use offline. */
const replacements: [string, string][] = [
  ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", `${assetsDir}/redocly-logo.svg`],
  ["https://cdn.redoc.ly/redoc/logo-mini.svg", `${assetsDir}/redocly-logo-mini.svg`],
  ["https://cdn.redocly.com/icons/fa/7.0.0", `${assetsDir}/icons/font-awesome`],
  ["https://cdn.redocly.com/icons/code/5.24.0", `${assetsDir}/icons/code`],
];

/** Hosts that serve page resources (scripts, styles, fonts, images); none may remain in a page. */
const resourceHosts = ["cdn.redoc.ly", "cdn.redocly.com", "fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com"];

/** Markup and CSS that make a browser fetch a remote address as soon as the page loads. */
const remoteResourcePatterns = [
  /<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//gi,
  /<link\b[^>]*\shref\s*=\s*["']?(?:https?:)?\/\//gi,
  /url\(\s*["'`]?(?:https?:)?\/\/[^)]{0,80}/gi,
  /@import\s+(?:url\()?\s*["'`]?(?:https?:)?\/\//gi,
];

/** A bar of links above Redoc's own layout, back to the portal and to the package's SDK reference. */
function linkBar(links: NavLink[]): string {
  const anchors = links.map((link) => `<a href="${escapeHtml(link.href)}" style="color:#1f5fbf;margin-right:1.25rem">${escapeHtml(link.label)}</a>`);
  return `<nav aria-label="Documentation" style="padding:0.5rem 1.25rem;border-bottom:1px solid #d9dee7;background:#f4f6f9;font:14px/1.5 system-ui,sans-serif">${anchors.join("")}</nav>`;
}

export function buildReferencePage(specFile: string, outFile: string, links: NavLink[] = []): void {
  // Redoc reads a copy of the spec that also shows the documents' verbatim examples (`x-document-examples`).
  const work = mkdtempSync(join(tmpdir(), "reference-"));
  const shown = join(work, basename(specFile).replace(/\.ya?ml$/, ".json"));
  try {
    writeFileSync(shown, JSON.stringify(withVerbatimExamplesShown(readSpec(specFile))));
    execFileSync(redocly, ["build-docs", shown, "--config", config, "--lint-config", "error", "--inlineBundle", "-o", outFile], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  let html = readFileSync(outFile, "utf8");
  for (const [remote, local] of replacements) html = html.split(remote).join(local);
  if (links.length) html = html.replace(/<body([^>]*)>/, (body) => `${body}\n${linkBar(links)}`);
  const problems = remoteResources(html);
  if (!/__redoc_options\s*=\s*\{[^;]*"disableTelemetry":true/.test(html)) problems.push("Redoc telemetry is not disabled");
  if (problems.length) throw new Error(`${outFile} would still load from the network:\n  ${problems.join("\n  ")}`);
  writeFileSync(outFile, html);
  const dir = join(dirname(outFile), assetsDir);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(assets)) writeFileSync(join(dir, name), content);
}

/** What in a page would be fetched from another machine: known CDN hosts, and remote `src`/`href`/`url()` resources. */
export function remoteResources(html: string): string[] {
  const found = new Set<string>();
  for (const host of resourceHosts) if (html.includes(host)) found.add(host);
  for (const pattern of remoteResourcePatterns) for (const match of html.matchAll(pattern)) found.add(match[0].slice(0, 120));
  return [...found];
}
