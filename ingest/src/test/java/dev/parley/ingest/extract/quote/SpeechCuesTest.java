package dev.parley.ingest.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word lists of the quote stage are read from its resources. */
class SpeechCuesTest {
  @Test
  void speechVerbsAndNouns_areReadFromTheirLists() {
    assertThat(SpeechCues.VERBS)
        .contains("said", "told", "warned", "promising")
        .hasSizeGreaterThan(100);
    assertThat(SpeechCues.NOUNS).contains("statement", "reply").doesNotContain("said");
    assertThat(SpeechCues.isVerb("Said")).isTrue();
    assertThat(SpeechCues.isVerb("table")).isFalse();
  }

  @Test
  void roleNouns_sayWhomTheyStandFor() {
    assertThat(RoleNouns.holder("Secretary")).contains(RoleNouns.Holder.PERSON);
    assertThat(RoleNouns.holder("ministry")).contains(RoleNouns.Holder.BODY);
    assertThat(RoleNouns.holder("tuesday")).isEmpty();
  }
}
