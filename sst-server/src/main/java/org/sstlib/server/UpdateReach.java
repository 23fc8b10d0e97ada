package org.sstlib.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;

/**
 * Which operations of a SPARQL Update reach outside the store: {@code LOAD}, which reads a file of the server's
 * machine or fetches a URL, and {@code SERVICE} anywhere in a {@code WHERE} (in a subquery or inside {@code
 * EXISTS} too), which sends a query to another server. The update is checked whole, before any of it runs.
 */
final class UpdateReach {
  private final boolean allowLoad;

  /** @param allowLoad whether {@code LOAD} is allowed; {@code SERVICE} never is */
  UpdateReach(boolean allowLoad) {
    this.allowLoad = allowLoad;
  }

  /**
   * Why {@code operations} may not run, naming the first operation that reaches outside (counted from 1); empty
   * if every one stays inside the store. The reason never quotes the IRI of a LOAD.
   */
  Optional<String> refusal(List<Update> operations) {
    for (int i = 0; i < operations.size(); i++) {
      Update operation = operations.get(i);
      String which = "operation " + (i + 1) + " of the update";
      if (operation instanceof UpdateLoad && !allowLoad) {
        return Optional.of("LOAD (" + which + ") is not allowed on this server: it would read a file or a URL into"
            + " the store");
      }
      if (operation instanceof UpdateModify modify && callsService(modify.getWherePattern())) {
        return Optional.of("SERVICE (in the WHERE of " + which + ") is not allowed on this server: it would send"
            + " a query to another server");
      }
    }
    return Optional.empty();
  }

  private static boolean callsService(Element where) {
    if (where == null) {
      return false;
    }
    AtomicBoolean found = new AtomicBoolean();
    // The algebra holds subqueries as operators and EXISTS as expressions holding operators; the walker visits
    // both when given an expression visitor.
    Walker.walk(Algebra.compile(where), new OpVisitorBase() {
      @Override
      public void visit(OpService service) {
        found.set(true);
      }
    }, new ExprVisitorBase());
    return found.get();
  }
}
