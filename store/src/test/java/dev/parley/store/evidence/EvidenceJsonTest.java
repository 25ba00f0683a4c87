package dev.parley.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.parley.core.evidence.Stance;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {
  private static final Provenance AT =
      new Provenance(
          new DocumentId("doc-1"), new TextSpan(3, 9), new TextSpan(0, 40), "stage", "2", 0.75);

  static List<ExtractedItem> oneOfEach() {
    return List.of(
        new ActorMention(ActorId.of("RUS"), "the Kremlin", MentionKind.METONYM, AT),
        new Quote("no \"deal\" yet", ActorId.of("putin"), "said", false, 0, AT),
        new Quote("robbery", null, null, true, 1, AT),
        new EventMention(
            EventAction.CONSULT,
            PloverEvent.CONSULT,
            "phone",
            List.of("diplomatic"),
            List.of(ActorId.of("trump"), ActorId.of("USA")),
            List.of(ActorId.of("putin")),
            false,
            true,
            false,
            IssueId.of("summit"),
            "called",
            AT),
        new EventMention(
            EventAction.STATEMENT,
            null,
            null,
            List.of(),
            List.of(ActorId.of("rubio")),
            List.of(),
            true,
            false,
            true,
            null,
            "said",
            AT),
        new PositionClaim(
            ActorId.of("UKR"),
            Stance.RED_LINE,
            IssueId.of("territory"),
            "keep",
            "will never cede Donbas",
            "never",
            AT),
        new Prediction(
            ActorId.of("merz"), "a summit", "within two weeks", LocalDate.of(2025, 9, 2), AT),
        new Prediction(ActorId.of("watling"), "more fighting", null, null, AT),
        new Prediction(
            ActorId.of("weber"),
            "a strike",
            "within two weeks",
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 8, 18),
            AT),
        new NumberMention("$300 billion", 3.0e11, "USD", "assets", AT),
        new NumberMention("two", 2, null, null, AT));
  }

  @Test
  void everyItemType_readsBackEqual() {
    for (ExtractedItem item : oneOfEach()) {
      assertThat(EvidenceJson.readItem(EvidenceJson.payload(item))).isEqualTo(item);
    }
  }

  @Test
  void payloads_ofManyItems_equalTheOneByOnePayloads() {
    List<ExtractedItem> items = oneOfEach();
    assertThat(EvidenceJson.payloads(items))
        .containsExactlyElementsOf(items.stream().map(EvidenceJson::payload).toList());
  }

  @Test
  void payload_isDeterministicAndCarriesTheProvenance() {
    ExtractedItem quote = oneOfEach().get(1);
    String json = EvidenceJson.payload(quote);
    assertThat(json).isEqualTo(EvidenceJson.payload(quote));
    assertThat(json)
        .startsWith("{\"type\":\"quote\",\"text\":\"no \\\"deal\\\" yet\",\"speaker\":\"putin\"")
        .contains(
            "\"provenance\":{\"document\":\"doc-1\",\"span\":{\"start\":3,\"end\":9},"
                + "\"sentence\":{\"start\":0,\"end\":40},\"extractor\":\"stage\","
                + "\"version\":\"2\",\"confidence\":0.75}");
  }

  @Test
  void type_labelsParseBack() {
    for (EvidenceType t : EvidenceType.values()) {
      assertThat(EvidenceType.parse(t.label().toUpperCase(java.util.Locale.ROOT))).contains(t);
    }
    assertThat(EvidenceType.parse("opinion")).isEmpty();
  }
}
