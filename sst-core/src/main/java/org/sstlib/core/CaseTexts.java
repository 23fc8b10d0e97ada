package org.sstlib.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@link TextRule} to every text of a case: walks the parts of a {@link Case.Builder}, each a record, and
 * every text in them (labels, descriptions, quotes, ids, references, codes...), so that a field added to a record
 * later is checked too. Each refused text is one problem with the path of the case-file format (the record
 * components are named as the case-file keys) and the element it belongs to.
 */
final class CaseTexts {
  /** Each kind of part's components, looked up once. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private final List<Problem> problems = new ArrayList<>();

  private CaseTexts() {}

  /** The problems of every text of the case the builder holds, in the order of the case. */
  static List<Problem> check(Case.Builder b) {
    CaseTexts texts = new CaseTexts();
    String owner = "the case '" + b.id + "'";
    texts.text("id", b.id, b.id, owner);
    texts.text("title", b.title, b.id, owner);
    b.citation.ifPresent(t -> texts.text("citation", t, b.id, owner));
    b.doi.ifPresent(t -> texts.text("doi", t, b.id, owner));
    b.base.ifPresent(t -> texts.text("base", t, b.id, owner));
    texts.list("authors", b.authors, b.id, owner);
    texts.list("analysts", b.analysts, b.id, owner);
    texts.list("sources", b.sources, b.id, owner);
    texts.list("agents", b.agents, b.id, owner);
    texts.list("positionPractices", b.positionPractices, b.id, owner);
    texts.list("structures", b.structures, b.id, owner);
    texts.list("events", b.events, b.id, owner);
    texts.list("cycles", b.cycles, b.id, owner);
    texts.list("evidence", b.evidence, b.id, owner);
    texts.list("codebooks", b.codebooks, b.id, owner);
    return texts.problems;
  }

  private void list(String path, String key, List<?> items, String id, String owner) {
    for (int i = 0; i < items.size(); i++) {
      value(path + "[" + i + "]", key, items.get(i), id, owner);
    }
  }

  private void list(String key, List<?> items, String id, String owner) {
    list(key, key, items, id, owner);
  }

  private void value(String path, String key, Object value, String id, String owner) {
    if (value instanceof String text) {
      text(path, key, text, id, owner);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> value(path, key, v, id, owner));
    } else if (value instanceof List<?> items) {
      list(path, key, items, id, owner);
    } else if (value instanceof Record part) {
      record(path, part, id, owner);
    }
    // Code-list values, booleans: not text.
  }

  private void record(String path, Record part, String id, String owner) {
    RecordComponent[] components = COMPONENTS.get(part.getClass());
    // A part with an id of its own owns the texts in it; an entry without one (a condition, an outcome) is its
    // cycle's.
    for (RecordComponent c : components) {
      if (c.getName().equals("id") && read(c, part) instanceof String own) {
        id = own;
        owner = (part instanceof Element e ? e.typeName() : part.getClass().getSimpleName().toLowerCase())
            + " '" + TextRule.escape(own) + "'";
      }
    }
    for (RecordComponent c : components) {
      value(path + "." + c.getName(), c.getName(), read(c, part), id, owner);
    }
  }

  private void text(String path, String key, String text, String id, String owner) {
    TextRule.problem(text, "the " + key + " of " + owner).ifPresent(m -> problems.add(new Problem(path, id, m)));
  }

  private void text(String key, String text, String id, String owner) {
    text(key, key, text, id, owner);
  }

  private static Object read(RecordComponent c, Record part) {
    try {
      return c.getAccessor().invoke(part);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + part.getClass().getSimpleName(), e);
    }
  }
}
