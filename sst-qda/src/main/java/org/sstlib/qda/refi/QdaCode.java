package org.sstlib.qda.refi;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A code of a REFI-QDA codebook, with the codes nested in it. Immutable.
 *
 * @param guid its GUID in the project
 * @param name its name
 * @param path the names from the root code down to it, joined by {@code /} (a name holding {@code /} keeps it)
 * @param codable whether selections may be coded with it ({@code isCodable}; a heading code may not be)
 * @param description its description, if given
 * @param children the codes nested in it, in the file's order
 */
public record QdaCode(String guid, String name, String path, boolean codable, Optional<String> description,
    ImmutableList<QdaCode> children) {

  /** Checks the fields. */
  public QdaCode {
    checkNotNull(guid, "guid");
    checkNotNull(name, "name");
    checkNotNull(path, "path");
    checkNotNull(description, "description");
    children = ImmutableList.copyOf(children);
  }

  /** This code and every code nested in it, depth first, each before its children. */
  public Stream<QdaCode> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(QdaCode::flatten));
  }
}
