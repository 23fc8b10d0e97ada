package org.sstlib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code sst --version}: the version of the build, then the Java runtime (useful in a bug report).
 *
 * <p>The version comes from the jar manifest's {@code Implementation-Version}, else from the
 * {@code pom.properties} that Maven packs into the jar; run from compiled classes (in tests) there is neither.
 */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/org.sstlib/sst-cli/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "sst " + version(),
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
}
