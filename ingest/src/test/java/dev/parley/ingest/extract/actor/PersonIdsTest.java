package dev.parley.ingest.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonIdsTest {
  @Test
  void theId_isTheLowerCaseSurname() {
    assertThat(PersonIds.of(new String[] {"Jane", "Roe"})).isEqualTo("roe");
    assertThat(PersonIds.of(new String[] {"Roe"})).isEqualTo("roe");
  }

  @Test
  void aHyphenOrAParticle_joinsTheSurnameWithAnUnderscore() {
    assertThat(PersonIds.of(new String[] {"Olga", "Petrova-Smith"})).isEqualTo("petrova_smith");
    assertThat(PersonIds.of(new String[] {"Marco", "De", "Santis"})).isEqualTo("de_santis");
    assertThat(PersonIds.of(new String[] {"Pieter", "van", "der", "Berg"}))
        .isEqualTo("van_der_berg");
    assertThat(PersonIds.of(new String[] {"Dana", "O'Hara"})).isEqualTo("ohara");
  }

  @Test
  void noWords_isAProgrammerError() {
    assertThatThrownBy(() -> PersonIds.of(new String[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
