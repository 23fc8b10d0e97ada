package org.sstlib.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

/** The IRIs {@link PlainIris} lets through unchecked are exactly ones a full check accepts. */
class PlainIrisTest {
  private static final String[] SCHEMES = {"http", "https", "urn", "tag", "did", "file", "mailto", "ftp", "x-sst",
      "urn:uuid", "urn:isbn", "urn:oid", "urn:sst", "urn:a"};
  private static final String[] AUTHORITIES = {"//example.org", "//example.org:8080", "//example.org:", "//",
      "///", "//[::1]", "//user@host", "//EXAMPLE.org", "//a_b.example", "", "//h"};
  private static final String[] PATHS = {"", "/", "/a", "/a/", "/a/b#", "/a?q=", "/a?x/", "#", "x:", "a:b:",
      "case:hughes:", "/a#b/", ":", "/.", "/..", "/%41/", "/ü/", "//", "sst:case:x:", "x/"};
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-~/";
  private static final String OTHER = ":?#[]@!$&'()*+,;=% \"<>\\^`{|}ü";

  @Test
  void everyIriLetThroughPassesTheFullCheck() {
    SplittableRandom random = new SplittableRandom(7);
    int through = 0;
    int plainBases = 0;
    for (String scheme : SCHEMES) {
      for (String authority : AUTHORITIES) {
        for (String path : PATHS) {
          String base = scheme + ":" + authority + path;
          PlainIris plain = new PlainIris(base);
          if (PlainIris.isPlainBase(base)) {
            plainBases++;
          }
          for (String suffix : suffixes(random)) {
            String iri = base + suffix;
            if (plain.valid(iri)) {
              through++;
              try {
                IRIs.checkEx(iri);
              } catch (IRIException e) {
                fail("<" + iri + "> was let through but fails the full check: " + e.getMessage());
              }
            }
          }
        }
      }
    }
    assertTrue(plainBases > 100, plainBases + " plain bases");
    assertTrue(through > 10_000, through + " IRIs let through");
  }

  @Test
  void theUsualBasesAreTakenTheFastWay() {
    for (String base : List.of("https://w3id.org/sst/example/", "urn:sst:case:hughes-2022:",
        "http://example.org/erp#", "https://example.org/cases/ws/")) {
      assertTrue(PlainIris.isPlainBase(base), base);
      assertTrue(new PlainIris(base).valid(base + "icm-meeting/external/0"), base);
    }
  }

  @Test
  void whatDoesNotFitIsLeftToTheFullCheck() {
    for (String base : List.of("http://example.org:", "https://", "http://example.org", "urn:uuid:",
        "https://example.org/?q=", "")) {
      assertFalse(PlainIris.isPlainBase(base), base);
    }
    PlainIris plain = new PlainIris("https://example.org/");
    for (String suffix : List.of("", "/a", ".a", "a/./b", "a/../b", "a//b", "a b", "a:b", "a?b", "a#b", "ä",
        "a%20")) {
      assertFalse(plain.valid("https://example.org/" + suffix), suffix);
    }
    assertFalse(plain.valid("https://example.com/a"), "another base");
  }

  private static List<String> suffixes(SplittableRandom random) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        String from = random.nextInt(10) == 0 ? OTHER : PLAIN;
        s.append(from.charAt(random.nextInt(from.length())));
      }
      out.add(s.toString());
    }
    return out;
  }
}
