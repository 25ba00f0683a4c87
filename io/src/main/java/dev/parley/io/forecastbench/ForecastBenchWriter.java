package dev.parley.io.forecastbench;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes ledger entries as a ForecastBench question set and resolution set, in the shapes {@link
 * ForecastBenchReader} reads.
 *
 * <p>A question's source and id are those of the entry's {@code forecastbench:<source>/<id>}
 * citation when it has one (an entry read from ForecastBench), else {@code parley} and the entry's
 * id, with the entry's who, kind, basis and horizon under {@code parley_…} keys. The freeze date is
 * {@code made_on}, the freeze value the probability (as a string, as ForecastBench writes it), the
 * close date {@code resolves_on}. A {@code TRUE} or {@code FALSE} entry gets a resolved row (1 or
 * 0) dated when it was settled; an unresolved entry with a resolution date gets an unresolved row
 * carrying its probability, as ForecastBench carries the market value; a {@code VOID} entry gets
 * none (the format has no void).
 */
public final class ForecastBenchWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final String PREFIX = "forecastbench:";

  private ForecastBenchWriter() {}

  /** Returns the entries as a question set named {@code questionSet}, as indented JSON. */
  public static String questionSet(List<LedgerEntry> entries, String questionSet) {
    ObjectNode root = NODES.objectNode();
    root.put("question_set", questionSet);
    ArrayNode questions = root.putArray("questions");
    for (LedgerEntry e : entries) {
      String[] key = key(e);
      ObjectNode q = questions.addObject();
      q.put("id", key[1]);
      q.put("source", key[0]);
      q.put("question", e.what());
      q.put("url", url(e));
      q.put("freeze_datetime", e.madeOn() + "T00:00:00+00:00");
      q.put("freeze_datetime_value", Double.toString(e.probability()));
      q.put(
          "freeze_datetime_value_explanation",
          "The probability in Parley's ledger ("
              + e.basis().name().toLowerCase(Locale.ROOT)
              + ").");
      q.put(
          "market_info_close_datetime",
          e.resolvesOn() == null ? "N/A" : e.resolvesOn() + "T00:00:00+00:00");
      if (key[0].equals(ForecastBenchReader.PARLEY_SOURCE)) {
        q.put("parley_who", e.who());
        q.put("parley_kind", e.kind().name().toLowerCase(Locale.ROOT));
        q.put("parley_basis", e.basis().name().toLowerCase(Locale.ROOT));
        q.put("parley_horizon", e.horizon());
      }
      q.put("combination_of", "N/A");
      q.put("resolution_dates", "N/A");
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  /** Returns the entries' resolutions as a resolution set for {@code questionSet}. */
  public static String resolutionSet(List<LedgerEntry> entries, String questionSet) {
    ObjectNode root = NODES.objectNode();
    root.put("question_set", questionSet);
    ArrayNode rows = root.putArray("resolutions");
    for (LedgerEntry e : entries) {
      Resolution r = e.resolution();
      LocalDate date = r.outcome() == Outcome.UNRESOLVED ? e.resolvesOn() : r.resolvedOn();
      if (r.outcome() == Outcome.VOID || date == null) {
        continue;
      }
      String[] key = key(e);
      ObjectNode row = rows.addObject();
      row.put("id", key[1]);
      row.put("source", key[0]);
      row.putNull("direction");
      row.put("resolution_date", date.toString());
      switch (r.outcome()) {
        case TRUE -> row.put("resolved_to", 1.0);
        case FALSE -> row.put("resolved_to", 0.0);
        default -> row.put("resolved_to", e.probability());
      }
      row.put("resolved", r.outcome() != Outcome.UNRESOLVED);
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  /** Returns {source, id} of an entry. */
  private static String[] key(LedgerEntry e) {
    for (Citation c : e.citations()) {
      String ref = c.evidence();
      if (ref != null && ref.startsWith(PREFIX) && ref.indexOf('/') > PREFIX.length()) {
        int slash = ref.indexOf('/');
        return new String[] {ref.substring(PREFIX.length(), slash), ref.substring(slash + 1)};
      }
    }
    return new String[] {ForecastBenchReader.PARLEY_SOURCE, e.id().value()};
  }

  private static String url(LedgerEntry e) {
    for (Citation c : e.citations()) {
      if (!c.document().startsWith(PREFIX)) {
        return c.document();
      }
    }
    return Objects.requireNonNull(e.citations().get(0)).document();
  }
}
