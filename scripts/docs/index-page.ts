/** index.html: the providers, how to install and call each client, and links to the other pages. */
import { escapeHtml, page, type NavLink } from "./html.js";
import { outcomeVocabularyTable } from "./outcomes.js";
import { typeScriptSample, type Provider } from "./providers.js";
import { workflowsPage } from "./workflows.js";
import { sdkDir, sdkModulePage } from "./sdk.js";

/** The operation whose TypeScript sample is shown as the client's usage example. */
const usageOperationId = "login";

export const referencePage = (provider: Provider) => `${provider.id}.html`;
export const catalogPage = "error-catalog.html";
const catalogFor = (provider: Provider) => `${catalogPage}?q=${encodeURIComponent(provider.id)}`;

export function renderIndex(providers: Provider[], nav: NavLink[]): string {
  const overview = providers
    .map(
      (p) => `<tr>
<td><a href="#${escapeHtml(p.id)}">${escapeHtml(p.title)}</a></td>
<td><code>${escapeHtml(p.packageName)}</code></td>
<td>${escapeHtml(p.summary)}</td>
<td><a href="${referencePage(p)}">API reference</a></td>
<td><a href="${sdkModulePage(p.packageName)}">SDK reference</a></td>
<td><a href="${catalogFor(p)}">codes</a></td>
</tr>`,
    )
    .join("\n");

  const sections = providers.map((p) => {
    const usage = p.operations.find((o) => o.operationId === usageOperationId) ?? p.operations.find((o) => typeScriptSample(o));
    const sample = usage && typeScriptSample(usage);
    if (!sample) throw new Error(`${p.id}: no operation has a TypeScript x-codeSample to show as the usage example.`);
    const operations = p.operations
      .map(
        (o) =>
          `<li><span class="method">${o.webhook ? "HOOK" : escapeHtml(o.method)}</span> <code>${escapeHtml(o.path)}</code> — ${escapeHtml(o.summary)}` +
          ` <span class="muted">(<code>${escapeHtml(o.operationId)}</code>${o.webhook ? ", sent by the provider to the application" : ""})</span></li>`,
      )
      .join("\n");
    return `<section class="provider" id="${escapeHtml(p.id)}">
<h3>${escapeHtml(p.title)}</h3>
<p>${escapeHtml(p.packageDescription)}</p>
<p class="links"><a href="${referencePage(p)}">API reference</a><a href="${sdkModulePage(p.packageName)}">SDK reference</a><a href="${catalogFor(p)}">Error codes</a></p>
<h4>Install</h4>
<pre><code>npm install ${escapeHtml(p.packageName)}</code></pre>
<h4>Usage</h4>
<pre><code>${escapeHtml(sample.source.trimEnd())}</code></pre>
<p class="muted">Every operation of the API reference has a sample like this one, and a curl command.
<code>useSession</code>, <code>show</code> and <code>keep</code> stand for the application's own code.</p>
<h4>Operations</h4>
<ul class="operations">
${operations}
</ul>
</section>`;
  });

  const body = `<h1>operator-auth</h1>
<p class="lead">Typed TypeScript clients for logging users in to betting and gaming operators, each generated
from a hand-written OpenAPI 3.1 spec of the provider's documentation.</p>
<p>Every documented answer, failures included, comes back as a typed result: <code>ok</code>, the HTTP status,
the provider's code, its description and an <a href="#outcomes">outcome</a> shared by all providers. Everything
else (network, timeout, an HTML or truncated body, an undocumented status) throws one typed error,
<code>OperatorAuthError</code>, that never contains a password or token. Logins are never retried by a client.</p>

<table class="overview">
<thead><tr><th>Provider</th><th>Package</th><th>What it covers</th><th colspan="3">Reference</th></tr></thead>
<tbody>
${overview}
</tbody>
</table>
<p>The <a href="${catalogPage}">error catalog</a> lists every code of every provider in one table, with its HTTP
status, description and outcome. <a href="${workflowsPage}">Workflows and post-login values</a> lists the workflows
a PosAPI login can leave pending (<code>workflowType</code>), how each is resolved, and the post-login values they
refer to. The <a href="${sdkDir}/index.html">SDK reference</a> documents the packages'
TypeScript API: every client's options, calls and result types, and the helpers, from their declarations.</p>

<h2 id="providers">Providers</h2>
<div class="providers">
${sections.join("\n")}
</div>

<h2 id="outcomes">One outcome vocabulary</h2>
<p>Every documented answer has one of these outcomes, the same for every provider, so an app serving several
operators handles each situation once: <code>ok</code> for a success, one of the others for a failure. The outcome
rule below says what a code's words must say for each; the README gives the same rule.</p>
${outcomeVocabularyTable()}
`;
  return page({ title: "operator-auth — documentation", nav, current: "index.html", body });
}
