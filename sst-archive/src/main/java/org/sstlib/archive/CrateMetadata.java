package org.sstlib.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;

/**
 * The RO-Crate 1.2 metadata document of a crate, {@code ro-crate-metadata.json}: the descriptor, the root
 * {@code Dataset} (name, description, date, licence, keywords, the analysts as authors, the studies analysed as
 * citations, every file in {@code hasPart}), a {@code File} for each file with its media type, size and SHA-256,
 * the people, the studies, the licence, the software and the {@code CreateAction} that says how the crate was
 * made. Entities are written in {@code @id} order after the descriptor and the root, so the same crate gives the
 * same text. Stateless.
 */
final class CrateMetadata {
  private CrateMetadata() {}

  /** The RO-Crate version the document conforms to, and its JSON-LD context. */
  static final String SPEC = "https://w3id.org/ro/crate/1.2";
  static final String CONTEXT = SPEC + "/context";

  /** The id of the software entity and of the action that made the crate. */
  static final String SOFTWARE = "#sst";
  static final String ACTION = "#sst-archive";
  /** The id of the licence entity when none was given. */
  static final String NO_LICENSE = "#license-not-stated";

  /** What the document says about the whole crate. */
  record Description(String name, String description, Optional<String> license, LocalDate datePublished,
      String version, Optional<String> softwareUrl) {}

  /**
   * The document's text.
   *
   * @param cases the cases of each case file, by the file's path in the crate, in the crate's order
   * @param inputs the paths of the files the crate was made from (case files, texts): the action's objects
   * @param files every file but the metadata document, in path order
   * @param leftOut the texts left out, by name, with the reason
   */
  static String write(Description about, Map<String, List<Case>> cases, List<String> inputs, List<CrateFile> files,
      Map<String, String> leftOut) {
    Map<String, Map<String, Object>> entities = new TreeMap<>();
    List<Object> authors = new ArrayList<>();
    List<Object> citations = new ArrayList<>();
    for (List<Case> inFile : cases.values()) {
      for (Case c : inFile) {
        for (Analyst analyst : c.analysts()) {
          String id = person(entities, analyst.name(), analyst.orcid());
          addOnce(authors, ref(id));
        }
        study(entities, c).ifPresent(id -> addOnce(citations, ref(id)));
      }
    }
    List<Object> parts = new ArrayList<>();
    List<Object> objects = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (CrateFile file : files) {
      String id = CratePaths.toId(file.path());
      Map<String, Object> entity = entity(id, "File");
      entity.put("name", file.name());
      entity.put("description", file.description());
      entity.put("encodingFormat", file.mediaType());
      entity.put("contentSize", Integer.toString(file.bytes().length));
      entity.put("sha256", file.sha256());
      entities.put(id, entity);
      parts.add(ref(id));
      (inputs.contains(file.path()) ? objects : results).add(ref(id));
    }
    // The metadata's own checksum, written after it: its size is known, its SHA-256 cannot be.
    String sidecar = CratePaths.toId(StudyCrate.METADATA_SHA256);
    Map<String, Object> checksum = entity(sidecar, "File");
    checksum.put("name", "SHA-256 of the metadata");
    checksum.put("description", "The SHA-256 of " + StudyCrate.METADATA + ", one line as sha256sum writes it"
        + " (sha256sum -c checks it): the metadata cannot hold its own checksum.");
    checksum.put("encodingFormat", "text/plain");
    checksum.put("contentSize", Integer.toString(StudyCrate.checksumLine(new byte[0]).length()));
    entities.put(sidecar, checksum);
    parts.add(ref(sidecar));
    results.add(ref(sidecar));
    parts.sort(Comparator.comparing(r -> ((Map<?, ?>) r).get("@id").toString()));
    results.sort(Comparator.comparing(r -> ((Map<?, ?>) r).get("@id").toString()));
    leftOut.forEach((name, why) -> {
      // A File with a local id is not a data entity: it says what is missing, and where it would lie.
      String id = "#text-" + CratePaths.toId(name);
      Map<String, Object> entity = entity(id, "File");
      entity.put("name", name);
      entity.put("localPath", "texts/" + name);
      entity.put("description", "A source text the evidence quotes, left out of this crate: " + why);
      entities.put(id, entity);
    });
    String license = about.license().orElse(NO_LICENSE);
    Map<String, Object> licence = entity(license, "CreativeWork");
    if (about.license().isPresent()) {
      licence.put("name", license);
      licence.put("description", "The licence this crate was made under, as its makers gave it.");
    } else {
      licence.put("name", "Licence not stated");
      licence.put("description", "No licence was given when this crate was made, and its case files state none:"
          + " ask the analysts before reusing it.");
    }
    entities.put(license, licence);

    Map<String, Object> software = entity(SOFTWARE, "SoftwareApplication");
    software.put("name", "sst");
    software.put("version", about.version());
    software.put("description", "Strong Structuration Theory analysis: case files, checks, chains of"
        + " structuration; it wrote this crate's RDF, report and metadata.");
    about.softwareUrl().ifPresent(url -> software.put("url", url));
    entities.put(SOFTWARE, software);

    Map<String, Object> action = entity(ACTION, "CreateAction");
    action.put("name", "Packed by sst archive");
    action.put("description", "The case files (and any source texts) were read and validated, and the RDF, the"
        + " vocabulary, the shapes, the report and this metadata written from them.");
    action.put("endTime", about.datePublished().toString());
    action.put("instrument", ref(SOFTWARE));
    action.put("object", objects);
    action.put("result", results);
    entities.put(ACTION, action);

    Map<String, Object> descriptor = entity(StudyCrate.METADATA, "CreativeWork");
    descriptor.put("about", ref("./"));
    descriptor.put("conformsTo", ref(SPEC));

    Map<String, Object> root = entity("./", "Dataset");
    root.put("name", about.name());
    root.put("description", about.description());
    root.put("datePublished", about.datePublished().toString());
    root.put("license", ref(license));
    root.put("keywords", List.of("Strong Structuration Theory", "structuration", "qualitative case analysis",
        "linked data"));
    root.put("hasPart", parts);
    if (!authors.isEmpty()) {
      root.put("author", authors);
    }
    if (!citations.isEmpty()) {
      root.put("citation", citations);
    }

    List<Object> graph = new ArrayList<>();
    graph.add(descriptor);
    graph.add(root);
    graph.addAll(entities.values());
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("@context", CONTEXT);
    document.put("@graph", graph);
    return CrateJson.write(document);
  }

  /** The study a case analyses, as a citation entity, if the case says anything of it; its id. */
  private static Optional<String> study(Map<String, Map<String, Object>> entities, Case c) {
    if (c.doi().isEmpty() && c.citation().isEmpty() && c.authors().isEmpty()) {
      return Optional.empty();
    }
    // A DOI is free text in a case file: characters an IRI may not hold as they are are percent-encoded.
    Optional<String> doiIri = c.doi().map(doi -> "https://doi.org/" + CratePaths.toId(doi));
    String id = doiIri.orElse("#study-" + CratePaths.toId(c.id()));
    if (entities.containsKey(id)) {
      return Optional.of(id);   // several cases of one study
    }
    Map<String, Object> study = entity(id, "ScholarlyArticle");
    study.put("name", c.citation().orElse("The study analysed in the case '" + c.title() + "'"));
    c.citation().ifPresent(text -> study.put("creditText", text));
    doiIri.ifPresent(iri -> study.put("identifier", iri));
    List<Object> authors = new ArrayList<>();
    for (Author author : c.authors()) {
      authors.add(ref(person(entities, author.name(), author.orcid())));
    }
    if (!authors.isEmpty()) {
      study.put("author", authors);
    }
    entities.put(id, study);
    return Optional.of(id);
  }

  /** A person, by ORCID iD where there is one, else by name; the id. */
  private static String person(Map<String, Map<String, Object>> entities, String name, Optional<String> orcid) {
    String id = orcid.map(o -> "https://orcid.org/" + o).orElse("#person-" + CratePaths.toId(name.strip()
        .replaceAll("\\s+", "-")));
    entities.computeIfAbsent(id, i -> {
      Map<String, Object> person = entity(i, "Person");
      person.put("name", name);
      return person;
    });
    return id;
  }

  private static Map<String, Object> entity(String id, String type) {
    Map<String, Object> entity = new LinkedHashMap<>();
    entity.put("@id", id);
    entity.put("@type", type);
    return entity;
  }

  private static Map<String, Object> ref(String id) {
    return Map.of("@id", id);
  }

  private static void addOnce(List<Object> list, Object item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }
}
