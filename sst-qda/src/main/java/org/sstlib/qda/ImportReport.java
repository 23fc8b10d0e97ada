package org.sstlib.qda;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import did with each coded segment, so that nothing is dropped silently: how many became evidence, how
 * many were already in the case, and how many were left out and why, with each code that was coded but not mapped and
 * how many segments it was on. Immutable.
 *
 * @param segments the coded segments read
 * @param added the segments that became new evidence
 * @param withoutQuote of those, the ones with no quote (a picture, audio or video selection): evidence with a note
 *     and their locator
 * @param alreadyThere the segments whose evidence the case already had (the same id): left as they are
 * @param ignored the segments whose codes were all ignored by the map
 * @param unmapped the segments with no code the map names (and some code it neither names nor ignores)
 * @param uncoded the segments with no code at all
 * @param unmappedCodes each code path coded but neither mapped nor ignored, with how many segments carry it
 * @param sourcesAdded the ids of the sources added
 * @param analystsAdded the ids of the analysts added (the coders)
 * @param textsWritten the names of the sources' plain texts to keep beside the case file
 */
public record ImportReport(int segments, int added, int withoutQuote, int alreadyThere, int ignored, int unmapped,
    int uncoded, ImmutableSortedMap<String, Integer> unmappedCodes, ImmutableList<String> sourcesAdded,
    ImmutableList<String> analystsAdded, ImmutableList<String> textsWritten) {

  /** Copies the collections. */
  public ImportReport {
    unmappedCodes = ImmutableSortedMap.copyOf(checkNotNull(unmappedCodes, "unmappedCodes"));
    sourcesAdded = ImmutableList.copyOf(sourcesAdded);
    analystsAdded = ImmutableList.copyOf(analystsAdded);
    textsWritten = ImmutableList.copyOf(textsWritten);
  }

  /** The report in lines a person reads: the counts, then each unmapped code with its count. */
  public ImmutableList<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(segments + " coded " + plural(segments, "segment") + ": " + added + " became evidence"
        + (withoutQuote > 0 ? " (" + withoutQuote + " without a quote: a picture, audio or video selection, with a "
            + "note and its locator)" : "")
        + ", " + alreadyThere + " already in the case, " + ignored + " ignored, " + unmapped + " with no mapped code, "
        + uncoded + " with no code");
    if (!sourcesAdded.isEmpty()) {
      lines.add("sources added: " + String.join(", ", sourcesAdded));
    }
    if (!analystsAdded.isEmpty()) {
      lines.add("analysts added: " + String.join(", ", analystsAdded));
    }
    if (!unmappedCodes.isEmpty()) {
      lines.add("codes coded but not mapped (add them to codes: or ignore: in the map):");
      for (Map.Entry<String, Integer> e : unmappedCodes.entrySet()) {
        lines.add("  " + e.getKey() + ": " + e.getValue() + " " + plural(e.getValue(), "segment"));
      }
    }
    return ImmutableList.copyOf(lines);
  }

  private static String plural(int n, String noun) {
    return n == 1 ? noun : noun + "s";
  }
}
