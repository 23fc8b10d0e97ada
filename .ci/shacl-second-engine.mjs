// A second SHACL engine: rdf-validate-shacl (npm, JavaScript, independent of Jena) runs sst's shapes
// (sst-rdf/.../shacl/sst-shapes.ttl) on Turtle read by the N3.js parser (npm n3), and this script compares its
// results with what Jena SHACL gives:
//
//   - every example's exported Turtle: no violation, as in Jena (the warnings and infos are printed);
//   - every broken graph under sst-rdf/src/test/resources/org/sstlib/rdf/shacl/broken/ (valid.ttl, and valid.ttl with
//     the defect NAME.trig makes: its graph <urn:sst:broken:remove> taken out, <urn:sst:broken:add> put in; README.md
//     there): its results equal the lines of NAME.expected, which BrokenGraphShapesTest holds Jena SHACL to, except the lines of SHACL-SPARQL
//     constraints (sh:SPARQLConstraintComponent), which rdf-validate-shacl does not implement.
//
//   node .ci/shacl-second-engine.mjs NODE_MODULES SHAPES BROKEN_DIR EXAMPLE.ttl...
//
// rdf-validate-shacl 0.6 runs SHACL Core only: it throws on a shape with sh:sparql ("Cannot find validator for
// constraint component sh:SPARQLConstraintComponent"), and on an inverse path whose inner path is not an IRI
// ("Inverse paths only work for named nodes"). So it is given the shapes with their sh:sparql constraints left out,
// and with sh:inversePath of an alternative path written as the equivalent alternative of inverse paths (^(a|b) is
// ^a|^b); results name the path as the shapes file writes it. The data graph is the case's graph alone, as SstShapes
// validates it: the shapes need no vocabulary or code list beside it (a case graph types each element with its
// superclasses, and code lists are sh:in lists of IRIs); beside it, the language-tagged labels of sst.ttl and ic.ttl
// would break sstsh:PlainTextShape (SHACL-SPARQL) in Jena.
//
// A result is one line, the same in the expected files, this script and BrokenGraphShapesTest, fields separated by a
// tab:  severity  focus  path  component  shape  value
// IRIs as prefixed names (the data file's prefixes, and sh:, sstsh:), else <IRI>; a path in SPARQL syntax; a blank
// node as []; "-" where a result has no path or value. The shape of a result from a nested blank-node shape is the
// named shape that holds it. Prints "N checks, M failed" and exits 1 if any failed.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, shapesFile, brokenDir, ...examples] = process.argv.slice(2);
if (!modules || !shapesFile || !brokenDir) {
  console.error('usage: node .ci/shacl-second-engine.mjs NODE_MODULES SHAPES BROKEN_DIR EXAMPLE.ttl...');
  process.exit(2);
}
const require = createRequire(path.resolve(modules) + path.sep);
const { Parser, Store, DataFactory } = require('n3');
const SHACLValidator = (await import(pathToFileURL(require.resolve('rdf-validate-shacl')).href)).default;

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** The component of SHACL-SPARQL results, as a result line names it. */
const SPARQL_COMPONENT = 'sh:SPARQLConstraintComponent';
const { namedNode, blankNode, quad } = DataFactory;
const sh = (local) => namedNode(SH + local);
const FIRST = namedNode(RDF + 'first');
const REST = namedNode(RDF + 'rest');
const NIL = namedNode(RDF + 'nil');

let checks = 0;
let failed = 0;
function check(name, ok, detail) {
  checks++;
  if (!ok) {
    failed++;
    console.error(`FAIL ${name}${detail ? '\n' + detail : ''}`);
  }
}

/** A Turtle file's triples and prefixes. */
function read(file) {
  const prefixes = {};
  const parser = new Parser({ format: 'text/turtle', baseIRI: pathToFileURL(path.resolve(file)).href });
  const quads = parser.parse(fs.readFileSync(file, 'utf8'), null, (prefix, iri) => {
    prefixes[prefix] = iri.value;
  });
  return { quads, prefixes };
}

// ------------------------------------------------------------------------------------------------ the shapes

const shapesRead = read(shapesFile);
/** The shapes as written: for names of paths and shapes. */
const shapes = new Store(shapesRead.quads);
/** The shapes rdf-validate-shacl runs. */
const runnable = new Store(shapesRead.quads);
/** The named shapes whose sh:sparql constraints rdf-validate-shacl does not run. */
const sparqlShapes = [];
for (const q of shapes.getQuads(null, sh('sparql'), null, null)) {
  runnable.removeQuad(q);
  sparqlShapes.push(q.subject.value);
}
// ^(a|b|...) as ^a|^b|...: the same values (SHACL 2.3.1), in a form rdf-validate-shacl follows.
let rewritten = 0;
for (const q of shapes.getQuads(null, sh('inversePath'), null, null)) {
  const inner = q.object;
  const alternatives = inner.termType === 'BlankNode' && shapes.getObjects(inner, sh('alternativePath'), null)[0];
  if (!alternatives) {
    continue;
  }
  runnable.removeQuad(q);
  let list = NIL;
  for (const member of listOf(shapes, alternatives).reverse()) {
    const inverse = blankNode();
    runnable.addQuad(quad(inverse, sh('inversePath'), member));
    const cell = blankNode();
    runnable.addQuad(quad(cell, FIRST, inverse));
    runnable.addQuad(quad(cell, REST, list));
    list = cell;
  }
  runnable.addQuad(quad(q.subject, sh('alternativePath'), list));
  rewritten++;
}
const validator = new SHACLValidator(runnable);

function listOf(store, head) {
  const items = [];
  for (let cell = head; !cell.equals(NIL); cell = store.getObjects(cell, REST, null)[0]) {
    items.push(store.getObjects(cell, FIRST, null)[0]);
  }
  return items;
}

// ------------------------------------------------------------------------------------------------ result lines

function names(prefixes) {
  const all = { ...prefixes, sh: SH, sstsh: 'https://w3id.org/sst/shapes#' };
  return Object.entries(all).sort((a, b) => b[1].length - a[1].length);
}

function term(t, prefixes) {
  if (!t) return '-';
  if (t.termType === 'BlankNode') return '[]';
  if (t.termType === 'NamedNode') {
    for (const [prefix, ns] of prefixes) {
      if (ns && t.value.startsWith(ns) && t.value.length > ns.length) return prefix + ':' + t.value.slice(ns.length);
    }
    return '<' + t.value + '>';
  }
  const text = '"' + t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
  if (t.language) return text + '@' + t.language;
  if (t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return text;
  return text + '^^' + term(t.datatype, prefixes);
}

/** A path in SPARQL syntax, as the shapes file writes it: a|b, a/b, ^p, ^(a|b), p*, p+, p?. */
function pathText(p, prefixes) {
  if (!p) return '-';
  if (p.termType === 'NamedNode') return term(p, prefixes);
  const one = (property) => shapes.getObjects(p, sh(property), null)[0];
  // Only alternatives and sequences need brackets inside another path.
  const grouped = (inner) => {
    const text = pathText(inner, prefixes);
    const compound = shapes.getObjects(inner, FIRST, null).length
      || shapes.getObjects(inner, sh('alternativePath'), null).length;
    return compound ? '(' + text + ')' : text;
  };
  if (shapes.getObjects(p, FIRST, null).length) return listOf(shapes, p).map((x) => grouped(x)).join('/');
  if (one('alternativePath')) return listOf(shapes, one('alternativePath')).map((x) => grouped(x)).join('|');
  if (one('inversePath')) return '^' + grouped(one('inversePath'));
  if (one('zeroOrMorePath')) return grouped(one('zeroOrMorePath')) + '*';
  if (one('oneOrMorePath')) return grouped(one('oneOrMorePath')) + '+';
  if (one('zeroOrOnePath')) return grouped(one('zeroOrOnePath')) + '?';
  return '[]';
}

/** The named shape that holds a blank-node shape (through sh:property, sh:node, sh:or, sh:not, ...). */
function namedShape(s) {
  const seen = new Set();
  while (s && s.termType === 'BlankNode' && !seen.has(s.value)) {
    seen.add(s.value);
    s = shapes.getSubjects(null, s, null)[0];
  }
  return s;
}

function line(r, prefixes) {
  return [
    term(r.severity, prefixes),
    term(r.focusNode, prefixes),
    pathText(r.path, prefixes),
    term(r.sourceConstraintComponent, prefixes),
    term(namedShape(r.sourceShape), prefixes),
    term(r.value, prefixes),
  ].join('\t');
}

/** valid.ttl with the defect a .trig file makes, with valid.ttl's prefixes. */
function broken(validFile, defectFile) {
  const valid = read(validFile);
  const store = new Store(valid.quads);
  const defect = new Parser({ format: 'application/trig' }).parse(fs.readFileSync(defectFile, 'utf8'));
  for (const q of defect) {
    const triple = quad(q.subject, q.predicate, q.object);
    if (q.graph.value === 'urn:sst:broken:remove') {
      if (!store.has(triple)) throw new Error(`${defectFile} removes a triple valid.ttl does not hold`);
      store.removeQuad(triple);
    } else if (q.graph.value === 'urn:sst:broken:add') {
      store.addQuad(triple);
    } else {
      throw new Error(`${defectFile}: a triple outside <urn:sst:broken:remove> and <urn:sst:broken:add>`);
    }
  }
  return { quads: store.getQuads(null, null, null, null), prefixes: valid.prefixes };
}

async function results(data) {
  const report = await validator.validate(new Store(data.quads));
  const prefixes = names(data.prefixes);
  return report.results.map((r) => line(r, prefixes)).sort();
}

// ------------------------------------------------------------------------------------------------ the checks

const started = Date.now();
console.log(`rdf-validate-shacl runs the shapes without the sh:sparql constraints of ${sparqlShapes.length} shapes`
  + ` (SHACL-SPARQL), with ${rewritten} inverse path(s) of an alternative rewritten`);

for (const file of examples) {
  const name = path.basename(file);
  let lines;
  try {
    lines = await results(read(file));
  } catch (e) {
    check(`${name}: rdf-validate-shacl runs`, false, String(e.stack || e));
    continue;
  }
  const violations = lines.filter((l) => l.startsWith('sh:Violation\t'));
  check(`${name}: no violation (as in Jena)`, violations.length === 0, violations.join('\n'));
  const advice = lines.length - violations.length;
  console.log(`${name}: conforms${advice ? `, ${advice} warning(s) or info(s):\n  ` + lines.join('\n  ') : ''}`);
}

const validFile = path.join(brokenDir, 'valid.ttl');
const defects = ['valid.ttl', ...fs.readdirSync(brokenDir).filter((f) => f.endsWith('.trig')).sort()];
check(`${brokenDir}: broken graphs found`, defects.length > 1);
for (const file of defects) {
  const name = file.slice(0, file.lastIndexOf('.'));
  const expectedFile = path.join(brokenDir, name + '.expected');
  if (!fs.existsSync(expectedFile)) {
    check(`${name}: ${expectedFile} exists`, false);
    continue;
  }
  const expectedAll = fs.readFileSync(expectedFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  // Jena's SHACL-SPARQL results are not rdf-validate-shacl's to give.
  const expected = expectedAll.filter((l) => l.split('\t')[3] !== SPARQL_COMPONENT).sort();
  let actual;
  try {
    actual = await results(file === 'valid.ttl' ? read(validFile) : broken(validFile, path.join(brokenDir, file)));
  } catch (e) {
    check(`${name}: rdf-validate-shacl runs`, false, String(e.stack || e));
    continue;
  }
  const same = actual.length === expected.length && actual.every((l, i) => l === expected[i]);
  const missing = expected.filter((l) => !actual.includes(l));
  const extra = actual.filter((l) => !expected.includes(l));
  check(`${name}: rdf-validate-shacl's results are ${expectedFile}'s (SHACL Core lines)`, same,
    (missing.length ? 'expected, not reported:\n  ' + missing.join('\n  ') + '\n' : '')
      + (extra.length ? 'reported, not expected:\n  ' + extra.join('\n  ') : '')
      + (!missing.length && !extra.length ? 'the same lines, not as often' : ''));
  const sparql = expectedAll.length - expected.length;
  if (!same) continue;
  console.log(`${name}: ${actual.length} result(s) as expected`
    + (sparql ? `; ${sparql} SHACL-SPARQL result(s) left to Jena` : ''));
}

console.log(`rdf-validate-shacl: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${checks} checks, ${failed} failed`);
process.exit(failed ? 1 : 0);
