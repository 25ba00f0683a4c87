package dev.parley.ingest.export;

import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a document's evidence as the JSON object of the gold standard's evaluation format ({@code
 * gold/FORMAT.md}): metadata, body text, actors, quotes, events, predictions and numbers.
 *
 * <p>Events are written one per (source, target) pair, only those reported as having happened, plus
 * predictions; statements and predictions have no target. Collectives are written with kind {@code
 * organization}, as the format has no better kind.
 */
public final class GoldExportWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private GoldExportWriter() {}

  /** Writes one document's evidence as a JSON object on one line, followed by a newline. */
  public static void writeLine(DocumentEvidence evidence, String docName, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      write(evidence, docName, g);
    }
    try {
      out.write('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(DocumentEvidence evidence, String docName, JsonGenerator g) {
    Document d = evidence.document();
    DocumentMetadata meta = d.metadata();
    String text = d.text();
    g.writeStartObject();
    g.writeStringProperty("doc", docName);
    nullable(g, "title", meta.title());
    nullable(g, "date", meta.published() == null ? null : meta.published().toString());
    nullable(g, "author", meta.author());
    g.writeStringProperty("text", text);
    g.writeName("actors");
    g.writeStartArray();
    for (FoundActor a : evidence.actors()) {
      g.writeStartObject();
      g.writeStringProperty("id", a.id().value());
      g.writeStringProperty("name", a.name());
      g.writeStringProperty("kind", kind(a.kind()));
      nullable(g, "affiliation", a.affiliation() == null ? null : a.affiliation().value());
      g.writeName("mentions");
      g.writeStartArray();
      for (String m : a.mentions()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("quotes");
    g.writeStartArray();
    for (Quote q : evidence.quotes()) {
      g.writeStartObject();
      g.writeStringProperty("text", q.text());
      nullable(g, "speaker", q.speaker() == null ? null : q.speaker().value());
      g.writeStringProperty("sentence", q.provenance().sentence().of(text));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("events");
    g.writeStartArray();
    Set<String> seen = new HashSet<>();
    for (EventMention e : evidence.events()) {
      if (!e.isFactual() && e.action() != EventAction.PREDICT) {
        continue;
      }
      boolean targetless = e.action() == EventAction.STATEMENT || e.action() == EventAction.PREDICT;
      List<@Nullable ActorId> targets = new ArrayList<>(e.targets());
      if (targetless || targets.isEmpty()) {
        targets = new ArrayList<>();
        targets.add(null);
      }
      String sentence = e.provenance().sentence().of(text);
      for (ActorId source : e.sources()) {
        for (ActorId target : targets) {
          String issue = e.issue() == null ? "other" : e.issue().value();
          String key = source + "|" + e.action() + "|" + target + "|" + issue + "|" + sentence;
          if (!seen.add(key)) {
            continue;
          }
          g.writeStartObject();
          g.writeStringProperty("source", source.value());
          g.writeStringProperty("action", e.action().label());
          nullable(g, "target", target == null ? null : target.value());
          g.writeStringProperty("issue", issue);
          g.writeStringProperty("sentence", sentence);
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
    g.writeName("predictions");
    g.writeStartArray();
    for (Prediction p : evidence.predictions()) {
      g.writeStartObject();
      g.writeStringProperty("who", p.who().value());
      g.writeStringProperty("what", p.what());
      nullable(g, "by_when", p.horizon());
      nullable(g, "resolves_by", p.resolvesBy() == null ? null : p.resolvesBy().toString());
      nullable(g, "hedge", p.hedge());
      g.writeStringProperty("sentence", p.provenance().sentence().of(text));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("numbers");
    g.writeStartArray();
    for (NumberMention n : evidence.numbers()) {
      g.writeStartObject();
      g.writeStringProperty("value", n.text());
      g.writeNumberProperty("number", n.value());
      nullable(g, "unit", n.unit());
      nullable(g, "refers_to", n.counts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String kind(ActorKind kind) {
    return switch (kind) {
      case STATE -> "state";
      case PERSON -> "person";
      case ORGANIZATION, COALITION -> "organization";
    };
  }

  private static void nullable(JsonGenerator g, String name, @Nullable String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }
}
