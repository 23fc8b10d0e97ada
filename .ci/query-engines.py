"""The named queries in engines other than Jena, for .ci/query-engines: rdflib and Oxigraph against Jena.

Usage: query-engines.py QUERIES EXPORTS ENDPOINT OXIGRAPH_DIR COOKBOOK

QUERIES is the folder of the shipped .rq files; EXPORTS holds what `sst export --store` wrote of a store of every
example (all.trig, all.nq, all.jsonld, and ID.ttl and ID.nt for each case), with unavailable.csv and factors.csv,
what `sst query --store` answered; ENDPOINT is `sst serve` on that store (Jena's own answers); OXIGRAPH_DIR is the
folder npm installed oxigraph into; COOKBOOK is docs/queries.md, whose Python for unavailable and factors is run
here as a reader would run it.

Every query is run as it is (when its parameters are optional) and with values bound the way the library binds
them (a VALUES block at the start of the WHERE pattern), the values taken from the cases, in Jena, in rdflib on the
TriG export and in Oxigraph on the TriG and N-Quads exports. The other formats must load into the TriG's dataset in
rdflib, graph by graph (with QUERY_ENGINES_FULL=1 every query runs on each of them as well). The answers are
compared as multisets of rows, terms normalised (a number by its value, whatever its datatype; a blank node as any
blank node). Prints one line per failure and "N checks, M failed"; exits 1 on a failure.
"""
import collections
import contextlib
import csv
import decimal
import io
import json
import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
SST = "https://w3id.org/sst#"
PREFIXES = "PREFIX sst: <https://w3id.org/sst#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"

queries_dir, exports, endpoint, oxigraph_dir, cookbook = sys.argv[1:6]
exports = pathlib.Path(exports)
checks = 0
failed = 0


def check(name, ok, detail=""):
    global checks, failed
    checks += 1
    if not ok:
        failed += 1
        print("FAIL " + name + (": " + detail if detail else ""), file=sys.stderr)


# ---------------------------------------------------------------------------------------------------- terms


def literal_key(value, datatype, lang):
    if lang:
        return ("L", value, lang.lower())
    if datatype in NUMERIC:
        try:
            number = decimal.Decimal(value.strip())
            return ("N", "0" if number == 0 else format(number.normalize(), "f"))
        except decimal.InvalidOperation:
            return ("T", value, datatype)
    if datatype == XSD + "boolean":
        return ("B", value.strip() in ("true", "1"))
    if datatype in (None, "", XSD + "string"):
        return ("S", value)
    return ("T", value, datatype)


def json_term(t):
    """A term of the SPARQL 1.1 JSON results, normalised."""
    if t["type"] == "uri":
        return ("U", t["value"])
    if t["type"] == "bnode":
        return ("_",)
    return literal_key(t["value"], t.get("datatype"), t.get("xml:lang"))


def rdflib_term(t):
    if isinstance(t, URIRef):
        return ("U", str(t))
    if isinstance(t, BNode):
        return ("_",)
    if isinstance(t, Literal):
        return literal_key(str(t), str(t.datatype) if t.datatype else None, t.language)
    raise ValueError("a term of no known kind: %r" % (t,))


def json_rows(answer):
    return collections.Counter(
        frozenset((v, json_term(t)) for v, t in b.items()) for b in answer["results"]["bindings"])


def rdflib_rows(result):
    rows = collections.Counter()
    for b in result.bindings:
        rows[frozenset((str(v), rdflib_term(t)) for v, t in b.items() if t is not None)] += 1
    return rows


def difference(expected, actual):
    missing = expected - actual
    extra = actual - expected
    show = lambda rows: "; ".join(str(sorted(r)) for r in list(rows)[:2])
    return "%d rows expected, %d got; %d missing (%s), %d extra (%s)" % (
        sum(expected.values()), sum(actual.values()), sum(missing.values()), show(missing), sum(extra.values()),
        show(extra))


# ---------------------------------------------------------------------------------------------------- Jena


def jena(query):
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def iri(term):
    return "<" + term["value"] + ">"


def select(query):
    return [{v: t for v, t in b.items()} for b in jena(PREFIXES + query)["results"]["bindings"]]


# ---------------------------------------------------------------------------------------------------- the runs

texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(queries_dir).glob("*.rq"))}
WHERE = re.compile(r"\bWHERE\s*\{")


def bound(text, variables, rows):
    """The query with VALUES (vars) { rows } at the start of its WHERE pattern, as the library binds values."""
    body = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#"))
    where = WHERE.search(body)
    values = "VALUES (%s) {\n%s\n  }\n" % (" ".join("?" + v for v in variables),
                                           "\n".join("    (" + " ".join(r) + ")" for r in rows))
    return body[:where.end()] + "\n  " + values + body[where.end():]


cases = select("SELECT ?case ?base WHERE { GRAPH ?case { ?c a sst:Case ; sst:base ?base } } ORDER BY ?case")
graphs = [iri(c["case"]) for c in cases]
LIMIT = 3   # values per case for a parameter that names an element: enough to vary, few enough to be quick


def per_case(query):
    """Up to LIMIT (case, element) pairs per case, in IRI order, from a query of ?case and ?x."""
    pairs = collections.defaultdict(list)
    for r in select(query):
        if len(pairs[r["case"]["value"]]) < LIMIT:
            pairs[r["case"]["value"]].append((iri(r["case"]), iri(r["x"])))
    return [p for g in sorted(pairs) for p in pairs[g]]


chain_starts = per_case("SELECT DISTINCT ?case ?x WHERE { GRAPH ?case { ?x sst:chainStep ?y . ?y sst:chainStep ?z "
                        "FILTER NOT EXISTS { ?x a sst:Cycle } } } ORDER BY ?case ?x")
supported = per_case("SELECT DISTINCT ?case ?x WHERE { GRAPH ?case { ?e sst:supports ?x } } ORDER BY ?case ?x")
entered = per_case("SELECT DISTINCT ?case ?x WHERE { GRAPH ?case { ?c sst:qualifiedExternal|sst:qualifiedInternal"
                   "|sst:qualifiedOutcome ?q . ?q sst:entity ?x } } ORDER BY ?case ?x")
cycles = [(iri(r["case"]), iri(r["x"])) for r in select(
    "SELECT ?case ?x WHERE { GRAPH ?case { ?x a sst:Cycle } } ORDER BY ?case ?x")]
about = per_case("SELECT DISTINCT ?case ?x WHERE { GRAPH ?case { ?s sst:about ?x } } ORDER BY ?case ?x")
first_cycles = [next(c for c in cycles if c[0] == g) for g in graphs if any(c[0] == g for c in cycles)]
one_case = [[graphs[0]]]

# name -> (query text); the optional-parameter queries run as they are too.
runs = {}
REQUIRED = {
    "chain": (["case", "from"], chain_starts),
    "chain-nodes": (["case", "node"], chain_starts + entered),
    "continues": (["case"], [[g] for g in graphs]),
    "cycle-times": (["case"], [[g] for g in graphs]),
    "evidence": (["case", "element"], supported),
    "quadripartite": (["case", "cycle"], cycles),
    "resolve": (["case", "element"], entered + supported),
    "roles": (["case", "element"], entered),
}
OPTIONAL = {
    "forces": (["case", "cycle"], first_cycles),
    "interpretations": (["case", "about"], about),
}
for name, text in texts.items():
    if name in REQUIRED:
        variables, rows = REQUIRED[name]
        check(name + ": the cases give values for its parameters", len(rows) > 0)
        runs[name + " (" + ", ".join(variables) + " bound)"] = bound(text, variables, [list(r) for r in rows])
        continue
    runs[name] = text
    runs[name + " (one case)"] = bound(text, ["case"], one_case)
    if name in OPTIONAL:
        variables, rows = OPTIONAL[name]
        runs[name + " (" + ", ".join(variables) + " bound)"] = bound(text, variables, [list(r) for r in rows])

expected = {}
for name, query in runs.items():
    expected[name] = json_rows(jena(query))
    if name in texts:   # the whole query with no values: every example gives it rows
        check(name + ": Jena answers rows", sum(expected[name].values()) > 0)


# ---------------------------------------------------------------------------------------------------- rdflib


def dataset(fmt):
    """The export of one format in an rdflib Dataset, as the cookbook loads it."""
    ds = Dataset()
    if fmt in ("trig", "nquads", "json-ld"):
        ds.parse(str(exports / {"trig": "all.trig", "nquads": "all.nq", "json-ld": "all.jsonld"}[fmt]), format=fmt)
    else:
        for case in cases:
            case_id = case["case"]["value"][len("urn:sst:graph:"):]
            ds.graph(URIRef(case["case"]["value"])).parse(
                str(exports / (case_id + {"turtle": ".ttl", "nt": ".nt"}[fmt])), format=fmt)
    return ds


datasets = {}
seconds = collections.Counter()
# Every run on the TriG export; on the other formats (all of them with QUERY_ENGINES_FULL=1), the dataset read must
# be the TriG one, graph by graph, so the answers on it are the same: the queries' work is done once.
full = os.environ.get("QUERY_ENGINES_FULL") == "1"
for fmt in ("trig", "nquads", "json-ld", "turtle", "nt"):
    ds = datasets[fmt] = dataset(fmt)
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g) > 0)
    check("rdflib %s: every case in its named graph" % fmt, names == [c["case"]["value"] for c in cases],
          str(names))
    if fmt != "trig":
        for name in names:
            same = isomorphic(ds.graph(URIRef(name)), datasets["trig"].graph(URIRef(name)))
            check("rdflib %s: %s holds what the TriG holds" % (fmt, name), same)
        if not full:
            continue
    for name, query in runs.items():
        try:
            began = time.time()
            actual = rdflib_rows(ds.query(query))
            seconds[name] += time.time() - began
            check("rdflib %s: %s" % (fmt, name), actual == expected[name], difference(expected[name], actual))
        except Exception as e:  # an engine's failure is a failed check, told
            check("rdflib %s: %s" % (fmt, name), False, "%s: %s" % (type(e).__name__, e))

# rdflib's initBindings, as the cookbook shows it, binds as the library's VALUES block does: the first values of
# each query with required parameters.
for name, (variables, rows) in REQUIRED.items():
    if rows:
        want = json_rows(jena(bound(texts[name], variables, [list(rows[0])])))
        given = {v: URIRef(t[1:-1]) for v, t in zip(variables, rows[0])}
        try:
            actual = rdflib_rows(datasets["trig"].query(texts[name], initBindings=given))
            check("rdflib initBindings: %s" % name, actual == want, difference(want, actual))
        except Exception as e:
            check("rdflib initBindings: %s" % name, False, "%s: %s" % (type(e).__name__, e))

print("rdflib: %.0f s; slowest: %s" % (sum(seconds.values()), ", ".join(
    "%s %.0f s" % (n, t) for n, t in seconds.most_common(4))))

# ---------------------------------------------------------------------------------------------------- Oxigraph

jobs = exports / "jobs.json"
jobs.write_text(json.dumps([{"name": n, "query": q} for n, q in runs.items()]), encoding="utf-8")
script = pathlib.Path(__file__).with_name("query-engines-oxigraph.mjs")
for file, media in (("all.trig", "application/trig"), ("all.nq", "application/n-quads")):
    out = exports / (file + ".oxigraph.json")
    subprocess.run(["node", str(script), oxigraph_dir, str(exports / file), media, str(jobs), str(out)], check=True)
    answers = json.loads(out.read_text(encoding="utf-8"))
    for name in runs:
        answer = answers.get(name, {"error": "no answer"})
        if "error" in answer:
            check("Oxigraph %s: %s" % (file, name), False, answer["error"])
        else:
            actual = json_rows(answer)
            check("Oxigraph %s: %s" % (file, name), actual == expected[name], difference(expected[name], actual))


# ---------------------------------------------------------------------------------------------------- cookbook

# The cookbook's Python, as a reader copies it: the ```python blocks of the section on other engines, in order.
page = pathlib.Path(cookbook).read_text(encoding="utf-8")
section = page[page.index("## Running the named queries in Python, R or another engine"):]
section = section[:section.find("\n## ", 10)] if "\n## " in section[10:] else section
blocks = re.findall(r"```python\n(.*?)```", section, re.S)
check("the cookbook shows Python", len(blocks) > 0)
# Its loading lines read the reference case's exports; here they read the exports of every example.
files = {"hughes-2022.trig": "all.trig", "hughes-2022.nq": "all.nq", "hughes-2022.jsonld": "all.jsonld",
         "hughes-2022.ttl": "hughes-2022.ttl", "hughes-2022.nt": "hughes-2022.nt"}
namespace = {"__name__": "cookbook"}
hughes = URIRef("urn:sst:graph:hughes-2022")
for k, block in enumerate(blocks):
    for shown, real in files.items():
        block = block.replace('"' + shown + '"', json.dumps(str(exports / real)))
    namespace.pop("rows", None)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            exec(compile(block, "docs/queries.md, Python block %d" % (k + 1), "exec"), namespace)
    except Exception as e:
        check("cookbook Python block %d runs" % (k + 1), False, "%s: %s" % (type(e).__name__, e))
        continue
    if "parse(" in block:
        check("cookbook Python block %d loads the case into its named graph" % (k + 1),
              len(namespace["ds"].graph(hughes)) == len(datasets["trig"].graph(hughes)))
    if "rows" in namespace:
        check("cookbook Python block %d answers rows" % (k + 1), len(list(namespace["rows"])) > 0)
    if "print(" in block:
        check("cookbook Python block %d prints rows" % (k + 1), len(printed.getvalue().splitlines()) > 1)
for query in ("unavailable", "factors"):
    with open(exports / (query + ".csv"), encoding="utf-8", newline="") as f:
        cli = list(csv.reader(f))
    check("sst query %s -f csv gives rows" % query, len(cli) > 1)
    for fmt, ds in datasets.items():
        try:
            rows = namespace["sst_rows"](ds, query)
            check("cookbook Python, %s: %s gives the CLI's rows" % (fmt, query), rows == cli,
                  "CLI %s, Python %s" % (cli[:3], rows[:3]))
        except Exception as e:
            check("cookbook Python, %s: %s" % (fmt, query), False, "%s: %s" % (type(e).__name__, e))

print("%d queries and bindings, each in Jena, rdflib (TriG%s) and Oxigraph (TriG, N-Quads)" % (
    len(runs), ", N-Quads, JSON-LD, Turtle, N-Triples" if full else ""))
print("%d checks, %d failed" % (checks, failed))
sys.exit(1 if failed else 0)
