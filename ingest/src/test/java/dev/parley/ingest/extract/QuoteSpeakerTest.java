package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote speakers read from the dependency parse of the reporting clause. Every sentence here was
 * written for this test.
 */
class QuoteSpeakerTest {
  private static List<String> speakers(String text) {
    return ExtractionFixture.extract(text).quotes().stream()
        .map(q -> q.speaker() == null ? "-" : q.speaker().value())
        .toList();
  }

  private static Quote only(String text) {
    List<Quote> quotes = ExtractionFixture.extract(text).quotes();
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void nameThenVerb_afterTheQuote() {
    assertThat(
            speakers(
                "Emmanuel Macron arrived late. \"The border stays open all winter,\" Merz said on"
                    + " Tuesday."))
        .containsExactly("merz");
  }

  @Test
  void verbThenName_afterTheQuote_withATitleBeforeTheName() {
    Quote q =
        only(
            "Macron left early. \"We sign nothing we have not read,\" said Chancellor Friedrich"
                + " Merz.");
    assertThat(q.speaker().value()).isEqualTo("merz");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void roleNoun_resolvesToThePersonNamedWithItEarlier() {
    assertThat(
            speakers(
                "Secretary of State Marco Rubio flew to Geneva with Emmanuel Macron on Sunday. The"
                    + " talks ran late. \"Nobody should expect a deal this week,\" the secretary"
                    + " added."))
        .containsExactly("rubio");
  }

  @Test
  void roleNoun_withNoHolderNamedEarlier_isNotGuessed() {
    assertThat(
            speakers(
                "Merz met farmers in Bavaria. \"Prices will fall by spring,\" the spokesman"
                    + " added."))
        .doesNotContain("merz");
  }

  @Test
  void pronoun_inTheNextSentence_refersToTheSubjectBefore() {
    assertThat(
            speakers(
                "After a long call with Emmanuel Macron, Merz spoke to reporters in Berlin."
                    + " \"The tariffs hurt both of us,\" he said."))
        .containsExactly("merz");
  }

  @Test
  void quoteParagraph_afterAReportedStatement_belongsToItsReporter() {
    assertThat(
            speakers(
                "Merz says the farmers were promised a fair price by Macron.\n"
                    + "\"Promises are cheap when the harvest is far away.\""))
        .containsExactly("merz");
  }

  @Test
  void subjectOfAnEmbeddedClause_isNotTheSpeaker() {
    assertThat(
            speakers(
                "Merz told reporters in Berlin that Macron \"had promised more than he could"
                    + " deliver\"."))
        .containsExactly("merz");
  }

  @Test
  void jointSubject_givesTheConjunctNearestTheVerb() {
    assertThat(speakers("Both Macron and Merz have called the proposal \"a serious first step\"."))
        .containsExactly("merz");
  }

  @Test
  void verbWithAnAttachedParticiple_givesTheMainSubject() {
    assertThat(
            speakers(
                "Merz rejected the tariff plan on Friday, calling it \"a tax on our own"
                    + " workers\"."))
        .containsExactly("merz");
  }

  @Test
  void pronoun_whoseAntecedentIsNoKnownActor_isNotGivenTheNearestState() {
    List<String> found =
        speakers(
            "Wheat yields in France fell again this summer. The survey's authors say the drought"
                + " is \"only the first warning\". They call for \"water rules that bind every"
                + " region\".");
    assertThat(found).hasSize(2).doesNotContain("FRA");
  }
}
