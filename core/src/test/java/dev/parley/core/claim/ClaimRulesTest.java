package dev.parley.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.ActorMention;
import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.MentionKind;
import dev.parley.core.evidence.Provenance;
import dev.parley.core.evidence.SourceKind;
import dev.parley.core.evidence.SourceProfile;
import dev.parley.core.evidence.SourceRules;
import dev.parley.core.evidence.TextSpan;
import dev.parley.core.model.ActorId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim rules and the source rules read as data, and a sentence read with small rules. */
class ClaimRulesTest {
  private static final String RULES =
      String.join(
          "\n",
          "# a comment",
          "event\tcaptured|took\tCOERCE\tseize\t+",
          "event\tstill hold\tCOERCE\tseize\t-",
          "negation\tnot|never",
          "attribution\tsaid\tbefore",
          "denial\tdenied",
          "dispute\tdisputed by",
          "party\tobservers\tindependent sources",
          "place\tnear|of",
          "settlement\tvillage",
          "quantity\tkilled\tkilled");

  @Test
  void badRows_nameTheirLine() {
    assertThatThrownBy(() -> ClaimRules.parse("event\tcaptured\tSEIZE\tx\t+"))
        .hasMessageContaining("line 1")
        .hasMessageContaining("PLOVER");
    assertThatThrownBy(() -> ClaimRules.parse("\nevent\tcaptured\tCOERCE\tx\t?"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("polarity");
    assertThatThrownBy(() -> ClaimRules.parse("rumour\tx")).hasMessageContaining("kind");
    assertThatThrownBy(() -> ClaimRules.parse("attribution\tsaid\tabove"))
        .hasMessageContaining("side");
    assertThat(ClaimRules.parse(RULES).size()).isEqualTo(10);
  }

  private static List<Claim> read(String text, String actor, String actorWords) {
    DocumentId doc = new DocumentId("doc-0000000000000001");
    int at = text.indexOf(actorWords);
    Provenance p =
        new Provenance(
            doc,
            new TextSpan(at, at + actorWords.length()),
            new TextSpan(0, text.length()),
            "actor-recognizer",
            "1",
            0.9);
    ClaimSentence s =
        new ClaimSentence(
            doc.value(),
            0,
            text,
            List.of(
                new ClaimSentence.Item(
                    doc.value() + "#0",
                    new ActorMention(new ActorId(actor), actorWords, MentionKind.NAME, p))),
            "Outlet",
            null,
            null,
            new SourceProfile(true, false, null, SourceKind.NEWS_REPORT, SourceProfile.ASSUMED));
    return new ClaimNormaliser(ClaimRules.parse(RULES)).claims(s);
  }

  @Test
  void aReportedCapture_theDenial_andTheDispute() {
    List<Claim> said = read("Utopia said it captured the village of Eastham.", "utopia", "Utopia");
    assertThat(said)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject()).isEqualTo("COERCE seize @ eastham");
              assertThat(c.affirmed()).isTrue();
              assertThat(c.claimant()).isEqualTo("utopia");
              assertThat(c.place()).isEqualTo("Eastham");
            });
    List<Claim> denied = read("Utopia denied that Eastham had been taken.", "utopia", "Utopia");
    assertThat(denied).isEmpty(); // "taken" is not among these rules' words
    List<Claim> denied2 = read("Utopia denied Eastham was not captured.", "utopia", "Utopia");
    assertThat(denied2).singleElement().satisfies(c -> assertThat(c.affirmed()).isTrue());
    List<Claim> disputed =
        read("Utopia said it took Eastham, disputed by observers.", "utopia", "Utopia");
    assertThat(disputed).hasSize(2);
    assertThat(disputed.get(1).claimant()).isEqualTo("independent sources");
    assertThat(disputed.get(1).affirmed()).isFalse();
    assertThat(read("Troops still hold the village near Eastham.", "utopia", "Troops"))
        .singleElement()
        .satisfies(c -> assertThat(c.affirmed()).isFalse());
    assertThat(read("Utopia said nothing about the talks.", "utopia", "Utopia")).isEmpty();
  }

  @Test
  void sourceRules_firstMatchDecides_andNoMatchIsAnAssumedNewsReport() {
    SourceRules rules =
        SourceRules.parse(
            "url\thost\tmsn.com\taggregator\ntitle\tprefix\tanalysis:\tanalysis\n"
                + "lead\tword\topinion\tanalysis");
    assertThat(
            rules
                .profile(
                    new SourceRules.Fields(
                        "Analysis: x", "https://www.msn.com/a", "MSN", "A. Writer", "text"),
                    true)
                .kind())
        .isEqualTo(SourceKind.AGGREGATOR);
    SourceProfile analysis =
        rules.profile(
            new SourceRules.Fields("Analysis: x", "https://notmsn.com/a", null, null, null), false);
    assertThat(analysis.kind()).isEqualTo(SourceKind.ANALYSIS);
    assertThat(analysis.basis()).isEqualTo("title prefix \"analysis:\"");
    assertThat(analysis.outletKnown()).isFalse();
    assertThat(analysis.dateKnown()).isFalse();
    SourceProfile plain =
        rules.profile(
            new SourceRules.Fields("Talks resume", "file.txt", "Wire", "Ann", "opinions vary"),
            true);
    assertThat(plain.kind()).isEqualTo(SourceKind.NEWS_REPORT);
    assertThat(plain.basis()).isEqualTo(SourceProfile.ASSUMED);
    assertThat(plain.byline()).isEqualTo("Ann");
    assertThatThrownBy(() -> SourceRules.parse("headline\tprefix\tx\tanalysis"))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> SourceRules.parse("title\tprefix\tx\tblog"))
        .hasMessageContaining("kind");
  }
}
