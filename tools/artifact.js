#!/usr/bin/env node
// Writes <outdir>/<Name>.abi and <outdir>/<Name>.bin from a forge artifact
// (out/<File>.sol/<Name>.json), the inputs abigen takes. The ABI is
// pretty-printed with a trailing newline so that diffs of it read well.
"use strict";
const fs = require("fs");
const path = require("path");

const [artifact, outdir] = process.argv.slice(2);
if (!artifact || !outdir) {
  process.stderr.write("usage: artifact.js out/File.sol/Name.json OUTDIR\n");
  process.exit(2);
}
const name = path.basename(artifact, ".json");
const a = JSON.parse(fs.readFileSync(artifact, "utf8"));
const bin = (a.bytecode && a.bytecode.object) || "";
if (!Array.isArray(a.abi) || !/^0x[0-9a-fA-F]+$/.test(bin)) {
  process.stderr.write(`artifact.js: ${artifact} has no ABI or bytecode; run forge build\n`);
  process.exit(1);
}
fs.writeFileSync(path.join(outdir, name + ".abi"), JSON.stringify(a.abi, null, 2) + "\n");
fs.writeFileSync(path.join(outdir, name + ".bin"), bin.slice(2) + "\n");
