package dev.parley.ingest.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.model.ActorId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting clauses coded as events. Every sentence here was written for this test. */
class ReportedSpeechTest {
  private static List<String> events(String text) {
    return ReportedSpeech.extract(SpeechFixture.DOCUMENT, SpeechFixture.parse(text)).stream()
        .map(ReportedSpeechTest::show)
        .toList();
  }

  private static String show(EventMention e) {
    String target =
        e.targets().isEmpty()
            ? "-"
            : String.join(",", e.targets().stream().map(ActorId::value).toList());
    return e.sources().get(0).value() + " " + e.action().name().toLowerCase() + " " + target;
  }

  @Test
  void indirectSpeech_isAStatementOfItsSpeaker() {
    assertThat(events("Merz said the border talks had gone well."))
        .containsExactly("merz statement -");
  }

  @Test
  void quotedSpeech_isAStatementOfItsSpeaker() {
    assertThat(events("\"We came to listen,\" Macron said on Friday."))
        .containsExactly("macron statement -");
  }

  @Test
  void accordingTo_namesTheSpeaker() {
    assertThat(events("According to Merz, the border talks stalled."))
        .containsExactly("merz statement -");
  }

  @Test
  void accordingTo_findsThePersonNamedAfterATitle() {
    assertThat(events("According to the chancellor of Germany, Friedrich Merz, the talks stalled."))
        .containsExactly("merz statement -");
  }

  @Test
  void urging_isAnAppealToTheObject() {
    assertThat(events("Merz urged Macron to sign the accord."))
        .containsExactly("merz appeal macron");
  }

  @Test
  void mustInTheReportedClause_isADemandOnItsSubject() {
    assertThat(events("Merz insisted that Macron must sign the accord first."))
        .containsExactly("merz demand macron");
    assertThat(events("Merz said that Macron must sign the accord first."))
        .containsExactly("merz demand macron");
  }

  @Test
  void accusing_criticizesTheObject() {
    assertThat(events("Macron accused Merz of stalling the accord."))
        .containsExactly("macron criticize merz");
  }

  @Test
  void thanking_praisesTheObject() {
    assertThat(events("Macron thanked Merz for his patience."))
        .containsExactly("macron praise merz");
  }

  @Test
  void denying_rejects() {
    assertThat(events("Merz denied that the accord was dead.")).containsExactly("merz reject -");
  }

  @Test
  void negatedModalAndConditionalClauses_giveNoEvent() {
    assertThat(events("Merz did not say when the accord would be signed.")).isEmpty();
    assertThat(events("Merz could say more about the accord next week.")).isEmpty();
    assertThat(events("If Macron says yes, the accord will be signed.")).isEmpty();
  }

  @Test
  void aSpeakerNoActorNames_givesNoEvent() {
    assertThat(events("A neighbour said the accord was a good thing.")).isEmpty();
  }
}
