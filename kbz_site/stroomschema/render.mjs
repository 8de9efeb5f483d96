// Draws Graphviz DOT to SVG with @viz-js/viz (Graphviz compiled to WebAssembly): one Node
// process for all charts of a build. Reads {"viz": "<path to viz.js>", "charts": [dot, ...]}
// on stdin, writes [svg, ...] on stdout; a chart Graphviz refuses stops with its message.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const input = JSON.parse(readFileSync(0, "utf8"));
const { instance } = await import(pathToFileURL(input.viz).href);
const viz = await instance();
const out = input.charts.map((dot, i) => {
  const result = viz.render(dot, { format: "svg" });
  if (result.status !== "success") {
    process.stderr.write(`chart ${i}: ${result.errors.map((e) => e.message).join("; ")}\n`);
    process.exit(1);
  }
  return result.output;
});
process.stdout.write(JSON.stringify(out));
