package dev.parley.store.evidence;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.MentionKind;
import dev.parley.core.evidence.NumberMention;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.PositionClaim;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.Quote;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.IssueId;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.ingest.extract.actor.FoundActor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of evidence: each item with its type, its fields and its provenance (document,
 * span, sentence, extractor, version, confidence), as {@code docs/schema/evidence.schema.json}
 * describes it.
 *
 * <p>The same item object is what a workspace stores as an item's payload and what {@code parley
 * extract --format json} and {@code parley evidence --format json} print, so an item written here
 * reads back equal with {@link #readItem(String)}. Output is deterministic: fields in a fixed
 * order, no pretty printing, numbers as Java prints doubles.
 */
public final class EvidenceJson {
  /** The value of the {@code format} field of a document object. */
  public static final String FORMAT = "parley-evidence";

  /** The version of the layout; raised when a field changes meaning. */
  public static final int VERSION = 1;

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EvidenceJson() {}

  /**
   * Writes one document's evidence as one JSON object on one line: the document (id, name, origin,
   * format, metadata, length), the actors it mentions, and every item with its id and sentence.
   *
   * @param docName the name the document goes by in the output, such as the input file's name
   */
  public static void writeDocument(DocumentEvidence evidence, String docName, Writer out) {
    Document d = evidence.document();
    DocumentMetadata meta = d.metadata();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("version", VERSION);
      g.writeName("document");
      g.writeStartObject();
      g.writeStringProperty("id", d.id().value());
      g.writeStringProperty("doc", docName);
      g.writeStringProperty("origin", d.origin());
      g.writeStringProperty("format", d.format().name().toLowerCase(Locale.ROOT));
      nullable(g, "title", meta.title());
      nullable(g, "author", meta.author());
      nullable(g, "date", meta.published() == null ? null : meta.published().toString());
      nullable(g, "outlet", meta.outlet());
      nullable(g, "url", meta.url());
      nullable(g, "language", meta.language());
      g.writeNumberProperty("length", d.text().length());
      g.writeEndObject();
      g.writeName("actors");
      g.writeStartArray();
      for (FoundActor a : evidence.actors()) {
        writeActor(g, a);
      }
      g.writeEndArray();
      g.writeName("items");
      g.writeStartArray();
      List<ExtractedItem> items = evidence.items();
      for (int i = 0; i < items.size(); i++) {
        writeItem(g, StoredEvidence.idOf(d.id(), i), items.get(i), d.text());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    newline(out);
  }

  /**
   * Writes one stored item as one JSON object on one line: the item as {@link #writeItem} writes
   * it, plus its citation.
   */
  public static void writeStored(StoredEvidence evidence, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      writeObject(g, evidence.id(), evidence.item(), evidence.sentence(), evidence.citation());
    }
    newline(out);
  }

  /** Returns an actor as a JSON object: id, name, kind, PLOVER code, affiliation, mentions. */
  public static String actorJson(FoundActor actor) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      writeActor(g, actor);
    }
    return out.toString();
  }

  /** Reads an actor written by {@link #actorJson}. */
  public static FoundActor readActor(String json) {
    JsonNode n = MAPPER.readTree(json);
    List<String> mentions = new ArrayList<>();
    for (JsonNode m : n.get("mentions")) {
      mentions.add(m.asString());
    }
    return new FoundActor(
        ActorId.of(n.get("id").asString()),
        n.get("name").asString(),
        ActorKind.valueOf(n.get("kind").asString().toUpperCase(Locale.ROOT)),
        n.get("code").asString(),
        actorOrNull(n.get("affiliation")),
        mentions,
        n.get("known").asBoolean());
  }

  /**
   * Returns an item as a compact JSON object without id or sentence text: the form a workspace
   * stores.
   */
  public static String payload(ExtractedItem item) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      writeObject(g, null, item, null, null);
    }
    return out.toString();
  }

  /**
   * Returns the {@linkplain #payload payloads} of many items, in order, written by one generator
   * (much cheaper than one generator per item).
   */
  public static List<String> payloads(List<? extends ExtractedItem> items) {
    StringWriter out = new StringWriter();
    List<String> payloads = new ArrayList<>(items.size());
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      int from = 0;
      for (ExtractedItem item : items) {
        writeObject(g, null, item, null, null);
        g.flush();
        StringBuffer buffer = out.getBuffer();
        payloads.add(buffer.substring(from, buffer.length()).strip());
        from = buffer.length();
      }
    }
    return payloads;
  }

  /**
   * Writes one item as a JSON object.
   *
   * @param id the item's id, written first
   * @param documentText the document's text, to write the sentence's words; null to leave them out
   */
  public static void writeItem(
      JsonGenerator g, String id, ExtractedItem item, @Nullable String documentText) {
    String sentence = documentText == null ? null : item.provenance().sentence().of(documentText);
    writeObject(g, id, item, sentence, null);
  }

  private static void writeObject(
      JsonGenerator g,
      @Nullable String id,
      ExtractedItem item,
      @Nullable String sentence,
      @Nullable Citation citation) {
    g.writeStartObject();
    if (id != null) {
      g.writeStringProperty("id", id);
    }
    g.writeStringProperty("type", EvidenceType.of(item).label());
    switch (item) {
      case ActorMention m -> {
        g.writeStringProperty("actor", m.actor().value());
        g.writeStringProperty("text", m.text());
        g.writeStringProperty("kind", m.kind().name().toLowerCase(Locale.ROOT));
      }
      case Quote q -> {
        g.writeStringProperty("text", q.text());
        nullable(g, "speaker", q.speaker() == null ? null : q.speaker().value());
        nullable(g, "cue", q.cue());
        g.writeBooleanProperty("scare_quote", q.scareQuote());
        g.writeNumberProperty("depth", q.depth());
      }
      case EventMention e -> {
        g.writeStringProperty("action", e.action().label());
        nullable(g, "plover", e.plover() == null ? null : e.plover().name());
        nullable(g, "mode", e.mode());
        strings(g, "contexts", e.contexts());
        actors(g, "sources", e.sources());
        actors(g, "targets", e.targets());
        g.writeBooleanProperty("negated", e.negated());
        g.writeBooleanProperty("future", e.future());
        g.writeBooleanProperty("hypothetical", e.hypothetical());
        nullable(g, "issue", e.issue() == null ? null : e.issue().value());
        g.writeStringProperty("trigger", e.trigger());
      }
      case PositionClaim p -> {
        g.writeStringProperty("actor", p.actor().value());
        g.writeStringProperty("stance", p.stance().name().toLowerCase(Locale.ROOT));
        g.writeStringProperty("issue", p.issue().value());
        nullable(g, "option", p.option());
        g.writeStringProperty("statement", p.statement());
        g.writeStringProperty("trigger", p.trigger());
      }
      case Prediction p -> {
        g.writeStringProperty("who", p.who().value());
        g.writeStringProperty("what", p.what());
        nullable(g, "horizon", p.horizon());
        nullable(g, "resolves_by", p.resolvesBy() == null ? null : p.resolvesBy().toString());
        nullable(g, "said_on", p.saidOn() == null ? null : p.saidOn().toString());
        if (p.hedge() != null) {
          g.writeStringProperty("hedge", p.hedge());
        }
      }
      case NumberMention n -> {
        g.writeStringProperty("text", n.text());
        g.writeNumberProperty("value", n.value());
        nullable(g, "unit", n.unit());
        nullable(g, "counts", n.counts());
      }
    }
    Provenance p = item.provenance();
    g.writeName("provenance");
    g.writeStartObject();
    g.writeStringProperty("document", p.document().value());
    span(g, "span", p.span(), null);
    span(g, "sentence", p.sentence(), sentence);
    g.writeStringProperty("extractor", p.extractor());
    g.writeStringProperty("version", p.extractorVersion());
    g.writeNumberProperty("confidence", p.confidence());
    g.writeEndObject();
    if (citation != null) {
      g.writeName("citation");
      g.writeStartObject();
      g.writeStringProperty("document", citation.document().value());
      g.writeStringProperty("origin", citation.origin());
      nullable(g, "outlet", citation.outlet());
      nullable(g, "title", citation.title());
      nullable(g, "date", citation.published() == null ? null : citation.published().toString());
      nullable(g, "url", citation.url());
      span(g, "span", citation.span(), null);
      g.writeStringProperty("text", citation.format());
      writeSource(g, citation.source());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Writes a source profile as the property {@code source}: outlet_known, date_known, byline, kind
   * and basis (docs/claims.md#source-profiles).
   */
  public static void writeSource(JsonGenerator g, SourceProfile source) {
    g.writeName("source");
    g.writeStartObject();
    g.writeBooleanProperty("outlet_known", source.outletKnown());
    g.writeBooleanProperty("date_known", source.dateKnown());
    nullable(g, "byline", source.byline());
    g.writeStringProperty("kind", source.kind().label());
    g.writeStringProperty("basis", source.basis());
    g.writeEndObject();
  }

  /**
   * Reads an item written by {@link #payload} or {@link #writeItem}; unknown fields are ignored.
   */
  public static ExtractedItem readItem(String json) {
    return readItem(MAPPER.readTree(json));
  }

  /** Reads an item from a parsed JSON object written by {@link #payload} or {@link #writeItem}. */
  public static ExtractedItem readItem(JsonNode n) {
    JsonNode pn = n.get("provenance");
    Provenance prov =
        new Provenance(
            new DocumentId(pn.get("document").asString()),
            spanOf(pn.get("span")),
            spanOf(pn.get("sentence")),
            pn.get("extractor").asString(),
            pn.get("version").asString(),
            pn.get("confidence").asDouble());
    String type = n.get("type").asString();
    EvidenceType kind =
        EvidenceType.parse(type)
            .orElseThrow(
                () -> new IllegalArgumentException("expected an evidence type, but found " + type));
    return switch (kind) {
      case MENTION ->
          new ActorMention(
              ActorId.of(n.get("actor").asString()),
              n.get("text").asString(),
              MentionKind.valueOf(n.get("kind").asString().toUpperCase(Locale.ROOT)),
              prov);
      case QUOTE ->
          new Quote(
              n.get("text").asString(),
              actorOrNull(n.get("speaker")),
              textOrNull(n.get("cue")),
              n.get("scare_quote").asBoolean(),
              n.get("depth").asInt(),
              prov);
      case EVENT -> {
        String plover = textOrNull(n.get("plover"));
        String issue = textOrNull(n.get("issue"));
        yield new EventMention(
            EventAction.valueOf(n.get("action").asString().toUpperCase(Locale.ROOT)),
            plover == null ? null : PloverEvent.valueOf(plover),
            textOrNull(n.get("mode")),
            stringList(n.get("contexts")),
            actorList(n.get("sources")),
            actorList(n.get("targets")),
            n.get("negated").asBoolean(),
            n.get("future").asBoolean(),
            n.get("hypothetical").asBoolean(),
            issue == null ? null : IssueId.of(issue),
            n.get("trigger").asString(),
            prov);
      }
      case POSITION ->
          new PositionClaim(
              ActorId.of(n.get("actor").asString()),
              Stance.valueOf(n.get("stance").asString().toUpperCase(Locale.ROOT)),
              IssueId.of(n.get("issue").asString()),
              textOrNull(n.get("option")),
              n.get("statement").asString(),
              n.get("trigger").asString(),
              prov);
      case PREDICTION -> {
        String by = textOrNull(n.get("resolves_by"));
        String said = textOrNull(n.get("said_on"));
        yield new Prediction(
            ActorId.of(n.get("who").asString()),
            n.get("what").asString(),
            textOrNull(n.get("horizon")),
            by == null ? null : LocalDate.parse(by),
            said == null ? null : LocalDate.parse(said),
            textOrNull(n.get("hedge")),
            prov);
      }
      case NUMBER ->
          new NumberMention(
              n.get("text").asString(),
              n.get("value").asDouble(),
              textOrNull(n.get("unit")),
              textOrNull(n.get("counts")),
              prov);
    };
  }

  private static void writeActor(JsonGenerator g, FoundActor a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id().value());
    g.writeStringProperty("name", a.name());
    g.writeStringProperty("kind", a.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringProperty("code", a.code());
    nullable(g, "affiliation", a.affiliation() == null ? null : a.affiliation().value());
    g.writeBooleanProperty("known", a.known());
    strings(g, "mentions", a.mentions());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String name, TextSpan span, @Nullable String text) {
    g.writeName(name);
    g.writeStartObject();
    g.writeNumberProperty("start", span.start());
    g.writeNumberProperty("end", span.end());
    if (text != null) {
      g.writeStringProperty("text", text);
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void actors(JsonGenerator g, String name, List<ActorId> ids) {
    g.writeName(name);
    g.writeStartArray();
    for (ActorId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void nullable(JsonGenerator g, String name, @Nullable String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private static TextSpan spanOf(JsonNode n) {
    return new TextSpan(n.get("start").asInt(), n.get("end").asInt());
  }

  private static @Nullable String textOrNull(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : n.asString();
  }

  private static @Nullable ActorId actorOrNull(@Nullable JsonNode n) {
    String s = textOrNull(n);
    return s == null ? null : ActorId.of(s);
  }

  private static List<String> stringList(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      out.add(e.asString());
    }
    return out;
  }

  private static List<ActorId> actorList(JsonNode n) {
    List<ActorId> out = new ArrayList<>();
    for (JsonNode e : n) {
      out.add(ActorId.of(e.asString()));
    }
    return out;
  }

  private static void newline(Writer out) {
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
