package org.sstlib.rdf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Problem;

/** {@link RdfSyntaxException}'s one problem is its message, located. */
class RdfSyntaxExceptionTest {

  @Test
  void theProblemIsLocatedInTheFile() {
    RdfSyntaxException e = new RdfSyntaxException("bad.ttl", 3, 14, "Triples not terminated by DOT");

    assertEquals(List.of(Problem.at("bad.ttl", 3, 14, "", "Triples not terminated by DOT")), e.problems());
    assertEquals("bad.ttl:3:14: Triples not terminated by DOT", e.problems().get(0).toString());
    assertEquals(e.getMessage(), e.problems().get(0).toString());
  }

  @Test
  void anUnknownPlaceIsLeftOut() {
    RdfSyntaxException e = new RdfSyntaxException("big.ttl", -1, 7, "too large", null);

    assertEquals(List.of(Problem.at("big.ttl", 0, 0, "", "too large")), e.problems());
    assertEquals("big.ttl: too large", e.getMessage());
    assertEquals(e.getMessage(), e.problems().get(0).toString());
  }
}
