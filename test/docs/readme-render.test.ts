/**
 * Every README (the root one and each package's) renders as written: parsed by a CommonMark renderer
 * (markdown-it), every code block ends where its closing fence is (an unclosed fence would swallow the
 * rest of the page as code), carries a language, and holds no Markdown heading; the page has one
 * level-1 heading, no heading skips a level, and every line written as a heading renders as one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/generate/spec.js";

const readmes = [join(repoRoot, "README.md"), ...readdirSync(join(repoRoot, "packages")).map((name) => join(repoRoot, "packages", name, "README.md"))];
const markdown = new MarkdownIt();

describe.each(readmes.map((file) => [relative(repoRoot, file), file] as const))("%s", (_name, file) => {
  const source = readFileSync(file, "utf8");
  const lines = source.split("\n");
  const tokens = markdown.parse(source, {});

  it("closes every code block where it means to, with a language and no heading inside", () => {
    const fences = tokens.filter((token) => token.type === "fence");
    expect(fences.length).toBeGreaterThan(0);
    for (const fence of fences) {
      const [start, end] = fence.map!;
      const where = `the block opened on line ${start + 1}`;
      // markdown-it ends an unclosed fence at the end of the document, with no closing line.
      expect(lines[end - 1]?.trim(), `${where} is closed`).toBe(fence.markup);
      expect(end - 1, `${where} is closed`).toBeGreaterThan(start);
      expect(fence.info.trim(), `${where} names its language`).not.toBe("");
      expect(fence.content, `${where} holds no Markdown heading`).not.toMatch(/^#{2,6} \S/m);
    }
  });

  it("has one level-1 heading and no heading that skips a level", () => {
    const levels = tokens.filter((token) => token.type === "heading_open").map((token) => Number(token.tag.slice(1)));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
    // Every line written as a heading outside a code block became one.
    const inCode = new Set(tokens.filter((t) => t.type === "fence" || t.type === "code_block").flatMap((t) => Array.from({ length: t.map![1] - t.map![0] }, (_, k) => t.map![0] + k)));
    const written = lines.flatMap((line, i) => (/^#{1,6} \S/.test(line) && !inCode.has(i) ? [i] : []));
    const rendered = tokens.filter((token) => token.type === "heading_open").map((token) => token.map![0]);
    expect(rendered).toEqual(written);
  });
});
