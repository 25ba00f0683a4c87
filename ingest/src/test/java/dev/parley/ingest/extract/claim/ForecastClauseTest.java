package dev.parley.ingest.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.TextSpan;
import dev.parley.ingest.document.BlockKind;
import dev.parley.ingest.document.TextBlock;
import dev.parley.ingest.extract.actor.ActorDirectory;
import dev.parley.ingest.extract.actor.ActorRecognizer;
import dev.parley.ingest.extract.actor.Mentions;
import dev.parley.ingest.extract.text.AnalyzedText;
import dev.parley.ingest.extract.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clause of a modal, read from the parse of invented sentences. */
class ForecastClauseTest {
  private static final ActorRecognizer ACTORS = new ActorRecognizer(ActorDirectory.builtIn());

  private record Case(AnalyzedText text, ForecastClause clause) {
    /** The first token whose normal form is {@code word}. */
    int at(String word) {
      for (int i = 0; i < text.tokenCount(); i++) {
        if (text.norm(i).equals(word)) {
          return i;
        }
      }
      throw new AssertionError("expected the word " + word + " in the sentence, but found none");
    }
  }

  private static Case of(String sentence) {
    AnalyzedText t =
        TextAnalyzer.english()
            .analyze(
                sentence,
                List.of(new TextBlock(new TextSpan(0, sentence.length()), BlockKind.PARAGRAPH)));
    Mentions m = ACTORS.recognize(t, null);
    return new Case(t, new ForecastClause(t, m));
  }

  private static boolean mayForecast(String sentence, String modal) {
    Case c = of(sentence);
    return c.clause().mayForecast(c.at(modal), -1);
  }

  @Test
  void aModalAboutAThirdParty_mayBeAForecast() {
    assertThat(mayForecast("The ferry company will raise its fares next spring.", "will")).isTrue();
  }

  @Test
  void aFirstPersonSubject_orOneCoordinatedWithIt_isACommitment() {
    assertThat(mayForecast("We will rebuild the bridge.", "will")).isFalse();
    assertThat(mayForecast("The mayor and I will rebuild the bridge.", "will")).isFalse();
  }

  @Test
  void aModalUnderAWish_orWithAHopefulAdverb_isNoForecast() {
    assertThat(mayForecast("We want a rule whereby late trains will be refunded.", "will"))
        .isFalse();
    assertThat(mayForecast("Hopefully the rain will stop soon.", "will")).isFalse();
  }

  @Test
  void aGenericSubjectOrAnIndefiniteCondition_makesAGeneralTruth() {
    assertThat(mayForecast("As you grow older your knees will ache.", "will")).isFalse();
    assertThat(mayForecast("If a plant gets no light, it will wilt.", "will")).isFalse();
  }

  @Test
  void willDepend_statesADependency() {
    assertThat(mayForecast("The harvest will depend on the rain.", "will")).isFalse();
  }

  @Test
  void aPassiveArrangementWithoutAgent_isAnAnnouncement() {
    assertThat(mayForecast("Talks will be held with the unions in May.", "will")).isFalse();
    assertThat(mayForecast("Prices will be raised by the suppliers in May.", "will")).isTrue();
    assertThat(mayForecast("The unions will hold talks in May.", "will")).isTrue();
  }

  @Test
  void anIfClause_makesAHedgedModalConditional() {
    Case c = of("If the drought continues, the lake could dry up.");
    assertThat(c.clause().isConditional(c.at("could"))).isTrue();
    Case d = of("The lake could dry up.");
    assertThat(d.clause().isConditional(d.at("could"))).isFalse();
  }

  @Test
  void aForecastVerbWithAnObject_hasOne() {
    Case c = of("The organisers expect twenty thousand visitors.");
    assertThat(c.clause().hasObject(c.at("expect"))).isTrue();
    assertThat(c.clause().parsedSentences()).isEqualTo(1);
  }
}
