package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ingest.IngestDocuments;
import dev.parley.core.claim.Claim;
import dev.parley.core.claim.ClaimGroup;
import dev.parley.core.evidence.SourceKind;
import dev.parley.ingest.extract.EvidenceExtractor;
import dev.parley.store.workspace.Workspace;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley claims} on articles written here, two outlets disagreeing on whether a village was
 * taken, on when, and on a death toll; and on the seed articles, where the Kremlin's claims of
 * battlefield gains are set against independent and Ukrainian accounts.
 */
class ListClaimsTest {
  @TempDir Path dir;

  /** An article page with the metadata a news site prints: headline, outlet, date, author, URL. */
  static String page(
      String title, String outlet, String date, String author, String url, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return "<!doctype html><html><head><title>"
        + title
        + "</title>\n<meta property=\"og:title\" content=\""
        + title
        + "\">\n<meta property=\"og:site_name\" content=\""
        + outlet
        + "\">\n<meta property=\"article:published_time\" content=\""
        + date
        + "T09:00:00Z\">\n<meta name=\"author\" content=\""
        + author
        + "\">\n<meta property=\"og:url\" content=\""
        + url
        + "\">\n</head><body><article><h1>"
        + title
        + "</h1>\n"
        + body
        + "</article></body></html>\n";
  }

  /** Writes three invented articles about an invented village and returns their folder. */
  static Path inventedArticles(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        in.resolve("courier.html"),
        page(
            "Fighting in the east as talks stall",
            "Northern Courier",
            "2025-03-04",
            "Ana Petrova",
            "https://northern-courier.example/world/2025/03/04/east",
            "Russia's defence ministry said on Monday that its forces had captured the village of"
                + " Dubrava on 3 March.",
            "The ministry said 40 Ukrainian soldiers were killed near Dubrava.",
            "Negotiators from both sides are due to meet again next week, officials said, though"
                + " no venue has been agreed."),
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("wire.html"),
        page(
            "Analysis: the village that did not fall",
            "Eastern Wire",
            "2025-03-05",
            "Mark Hollis",
            "https://eastern-wire.example/analysis/2025/03/05/village",
            "Ukraine's general staff denied that Dubrava had been taken, saying its troops still"
                + " hold the village.",
            "It said 12 Ukrainian soldiers were killed near Dubrava.",
            "Claims from both capitals are hard to check, and reporters have little access to"
                + " the front."),
        StandardCharsets.UTF_8);
    Files.writeString(
        in.resolve("digest.html"),
        page(
            "Russia claims another village",
            "Harbour Digest",
            "2025-03-06",
            "Staff",
            "https://www.msn.com/en-gb/news/world/russia-claims-another-village",
            "Russian forces captured Dubrava on 1 March, the Russian defence ministry said.",
            "The statement gave no figure for losses on either side and was not confirmed by"
                + " anyone else."),
        StandardCharsets.UTF_8);
    return in;
  }

  private ListClaims.Result ingestAndList(Path articles, double tolerance) {
    Path ws = dir.resolve("ws");
    try (Workspace w = Workspace.open(ws)) {
      new IngestDocuments(EvidenceExtractor.withBuiltInRegistry())
          .run(w, List.of(articles), IngestDocuments.Listener.NONE);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return ListClaims.run(ws, tolerance);
  }

  private static ClaimGroup group(ListClaims.Result r, String subject) {
    return r.groups().stream()
        .filter(g -> g.subject().equals(subject))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "expected a group "
                        + subject
                        + " among "
                        + r.groups().stream().map(ClaimGroup::subject).toList()));
  }

  @Test
  void inventedArticles_twoOutletsDisagreeOnTheVillage_onItsDate_andOnTheDeathToll()
      throws IOException {
    ListClaims.Result r = ingestAndList(inventedArticles(dir), ListClaims.DEFAULT_TOLERANCE);
    assertThat(r.failed()).as(String.join("\n", r.messages())).isFalse();

    ClaimGroup village = group(r, "COERCE seize @ dubrava");
    assertThat(village.disagreement()).isTrue();
    assertThat(village.field()).isEqualTo("polarity");
    assertThat(village.fields()).containsExactly("polarity", "date");
    List<Claim> courier = byOutlet(village, "Northern Courier");
    List<Claim> wire = byOutlet(village, "Eastern Wire");
    assertThat(courier).isNotEmpty().allMatch(Claim::affirmed).allMatch(Claim::asserted);
    assertThat(courier).extracting(Claim::when).containsOnly("2025-03-03");
    assertThat(courier).extracting(Claim::claimant).containsOnly("RUS");
    assertThat(wire).isNotEmpty().noneMatch(Claim::affirmed);
    assertThat(wire).extracting(Claim::claimant).containsOnly("UKR");
    assertThat(byOutlet(village, "Harbour Digest"))
        .extracting(Claim::when)
        .containsOnly("2025-03-01");
    for (Claim c : village.claims()) {
      assertThat(c.place()).isEqualTo("Dubrava");
      assertThat(c.citation().sentence()).contains(c.cue()).contains("Dubrava");
      assertThat(c.citation().end()).isGreaterThan(c.citation().start());
      assertThat(c.citation().url()).startsWith("https://");
      assertThat(c.citation().published()).isNotNull();
      assertThat(c.citation().evidence()).matches("doc-[0-9a-f]{16}#[0-9]+");
    }

    ClaimGroup toll = group(r, "number soldier killed @ dubrava");
    assertThat(toll.fields()).containsExactly("value");
    assertThat(toll.claims()).extracting(Claim::value).containsExactlyInAnyOrder(40.0, 12.0);
    assertThat(toll.claims())
        .allSatisfy(
            c -> {
              assertThat(c.citation().evidence()).matches("doc-[0-9a-f]{16}#[0-9]+");
              assertThat(c.citation().extractor()).startsWith("number-extractor");
            });

    // The source profiles: a news report with its byline, a labelled analysis, an aggregator.
    assertThat(courier.get(0).citation().source().kind()).isEqualTo(SourceKind.NEWS_REPORT);
    assertThat(courier.get(0).citation().source().byline()).isEqualTo("Ana Petrova");
    assertThat(wire.get(0).citation().source().kind()).isEqualTo(SourceKind.ANALYSIS);
    assertThat(byOutlet(village, "Harbour Digest").get(0).citation().source().kind())
        .isEqualTo(SourceKind.AGGREGATOR);
    assertThat(village.claims())
        .allMatch(c -> c.citation().source().outletKnown() && c.citation().source().dateKnown());
  }

  @Test
  void aWiderTolerance_letsTheTollsAgree_butNotTheVillage() throws IOException {
    ListClaims.Result r = ingestAndList(inventedArticles(dir), 0.8);
    assertThat(group(r, "number soldier killed @ dubrava").disagreement()).isFalse();
    assertThat(group(r, "COERCE seize @ dubrava").fields()).containsExactly("polarity", "date");
  }

  @Test
  void seeds_setTheKremlinsBattlefieldClaimsAgainstIndependentAndUkrainianAccounts() {
    Path seeds = SharedData.resolve("corpus/seeds");
    ListClaims.Result r = ingestAndList(seeds, ListClaims.DEFAULT_TOLERANCE);
    assertThat(r.failed()).isFalse();
    List<ClaimGroup> taken =
        r.groups().stream()
            .filter(g -> g.subject().startsWith("COERCE seize @ ") && g.disagreement())
            .toList();
    assertThat(taken).as(r.table()).hasSizeGreaterThanOrEqualTo(2);
    List<String> places = new ArrayList<>();
    for (ClaimGroup g : taken) {
      places.add(g.claims().get(0).place());
      assertThat(g.field()).isEqualTo("polarity");
      // The Kremlin's side: Putin (or Russia) says the place was taken.
      assertThat(g.claims())
          .anyMatch(c -> c.affirmed() && List.of("putin", "RUS").contains(c.claimant()));
      // The other side: independent sources and Ukraine say it was not.
      assertThat(g.claims())
          .anyMatch(c -> !c.affirmed() && c.claimant().equals("independent sources"));
      assertThat(g.claims()).anyMatch(c -> !c.affirmed() && c.claimant().equals("UKR"));
      for (Claim c : g.claims()) {
        assertThat(c.citation().document()).matches("doc-[0-9a-f]{16}");
        assertThat(c.citation().sentence()).contains(c.cue()).contains(c.place());
        if (!c.claimantKind().equals("outlet")) {
          assertThat(c.citation().evidence()).as(c.toString()).isNotNull();
        }
      }
    }
    assertThat(places).contains("Kupyansk", "Pokrovsk");
  }

  private static List<Claim> byOutlet(ClaimGroup g, String outlet) {
    return g.claims().stream().filter(c -> outlet.equals(c.citation().outlet())).toList();
  }
}
