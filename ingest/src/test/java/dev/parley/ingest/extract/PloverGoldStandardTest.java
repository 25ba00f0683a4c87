package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.document.SourceFormat;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.actor.FoundActor;
import dev.parley.testkit.SharedData;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scores the event coder on the 322 PLOVER gold-standard records (data/plover-gsr): event-type
 * accuracy of the first PLOVER event coded in each sentence, and micro F1 of the actor and
 * recipient codes of that event against the gold codes, after mapping the file's older type names
 * to the manual's (DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT).
 */
class PloverGoldStandardTest {
  /** The scores measured when this test was written (docs/extraction-accuracy.md), rounded down. */
  static final double TYPE_ACCURACY_FLOOR = 0.57;

  static final double ACTOR_F1_FLOOR = 0.61;
  static final double RECIPIENT_F1_FLOOR = 0.51;

  @Test
  void ploverGoldStandard_isCodedAboveTheMeasuredFloors() {
    JsonNode records =
        SeedDocuments.JSON.readTree(
            SharedData.resolve("data/plover-gsr/PLOVER_GSR_CAMEO.json").toFile());
    EvidenceExtractor extractor = EvidenceExtractor.withBuiltInRegistry();
    int total = 0;
    int typeRight = 0;
    int[] actor = new int[3];
    int[] recipient = new int[3];
    for (JsonNode r : records) {
      if (r.get("event").asString().equals("DOCUMENT")) {
        continue;
      }
      total++;
      String text = r.get("text").asString();
      Document d =
          new Document(
              new DocumentId(r.get("id").asString()),
              "plover-gsr",
              SourceFormat.TEXT,
              text,
              List.of(new TextBlock(new TextSpan(0, text.length()), BlockKind.PARAGRAPH)),
              DocumentMetadata.none());
      DocumentEvidence evidence = extractor.extract(d);
      EventMention first =
          evidence.events().stream().filter(e -> e.plover() != null).findFirst().orElse(null);
      String gold = modern(r.get("event").asString());
      if (first != null && first.plover().name().equals(gold)) {
        typeRight++;
      }
      tally(
          actor,
          codes(r.get("source")),
          first == null ? Set.of() : codes(evidence, first.sources()));
      tally(
          recipient,
          codes(r.get("target")),
          first == null ? Set.of() : codes(evidence, first.targets()));
    }
    double accuracy = (double) typeRight / total;
    double actorF1 = f1(actor);
    double recipientF1 = f1(recipient);
    System.err.printf(
        Locale.ROOT,
        "PLOVER GSR: %d records, event type accuracy %.3f, actor F1 %.3f (tp %d, gold %d, system %d),"
            + " recipient F1 %.3f (tp %d, gold %d, system %d)%n",
        total,
        accuracy,
        actorF1,
        actor[0],
        actor[1],
        actor[2],
        recipientF1,
        recipient[0],
        recipient[1],
        recipient[2]);
    assertThat(total).isEqualTo(322);
    assertThat(accuracy).isGreaterThanOrEqualTo(TYPE_ACCURACY_FLOOR);
    assertThat(actorF1).isGreaterThanOrEqualTo(ACTOR_F1_FLOOR);
    assertThat(recipientF1).isGreaterThanOrEqualTo(RECIPIENT_F1_FLOOR);
  }

  static String modern(String type) {
    return switch (type) {
      case "DEMAND" -> "REQUEST";
      case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
      case "FIGHT" -> "ASSAULT";
      default -> type;
    };
  }

  static Set<String> codes(JsonNode actors) {
    Set<String> out = new HashSet<>();
    if (actors != null && actors.isArray()) {
      for (JsonNode a : actors) {
        out.add(a.get("code").asString());
      }
    }
    return out;
  }

  static Set<String> codes(DocumentEvidence evidence, List<ActorId> ids) {
    Set<String> out = new HashSet<>();
    for (ActorId id : ids) {
      for (FoundActor a : evidence.actors()) {
        if (a.id().equals(id)) {
          out.add(a.code());
        }
      }
    }
    return out;
  }

  static void tally(int[] t, Set<String> gold, Set<String> system) {
    Set<String> both = new HashSet<>(gold);
    both.retainAll(system);
    t[0] += both.size();
    t[1] += gold.size();
    t[2] += system.size();
  }

  static double f1(int[] t) {
    double p = t[2] == 0 ? 0 : (double) t[0] / t[2];
    double r = t[1] == 0 ? 0 : (double) t[0] / t[1];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
