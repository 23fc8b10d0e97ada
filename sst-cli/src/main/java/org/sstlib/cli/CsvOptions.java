package org.sstlib.cli;

import picocli.CommandLine.Option;

/**
 * How a command writes CSV, as a picocli mixin for every command that offers {@code -f csv}:
 *
 * <pre>{@code
 * @Mixin CsvOptions csv;
 * ...
 * Tables.print(table, format, csv, out);
 * }</pre>
 *
 * <p>By default a cell that a spreadsheet would run as a formula (one beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, other than a plain number) is written with a {@code '} before it,
 * so that text taken from a case file or an endpoint cannot run a formula in Excel or LibreOffice when the CSV is
 * opened there. {@code --csv-raw} writes every cell exactly as it is, for R, pandas and other programs.
 */
final class CsvOptions {
  @Option(names = "--csv-raw",
      description = "With -f csv, write every cell exactly as it is. By default a cell beginning with =, +, -, @, a"
          + " tab or a carriage return (other than a number) gets a ' before it, so that a spreadsheet shows it as"
          + " text instead of running it as a formula.")
  boolean raw;

  /** Whether cells that a spreadsheet would run as formulas are protected: unless {@code --csv-raw} is given. */
  boolean protectsFormulas() {
    return !raw;
  }
}
