package dev.parley.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.SourceKind;
import dev.parley.core.evidence.SourceProfile;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ClaimGroupingTest {
  private static final SourceProfile NEWS =
      new SourceProfile(true, true, null, SourceKind.NEWS_REPORT, SourceProfile.ASSUMED);

  private static Claim event(
      String doc, String claimant, boolean affirmed, boolean asserted, @Nullable String when) {
    return new Claim(
        "COERCE seize @ a",
        PloverEvent.COERCE,
        "seize",
        affirmed,
        asserted,
        List.of(),
        "A",
        null,
        null,
        null,
        when,
        claimant,
        "actor",
        "captured",
        cite(doc));
  }

  private static Claim number(String doc, double value) {
    return new Claim(
        "number soldier killed",
        null,
        "",
        true,
        true,
        List.of(),
        null,
        value,
        null,
        "soldier killed",
        null,
        doc,
        "outlet",
        Double.toString(value),
        cite(doc));
  }

  private static ClaimCitation cite(String doc) {
    return new ClaimCitation(
        doc,
        "Outlet " + doc,
        LocalDate.of(2025, 3, 4),
        null,
        0,
        8,
        "s",
        "claim-rules 1",
        null,
        NEWS);
  }

  @Test
  void oneSource_makesNoGroup_twoSourcesInOneDocument_do() {
    assertThat(ClaimGrouping.group(List.of(event("d1", "x", true, true, null)))).isEmpty();
    List<ClaimGroup> g =
        ClaimGrouping.group(
            List.of(event("d1", "x", true, true, null), event("d1", "y", false, true, null)));
    assertThat(g)
        .singleElement()
        .satisfies(x -> assertThat(x.fields()).containsExactly("polarity"));
  }

  @Test
  void polarity_countsOnlyAssertedClaims() {
    List<ClaimGroup> g =
        ClaimGrouping.group(
            List.of(event("d1", "x", true, true, null), event("d2", "y", false, false, null)));
    assertThat(g).singleElement().satisfies(x -> assertThat(x.disagreement()).isFalse());
  }

  @Test
  void dates_disagreeUnlessOneContainsTheOther() {
    assertThat(
            ClaimGrouping.group(
                    List.of(
                        event("d1", "x", true, true, "2025-03"),
                        event("d2", "y", true, true, "2025-03-03")))
                .get(0)
                .fields())
        .isEmpty();
    assertThat(
            ClaimGrouping.group(
                    List.of(
                        event("d1", "x", true, true, "2025-03-01"),
                        event("d2", "y", true, true, "2025-03-03")))
                .get(0)
                .fields())
        .containsExactly("date");
  }

  @Test
  void quantities_disagreeBeyondTheTolerance_aShareOfTheLarger() {
    List<Claim> close = List.of(number("d1", 1000), number("d2", 1050));
    assertThat(ClaimGrouping.group(close).get(0).disagreement()).isFalse();
    List<Claim> far = List.of(number("d1", 40), number("d2", 12));
    assertThat(ClaimGrouping.group(far).get(0).field()).isEqualTo("value");
    assertThat(ClaimGrouping.group(far, 0.7).get(0).disagreement()).isFalse();
    assertThat(ClaimGrouping.apart(100, 110, 0.1)).isFalse();
    assertThat(ClaimGrouping.apart(100, 112, 0.1)).isTrue();
    assertThatThrownBy(() -> ClaimGrouping.group(far, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dates_areReadWithTheDocumentsYearWhenTheTextGivesNone() {
    LocalDate published = LocalDate.of(2025, 3, 4);
    assertThat(ClaimNormaliser.date("It fell on 3 March.", published)).isEqualTo("2025-03-03");
    assertThat(ClaimNormaliser.date("It fell on March 3, 2024.", published))
        .isEqualTo("2024-03-03");
    assertThat(ClaimNormaliser.date("annexed in September 2022", published)).isEqualTo("2022-09");
    assertThat(ClaimNormaliser.date("seized in 2014", null)).isEqualTo("2014");
    assertThat(ClaimNormaliser.date("It fell on 3 March.", null)).isNull();
    assertThat(ClaimNormaliser.date("on 31 February", published)).isNull();
  }
}
