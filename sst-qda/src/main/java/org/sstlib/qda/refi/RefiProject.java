package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sstlib.qda.CodedSegment;
import org.sstlib.qda.QdaData;

/**
 * A REFI-QDA project as {@link QdeReader} read it: its users, its code tree and its sources and coded selections in
 * the neutral form of {@link QdaData}. Immutable.
 *
 * @param name the project's name
 * @param users the project's users (coders), by GUID, in the file's order
 * @param codes the root codes of its codebook, each with its nested codes
 * @param data its sources and coded selections, and the users' names
 * @param notRead what the project holds coded that the reader does not turn into segments, one sentence each (a
 *     source coded as a whole rather than in selections, a coded transcript selection without its sync points), so
 *     that nothing is dropped silently
 */
public record RefiProject(String name, ImmutableMap<String, String> users, ImmutableList<QdaCode> codes,
    QdaData data, ImmutableList<String> notRead) {

  /** Checks the fields. */
  public RefiProject {
    checkNotNull(name, "name");
    users = ImmutableMap.copyOf(users);
    codes = ImmutableList.copyOf(codes);
    checkNotNull(data, "data");
    notRead = ImmutableList.copyOf(notRead);
  }

  /** How many coded selections each code (by GUID) codes; a code that codes none is absent. */
  public ImmutableMap<String, Integer> selectionCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CodedSegment s : data.segments()) {
      s.codeGuids().stream().distinct().forEach(g -> counts.merge(g, 1, Integer::sum));
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * The code tree as lines to read when writing a map: each code's name path, indented by its depth, with the
   * number of selections coded with it, and {@code (not codable)} for a heading code.
   */
  public ImmutableList<String> codeTreeLines() {
    ImmutableMap<String, Integer> counts = selectionCounts();
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    codes.forEach(c -> lines(c, 0, counts, lines));
    return lines.build();
  }

  private static void lines(QdaCode c, int depth, ImmutableMap<String, Integer> counts,
      ImmutableList.Builder<String> lines) {
    int n = counts.getOrDefault(c.guid(), 0);
    lines.add("  ".repeat(depth) + c.path() + "  " + n + (n == 1 ? " selection" : " selections")
        + (c.codable() ? "" : " (not codable)"));
    c.children().forEach(child -> lines(child, depth + 1, counts, lines));
  }
}
