package org.sstlib.core.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sstlib.core.ActiveAgency;
import org.sstlib.core.Agent;
import org.sstlib.core.Analyst;
import org.sstlib.core.Author;
import org.sstlib.core.Case;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Codebook;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Element;
import org.sstlib.core.Event;
import org.sstlib.core.Evidence;
import org.sstlib.core.Intended;
import org.sstlib.core.Lacking;
import org.sstlib.core.OntologyLevel;
import org.sstlib.core.InvalidCaseException;
import org.sstlib.core.Outcome;
import org.sstlib.core.PositionPractice;
import org.sstlib.core.Problem;
import org.sstlib.core.Source;
import org.sstlib.core.Structure;

/**
 * Writes a {@link Case} as a case file, keys in the documented order, leaving out what the builder fills in by
 * default (base, available: true, intended: unknown, realised: true, drawsOn/conditionedBy/producedBy equal to the
 * whole role, the intendedBy of an unrealised outcome equal to the agent-in-focus), so the file is what a
 * researcher would have written and reads back to an equal case.
 *
 * <p>It writes format version 2, which needs a kind on every evidence item. A case that says nothing version 2 adds
 * (no kind on any evidence item, no authors, no {@code by}, no source text, no ORCID iD, no structure held by several
 * agents, no cycle's {@code drawsOn}, no relation with a type other than {@code other}, a strength or a trust, no
 * concept's definition) is
 * written as version 1, so
 * that a version-1 file exports as it was; a case that mixes the two is refused ({@link #problems}).
 */
final class CaseWriter {
  private static final JsonFactory JSON = new JsonFactory();
  // Every text value is quoted, so words like yes, no, null, ~ and 007 can never be read back as other types.
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private final JsonGenerator g;
  private final boolean v1;

  private CaseWriter(JsonGenerator g, String version) {
    this.g = g;
    this.v1 = version.equals("1");
  }

  /** The format version a case is written in: "2", or "1" for a case that says nothing version 2 adds. */
  static String version(Case c) {
    boolean anyKind = c.evidence().stream().anyMatch(e -> e.kind().isPresent());
    boolean newKeys = !c.authors().isEmpty() || c.level() != OntologyLevel.IN_SITU
        || c.structures().stream().anyMatch(s -> s.internalTo().size() > 1)
        || c.analysts().stream().anyMatch(a -> a.orcid().isPresent())
        || c.sources().stream().anyMatch(s -> s.text().isPresent())
        || c.codebooks().stream().anyMatch(b -> b.concepts().stream().anyMatch(k -> k.definition().isPresent()))
        || c.positionPractices().stream().anyMatch(p -> !p.relations().stream().allMatch(
            PositionPractice.Relation::isPlain))
        || c.cycles().stream().anyMatch(y -> y.by().isPresent() || y.bracket().isPresent() || !y.drawsOn().isEmpty()
            || y.agency().stream().anyMatch(a -> !a.by().equals(List.of(y.agentInFocus())))
            || y.conditions().stream().anyMatch(e -> e.by().isPresent() || !e.sacrifices().isEmpty()
                || !e.lacking().isEmpty())
            || y.outcomes().stream().anyMatch(o -> o.by().isPresent()));
    return anyKind || newKeys ? CaseBinder.NEWEST : "1";
  }

  /**
   * Why a case cannot be written as a case file: each evidence item with no kind, when the case needs format version
   * 2. Empty when it can be written.
   */
  static List<Problem> problems(Case c) {
    if (version(c).equals("1")) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < c.evidence().size(); i++) {
      Evidence e = c.evidence().get(i);
      if (e.kind().isEmpty()) {
        problems.add(new Problem("evidence[" + i + "].kind", e.id(), "evidence '" + e.id() + "' has no kind, and "
            + "the case is written in format version 2 (it has kinds, authors, by, texts, ORCID iDs, shared structures,"
            + " drawsOn or concept definitions), which needs one: participant, fieldnote, document, composite, author"
            + " or analyst"));
      }
    }
    return problems;
  }

  static String write(Case c, CaseFormat format) {
    List<Problem> problems = problems(c);
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(c.id(), problems);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = format == CaseFormat.YAML ? YAML.createGenerator(out) : JSON.createGenerator(out)) {
      if (format == CaseFormat.JSON) {
        g.setPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
      }
      new CaseWriter(g, version(c)).writeCase(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  private void writeCase(Case c) throws IOException {
    g.writeStartObject();
    g.writeStringField("sst", v1 ? "1" : CaseBinder.NEWEST);
    g.writeStringField("id", c.id());
    g.writeStringField("title", c.title());
    opt("citation", c.citation());
    opt("doi", c.doi());
    if (!c.base().equals(Case.defaultBase(c.id()))) {
      g.writeStringField("base", c.base());
    }
    list("continues", c.continues());
    if (c.level() != OntologyLevel.IN_SITU) {
      code("level", c.level());
    }
    if (!c.authors().isEmpty()) {
      g.writeArrayFieldStart("authors");
      for (Author a : c.authors()) {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        opt("orcid", a.orcid());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.analysts().isEmpty()) {
      g.writeArrayFieldStart("analysts");
      for (Analyst a : c.analysts()) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        opt("orcid", a.orcid());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (Source s : c.sources()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        code("type", s.type());
        opt("category", s.category());
        opt("title", s.title());
        opt("date", s.date());
        opt("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.agents().isEmpty()) {
      g.writeArrayFieldStart("agents");
      for (Agent a : c.agents()) {
        startElement(a);
        code("type", a.type());
        list("memberOf", a.memberOf());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.positionPractices().isEmpty()) {
      g.writeArrayFieldStart("positionPractices");
      for (PositionPractice pp : c.positionPractices()) {
        startElement(pp);
        list("occupiedBy", pp.occupiedBy());
        list("practices", pp.practices());
        list("prerogatives", pp.prerogatives());
        list("obligations", pp.obligations());
        if (!pp.relations().isEmpty()) {
          g.writeArrayFieldStart("relations");
          for (PositionPractice.Relation r : pp.relations()) {
            g.writeStartObject();
            g.writeStringField("to", r.to());
            if (!v1) {
              code("type", r.type());
            }
            opt("label", r.label());
            if (r.strength().isPresent()) {
              code("strength", r.strength().get());
            }
            if (r.trust().isPresent()) {
              code("trust", r.trust().get());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.structures().isEmpty()) {
      g.writeArrayFieldStart("structures");
      for (Structure s : c.structures()) {
        startElement(s);
        if (s.form().isPresent()) {
          code("form", s.form().get());
        }
        if (s.internalTo().size() == 1) {
          g.writeStringField("internalTo", s.internalTo().get(0));
        } else {
          list("internalTo", s.internalTo());
        }
        if (s.kind().isPresent()) {
          code("kind", s.kind().get());
        }
        list("about", s.about());
        opt("of", s.of());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.events().isEmpty()) {
      g.writeArrayFieldStart("events");
      for (Event e : c.events()) {
        startElement(e);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.cycles().isEmpty()) {
      g.writeArrayFieldStart("cycles");
      for (Cycle cycle : c.cycles()) {
        writeCycle(cycle);
      }
      g.writeEndArray();
    }
    if (!c.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (Evidence e : c.evidence()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("source", e.source());
        if (e.kind().isPresent()) {
          code("kind", e.kind().get());
        }
        opt("quote", e.quote());
        opt("note", e.note());
        opt("locator", e.locator());
        opt("speakerRole", e.speakerRole());
        opt(v1 ? "analyst" : "by", e.by());
        list("supports", e.supports());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.codebooks().isEmpty()) {
      g.writeArrayFieldStart("codebooks");
      for (Codebook cb : c.codebooks()) {
        g.writeStartObject();
        g.writeStringField("id", cb.id());
        g.writeStringField("label", cb.label());
        if (!cb.concepts().isEmpty()) {
          g.writeArrayFieldStart("concepts");
          for (Codebook.Concept concept : cb.concepts()) {
            g.writeStartObject();
            g.writeStringField("id", concept.id());
            g.writeStringField("label", concept.label());
            opt("broader", concept.broader());
            opt("definition", concept.definition());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeCycle(Cycle c) throws IOException {
    startElement(c);
    g.writeStringField("site", c.site());
    opt("time", c.time());
    list("follows", c.follows());
    g.writeStringField("agentInFocus", c.agentInFocus());
    list("agentsInContext", c.agentsInContext());
    opt("positionPractice", c.positionPractice());
    if (c.bracket().isPresent()) {
      code("bracket", c.bracket().get());
    }
    opt("by", c.by());
    conditions("external", c.external());
    conditions("material", c.material());
    internal(c);
    list("drawsOn", c.drawsOn());
    List<String> internalIds = c.internal().stream().sorted().toList();
    List<String> conditionIds = c.conditions().stream().map(Condition::ref).sorted().toList();
    if (!c.agency().isEmpty()) {
      g.writeArrayFieldStart("agency");
      for (ActiveAgency a : c.agency()) {
        startElement(a);
        if (!a.by().equals(List.of(c.agentInFocus()))) {
          list("by", a.by());
        }
        if (a.reflexivity().isPresent()) {
          code("reflexivity", a.reflexivity().get());
        }
        opt("horizon", a.horizon());
        list("concerns", a.concerns());
        opt("creativity", a.creativity());
        if (!a.drawsOn().equals(internalIds)) {
          list("drawsOn", a.drawsOn());
        }
        if (!a.conditionedBy().equals(conditionIds)) {
          list("conditionedBy", a.conditionedBy());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<String> agencyIds = c.agency().stream().map(ActiveAgency::id).sorted().toList();
    if (!c.outcomes().isEmpty()) {
      g.writeArrayFieldStart("outcomes");
      for (Outcome o : c.outcomes()) {
        boolean defaultProducers = o.producedBy().equals(agencyIds);
        // An unrealised outcome's intenders default to the agent-in-focus; a realised one has none.
        boolean defaultIntenders = o.realised() ? o.intendedBy().isEmpty()
            : o.intendedBy().equals(List.of(c.agentInFocus()));
        if (o.change().isEmpty() && o.term().isEmpty() && o.intended() == Intended.UNKNOWN && defaultProducers
            && o.realised() && defaultIntenders && o.instead().isEmpty() && o.by().isEmpty()) {
          g.writeString(o.ref());
          continue;
        }
        g.writeStartObject();
        g.writeStringField("ref", o.ref());
        if (o.change().isPresent()) {
          code("change", o.change().get());
        }
        if (o.term().isPresent()) {
          code("term", o.term().get());
        }
        if (o.intended() != Intended.UNKNOWN) {
          code("intended", o.intended());
        }
        if (!defaultProducers) {
          list("producedBy", o.producedBy());
        }
        if (!o.realised()) {
          g.writeBooleanField("realised", false);
        }
        if (!defaultIntenders) {
          list("intendedBy", o.intendedBy());
        }
        if (!o.instead().isEmpty()) {
          list("instead", o.instead());
        }
        opt("by", o.by());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void internal(Cycle c) throws IOException {
    if (c.internal().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("internal");
    for (String ref : c.internal()) {
      if (c.internalAvailable(ref)) {
        g.writeString(ref);
      } else {
        g.writeStartObject();
        g.writeStringField("ref", ref);
        g.writeBooleanField("available", false);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private void conditions(String key, List<Condition> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(key);
    for (Condition e : entries) {
      if (e.effect().isEmpty() && e.force().isEmpty() && e.available() && e.by().isEmpty()
          && e.sacrifices().isEmpty() && e.lacking().isEmpty()) {
        g.writeString(e.ref());
        continue;
      }
      g.writeStartObject();
      g.writeStringField("ref", e.ref());
      if (e.effect().isPresent()) {
        code("effect", e.effect().get());
      }
      if (e.force().isPresent()) {
        code("force", e.force().get());
      }
      list("sacrifices", e.sacrifices());
      list("lacking", e.lacking().stream().map(Lacking::code).toList());
      if (!e.available()) {
        g.writeBooleanField("available", false);
      }
      opt("by", e.by());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void startElement(Element e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("label", e.label());
    opt("description", e.description());
    if (e.scale().isPresent()) {
      code("scale", e.scale().get());
    }
    list("codes", e.codes());
  }

  private void code(String key, CodeListValue value) throws IOException {
    g.writeStringField(key, value.code());
  }

  private void opt(String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  private void list(String key, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
