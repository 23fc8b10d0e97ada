package org.sstlib.qda;

import com.google.common.collect.ImmutableList;

/**
 * What a qualitative data analysis tool exported, in one form whatever the format: the sources, the coded passages
 * and the project's users (coders). A REFI-QDA project and a coded-segments spreadsheet are both read into it, and
 * the import turns it into a case's sources and evidence. Immutable.
 *
 * @param sources the sources, each name once
 * @param segments the coded passages, in the order of the export
 * @param users the names of the project's users
 */
public record QdaData(ImmutableList<SourceDocument> sources, ImmutableList<CodedSegment> segments,
    ImmutableList<String> users) {
  /** Copies the lists. */
  public QdaData {
    sources = ImmutableList.copyOf(sources);
    segments = ImmutableList.copyOf(segments);
    users = ImmutableList.copyOf(users);
  }
}
