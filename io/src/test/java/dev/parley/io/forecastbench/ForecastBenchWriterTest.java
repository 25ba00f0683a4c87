package dev.parley.io.forecastbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Resolution;
import dev.parley.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastBenchWriterTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void sharedSet_writtenAndReadBack_givesTheSameEntries() throws IOException {
    Path resolutions = SharedData.resolve("data/forecastbench/2024-07-21_resolution_set.json");
    ForecastBenchSet set =
        ForecastBenchReader.read(
                SharedData.resolve("data/forecastbench/2024-07-21-human.json"), resolutions)
            .orElseThrow();
    Path q =
        write("q.json", ForecastBenchWriter.questionSet(set.entries(), "2024-07-21-human.json"));
    Path r =
        write(
            resolutions.getFileName().toString(),
            ForecastBenchWriter.resolutionSet(set.entries(), "2024-07-21-human.json"));
    ForecastBenchSet again = ForecastBenchReader.read(q, r).orElseThrow();
    assertThat(again.entries()).isEqualTo(set.entries());
    assertThat(again.referenceValueQuestions()).isZero();
    assertThat(again.combinationRows()).isZero();
  }

  @Test
  void ledgerEntries_fromText_roundTripUnderTheParleySource() throws IOException {
    LocalDate made = LocalDate.of(2025, 8, 19);
    LedgerEntry summit =
        LedgerEntry.of(
            "Emmanuel Macron",
            "a trilateral summit will take place",
            PredictionKind.FORECAST,
            made,
            "within three weeks",
            LocalDate.of(2025, 9, 9),
            List.of("will"),
            0.9,
            ProbabilityBasis.HEDGE,
            List.of(new Citation("https://example.org/a", "ev-1", "Example")));
    LedgerEntry meeting =
        LedgerEntry.of(
                "Friedrich Merz",
                "a bilateral meeting will take place",
                PredictionKind.FORECAST,
                made,
                "within two weeks",
                LocalDate.of(2025, 9, 2),
                List.of("will"),
                0.9,
                ProbabilityBasis.HEDGE,
                List.of(new Citation("https://example.org/b", null, null)))
            .withResolution(
                Resolution.of(
                    Outcome.FALSE,
                    LocalDate.of(2025, 9, 2),
                    List.of(Citation.of("https://example.org/c"))));
    String questions = ForecastBenchWriter.questionSet(List.of(summit, meeting), "parley.json");
    String rows = ForecastBenchWriter.resolutionSet(List.of(summit, meeting), "parley.json");
    assertThat(questions)
        .contains("\"source\" : \"parley\"")
        .contains("\"id\" : \"" + summit.id() + "\"");
    assertThat(rows).contains("\"resolved\" : false").contains("\"resolved_to\" : 0.0");
    ForecastBenchSet set =
        ForecastBenchReader.read(write("q.json", questions), write("r.json", rows)).orElseThrow();
    assertThat(set.entries()).hasSize(2);
    assertThat(set.entries())
        .extracting(
            LedgerEntry::probability, LedgerEntry::resolvesOn, e -> e.resolution().outcome())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(0.9, LocalDate.of(2025, 9, 9), Outcome.UNRESOLVED),
            org.assertj.core.groups.Tuple.tuple(0.9, LocalDate.of(2025, 9, 2), Outcome.FALSE));
  }
}
