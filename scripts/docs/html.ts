/** The portal's own pages: escaping, and the page shell with its inline style sheet. */

/** Text for an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escaped text with the little markup the specs' prose uses: `code` spans, and the one piece of HTML the
 * documents quote, `<a href="https://…">text</a>`, which becomes a real link (followed only on a click).
 */
export function textWithLinks(text: string): string {
  const markup = /<a href="(https:\/\/[^"<>\s]+)">([^<>]*)<\/a>|`([^`\n]+)`/g;
  let out = "";
  let last = 0;
  for (const match of text.matchAll(markup)) {
    out += escapeHtml(text.slice(last, match.index));
    out += match[1] !== undefined ? `<a href="${escapeHtml(match[1])}">${escapeHtml(match[2]!)}</a>` : `<code>${escapeHtml(match[3]!)}</code>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

export interface NavLink {
  href: string;
  label: string;
}

const style = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6577; --line: #d9dee7; --soft: #f4f6f9; --accent: #1f5fbf; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
header.site { border-bottom: 1px solid var(--line); background: var(--soft); }
header.site nav { max-width: 1180px; margin: 0 auto; padding: 0.7rem 1.25rem; display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; align-items: baseline; }
table.overview td:nth-child(2), table.overview td:nth-child(4), table.overview td:nth-child(5), table.overview td:nth-child(6) { white-space: nowrap; }
header.site nav .brand { font-weight: 700; color: var(--ink); text-decoration: none; margin-right: 0.75rem; }
header.site nav a[aria-current="page"] { color: var(--ink); font-weight: 600; text-decoration: none; }
main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
main.wide { max-width: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
p.lead { font-size: 1.1rem; color: var(--muted); max-width: 60rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--soft); border-radius: 3px; padding: 0.05em 0.3em; }
pre { background: #f7f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 0.85rem 1rem; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
.providers { display: grid; gap: 1.5rem; }
section.provider { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; min-width: 0; }
section.provider h3 { margin: 0.25rem 0 0.5rem; font-size: 1.3rem; }
section.provider h4 { margin: 1rem 0 0.4rem; font-size: 1rem; }
section.provider .links { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; font-weight: 600; }
section.provider ul.operations { padding-left: 1.1rem; margin: 0.25rem 0 0.75rem; }
.method { display: inline-block; min-width: 3.4em; font: 600 0.75em/1.6 ui-monospace, monospace; color: #0b5132; }
.muted { color: var(--muted); }
.outcome { display: inline-block; white-space: nowrap; font: 600 0.8em/1.5 ui-monospace, monospace; padding: 0 0.45em; border-radius: 4px; background: #eef1f5; }
.outcome-ok { background: #e3f4e8; color: #135c2c; }
.outcome-invalid-credentials, .outcome-invalid-request { background: #fdecea; color: #8a1c12; }
.outcome-account-blocked, .outcome-location-blocked { background: #fbe7f1; color: #7d1747; }
.outcome-second-factor-required, .outcome-action-required { background: #fff3d6; color: #6b4800; }
.outcome-rate-limited { background: #ece8fb; color: #3f2a8c; }
.outcome-session-invalid { background: #e6f0fb; color: #174a80; }
.outcome-unavailable, .outcome-unknown { background: #eceff3; color: #3b4352; }
.filter { position: sticky; top: 0; z-index: 2; background: #fff; padding: 0.75rem 0; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.filter input { font: inherit; width: min(36rem, 100%); padding: 0.45rem 0.65rem; border: 1px solid #aab3c2; border-radius: 6px; }
.filter input:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
table.codes { font-size: 0.92rem; table-layout: fixed; }
table.codes col.col-provider { width: 8.5rem; }
table.codes col.col-schema { width: 11rem; }
table.codes col.col-code { width: 15rem; }
table.codes col.col-status { width: 6rem; }
table.codes col.col-outcome { width: 12rem; }
table.codes td { overflow-wrap: anywhere; }
table.codes td.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; overflow-wrap: normal; }
table.codes td.schema { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: normal; }
table.codes .message { display: block; margin-top: 0.25rem; color: var(--muted); }
table.codes .details { margin-top: 0.4rem; font-size: 0.85em; color: var(--muted); }
table.codes .details div + div { margin-top: 0.15rem; }
@media (max-width: 900px) { table.codes { table-layout: auto; } }
table.codes tbody tr:target { background: #fff8dc; }
table.reference-table { font-size: 0.92rem; }
table.reference-table td { overflow-wrap: anywhere; }
table.reference-table td div + div { margin-top: 0.15rem; }
table.reference-table tbody tr:target { background: #fff8dc; }
`;

/** A complete page: no external resource, the style inline, an optional inline script at the end. */
export function page(options: { title: string; nav: NavLink[]; current: string; body: string; script?: string; wide?: boolean }): string {
  const nav = options.nav
    .map((link) => `<a href="${escapeHtml(link.href)}"${link.href === options.current ? ' aria-current="page"' : ""}>${escapeHtml(link.label)}</a>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${style}</style>
</head>
<body>
<header class="site"><nav aria-label="Documentation">
<a class="brand" href="index.html">operator-auth</a>
${nav}
</nav></header>
<main${options.wide ? ' class="wide"' : ""}>
${options.body}
</main>
${options.script ? `<script>\n${options.script.trim()}\n</script>\n` : ""}</body>
</html>
`;
}
