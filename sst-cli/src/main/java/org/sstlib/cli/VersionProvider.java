package org.sstlib.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code sst --version}: the version of the build, the version of the vocabulary it writes, and the Java runtime
 * (useful in a bug report).
 *
 * <pre>{@code
 * sst 0.1.0
 * vocabulary https://w3id.org/sst 0.1.0
 * Java 17.0.12 (Eclipse Adoptium)
 * }</pre>
 *
 * <p>The version comes from the jar manifest's {@code Implementation-Version}, else from the
 * {@code pom.properties} that Maven packs into the jar; run from compiled classes (in tests) there is neither. The
 * vocabulary's version is its ontology's {@code owl:versionInfo}, found by reading {@code sst.ttl} as plain text, so
 * that {@code --version} answers without starting an RDF parser.
 */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/org.sstlib/sst-cli/pom.properties";
  /** The vocabulary as sst-rdf ships it. */
  static final String VOCABULARY = "/org/sstlib/rdf/sst.ttl";
  /** The ontology's IRI, printed beside its version. */
  static final String VOCABULARY_IRI = "https://w3id.org/sst";
  // The ontology block comes first in sst.ttl, so the first owl:versionInfo is the ontology's.
  private static final Pattern VERSION_INFO = Pattern.compile("^\\s*owl:versionInfo\\s+\"([^\"\\\\]+)\"");

  @Override
  public String[] getVersion() {
    return new String[] {
      "sst " + version(),
      "vocabulary " + VOCABULARY_IRI + " " + vocabularyVersion().orElse("(unknown: sst.ttl not found)"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** The version of this build, or {@code "(development build)"} when it was not packaged by Maven. */
  static String version() {
    String fromManifest = Main.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = Main.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String fromPom = properties.getProperty("version");
        if (fromPom != null && !fromPom.isBlank()) {
          return fromPom;
        }
      }
    } catch (IOException e) {
      // an unreadable resource in our own jar: fall through to the unknown version
    }
    return "(development build)";
  }

  /**
   * The {@code owl:versionInfo} of the vocabulary on the class path, read as text (the first such line of
   * {@code sst.ttl}, which is the ontology's); empty if the vocabulary cannot be found or read.
   */
  static Optional<String> vocabularyVersion() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher matcher = VERSION_INFO.matcher(line);
        if (matcher.find()) {
          return Optional.of(matcher.group(1));
        }
      }
    } catch (IOException e) {
      // an unreadable resource in our own jar: the version is unknown, which getVersion says
    }
    return Optional.empty();
  }
}
