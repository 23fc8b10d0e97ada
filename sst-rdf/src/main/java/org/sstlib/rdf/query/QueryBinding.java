package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Binds values into a parsed query: a copy of the template with a {@code VALUES} block of RDF terms at the start
 * of its pattern. Values never become query text here: they are {@link Node}s (the case graphs and IRIs that
 * {@link ElementValues} checked), put into Jena's syntax tree, and the bound {@link Query} goes to the store as it
 * is. Stateless.
 */
final class QueryBinding {

  private QueryBinding() {}

  /**
   * A copy of {@code template} whose pattern starts with {@code VALUES (vars...) { rows... }}; each row holds one
   * node for each variable, and a row given twice is bound once. The template is not changed.
   *
   * @throws IllegalArgumentException if there are no variables, or a row has more or fewer nodes than variables
   */
  static Query bind(Query template, List<String> vars, List<List<Node>> rows) {
    checkArgument(!vars.isEmpty(), "no variables to bind");
    List<Var> variables = vars.stream().map(Var::alloc).toList();
    List<Binding> bindings = new ArrayList<>();
    for (List<Node> row : rows.stream().distinct().toList()) {
      checkArgument(row.size() == variables.size(), "a row of %s values for the variables %s", row.size(), vars);
      BindingBuilder binding = BindingFactory.builder();
      for (int i = 0; i < variables.size(); i++) {
        binding.add(variables.get(i), checkNotNull(row.get(i), "the value of %s", vars.get(i)));
      }
      bindings.add(binding.build());
    }
    // A deep copy through Jena's syntax transform: neither printed nor parsed, and the template stays as it was.
    Query bound = template.cloneQuery();
    ElementGroup pattern = new ElementGroup();
    pattern.addElement(new ElementData(variables, bindings));
    Element original = bound.getQueryPattern();
    if (original instanceof ElementGroup group) {
      group.getElements().forEach(pattern::addElement);
    } else {
      pattern.addElement(original);
    }
    bound.setQueryPattern(pattern);
    return bound;
  }
}
