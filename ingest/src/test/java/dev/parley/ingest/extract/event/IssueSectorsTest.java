package dev.parley.ingest.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.IssueId;
import org.junit.jupiter.api.Test;

class IssueSectorsTest {
  @Test
  void anIssueHasItsSector_andAnUnlistedOneNone() {
    assertThat(IssueSectors.of(IssueId.of("ceasefire"))).containsExactly("military");
    assertThat(IssueSectors.of(IssueId.of("sanctions"))).containsExactly("economic");
    assertThat(IssueSectors.of(IssueId.of("summit"))).containsExactly("diplomatic");
    assertThat(IssueSectors.of(IssueVocabulary.OTHER)).isEmpty();
  }
}
