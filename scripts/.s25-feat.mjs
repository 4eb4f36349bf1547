import { transformSync } from "esbuild";
import { gzipSync } from "node:zlib";
import fs from "node:fs";
const plain = fs.readFileSync(process.argv[2], "utf8");
const size = (code) => gzipSync(transformSync(code, { minify: true, format: "esm", treeShaking: false }).code).length;
const lines = plain.split("\n");
const segs = []; let cur = null;
for (const line of lines) {
  if (line.startsWith("// ")) { cur = { name: "#" + line.slice(3), text: [] }; segs.push(cur); continue; }
  if (line.startsWith("export {")) { cur = null; continue; }
  const m = /^(?:async )?(?:function|var|const|class) ([\w$]+)/.exec(line);
  if (m) { cur = { name: m[1], text: [] }; segs.push(cur); }
  cur?.text.push(line);
}
const join = (skip) => segs.filter((_, j) => j !== skip).map((s) => s.text.join("\n")).join("\n");
const full = size(join(-1));
console.log("full", full);
let file = ""; const out = []; const perFile = {};
for (let i = 0; i < segs.length; i++) {
  if (segs[i].name.startsWith("#")) { file = segs[i].name.slice(1); continue; }
  const d = full - size(join(i));
  out.push([d, file, segs[i].name]); perFile[file] = (perFile[file] ?? 0) + d;
}
out.sort((a, b) => b[0] - a[0]);
for (const o of out) console.log(o.join("\t"));
console.log(Object.entries(perFile).sort((a, b) => b[1] - a[1]).map((e) => e.join("\t")).join("\n"));
