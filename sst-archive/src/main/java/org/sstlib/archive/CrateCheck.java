package org.sstlib.archive;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sstlib.core.Case;
import org.sstlib.core.Problem;

/**
 * Checks a crate that {@link StudyCrate} wrote, as a zip or a folder, years later: that its metadata document is
 * RO-Crate 1.2 with the root properties it requires; that every file the metadata describes is there, with the
 * size and SHA-256 it gives; that every file there is described; and that each case file still reads and validates
 * (the model's rules and the theory's shapes, as {@code sst validate} checks them). The metadata document itself is
 * checked against its SHA-256 in {@code ro-crate-metadata.json.sha256}, a line as {@code sha256sum} writes it. A zip is read with a hardened
 * reader (see {@link ZipCrate}): a name that escapes the crate, a symbolic link or a zip bomb is refused before
 * anything else is read. Every problem is reported, each naming its file.
 *
 * <pre>{@code
 * CrateReport report = CrateCheck.check(Path.of("study.zip"));
 * report.problems().forEach(System.err::println);   // study.zip/rdf/hughes-2022.ttl: sha256 is ..., the metadata says ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CrateCheck {
  private CrateCheck() {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Checks the crate, a zip file or a folder. Never throws for what the crate holds: it reports it. */
  public static CrateReport check(Path crate) {
    checkNotNull(crate, "crate");
    String name = crate.toString();
    List<Problem> problems = new ArrayList<>();
    List<String> caseIds = new ArrayList<>();
    int files = 0;
    try (CrateContent content = Files.isDirectory(crate) ? FolderCrate.open(crate) : openZip(crate)) {
      files = check(content, problems, caseIds);
    } catch (CrateReadException e) {
      problems.add(Problem.of(e.getMessage()));
    } catch (IOException e) {
      problems.add(Problem.at(name, 0, 0, "", "cannot be read: " + e.getMessage()));
    }
    return new CrateReport(name, files, ImmutableList.copyOf(caseIds), ImmutableList.copyOf(problems));
  }

  private static CrateContent openZip(Path crate) {
    if (!Files.exists(crate)) {
      throw new CrateReadException(crate + ": no such file or folder");
    }
    if (!Files.isRegularFile(crate)) {
      throw new CrateReadException(crate + ": is not a regular file (a device or a pipe?): give a crate's zip or"
          + " folder");
    }
    return ZipCrate.open(crate);
  }

  /** Checks every file; the number of files the crate holds. */
  private static int check(CrateContent content, List<Problem> problems, List<String> caseIds) {
    String crate = content.name();
    if (!content.files().contains(StudyCrate.METADATA)) {
      problems.add(Problem.at(crate, 0, 0, "", "holds no " + StudyCrate.METADATA + ": not an RO-Crate"));
      return 0;
    }
    String metadataName = crate + "/" + StudyCrate.METADATA;
    byte[] metadata = content.read(StudyCrate.METADATA);
    checkMetadataHash(content, metadata, problems);
    JsonNode document;
    try {
      document = JSON.readTree(metadata);
    } catch (JsonProcessingException e) {
      problems.add(Problem.at(metadataName, line(e), column(e), "", "not valid JSON: " + e.getOriginalMessage()));
      return 0;
    } catch (IOException e) {
      problems.add(Problem.at(metadataName, 0, 0, "", "cannot be read: " + e.getMessage()));
      return 0;
    }
    Map<String, JsonNode> entities = entities(document, metadataName, problems);
    if (entities.isEmpty()) {
      return 0;
    }
    Optional<JsonNode> root = root(entities, metadataName, problems);
    Set<String> parts = new HashSet<>();
    root.ifPresent(r -> ids(r.get("hasPart")).forEach(parts::add));

    Map<String, JsonNode> described = new TreeMap<>();
    entities.forEach((id, entity) -> {
      if (types(entity).contains("File") && !id.startsWith("#") && !id.contains(":")) {
        Optional<String> path = CratePaths.fromId(id);
        if (path.isEmpty() || CratePaths.problem(path.get()).isPresent()) {
          problems.add(Problem.at(metadataName, 0, 0, "", "the File '" + id + "' is not a path inside the crate"));
        } else {
          described.put(path.get(), entity);
          if (!parts.contains(id)) {
            problems.add(Problem.at(crate + "/" + path.get(), 0, 0, "", "described in " + StudyCrate.METADATA
                + " but not a part (hasPart) of its root dataset"));
          }
        }
      }
    });
    for (Map.Entry<String, JsonNode> file : described.entrySet()) {
      String path = file.getKey();
      String where = crate + "/" + path;
      if (!content.files().contains(path)) {
        problems.add(Problem.at(where, 0, 0, "", "described in " + StudyCrate.METADATA + " but not in the crate"));
        continue;
      }
      byte[] bytes;
      try {
        bytes = content.read(path);
      } catch (CrateReadException e) {
        problems.add(Problem.of(e.getMessage()));
        continue;
      }
      if (path.equals(StudyCrate.METADATA_SHA256)) {
        checkSize(file.getValue(), bytes, where, problems);   // its content is checked against the metadata
        continue;
      }
      checkSize(file.getValue(), bytes, where, problems);
      checkHash(file.getValue(), bytes, where, problems);
      if (path.startsWith("cases/")) {
        CaseFileCheck.Result read = CaseFileCheck.check(where, bytes);
        problems.addAll(read.problems());
        read.cases().stream().map(Case::id).forEach(caseIds::add);
      }
    }
    for (String path : content.files()) {
      if (!path.equals(StudyCrate.METADATA) && !described.containsKey(path)) {
        problems.add(Problem.at(crate + "/" + path, 0, 0, "", "in the crate but not described in "
            + StudyCrate.METADATA));
      }
    }
    if (described.keySet().stream().noneMatch(p -> p.startsWith("cases/"))) {
      problems.add(Problem.at(crate, 0, 0, "", "holds no case file (under cases/)"));
    }
    return content.files().size();
  }

  /**
   * Checks the metadata document against its SHA-256 in {@code ro-crate-metadata.json.sha256} (the metadata cannot
   * hold its own checksum).
   */
  private static void checkMetadataHash(CrateContent content, byte[] metadata, List<Problem> problems) {
    String where = content.name() + "/" + StudyCrate.METADATA;
    if (!content.files().contains(StudyCrate.METADATA_SHA256)) {
      problems.add(Problem.at(where, 0, 0, "", "its checksum file " + StudyCrate.METADATA_SHA256 + " is missing"));
      return;
    }
    byte[] line;
    try {
      line = content.read(StudyCrate.METADATA_SHA256);
    } catch (CrateReadException e) {
      problems.add(Problem.of(e.getMessage()));
      return;
    }
    String said = new String(line, StandardCharsets.UTF_8);
    String expected = StudyCrate.checksumLine(metadata);
    if (!said.equals(expected)) {
      String saidHash = said.length() >= 64 ? said.substring(0, 64) : said.strip();
      problems.add(Problem.at(where, 0, 0, "", "its SHA-256 is " + CrateFile.sha256(metadata) + "; "
          + StudyCrate.METADATA_SHA256 + " says " + saidHash + (expected.startsWith(saidHash)
              ? " (the checksum file is not as sst writes it)" : ": one of the two has changed")));
    }
  }

  /** Checks a file's size against what its entity says. */
  private static void checkSize(JsonNode entity, byte[] bytes, String where, List<Problem> problems) {
    String size = Integer.toString(bytes.length);
    JsonNode said = entity.get("contentSize");
    if (said == null || !said.isValueNode()) {
      problems.add(Problem.at(where, 0, 0, "", "its entity gives no contentSize"));
    } else if (!said.asText().equals(size)) {
      problems.add(Problem.at(where, 0, 0, "", "holds " + size + " bytes; the metadata says " + said.asText()));
    }
  }

  /** Checks a file's SHA-256 against what its entity says. */
  private static void checkHash(JsonNode entity, byte[] bytes, String where, List<Problem> problems) {
    String sha256 = CrateFile.sha256(bytes);
    JsonNode hash = entity.get("sha256");
    if (hash == null || !hash.isTextual()) {
      problems.add(Problem.at(where, 0, 0, "", "its entity gives no sha256"));
    } else if (!hash.asText().equalsIgnoreCase(sha256)) {
      problems.add(Problem.at(where, 0, 0, "", "its SHA-256 is " + sha256 + "; the metadata says " + hash.asText()
          + ": the file has changed"));
    }
  }

  /** The entities of the document's {@code @graph}, by {@code @id}. */
  private static Map<String, JsonNode> entities(JsonNode document, String where, List<Problem> problems) {
    Map<String, JsonNode> entities = new LinkedHashMap<>();
    JsonNode graph = document.get("@graph");
    if (graph == null || !graph.isArray()) {
      problems.add(Problem.at(where, 0, 0, "", "has no @graph list: not an RO-Crate metadata document"));
      return entities;
    }
    for (JsonNode entity : graph) {
      JsonNode id = entity.get("@id");
      if (id == null || !id.isTextual()) {
        problems.add(Problem.at(where, 0, 0, "", "an entity of its @graph has no @id"));
      } else if (entities.put(id.asText(), entity) != null) {
        problems.add(Problem.at(where, 0, 0, "", "two entities have the @id '" + id.asText() + "'"));
      }
    }
    return entities;
  }

  /** The root dataset, found as RO-Crate says (through the descriptor's about), its required properties checked. */
  private static Optional<JsonNode> root(Map<String, JsonNode> entities, String where, List<Problem> problems) {
    JsonNode descriptor = entities.get(StudyCrate.METADATA);
    if (descriptor == null) {
      problems.add(Problem.at(where, 0, 0, "", "has no metadata descriptor (an entity of @id "
          + StudyCrate.METADATA + ")"));
      return Optional.empty();
    }
    List<String> conforms = ids(descriptor.get("conformsTo"));
    if (!conforms.contains(CrateMetadata.SPEC)) {
      problems.add(Problem.at(where, 0, 0, "", "its descriptor conforms to " + conforms + ", not to "
          + CrateMetadata.SPEC));
    }
    List<String> about = ids(descriptor.get("about"));
    JsonNode root = about.size() == 1 ? entities.get(about.get(0)) : null;
    if (root == null) {
      problems.add(Problem.at(where, 0, 0, "", "its descriptor is about no entity of the document (about: "
          + about + ")"));
      return Optional.empty();
    }
    if (!types(root).contains("Dataset")) {
      problems.add(Problem.at(where, 0, 0, "", "its root entity is not a Dataset"));
    }
    for (String property : List.of("name", "description", "datePublished", "license")) {
      if (root.get(property) == null) {
        problems.add(Problem.at(where, 0, 0, "", "its root dataset has no " + property + ", which RO-Crate 1.2"
            + " requires"));
      }
    }
    JsonNode date = root.get("datePublished");
    if (date != null && !(date.isTextual() && date.asText().matches("\\d{4}(-\\d{2}(-\\d{2}(T.*)?)?)?"))) {
      problems.add(Problem.at(where, 0, 0, "", "its root dataset's datePublished is not one ISO 8601 date"));
    }
    return Optional.of(root);
  }

  /** The {@code @id}s a property refers to: one reference or a list of them. */
  private static List<String> ids(JsonNode value) {
    List<String> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      JsonNode id = item.get("@id");
      if (id != null && id.isTextual()) {
        ids.add(id.asText());
      }
    }
    return ids;
  }

  /** The entity's {@code @type}s: one name or a list. */
  private static List<String> types(JsonNode entity) {
    List<String> types = new ArrayList<>();
    JsonNode type = entity.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (t.isTextual()) {
          types.add(t.asText());
        }
      }
    }
    return types;
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  private static int column(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
  }
}
