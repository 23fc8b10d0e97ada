package org.sstlib.qda.refi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sstlib.core.Case;
import org.sstlib.core.EvidenceKind;
import org.sstlib.core.Source;

/**
 * The map file {@link QdpxExport} writes beside a project, collected as the project is made: each code with what it
 * stands for, each source and user with the id it comes back as. A code is keyed by its name path, or by its GUID
 * where a name holds a {@code /} (which would make the path ambiguous). Not thread-safe.
 */
final class ExportMap {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build());

  private final Map<String, String> codes = new LinkedHashMap<>();
  private final Map<String, String> kindCodes = new LinkedHashMap<>();
  private final Map<String, String> sourceIds = new LinkedHashMap<>();
  private final Map<String, String> sourceTypes = new LinkedHashMap<>();
  private final Map<String, String> analysts = new LinkedHashMap<>();

  void code(List<String> path, String guid, String target) {
    codes.put(key(path, guid), target);
  }

  void kindCode(List<String> path, String guid, EvidenceKind kind) {
    kindCodes.put(key(path, guid), kind.code());
  }

  void source(String name, Source s) {
    sourceIds.put(name, s.id());
    sourceTypes.put(name, s.type().code());
  }

  void analyst(String name, String id) {
    analysts.put(name, id);
  }

  private static String key(List<String> path, String guid) {
    return path.stream().anyMatch(n -> n.contains("/")) ? guid : String.join("/", path);
  }

  /** The map file's text: a comment saying what it is for, then the map. */
  String yaml(Case study) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("evidenceIds", "names");
    map.put("sourceIds", sourceIds);
    map.put("sourceTypes", sourceTypes);
    if (!analysts.isEmpty()) {
      map.put("analysts", analysts);
    }
    map.put("codes", codes);
    if (!kindCodes.isEmpty()) {
      map.put("kindCodes", kindCodes);
    }
    try {
      return "# The map that brings this project back into the case '" + study.id() + "' with sst import qdpx:\n"
          + "# each code stands for what it says here; a passage you code in your tool with one of them becomes\n"
          + "# evidence for it, and the quotes that came from the case come back as the evidence they were.\n"
          + YAML.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the map cannot be written", e);
    }
  }
}
