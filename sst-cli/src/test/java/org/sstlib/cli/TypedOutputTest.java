package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.query.NamedQuery;
import org.sstlib.rdf.query.QueryTable;

/**
 * Typed JSON ({@code -f json} of {@code sst query} and {@code sst sparql}) and the W3C results formats of
 * {@code sst sparql} ({@code -f srj}, {@code -f tsv}).
 */
class TypedOutputTest {
  private static final String CASE = ReferenceCase.FILE.toString();
  private static final String CYCLES = """
      PREFIX sst: <https://w3id.org/sst#>
      SELECT ?cycle ?site WHERE { ?cycle a sst:Cycle ; sst:site ?site } ORDER BY ?cycle
      """;
  /** One row of values of every kind: the type must come from the datatype, not from how the text looks. */
  private static final String VALUES = """
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      SELECT ?id ?label ?n ?d ?x ?yes ?bad ?nan ?iri ?none WHERE {
        VALUES (?id ?label ?n ?d ?x ?yes ?bad ?nan ?iri) {
          ("007" "1984" 7 2.50 1.5e0 true "many"^^xsd:integer "NaN"^^xsd:double <urn:x:1>)
        }
      }
      """;

  @TempDir Path dir;

  private String query(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  private static JsonArray json(SstRun run) {
    assertEquals(0, run.exitCode(), run.err());
    return JSON.parseAny(run.out()).getAsArray();
  }

  @Test
  void countsAreNumbersAndIdsStayStrings() {
    JsonArray rows = json(sst("query", CASE, "factors", "-f", "json"));
    assertFalse(rows.isEmpty());
    for (JsonValue v : rows) {
      JsonObject row = v.getAsObject();
      assertTrue(row.get("count").isNumber() && row.get("available").isNumber(), row.toString());
      assertTrue(row.get("case").isString() && row.get("form").isString(), row.toString());
    }
    JsonObject first = json(sst("query", CASE, "unavailable", "-f", "json")).get(0).getAsObject();
    assertEquals(0, first.get("index").getAsNumber().value().intValue(), first.toString());
    assertEquals("", first.get("force").getAsString().value(), "an empty text stays an empty string");
  }

  @Test
  void booleansAreBooleansAndAMissingOneIsNull() {
    JsonArray forces = json(sst("query", CASE, "forces", "-f", "json"));
    assertFalse(forces.isEmpty());
    forces.forEach(v -> assertTrue(v.getAsObject().get("available").isBoolean(), v.toString()));
    JsonArray entries = json(sst("query", CASE, "quadripartite", "-p", "cycle=fall-morning", "-f", "json"));
    boolean some = false;
    for (JsonValue v : entries) {
      JsonValue available = v.getAsObject().get("available");
      assertTrue(available.isBoolean() || available.isNull(), v.toString());
      some |= available.isBoolean();
    }
    assertTrue(some, entries.toString());
  }

  /** Every column of every named query has the type NamedQuery gives it, in the reference case. */
  @Test
  void everyNamedQueryHasTheTypesItDeclares() {
    List<List<String>> runs = List.of(
        List.of("chain", "-p", "from=admission-avoidance-policy", "-p", "to=alf-at-home"),
        List.of("quadripartite", "-p", "cycle=fall-morning"), List.of("field"), List.of("feedback"),
        List.of("unavailable"), List.of("interpretations"), List.of("factors"),
        List.of("evidence", "-p", "element=alf-at-home"), List.of("unrealised"), List.of("provenance"),
        List.of("forces"), List.of("network", "-p", "around=alf-at-home"));
    assertEquals(NamedQuery.values().length, runs.size());
    for (List<String> args : runs) {
      NamedQuery query = NamedQuery.forName(args.get(0));
      assertTrue(query.columns().containsAll(query.numberColumns())
          && query.columns().containsAll(query.booleanColumns()), query.toString());
      List<String> command = new ArrayList<>(List.of("query", CASE));
      command.addAll(args);
      command.addAll(List.of("-f", "json"));
      JsonArray rows = json(sst(command.toArray(String[]::new)));
      assertFalse(rows.isEmpty(), query.toString());
      for (JsonValue v : rows) {
        JsonObject row = v.getAsObject();
        assertEquals(Set.copyOf(query.columns()), row.keys(), query.toString());
        for (String column : query.columns()) {
          JsonValue value = row.get(column);
          boolean ok = query.numberColumns().contains(column) ? value.isNumber() || value.isNull()
              : query.booleanColumns().contains(column) ? value.isBoolean() || value.isNull() : value.isString();
          assertTrue(ok, query + " " + column + ": " + row);
        }
      }
    }
  }

  @Test
  void tableAndCsvAreUnchangedByTypes() {
    SstRun csv = sst("query", CASE, "factors", "-f", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals("case,form,effect,count,available", csv.out().lines().findFirst().orElseThrow());
  }

  @Test
  void sparqlJsonTakesTypesFromTheDatatypes() throws IOException {
    JsonObject row = json(sst("sparql", CASE, query("values.rq", VALUES), "-f", "json")).get(0).getAsObject();
    assertEquals("007", row.get("id").getAsString().value());
    assertEquals("1984", row.get("label").getAsString().value());
    assertEquals(7, row.get("n").getAsNumber().value().intValue());
    assertEquals(0, new BigDecimal("2.5").compareTo(new BigDecimal(row.get("d").getAsNumber().value().toString())));
    assertEquals(1.5, row.get("x").getAsNumber().value().doubleValue());
    assertTrue(row.get("yes").getAsBoolean().value());
    assertEquals("many", row.get("bad").getAsString().value());
    assertEquals("NaN", row.get("nan").getAsString().value());
    assertEquals("urn:x:1", row.get("iri").getAsString().value());
    assertTrue(row.get("none").isNull(), row.toString());
  }

  @Test
  void srjReadsBackAsTheSameAnswer() throws IOException {
    String cycles = query("cycles.rq", CYCLES);
    SstRun srj = sst("sparql", CASE, cycles, "-f", "srj");
    assertEquals(0, srj.exitCode(), srj.err());
    QueryTable back = QueryTable.copyOf(read(srj.out()));
    JsonArray json = json(sst("sparql", CASE, cycles, "-f", "json"));
    assertEquals(List.of("cycle", "site"), back.columns());
    assertEquals(json.size(), back.size());
    for (int i = 0; i < back.size(); i++) {
      for (String column : back.columns()) {
        assertEquals(json.get(i).getAsObject().get(column).getAsString().value(), back.rows().get(i).get(column));
      }
    }

    ResultSetRewindable values = read(sst("sparql", CASE, query("values.rq", VALUES), "-f", "srj").out());
    QuerySolution row = values.next();
    assertEquals(NodeFactory.createLiteralString("007"), row.get("id").asNode());
    assertEquals(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), row.get("n").asNode());
    assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), row.get("yes").asNode());
    assertFalse(row.contains("none"));
  }

  private static ResultSetRewindable read(String srj) {
    return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
        .read(new ByteArrayInputStream(srj.getBytes(StandardCharsets.UTF_8))).rewindable();
  }

  @Test
  void tsvHasTheW3cHeaderAndTerms() throws IOException {
    SstRun tsv = sst("sparql", CASE, query("cycles.rq", CYCLES), "-f", "tsv");
    assertEquals(0, tsv.exitCode(), tsv.err());
    List<String> lines = tsv.out().lines().toList();
    assertEquals("?cycle\t?site", lines.get(0));
    assertEquals(7, lines.size(), tsv.out());
    assertTrue(lines.get(1).startsWith("<https://w3id.org/sst/examples/hughes-2022/alf-daily-life>\t\""),
        lines.get(1));
  }

  @Test
  void askInSrjIsTheBooleanForm() throws IOException {
    String ask = query("ask.rq", "PREFIX sst: <https://w3id.org/sst#> ASK { ?c a sst:Cycle }");
    SstRun srj = sst("sparql", CASE, ask, "-f", "srj");
    assertEquals(0, srj.exitCode(), srj.err());
    SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
        .readAny(new ByteArrayInputStream(srj.out().getBytes(StandardCharsets.UTF_8)));
    assertTrue(result.isBoolean() && result.getBooleanResult(), srj.out());
    assertTrue(JSON.parseAny(srj.out()).getAsObject().get("boolean").getAsBoolean().value(), srj.out());
    SstRun plain = sst("sparql", CASE, ask, "-f", "json");
    assertEquals("true", plain.out().trim());
  }

  @Test
  void constructRefusesTheResultsFormats() throws IOException {
    String construct = query("c.rq", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1");
    SstRun srj = sst("sparql", CASE, construct, "-f", "srj");
    assertEquals(2, srj.exitCode());
    assertTrue(srj.err().contains("-f srj is for SELECT and ASK; a CONSTRUCT prints turtle"), srj.err());
    SstRun tsv = sst("sparql", CASE, construct, "-f", "tsv");
    assertEquals(2, tsv.exitCode());
    assertTrue(tsv.err().contains("-f tsv is for SELECT; a CONSTRUCT prints turtle"), tsv.err());
  }
}
