package dev.parley.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.EventAction;
import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.PloverEvent;
import dev.parley.core.evidence.Prediction;
import dev.parley.core.evidence.Quote;
import dev.parley.core.model.Actor;
import dev.parley.core.model.ActorId;
import dev.parley.core.model.ActorKind;
import dev.parley.core.model.Issue;
import dev.parley.core.model.IssueId;
import dev.parley.core.model.IssueOption;
import dev.parley.ingest.extract.actor.FoundActor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceExtractorTest {
  private static List<String> ids(DocumentEvidence e) {
    return e.actors().stream().map(a -> a.id().value()).toList();
  }

  private static EventMention only(DocumentEvidence e, EventAction action) {
    List<EventMention> found = e.events().stream().filter(x -> x.action() == action).toList();
    assertThat(found).as("events %s", e.events()).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyItem_pointsAtTheCharactersItWasFoundIn() {
    String text = "Kremlin spokesman Dmitry Peskov said Moscow rejected the proposal.";
    DocumentEvidence e = ExtractionFixture.extract(text);
    assertThat(e.items()).isNotEmpty();
    for (ExtractedItem item : e.items()) {
      assertThat(item.provenance().span().end()).isLessThanOrEqualTo(text.length());
      assertThat(item.provenance().span().isWithin(item.provenance().sentence())).isTrue();
    }
  }

  @Test
  void actors_resolveNamesTitlesMetonymsAndDemonyms() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "German Chancellor Friedrich Merz met the Kremlin's envoy in Berlin. Kyiv said the"
                + " Russian delegation left. Merz spoke to the White House.");
    assertThat(ids(e)).contains("merz", "DEU", "RUS", "UKR", "USA");
    FoundActor merz =
        e.actors().stream().filter(a -> a.id().value().equals("merz")).findFirst().orElseThrow();
    assertThat(merz.affiliation()).isEqualTo(ActorId.of("DEU"));
    assertThat(merz.mentions()).contains("German Chancellor Friedrich Merz", "Merz");
  }

  @Test
  void creditLines_yieldNoEventsOrQuotes() {
    DocumentEvidence credited =
        ExtractionFixture.extract(
            "Source: \"Putin Rejects Trump's Peace Plan\", a news report (2025).\n"
                + "Photo: the Kremlin rejects the offer, Reuters.\n"
                + "Sources for this note: \"Moscow Rejects the Summit Plan\" (2025).");
    assertThat(credited.events()).isEmpty();
    assertThat(credited.quotes()).isEmpty();
    DocumentEvidence prose =
        ExtractionFixture.extract("Putin rejected Trump's peace plan on Monday.");
    assertThat(prose.events()).isNotEmpty();
  }

  @Test
  void actors_skipCapitalsUsedAsPlaces() {
    DocumentEvidence e = ExtractionFixture.extract("The talks were held in London on Monday.");
    assertThat(ids(e)).doesNotContain("GBR");
  }

  @Test
  void actors_findPeopleTheRegistryLacks_fromAnApposition() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "Ilona Vardanyan, a sanctions expert, said the ceasefire would hold. Vardanyan added"
                + " that talks were stalled.");
    FoundActor person =
        e.actors().stream()
            .filter(a -> a.id().value().equals("vardanyan"))
            .findFirst()
            .orElseThrow();
    assertThat(person.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(person.mentions()).contains("Ilona Vardanyan", "Vardanyan");
  }

  @Test
  void actors_resolveDescriptionsToTheOfficeHolder_onTheDocumentsDate() {
    DocumentEvidence e =
        ExtractionFixture.EXTRACTOR.extract(
            ExtractionFixture.document(
                "The American president spoke to the Ukrainian leader.", LocalDate.of(2023, 3, 1)));
    assertThat(ids(e)).contains("zelensky");
  }

  @Test
  void scenarioActors_takeOverTheRegistryEntriesTheyName() {
    EvidenceExtractor extractor =
        EvidenceExtractor.forScenario(
            List.of(
                new Actor(
                    ActorId.of("russia"),
                    "Russia",
                    ActorKind.STATE,
                    List.of(),
                    List.of("Kremlin"))),
            List.of());
    DocumentEvidence e =
        extractor.extract(ExtractionFixture.document("The Kremlin rejected the plan."));
    assertThat(ids(e)).containsExactly("russia");
    assertThat(e.events()).extracting(x -> x.sources().get(0).value()).contains("russia");
  }

  @Test
  void quotes_areAttributedAfterTheQuote_andByPronoun() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "Sergei Lavrov spoke in Geneva.\n\u201cWe are ready to talk,\u201d he said. \u201cBut not on"
                + " these terms.\u201d\n\"It is over,\" said Antony Blinken.");
    List<Quote> q = e.quotes();
    assertThat(q)
        .extracting(Quote::text)
        .containsExactly("We are ready to talk,", "But not on these terms.", "It is over,");
    assertThat(q)
        .extracting(x -> x.speaker() == null ? null : x.speaker().value())
        .containsExactly("lavrov", "lavrov", "blinken");
  }

  @Test
  void quotes_attributeToAnUnknownSurnameThatSpeaks() {
    DocumentEvidence e =
        ExtractionFixture.extract("Kowalczyk said: \u201cWe have been there before.\u201d");
    assertThat(e.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo(ActorId.of("kowalczyk")));
  }

  @Test
  void quotes_markUnattributedShortPhrasesAsScareQuotes() {
    DocumentEvidence e =
        ExtractionFixture.extract("The so-called \u201cpeace dividend\u201d never came.");
    assertThat(e.quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker()).isNull();
              assertThat(q.scareQuote()).isTrue();
            });
  }

  @Test
  void quotes_nestSingleMarksInsideDoubleOnes_butNotApostrophes() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "\u201cHe called it \u2018a trap\u2019 and Russia\u2019s offer,\u201d Macron said.");
    assertThat(e.quotes())
        .extracting(Quote::text, Quote::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "He called it \u2018a trap\u2019 and Russia\u2019s offer,", 0),
            org.assertj.core.groups.Tuple.tuple("a trap", 1));
  }

  @Test
  void quotes_inHeadingsAreNotExtracted() {
    DocumentEvidence e =
        ExtractionFixture.extract("# Putin says \u201cno\u201d\nThe talks continue.");
    assertThat(e.quotes()).isEmpty();
  }

  @Test
  void events_codeSourceActionTargetAndPlover() {
    EventMention e =
        only(
            ExtractionFixture.extract("Poland rejected Hungary's proposal on sanctions."),
            EventAction.REJECT);
    assertThat(e.sources()).containsExactly(ActorId.of("POL"));
    assertThat(e.targets()).containsExactly(ActorId.of("HUN"));
    assertThat(e.plover()).isEqualTo(PloverEvent.REJECT);
    assertThat(e.issue().value()).isEqualTo("sanctions");
    assertThat(e.isFactual()).isTrue();
  }

  @Test
  void events_flagNegationFutureAndHypotheses() {
    assertThat(
            only(ExtractionFixture.extract("Turkey did not threaten Greece."), EventAction.THREATEN)
                .negated())
        .isTrue();
    assertThat(
            only(
                    ExtractionFixture.extract("If Japan attacks China, the region will suffer."),
                    EventAction.ATTACK)
                .hypothetical())
        .isTrue();
    assertThat(
            only(
                    ExtractionFixture.extract("Germany will criticize France tomorrow."),
                    EventAction.CRITICIZE)
                .future())
        .isTrue();
  }

  @Test
  void events_takeTheAgentsOfAPassive() {
    EventMention e =
        only(
            ExtractionFixture.extract("The plan was rejected by Kyiv and Washington."),
            EventAction.REJECT);
    assertThat(e.sources()).containsExactly(ActorId.of("UKR"), ActorId.of("USA"));
  }

  @Test
  void events_codeAProposedMeetingAsAProposal() {
    DocumentEvidence e =
        ExtractionFixture.extract("Erdogan held a potential summit with Putin in view.");
    assertThat(e.events())
        .anySatisfy(
            x -> {
              assertThat(x.action()).isEqualTo(EventAction.PROPOSE);
              assertThat(x.plover()).isEqualTo(PloverEvent.AGREE);
            });
  }

  @Test
  void predictions_keepTheHorizonAndResolveItAgainstTheDocumentsDate() {
    DocumentEvidence e =
        ExtractionFixture.EXTRACTOR.extract(
            ExtractionFixture.document(
                "Olaf Scholz predicts the talks could resume within two weeks.",
                LocalDate.of(2024, 5, 1)));
    Prediction p = e.predictions().get(0);
    assertThat(p.who()).isEqualTo(ActorId.of("scholz"));
    assertThat(p.horizon()).isEqualTo("within two weeks");
    assertThat(p.resolvesBy()).isEqualTo(LocalDate.of(2024, 5, 15));
    assertThat(e.events()).anySatisfy(x -> assertThat(x.action()).isEqualTo(EventAction.PREDICT));
  }

  @Test
  void predictions_leaveOutAPersonsPromisesAboutTheirOwnActions() {
    DocumentEvidence e =
        ExtractionFixture.extract("\u201cWe will send more weapons,\u201d Starmer said.");
    assertThat(e.predictions()).isEmpty();
    assertThat(e.events()).anySatisfy(x -> assertThat(x.action()).isEqualTo(EventAction.PROPOSE));
  }

  @Test
  void numbers_keepUnitsAndWhatTheyCount_butSkipDatesAndYears() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "On May 16, 2025, they agreed to swap 1,000 prisoners and pledged $300 billion over"
                + " three years along a 1,000-kilometer front.");
    assertThat(e.numbers())
        .extracting(n -> n.text())
        .containsExactly("1,000", "$300 billion", "three years", "1,000-kilometer");
    assertThat(e.numbers().get(0).counts()).isEqualTo("prisoners");
    assertThat(e.numbers().get(1).unit()).isEqualTo("USD");
    assertThat(e.numbers().get(1).value()).isEqualTo(3e11);
    assertThat(e.numbers().get(3).unit()).isEqualTo("km");
    // "over" is no thing a sum counts
    assertThat(e.numbers().get(1).counts()).isNull();
  }

  @Test
  void numbers_countNoFunctionWordOrAdverb() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "The bloc will lend €90 billion instead of the assets, worth $300 billion worldwide,"
                + " and 40 tanks arrived, 12 recently.");
    assertThat(e.numbers())
        .extracting(n -> n.text())
        .containsExactly("€90 billion", "$300 billion", "40", "12");
    assertThat(e.numbers()).extracting(n -> n.counts()).containsExactly(null, null, "tanks", null);
  }

  @Test
  void positions_followFromFactualDemandsAndRejections() {
    DocumentEvidence e =
        ExtractionFixture.extract(
            "Moscow rejected any ceasefire. Kyiv demanded security guarantees.");
    assertThat(e.positions())
        .extracting(p -> p.actor().value() + " " + p.stance() + " " + p.issue().value())
        .contains("RUS REJECTS ceasefire", "UKR DEMANDS security_guarantees");
  }

  @Test
  void positions_linkToTheScenariosIssueAndTheOptionTheSentenceNames() {
    Issue nato =
        new Issue(
            IssueId.of("nato-membership"),
            "NATO membership for Ukraine",
            "Whether Ukraine may join NATO",
            List.of(
                new IssueOption("never", "permanent neutrality", 0),
                new IssueOption("join", "full membership", 100)),
            null);
    EvidenceExtractor extractor = EvidenceExtractor.forScenario(List.of(), List.of(nato));
    DocumentEvidence e =
        extractor.extract(
            ExtractionFixture.document(
                "Moscow demanded permanent neutrality and no NATO membership for Ukraine."));
    assertThat(e.positions())
        .anySatisfy(
            p -> {
              assertThat(p.actor()).isEqualTo(ActorId.of("RUS"));
              assertThat(p.issue()).isEqualTo(IssueId.of("nato-membership"));
              assertThat(p.option()).isEqualTo("never");
            });
  }

  @Test
  void events_takeTheScenariosIssue_whenTheSentenceNamesIt_notTheBuiltInList() {
    // an invented dispute whose issues are in no built-in vocabulary
    Issue cranes =
        new Issue(
            IssueId.of("crane-automation"),
            "Crane automation",
            "Whether the port automates its cranes",
            List.of(
                new IssueOption("manual", "cranes stay manual", 0),
                new IssueOption("automated", "automated cranes with retraining", 100)),
            null);
    Issue shifts =
        new Issue(
            IssueId.of("shift-length"),
            "Shift length",
            "How long a dock shift lasts",
            List.of(
                new IssueOption("eight", "eight-hour shifts", 0),
                new IssueOption("twelve", "twelve-hour shifts", 100)),
            null);
    EvidenceExtractor extractor = EvidenceExtractor.forScenario(List.of(), List.of(cranes, shifts));
    DocumentEvidence e =
        extractor.extract(
            ExtractionFixture.document(
                "Germany rejected the plan for automated cranes with retraining. France demanded"
                    + " twelve-hour shifts."));
    assertThat(e.events())
        .filteredOn(x -> x.sources().contains(ActorId.of("DEU")))
        .extracting(x -> x.issue() == null ? "none" : x.issue().value())
        .contains("crane-automation");
    assertThat(e.events())
        .filteredOn(x -> x.sources().contains(ActorId.of("FRA")))
        .extracting(x -> x.issue() == null ? "none" : x.issue().value())
        .contains("shift-length");
    // without the scenario, the same sentences keep the built-in issues
    assertThat(
            ExtractionFixture.extract(
                    "Germany rejected the plan for automated cranes with" + " retraining.")
                .events())
        .extracting(x -> x.issue() == null ? "none" : x.issue().value())
        .doesNotContain("crane-automation");
  }

  @Test
  void extraction_isDeterministic() {
    String text =
        "Trump urged Putin to accept a ceasefire, but Moscow refused. \u201cNo,\u201d Peskov said.";
    assertThat(ExtractionFixture.extract(text)).isEqualTo(ExtractionFixture.extract(text));
  }
}
