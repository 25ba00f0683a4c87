package dev.parley.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.ActorId;
import dev.parley.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceItemsTest {
  private static final Provenance HERE =
      new Provenance(
          new DocumentId("d"), new TextSpan(3, 9), new TextSpan(0, 20), "test", "1", 0.5);

  @Test
  void eventMention_needsASource_andCopiesItsLists() {
    List<ActorId> sources = new ArrayList<>(List.of(ActorId.of("RUS")));
    EventMention e =
        new EventMention(
            EventAction.REJECT,
            PloverEvent.REJECT,
            null,
            List.of(),
            sources,
            List.of(),
            false,
            false,
            false,
            IssueId.of("ceasefire"),
            "rejected",
            HERE);
    sources.add(ActorId.of("UKR"));
    assertThat(e.sources()).containsExactly(ActorId.of("RUS"));
    assertThat(e.isFactual()).isTrue();
    assertThatThrownBy(
            () ->
                new EventMention(
                    EventAction.REJECT,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    false,
                    false,
                    null,
                    "x",
                    HERE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  void eventMention_isNotFactual_whenNegatedPlannedOrHypothetical() {
    for (boolean[] flags :
        new boolean[][] {{true, false, false}, {false, true, false}, {false, false, true}}) {
      EventMention e =
          new EventMention(
              EventAction.ATTACK,
              PloverEvent.ASSAULT,
              null,
              List.of(),
              List.of(ActorId.of("RUS")),
              List.of(),
              flags[0],
              flags[1],
              flags[2],
              null,
              "attack",
              HERE);
      assertThat(e.isFactual()).isFalse();
    }
  }

  @Test
  void quote_rejectsANegativeDepth() {
    assertThatThrownBy(() -> new Quote("no", null, null, true, -1, HERE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numberMention_rejectsNonFiniteValues() {
    assertThatThrownBy(() -> new NumberMention("lots", Double.NaN, null, null, HERE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numberMention_outOfRange_keepsTheTextAndSaysSo() {
    NumberMention huge = NumberMention.outOfRange("1e400", null, "roubles", HERE);
    assertThat(huge.text()).isEqualTo("1e400");
    assertThat(huge.isOutOfRange()).isTrue();
    assertThat(Double.isFinite(huge.value())).isTrue();
    assertThat(new NumberMention("1,000", 1000, null, null, HERE).isOutOfRange()).isFalse();
  }

  @Test
  void items_areASealedFamily_handledExhaustively() {
    List<ExtractedItem> items =
        List.of(
            new ActorMention(ActorId.of("RUS"), "Kremlin", MentionKind.METONYM, HERE),
            new Quote("no", ActorId.of("peskov"), "said", false, 0, HERE),
            new PositionClaim(
                ActorId.of("RUS"), Stance.REJECTS, IssueId.of("nato"), null, "s", "rejects", HERE),
            new Prediction(ActorId.of("merz"), "a meeting", "within two weeks", null, HERE),
            new NumberMention("1,000", 1000, null, "prisoners", HERE));
    List<String> kinds = new ArrayList<>();
    for (ExtractedItem item : items) {
      kinds.add(
          switch (item) {
            case ActorMention m -> "mention";
            case Quote q -> "quote";
            case EventMention e -> "event";
            case PositionClaim p -> "position";
            case Prediction p -> "prediction";
            case NumberMention n -> "number";
          });
    }
    assertThat(kinds).containsExactly("mention", "quote", "position", "prediction", "number");
    assertThat(PloverEvent.ASSAULT.quadClass()).isEqualTo(PloverEvent.QuadClass.MATERIAL_CONFLICT);
    assertThat(EventAction.CRITICIZE.label()).isEqualTo("criticize");
  }
}
