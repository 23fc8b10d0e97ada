package org.sstlib.archive;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;
import org.sstlib.core.casefile.CaseFormat;
import org.sstlib.rdf.io.RdfFormat;

/**
 * An analysis packed for deposit beside a paper: an RO-Crate 1.2 (https://w3id.org/ro/crate/1.2) holding
 *
 * <ul>
 *   <li>{@code cases/}: the case files, byte for byte as they were read;
 *   <li>{@code rdf/ID.ttl}: the Turtle of each case; {@code rdf/cases.trig} and {@code rdf/cases.jsonld}: all cases,
 *       each in its named graph;
 *   <li>{@code vocabulary/sst.ttl} and {@code vocabulary/sst-shapes.ttl}: the vocabulary and the SHACL shapes of the
 *       version of sst that wrote the crate;
 *   <li>{@code report.html}: the HTML report of the cases;
 *   <li>{@code texts/}: the source texts the evidence quotes, when they were given; otherwise
 *       {@code texts-left-out.txt}, which names the texts left out and says why;
 *   <li>{@code ro-crate-metadata.json.sha256}: the metadata document's SHA-256, as {@code sha256sum} writes it;
 *   <li>{@code ro-crate-metadata.json}: the dataset (name, description, date, licence, keywords, the analysts, the
 *       studies analysed), every file with its media type, size and SHA-256, and the software that made the crate
 *       as the instrument of a {@code CreateAction} whose objects are the case files and texts and whose results
 *       are the files it wrote.
 * </ul>
 *
 * <p>Nothing is made unless every case file reads and validates (the model's rules and the theory's shapes, as
 * {@code sst validate} checks them). The same inputs give the same bytes: files in path order, fixed times in the
 * zip, JSON with its keys in a fixed order, and no time of day anywhere. {@link CrateCheck} checks a crate later.
 *
 * <pre>{@code
 * StudyCrate crate = StudyCrate.builder("0.1.0", LocalDate.of(2026, 1, 15))
 *     .caseFile("hughes-2022.yaml", Files.readAllBytes(Path.of("examples/cases/hughes-2022.yaml")))
 *     .license("https://creativecommons.org/licenses/by/4.0/")
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("study.zip"))) {
 *   crate.writeZip(out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StudyCrate {
  /** The name of the metadata document at the root of every crate. */
  public static final String METADATA = "ro-crate-metadata.json";
  /**
   * The SHA-256 of the metadata document, one line as {@code sha256sum} writes it ({@code sha256sum -c} checks it):
   * the document cannot hold its own checksum, and without it a changed byte in its text would go unseen.
   */
  public static final String METADATA_SHA256 = METADATA + ".sha256";
  /** The note that names the source texts left out of a crate, and why. */
  public static final String TEXTS_LEFT_OUT = "texts-left-out.txt";

  private final ImmutableList<CrateFile> files;
  private final ImmutableList<Case> cases;
  private final LocalDate date;

  private StudyCrate(ImmutableList<CrateFile> files, ImmutableList<Case> cases, LocalDate date) {
    this.files = files;
    this.cases = cases;
    this.date = date;
  }

  /**
   * A builder of a crate written by this version of sst on this date.
   *
   * @param version the version of sst, as the crate's software entity gives it
   * @param datePublished the crate's {@code datePublished}, and the time stamp of its zip entries
   */
  public static Builder builder(String version, LocalDate datePublished) {
    return new Builder(version, datePublished);
  }

  /** The paths of the crate's files, in path order, the metadata document among them. */
  public ImmutableList<String> paths() {
    return files.stream().map(CrateFile::path).collect(ImmutableList.toImmutableList());
  }

  /**
   * A copy of the bytes of one file.
   *
   * @throws IllegalArgumentException if the crate has no such file
   */
  public byte[] bytes(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no file " + path + " in the crate")).bytes().clone();
  }

  /** The cases of the crate, in the order of their files. */
  public ImmutableList<Case> cases() {
    return cases;
  }

  /** Writes the crate as a zip to {@code out}, which is not closed. */
  public void writeZip(OutputStream out) throws IOException {
    checkNotNull(out, "out");
    CrateWriting.zip(files, date, out);
  }

  /**
   * Writes the crate as a new folder, whole or not at all.
   *
   * @throws IOException if {@code dir} is a file or a folder that is not empty, or cannot be written
   */
  public void writeDirectory(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    CrateWriting.directory(files, dir);
  }

  /**
   * Collects what goes into a crate. Each method names its bad value; {@link #build} reads and validates the case
   * files and reports every problem together.
   */
  public static final class Builder {
    private final String version;
    private final LocalDate date;
    private final Map<String, byte[]> caseFiles = new LinkedHashMap<>();
    private final Map<String, byte[]> texts = new TreeMap<>();
    private final Map<String, String> leftOut = new TreeMap<>();
    private final List<Problem> clashes = new ArrayList<>();
    private Optional<String> title = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> license = Optional.empty();
    private Optional<String> softwareUrl = Optional.empty();

    private Builder(String version, LocalDate date) {
      this.version = checkNotNull(version, "version");
      this.date = checkNotNull(date, "datePublished");
      checkArgument(!version.isBlank(), "version: a version is needed, not a blank");
    }

    /**
     * Adds a case file (YAML or JSON) or an RDF file of cases, to lie at {@code cases/NAME} byte for byte.
     *
     * @param name the file's name, without folders; its extension says how it is read
     * @throws IllegalArgumentException if the name has a folder in it or is not a name sst reads
     */
    public Builder caseFile(String name, byte[] bytes) {
      checkNotNull(name, "name");
      checkNotNull(bytes, "bytes");
      checkArgument(!name.contains("/") && CratePaths.problem(name).isEmpty(),
          "case file name: '%s' is not a plain file name", name);
      checkArgument(CaseFileCheck.reads(name), "case file name: '%s' does not end in .yaml, .yml, .json, .ttl,"
          + " .trig, .nt, .nq or .jsonld", name);
      if (caseFiles.putIfAbsent(name, bytes.clone()) != null) {
        clashes.add(Problem.at(name, 0, 0, "", "two case files are named '" + name + "': a crate keeps file names"
            + " only, so rename one of them"));
      }
      return this;
    }

    /**
     * Adds a source text, to lie at {@code texts/NAME}: only for a text its licence allows to share.
     *
     * @param name the text's name as its source gives it ({@code transcripts/int-07.txt})
     * @throws IllegalArgumentException if the name is not a relative path inside a folder
     */
    public Builder text(String name, byte[] bytes) {
      checkNotNull(name, "name");
      checkNotNull(bytes, "bytes");
      checkArgument(CratePaths.problem(name).isEmpty(), "text name: '%s' is not a relative path (%s)", name,
          CratePaths.problem(name).orElse(""));
      byte[] before = texts.putIfAbsent(name, bytes.clone());
      if (before != null && !Arrays.equals(before, bytes)) {
        clashes.add(Problem.at("texts/" + name, 0, 0, "", "two different texts are named '" + name + "' (in the"
            + " folders of two case files): a crate holds one text of a name"));
      }
      return this;
    }

    /** Names a source text left out of the crate, and why; {@code texts-left-out.txt} lists them. */
    public Builder textLeftOut(String name, String reason) {
      checkNotNull(name, "name");
      checkNotNull(reason, "reason");
      leftOut.putIfAbsent(name, reason);
      return this;
    }

    /** The crate's name (default: the title of its one case, or a name listing its cases). */
    public Builder title(String title) {
      checkArgument(!checkNotNull(title, "title").isBlank(), "title: a title is needed, not a blank");
      this.title = Optional.of(title);
      return this;
    }

    /** The crate's description (default: one made from its cases). */
    public Builder description(String description) {
      checkArgument(!checkNotNull(description, "description").isBlank(), "description: give words, not a blank");
      this.description = Optional.of(description);
      return this;
    }

    /**
     * The licence of the crate, as a URL ({@code https://creativecommons.org/licenses/by/4.0/}). Without one, the
     * crate says that no licence was stated.
     *
     * @throws IllegalArgumentException if it is not an http or https URL
     */
    public Builder license(String url) {
      checkNotNull(url, "license");
      checkArgument(url.matches("https?://[^\\s<>\"{}|\\\\^`]+"), "license: '%s' is not an http or https URL", url);
      this.license = Optional.of(url);
      return this;
    }

    /** Where the software that made the crate can be found, for its software entity. */
    public Builder softwareUrl(String url) {
      checkNotNull(url, "softwareUrl");
      checkArgument(url.matches("https?://[^\\s<>\"{}|\\\\^`]+"), "softwareUrl: '%s' is not an http or https URL",
          url);
      this.softwareUrl = Optional.of(url);
      return this;
    }

    /**
     * Reads and validates every case file and makes the crate.
     *
     * @throws ArchiveException with every problem, if a case file does not read or validate, two files would lie
     *     at one path, two cases share an id, or there is no case
     * @throws IllegalStateException if no case file was added
     */
    public StudyCrate build() {
      checkState(!caseFiles.isEmpty(), "a crate needs a case file");
      List<Problem> problems = new ArrayList<>(clashes);
      Map<String, List<Case>> casesByFile = new LinkedHashMap<>();
      List<Case> all = new ArrayList<>();
      for (Map.Entry<String, byte[]> file : caseFiles.entrySet()) {
        CaseFileCheck.Result read = CaseFileCheck.check(file.getKey(), file.getValue());
        problems.addAll(read.problems());
        casesByFile.put("cases/" + file.getKey(), read.cases());
        all.addAll(read.cases());
      }
      Map<String, String> seen = new HashMap<>();
      casesByFile.forEach((path, inFile) -> inFile.forEach(c -> {
        String before = seen.putIfAbsent(c.id(), path);
        if (before != null) {
          problems.add(Problem.at(path, 0, 0, "", "case '" + c.id() + "' is also in " + before + ": a crate holds"
              + " one case of an id"));
        }
      }));
      if (!problems.isEmpty()) {
        throw new ArchiveException("the crate cannot be made: " + problems.size() + " problem"
            + (problems.size() == 1 ? "" : "s"), problems);
      }
      List<CrateFile> files = new ArrayList<>();
      caseFiles.forEach((name, bytes) -> files.add(new CrateFile("cases/" + name, bytes, MediaTypes.of(name),
          "Case file " + name, "The case file as its analysts wrote it, byte for byte: "
              + casesByFile.get("cases/" + name).stream().map(c -> "'" + c.id() + "'")
                  .collect(Collectors.joining(", ")) + ".")));
      for (Case c : all) {
        files.add(new CrateFile("rdf/" + c.id() + ".ttl", DerivedFiles.turtle(c), "text/turtle",
            "Turtle of case " + c.id(), "The case '" + c.id() + "' as RDF (Turtle), written by sst: the same case"
                + " gives the same bytes."));
      }
      files.add(new CrateFile("rdf/cases.trig", DerivedFiles.trig(all), "application/trig", "TriG of all cases",
          "Every case of the crate as RDF (TriG), each in its named graph urn:sst:graph:ID."));
      files.add(new CrateFile("rdf/cases.jsonld", DerivedFiles.jsonLd(all), "application/ld+json",
          "JSON-LD of all cases", all.size() == 1 ? "The case as RDF (JSON-LD 1.1, its @context inline)."
              : "Every case of the crate as RDF (JSON-LD 1.1, its @context inline), each in its named graph."));
      files.add(new CrateFile("vocabulary/sst.ttl", DerivedFiles.vocabulary(), "text/turtle", "The sst vocabulary",
          "The OWL vocabulary of Strong Structuration Theory that the RDF uses, as sst " + version + " ships it."));
      files.add(new CrateFile("vocabulary/sst-shapes.ttl", DerivedFiles.shapes(), "text/turtle",
          "The theory's SHACL shapes", "The SHACL shapes that sst " + version + " checks every case with."));
      files.add(new CrateFile("report.html", DerivedFiles.report(all), "text/html", "Report",
          "The HTML report of the cases: the field of practices, the chain, each cycle's quadripartite figure, the"
              + " findings, the elements and the evidence. It reads offline."));
      texts.forEach((name, bytes) -> files.add(new CrateFile("texts/" + name, bytes, "text/plain",
          "Source text " + name, "A source text the evidence quotes, included by the crate's makers.")));
      if (!leftOut.isEmpty()) {
        files.add(new CrateFile(TEXTS_LEFT_OUT, leftOutNote().getBytes(StandardCharsets.UTF_8), "text/plain",
            "Source texts left out", "Which source texts the evidence quotes are not in this crate, and why."));
      }
      files.sort(Comparator.comparing(CrateFile::path));
      List<String> inputs = new ArrayList<>();
      caseFiles.keySet().forEach(name -> inputs.add("cases/" + name));
      texts.keySet().forEach(name -> inputs.add("texts/" + name));
      String metadata = CrateMetadata.write(new CrateMetadata.Description(title.orElseGet(() -> name(all)),
          description.orElseGet(() -> describe(all)), license, date, version, softwareUrl), casesByFile, inputs,
          files, ImmutableMap.copyOf(leftOut));
      byte[] metadataBytes = metadata.getBytes(StandardCharsets.UTF_8);
      files.add(new CrateFile(METADATA, metadataBytes, "application/ld+json", "RO-Crate metadata",
          "This crate's metadata."));
      files.add(new CrateFile(METADATA_SHA256, checksumLine(metadataBytes).getBytes(StandardCharsets.UTF_8),
          "text/plain", "", ""));
      files.sort(Comparator.comparing(CrateFile::path));
      return new StudyCrate(ImmutableList.copyOf(files), ImmutableList.copyOf(all), date);
    }

    private String leftOutNote() {
      StringBuilder note = new StringBuilder("Source texts left out of this crate\n\n");
      note.append("The evidence in this crate's case files quotes the source texts below, which are not in it. A\n"
          + "case file does not say under what licence its sources' texts may be shared, so sst leaves them out\n"
          + "unless the crate's makers include them (sst archive --include-texts) knowing that they may.\n\n");
      leftOut.forEach((name, why) -> note.append("- ").append(name).append(": ").append(why).append('\n'));
      return note.toString();
    }

    private static String name(List<Case> cases) {
      if (cases.size() == 1) {
        return cases.get(0).title();
      }
      return "Strong Structuration Theory analyses of " + cases.size() + " cases ("
          + cases.stream().map(Case::id).collect(Collectors.joining(", ")) + ")";
    }

    private static String describe(List<Case> cases) {
      boolean one = cases.size() == 1;
      String what = one
          ? "A Strong Structuration Theory analysis of " + cases.get(0).citation().map(c -> c.replaceAll("[.\\s]+$", ""))
              .orElse("the case '" + cases.get(0).title() + "'")
          : cases.size() + " Strong Structuration Theory analyses: " + cases.stream().map(Case::title)
              .collect(Collectors.joining("; "));
      return what + ". The crate holds " + (one ? "the case file with its" : "the case files with their") + " RDF"
          + " (Turtle, TriG, JSON-LD), the vocabulary and SHACL shapes of the version of sst that wrote them, and an"
          + " HTML report.";
    }
  }

  /** The line of {@link #METADATA_SHA256} for the metadata document's bytes. */
  static String checksumLine(byte[] metadata) {
    return CrateFile.sha256(metadata) + "  " + METADATA + "\n";
  }

  /** The media types of the files a crate holds, by extension. */
  static final class MediaTypes {
    private MediaTypes() {}

    static String of(String name) {
      Optional<CaseFormat> caseFormat = CaseFormat.ofFileName(name);
      if (caseFormat.isPresent()) {
        return caseFormat.get() == CaseFormat.JSON ? "application/json" : "application/yaml";
      }
      return RdfFormat.ofFileName(name).map(f -> switch (f) {
        case TURTLE -> "text/turtle";
        case TRIG -> "application/trig";
        case NTRIPLES -> "application/n-triples";
        case NQUADS -> "application/n-quads";
        case JSONLD -> "application/ld+json";
      }).orElse("application/octet-stream");
    }
  }
}
