package dev.parley.ingest.export;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.model.ActorId;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a document's events as PLOVER JSON Lines: one object per event with the required fields
 * ({@code id}, {@code date}, {@code actor}, {@code event}) and {@code recipient}, {@code mode},
 * {@code context}, {@code event_text}, {@code text} and the auxiliary modes.
 *
 * <p>Only events with a PLOVER type are written; statements and predictions have none. Each actor
 * entry carries its {@code code} (a state's ISO-3 code or a code such as {@code IGO}), its {@code
 * entity_name} and the {@code raw_text} id.
 */
public final class PloverWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private PloverWriter() {}

  /**
   * Writes the PLOVER events of one document, one JSON object per line.
   *
   * @param date the date to give the events, as {@code YYYY-MM-DD}, or null for the document's own
   * @return the number of events written
   */
  public static int write(DocumentEvidence evidence, @Nullable String date, Writer out) {
    String day =
        date != null
            ? date
            : evidence.document().metadata().published() == null
                ? ""
                : evidence.document().metadata().published().toString();
    String text = evidence.document().text();
    int written = 0;
    int index = 0;
    for (EventMention e : evidence.events()) {
      index++;
      if (e.plover() == null) {
        continue;
      }
      try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
        g.writeStartObject();
        g.writeStringProperty("id", evidence.document().id().value() + "-" + index);
        g.writeStringProperty("date", day);
        actors(g, "actor", e.sources(), evidence);
        actors(g, "recipient", e.targets(), evidence);
        g.writeName("event");
        g.writeStartArray();
        g.writeString(e.plover().name());
        g.writeEndArray();
        g.writeName("mode");
        g.writeStartArray();
        if (e.mode() != null) {
          g.writeString(e.mode());
        }
        if (e.negated()) {
          g.writeString("negation");
        }
        if (e.future()) {
          g.writeString("future");
        }
        if (e.hypothetical()) {
          g.writeString("hypothetical");
        }
        g.writeEndArray();
        g.writeName("context");
        g.writeStartArray();
        for (String c : e.contexts()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringProperty(
            "quad_code", e.plover().quadClass().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringProperty("event_text", e.trigger());
        g.writeStringProperty("text", e.provenance().sentence().of(text));
        g.writeName("text_info");
        g.writeStartObject();
        g.writeNumberProperty("start", e.provenance().span().start());
        g.writeNumberProperty("end", e.provenance().span().end());
        g.writeEndObject();
        g.writeStringProperty(
            "coder", e.provenance().extractor() + " " + e.provenance().extractorVersion());
        g.writeEndObject();
      }
      try {
        out.write('\n');
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      written++;
    }
    return written;
  }

  private static void actors(
      JsonGenerator g, String name, List<ActorId> ids, DocumentEvidence evidence) {
    g.writeName(name);
    g.writeStartArray();
    for (ActorId id : ids) {
      FoundActor a =
          evidence.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      g.writeStartObject();
      g.writeStringProperty("code", a == null ? "UNK" : a.code());
      g.writeStringProperty("entity_name", a == null ? id.value() : a.name());
      g.writeStringProperty("raw_text", id.value());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
