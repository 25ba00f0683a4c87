package dev.parley.io.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void of_shortValue_isUnchanged() {
    assertThat(Excerpt.of("ceasefire")).isEqualTo("ceasefire");
    assertThat(Excerpt.quoted("x")).isEqualTo("'x'");
  }

  @Test
  void of_longValue_keepsItsFirstCharactersAndMarksTheCut() {
    String value = "a".repeat(Excerpt.MAX_LENGTH) + "b".repeat(10_000_000);
    assertThat(Excerpt.of(value)).isEqualTo("a".repeat(Excerpt.MAX_LENGTH) + "…");
    assertThat(Excerpt.of("a".repeat(Excerpt.MAX_LENGTH))).doesNotContain("…");
  }

  @Test
  void of_neverCutsASurrogatePairInHalf() {
    String emoji = "\uD83D\uDE00";
    String value = "a".repeat(Excerpt.MAX_LENGTH - 1) + emoji + "tail";
    assertThat(Excerpt.of(value)).isEqualTo("a".repeat(Excerpt.MAX_LENGTH - 1) + emoji + "…");
  }

  @Test
  void of_writesLineBreaksAndControlCharactersAsEscapes() {
    assertThat(Excerpt.of("a\nb\tc\u0000d\u202Ee\uD800"))
        .isEqualTo("a\\nb\\tc\\u0000d\\u202Ee\uFFFD");
  }
}
