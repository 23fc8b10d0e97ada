package org.sstlib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sstlib.archive.CrateCheck;
import org.sstlib.archive.CrateReport;
import org.sstlib.archive.StudyCrate;
import org.sstlib.core.Case;
import org.sstlib.core.SstException;
import org.sstlib.core.Source;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.core.internal.AtomicFiles;
import org.sstlib.core.quotes.QuoteReport;
import org.sstlib.core.quotes.SourceTextException;
import org.sstlib.core.quotes.SourceTexts;
import org.sstlib.rdf.store.SstStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sst archive (FILE... | --store DIR) (-o study.zip | --dir OUT) --date DATE}: packs an analysis as an
 * RO-Crate 1.2 to deposit beside a paper ({@link StudyCrate}); {@code sst archive --check study.zip|DIR} checks one
 * ({@link CrateCheck}).
 *
 * <pre>{@code
 * sst archive examples/cases/hughes-2022.yaml --date 2026-01-15 --license https://creativecommons.org/licenses/by/4.0/ -o hughes-2022.zip
 * sst archive examples/cases/*.yaml --date 2026-01-15 --dir all-cases
 * sst archive --check hughes-2022.zip
 * }</pre>
 *
 * <p>Every case is read, validated and its quotes checked as {@code sst validate} does; nothing is written unless
 * all are valid. The zip is written whole or not at all ({@link AtomicFiles}), the folder likewise (it must be new
 * or empty). Source texts go into the crate only with {@code --include-texts}: a case file does not say under what
 * licence its texts may be shared, so by default the crate names them in {@code texts-left-out.txt} instead.
 */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Pack cases as an RO-Crate 1.2 to deposit beside a paper, or check one.",
      "",
      "The crate holds the case files as written, the Turtle of each case, TriG and JSON-LD of all, the vocabulary"
          + " and shapes of this version of sst, the HTML report, and ro-crate-metadata.json: title, description,"
          + " analysts, the studies' DOIs and citations, licence, date, and every file's media type, size and"
          + " SHA-256. The same input gives the same bytes.",
      "",
      "Source texts go in only with --include-texts (their licence is not known to sst); otherwise"
          + " texts-left-out.txt names them.",
      "",
      "--check verifies every checksum, that every file is described and there, and that each case file still"
          + " reads and validates; every problem is listed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written, or the crate checked is valid",
        "1:invalid or unreadable input, nothing written; or the crate checked has problems", "2:bad usage",
        "3:internal error in sst"})
final class ArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Case files (.yaml, .yml, .json) or RDF (.ttl, .trig, .nt, .nq, .jsonld).")
  List<String> files = new ArrayList<>();

  @Option(names = "--store", paramLabel = "DIR",
      description = "Pack every case of a TDB2 store: each becomes a YAML case file written by sst.")
  Path store;

  @Option(names = {"-o", "--output"}, paramLabel = "ZIP", description = "The zip to write, whole or not at all.")
  Path output;

  @Option(names = "--dir", paramLabel = "OUT", description = "Write the crate as a folder instead (new or empty).")
  Path dir;

  @Option(names = "--check", paramLabel = "CRATE", description = "Check a crate, a zip or a folder, and write nothing.")
  Path check;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The crate's datePublished, YYYY-MM-DD (RO-Crate requires one); default: the date of"
          + " SOURCE_DATE_EPOCH if it is set. Never today by default, so the same input gives the same bytes.")
  String date;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The crate's name (default: the title of its one case, or a name listing its cases).")
  String title;

  @Option(names = "--description", paramLabel = "TEXT", description = "The crate's description (default: made"
      + " from its cases).")
  String description;

  @Option(names = "--license", paramLabel = "URL",
      description = "The crate's licence, as a URL (for CC BY 4.0: the Creative Commons page of that licence)."
          + " Without it the crate says that no licence was stated.")
  String license;

  @Option(names = "--include-texts",
      description = "Put the source texts the evidence quotes into the crate (only if their licence allows it).")
  boolean includeTexts;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Read the sources' texts from DIR instead of beside each case file.")
  Path texts;

  /** The environment variable of reproducible builds: a time in seconds since 1970, here a crate's date. */
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (check != null) {
        refuseWith("--check", !files.isEmpty() || store != null || output != null || dir != null || date != null
            || title != null || description != null || license != null || includeTexts || texts != null);
        return check(err);
      }
      LocalDate published = usage();
      StudyCrate crate = build(published);
      return write(crate, err);
    } catch (UserError e) {
      return e.print(err);
    }
  }

  /** Refuses the options of making a crate beside {@code --check}. */
  private void refuseWith(String option, boolean others) {
    if (others) {
      throw new ParameterException(spec.commandLine(), option + " checks a crate: give it alone (sst archive --check"
          + " study.zip)");
    }
  }

  /** Checks the command line for making a crate; the crate's date. */
  private LocalDate usage() {
    int sources = (files.isEmpty() ? 0 : 1) + (store == null ? 0 : 1);
    if (sources != 1) {
      throw new ParameterException(spec.commandLine(), sources == 0
          ? "expected FILE... or --store DIR (or --check CRATE)" : "give FILE... or --store, not both");
    }
    if ((output == null) == (dir == null)) {
      throw new ParameterException(spec.commandLine(), output == null
          ? "give -o study.zip, or --dir OUT for a folder" : "give -o or --dir, not both");
    }
    if ((output != null && output.toString().isEmpty()) || (dir != null && dir.toString().isEmpty())) {
      throw new ParameterException(spec.commandLine(), (output != null ? "-o" : "--dir") + " needs a name");
    }
    return published(Optional.ofNullable(System.getenv(SOURCE_DATE_EPOCH)));
  }

  /** The crate's date: --date, else the day of SOURCE_DATE_EPOCH (UTC); a usage error without either. */
  LocalDate published(Optional<String> epoch) {
    if (date != null) {
      try {
        return LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--date: '" + date + "' is not a date YYYY-MM-DD");
      }
    }
    if (epoch.isPresent()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.get().strip())).atZone(ZoneOffset.UTC).toLocalDate();
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw new ParameterException(spec.commandLine(), SOURCE_DATE_EPOCH + "='" + epoch.get() + "' is not a"
            + " number of seconds since 1970; give --date YYYY-MM-DD");
      }
    }
    throw new ParameterException(spec.commandLine(), "give --date YYYY-MM-DD: the date the crate is published,"
        + " which RO-Crate requires (or set " + SOURCE_DATE_EPOCH + "); sst does not take today's date by itself,"
        + " so that the same input gives the same bytes");
  }

  /** Reads, validates and packs the cases; nothing is written yet. */
  private StudyCrate build(LocalDate published) throws UserError {
    SourceTextCheck.checkFolder(texts);
    StudyCrate.Builder crate;
    try {
      crate = StudyCrate.builder(VersionProvider.version(), published);
      Optional.ofNullable(title).ifPresent(crate::title);
      Optional.ofNullable(description).ifPresent(crate::description);
      Optional.ofNullable(license).ifPresent(crate::license);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    if (store != null) {
      fromStore(crate, problems);
    } else {
      for (String file : files) {
        fromFile(file, crate, problems);
      }
    }
    if (!problems.isEmpty()) {
      problems.add("nothing written");
      throw new UserError(problems);
    }
    try {
      return crate.build();
    } catch (SstException e) {
      List<String> lines = new ArrayList<>(Problems.lines(e.problems(), null));
      lines.add("nothing written");
      throw new UserError(lines);
    }
  }

  /** Adds one file: its cases checked as sst validate checks them (quotes too), its texts included or named. */
  private void fromFile(String file, StudyCrate.Builder crate, List<String> problems) {
    Inputs.Loaded loaded;
    try {
      loaded = Inputs.load(file);
    } catch (UserError e) {
      problems.addAll(e.lines());
      return;
    }
    Path path = Path.of(file);
    for (Case c : loaded.cases()) {
      QuoteReport quotes = loaded.located().map(located -> SourceTextCheck.check(located, texts))
          .orElseGet(() -> SourceTextCheck.check(file, c, texts));
      problems.addAll(Problems.lines(quotes.problems(), file));
      Path folder = texts != null ? texts : Optional.ofNullable(path.getParent()).orElse(Path.of("."));
      addTexts(c, Optional.of(folder), texts != null ? "--texts " + texts : "beside " + file, crate);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) CaseFiles.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      problems.add(file + ": no such file");
      return;
    } catch (IOException | InvalidPathException e) {
      problems.add(file + ": cannot read: " + e.getMessage());
      return;
    }
    try {
      crate.caseFile(path.getFileName().toString(), bytes);
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + e.getMessage());
    }
  }

  /** Adds every case of the store, each as a YAML case file written by sst. */
  private void fromStore(StudyCrate.Builder crate, List<String> problems) throws UserError {
    if (!Files.isDirectory(store)) {
      throw new UserError(store + ": no such store directory");
    }
    List<Case> cases;
    try (SstStore s = SstStore.tdb2ReadOnly(store)) {
      cases = s.all();
    } catch (SstException e) {
      throw UserError.in(store.toString(), e);
    }
    if (cases.isEmpty()) {
      throw new UserError(store + ": holds no case; nothing written");
    }
    for (Case c : cases) {
      try {
        crate.caseFile(c.id() + ".yaml", CaseFiles.write(c, CaseFormat.YAML).getBytes(StandardCharsets.UTF_8));
      } catch (SstException e) {
        problems.addAll(Problems.lines(e.problems(), store + ": case '" + c.id() + "'"));
      }
      addTexts(c, Optional.ofNullable(texts), texts != null ? "--texts " + texts : "", crate);
    }
  }

  /** Includes the case's sources' texts (with --include-texts, when they are found) or names them as left out. */
  private void addTexts(Case c, Optional<Path> folder, String where, StudyCrate.Builder crate) {
    for (Source source : c.sources()) {
      if (source.text().isEmpty()) {
        continue;
      }
      String name = source.text().get();
      if (!includeTexts) {
        crate.textLeftOut(name, "its licence is not known to sst (case '" + c.id() + "', source '" + source.id()
            + "'); the crate's makers may include it with sst archive --include-texts if it may be shared");
        continue;
      }
      if (folder.isEmpty()) {
        crate.textLeftOut(name, "not at hand: no folder of texts was given (--texts DIR) for the store's cases");
        continue;
      }
      try {
        String text = SourceTexts.read(folder.get(), name).text();
        crate.text(name, text.getBytes(StandardCharsets.UTF_8));
      } catch (SourceTextException e) {
        crate.textLeftOut(name, e.isMissing() ? "not found " + where : "refused: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        crate.textLeftOut(name, "its name is not a path a crate can hold: " + e.getMessage());
      }
    }
  }

  /** Writes the zip or the folder. */
  private int write(StudyCrate crate, PrintWriter err) throws UserError {
    Path target = output != null ? output : dir;
    try {
      if (output != null) {
        AtomicFiles.write(output, crate::writeZip);
      } else {
        crate.writeDirectory(dir);
      }
    } catch (IOException e) {
      throw new UserError(target + ": cannot write: " + FileErrors.reason(e) + "; nothing written");
    }
    List<Case> cases = crate.cases();
    err.println(target + ": crate of " + cases.size() + (cases.size() == 1 ? " case" : " cases") + " written ("
        + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + "), " + crate.paths().size() + " files");
    if (crate.paths().contains(StudyCrate.TEXTS_LEFT_OUT)) {
      err.println(target + ": source texts left out, named in " + StudyCrate.TEXTS_LEFT_OUT
          + (includeTexts ? "" : " (their licence is not known to sst; --include-texts puts them in)"));
    }
    if (license == null) {
      err.println(target + ": no --license given: the crate says that its licence is not stated");
    }
    err.flush();
    return ExitCodes.OK;
  }

  /** Checks a crate, printing one line when it is valid, else every problem. */
  private int check(PrintWriter err) {
    PrintWriter out = spec.commandLine().getOut();
    CrateReport report = CrateCheck.check(check);
    if (report.isValid()) {
      out.println(check + ": valid crate: " + report.files() + " files, every checksum matches; "
          + report.caseIds().size() + (report.caseIds().size() == 1 ? " case" : " cases") + " valid ("
          + String.join(", ", report.caseIds()) + ")");
      out.flush();
      return ExitCodes.OK;
    }
    Problems.lines(report.problems(), null).forEach(err::println);
    err.println(check + ": not valid: " + report.problems().size() + " problem"
        + (report.problems().size() == 1 ? "" : "s"));
    err.flush();
    return ExitCodes.INVALID;
  }
}
