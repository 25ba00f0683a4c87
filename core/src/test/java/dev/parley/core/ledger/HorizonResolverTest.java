package dev.parley.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HorizonResolverTest {
  private static final long SEED = Long.getLong("parley.seed", 20251207L);

  /** A Tuesday, the day Macron's "within three weeks" was reported. */
  private static final LocalDate MADE = LocalDate.of(2025, 8, 19);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "within three weeks | 2025-09-09",
        "Within Three Weeks. | 2025-09-09",
        "in three weeks | 2025-09-09",
        "in three weeks' time | 2025-09-09",
        "three weeks from now | 2025-09-09",
        "within two weeks | 2025-09-02",
        "within the next two weeks | 2025-09-02",
        "over the next 10 days | 2025-08-29",
        "within a fortnight | 2025-09-02",
        "within a week | 2025-08-26",
        "within 48 hours | 2025-08-21",
        "within 36 hours | 2025-08-21",
        "in two or three weeks | 2025-09-09",
        "in two to three weeks | 2025-09-09",
        "within a couple of weeks | 2025-09-02",
        "within six months | 2026-02-19",
        "within a year | 2026-08-19",
        "the next month | 2025-09-19",
        "next month | 2025-09-30",
        "next week | 2025-08-31",
        "this week | 2025-08-24",
        "by the end of the week | 2025-08-24",
        "by the end of next week | 2025-08-31",
        "by the end of the month | 2025-08-31",
        "by the end of next month | 2025-09-30",
        "by the end of the year | 2025-12-31",
        "before the end of the year | 2025-12-31",
        "by year-end | 2025-12-31",
        "next year | 2026-12-31",
        "by the end of the quarter | 2025-09-30",
        "this weekend | 2025-08-24",
        "by Friday | 2025-08-22",
        "before Friday | 2025-08-21",
        "by next Tuesday | 2025-08-26",
        "on Monday | 2025-08-25",
        "by 15 August 2026 | 2026-08-15",
        "by 15 August | 2026-08-15",
        "by 1 September | 2025-09-01",
        "by the 1st of September | 2025-09-01",
        "by September 30th, 2025 | 2025-09-30",
        "by Sept 5 | 2025-09-05",
        "by September | 2025-09-30",
        "in September | 2025-09-30",
        "before September | 2025-08-31",
        "by mid-September | 2025-09-15",
        "in early October | 2025-10-10",
        "by the end of October | 2025-10-31",
        "by the start of November | 2025-11-01",
        "by August | 2025-08-31",
        "by the end of the summer | 2025-08-31",
        "before Christmas | 2025-12-24",
        "by Christmas | 2025-12-25",
        "by the new year | 2026-01-01",
        "by 2026 | 2026-12-31",
        "by the end of 2025 | 2025-12-31",
        "before 2027 | 2026-12-31",
        "tomorrow | 2025-08-20",
        "today | 2025-08-19",
        "by 2025-09-01 | 2025-09-01",
        "no later than 3 October, at the latest | 2025-10-03",
      })
  void resolve_readsCommonForms(String horizon, LocalDate expected) {
    assertThat(HorizonResolver.resolve(horizon, MADE)).isEqualTo(expected);
  }

  @Test
  void resolve_dateWithoutYear_isItsNextOccurrence() {
    assertThat(HorizonResolver.resolve("by 15 August", LocalDate.of(2025, 8, 1)))
        .isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(HorizonResolver.resolve("by 15 August", LocalDate.of(2025, 8, 15)))
        .isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(HorizonResolver.resolve("by Friday", LocalDate.of(2025, 8, 22)))
        .as("said on a Friday: the next one")
        .isEqualTo(LocalDate.of(2025, 8, 29));
  }

  @Test
  void resolve_countsMonthsByTheCalendar() {
    assertThat(HorizonResolver.resolve("within a month", LocalDate.of(2025, 1, 31)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(HorizonResolver.resolve("by the end of the month", LocalDate.of(2024, 2, 3)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "soon",
        "eventually",
        "in the coming weeks",
        "within weeks",
        "within a few weeks",
        "by the time talks resume",
        "within zillion weeks",
        "by 31 February",
        "by 30 February 2025",
        "before 2020",
        "by 2024",
        "in 1000 years and a day",
        "the week",
        "by the end of the decade"
      })
  void resolve_unknownOrPastForm_isNull(String horizon) {
    assertThat(HorizonResolver.resolve(horizon, MADE)).isNull();
  }

  @Test
  void resolve_null_isNull() {
    assertThat(HorizonResolver.resolve(null, MADE)).isNull();
  }

  @Test
  void resolve_neverThrowsAndNeverResolvesBeforeItWasMade() {
    String[] pieces = {
      "within",
      "in",
      "by",
      "before",
      "the",
      "end",
      "of",
      "next",
      "three",
      "999",
      "weeks",
      "month",
      "friday",
      "31",
      "february",
      "august",
      "2025",
      "-",
      "or",
      "'s",
      "time",
      "mid-",
      "year-end",
      "christmas",
      "\u2019",
      ".",
      "",
      " ",
      "a couple of",
      "0",
      "days",
      "hours"
    };
    SplittableRandom random = new SplittableRandom(SEED);
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(1, 7);
      for (int k = 0; k < n; k++) {
        text.append(pieces[random.nextInt(pieces.length)])
            .append(random.nextInt(4) == 0 ? "" : " ");
      }
      LocalDate made = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000));
      String horizon = text.toString();
      String context =
          "\"" + horizon + "\" from " + made + "; reproduce with -Dparley.seed=" + SEED;
      assertThatCode(() -> HorizonResolver.resolve(horizon, made))
          .as(context)
          .doesNotThrowAnyException();
      LocalDate date = HorizonResolver.resolve(horizon, made);
      if (date != null) {
        assertThat(date).as(context).isAfterOrEqualTo(made);
      }
    }
  }
}
