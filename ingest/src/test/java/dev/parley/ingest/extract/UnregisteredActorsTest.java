package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.ActorKind;
import dev.parley.ingest.extract.actor.FoundActor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** People and organisations the registry does not know, recognised from the text (issue 9). */
class UnregisteredActorsTest {
  private static List<FoundActor> actors(String text) {
    return ExtractionFixture.extract(text).actors();
  }

  private static Optional<FoundActor> byMention(List<FoundActor> actors, String mention) {
    return actors.stream().filter(a -> a.mentions().contains(mention)).findFirst();
  }

  @Test
  void aChainOfProperNouns_withoutAnArticle_isAPerson() {
    List<FoundActor> found =
        actors("Tobias Wrenfield scored twice before the break. The crowd cheered loudly.");
    FoundActor p =
        byMention(found, "Tobias Wrenfield").orElseThrow(() -> new AssertionError(found));
    assertThat(p.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(p.id().value()).isEqualTo("wrenfield");
  }

  @Test
  void theSurnameAlone_laterInTheText_isTheSamePerson() {
    List<FoundActor> found =
        actors("Tobias Wrenfield arrived on Monday. Wrenfield said the plan was sound.");
    FoundActor p =
        byMention(found, "Tobias Wrenfield").orElseThrow(() -> new AssertionError(found));
    assertThat(p.mentions()).contains("Wrenfield");
  }

  @Test
  void aProfessionBeforeAName_marksAPerson() {
    List<FoundActor> found = actors("The painting was sold by sculptor Ilse Maarvik last year.");
    assertThat(byMention(found, "sculptor Ilse Maarvik")).isPresent();
  }

  @Test
  void twoPeopleOfOneSurname_areToldApartByTheGivenName() {
    List<FoundActor> found =
        actors("Lena Quorrel met Anton Quorrel in the square. Both smiled for the cameras.");
    FoundActor lena = byMention(found, "Lena Quorrel").orElseThrow(() -> new AssertionError(found));
    FoundActor anton =
        byMention(found, "Anton Quorrel").orElseThrow(() -> new AssertionError(found));
    assertThat(lena.id()).isNotEqualTo(anton.id());
  }

  @Test
  void aNameOfAPlaceOrAnEvent_isNoPerson() {
    List<FoundActor> found =
        actors("Crowds gathered at Brimley Stadium for the Harvest Festival on Sunday.");
    assertThat(found).noneMatch(a -> a.kind() == ActorKind.PERSON);
  }

  @Test
  void anOrganisationHeadWithItsComplement_isOneOrganisation() {
    List<FoundActor> found =
        actors("A study by the University of Westmarch found the water was safe to drink.");
    FoundActor u =
        byMention(found, "University of Westmarch").orElseThrow(() -> new AssertionError(found));
    assertThat(u.kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void aWebAddress_namesAnOrganisation() {
    List<FoundActor> found = actors("The price tracker Shopfinch.com said prices fell in May.");
    FoundActor site =
        byMention(found, "Shopfinch.com").orElseThrow(() -> new AssertionError(found));
    assertThat(site.kind()).isEqualTo(ActorKind.ORGANIZATION);
  }

  @Test
  void theRegistry_knowsCompaniesAgenciesAndMediaOutlets() {
    List<FoundActor> found =
        actors(
            "Microsoft and NASA signed a deal on Friday, Sky News reported, and the Houthis"
                + " denied it.");
    assertThat(found.stream().map(a -> a.id().value()))
        .contains("MICROSOFT", "NASA", "SKY_NEWS", "HOUTHIS");
    assertThat(found).allMatch(FoundActor::known);
  }
}
