// Runs SPARQL queries in Oxigraph (npm oxigraph) on an sst export that holds named graphs, for .ci/query-engines.
// Usage: node query-engines-oxigraph.mjs OXIGRAPH_DIR FILE FORMAT JOBS.json OUT.json
//   FORMAT is the media type Oxigraph parses FILE as (application/trig, application/n-quads); JOBS.json is a list
//   of {"name": ..., "query": ...}; OUT.json gets, for each name, the SPARQL 1.1 JSON results as Oxigraph writes
//   them, or {"error": message} when Oxigraph refused or failed the query.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, file, format, jobsFile, outFile] = process.argv.slice(2);
const oxigraph = createRequire(join(dir, "node_modules", "x.js"))("oxigraph");
const store = new oxigraph.Store();
store.load(readFileSync(file, "utf8"), { format });
const answers = {};
for (const { name, query } of JSON.parse(readFileSync(jobsFile, "utf8"))) {
  try {
    // The default graph stays the store's own (empty): the queries name their graphs with GRAPH ?case.
    answers[name] = JSON.parse(store.query(query, { results_format: "application/sparql-results+json" }));
  } catch (e) {
    answers[name] = { error: String(e && e.message ? e.message : e) };
  }
}
writeFileSync(outFile, JSON.stringify(answers));
