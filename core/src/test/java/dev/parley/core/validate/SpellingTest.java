package dev.parley.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> KEYS = List.of("salience", "ideal", "utilities", "red_lines");

  @Test
  void nearest_suggestsTyposAndTranspositions() {
    assertThat(Spelling.nearest("saliance", KEYS)).contains("salience");
    assertThat(Spelling.nearest("idael", KEYS)).contains("ideal");
  }

  @Test
  void nearest_suggestsADifferenceOfCaseOnly() {
    assertThat(Spelling.nearest("Salience", KEYS)).contains("salience");
  }

  @Test
  void nearest_suggestsNothingFarOrIdentical() {
    assertThat(Spelling.nearest("capability", KEYS)).isEmpty();
    assertThat(Spelling.nearest("ideal", KEYS)).isEmpty();
  }

  @Test
  void distance_countsAdjacentSwapsOnce() {
    assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
  }
}
