package dev.parley.ingest.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorCuesTest {
  @Test
  void words_readsASectionInLowerCase() {
    assertThat(ActorCues.words("org-heads")).contains("university", "ministry", "municipality");
    assertThat(ActorCues.words("title-words")).contains("president", "goalkeeper", "barrister");
    assertThat(ActorCues.words("web-domains")).contains("com");
  }

  @Test
  void roles_mapsANounToTheRolesItNames() {
    assertThat(ActorCues.roles("role-nouns").get("premier")).containsExactly("prime-minister");
    assertThat(ActorCues.roles("role-nouns").get("leader")).contains("president", "king");
  }

  @Test
  void aMissingSection_isAProgrammerError() {
    assertThatThrownBy(() -> ActorCues.words("no-such-section"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[no-such-section]");
  }
}
