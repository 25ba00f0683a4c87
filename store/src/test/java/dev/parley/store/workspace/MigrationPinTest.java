package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evidence.DocumentId;
import dev.parley.core.evidence.Quote;
import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.LedgerKey;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.Resolution;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored-format pin: a workspace written at schema version 1, by the V1 script alone and rows
 * in V1's layout, still opens after every later migration, and its evidence reads back.
 *
 * <p>The V1 database is built here from the V1 migration (Flyway with {@code target 1}) rather than
 * checked in as a binary file, so the fixture is readable SQL. The rows below are written in V1's
 * layout and must never change: when a later migration changes a table, this test shows whether old
 * workspaces still open. Each later migration adds here what it brings to an old workspace (V2: the
 * ledger's resolutions, empty, and writable; V3: its recorded entries, none; V4: references longer
 * than 100 characters).
 */
class MigrationPinTest {
  @TempDir Path dir;

  private static final String V1_ROWS =
      """
      INSERT INTO ingestion_run (id, started_at, finished_at, status, inputs, extractor,
          documents_read, documents_stored)
        VALUES (1, TIMESTAMP WITH TIME ZONE '2025-08-20 10:00:00+00',
          TIMESTAMP WITH TIME ZONE '2025-08-20 10:00:05+00', 'finished', 'seed.txt', 'v1', 1, 1);
      INSERT INTO document (id, content_hash, origin, format, title, author, published, outlet,
          url, language, body, blocks, ingested_at, run_id)
        VALUES ('doc-00000000000000v1', '%s', 'seed.txt', 'TEXT', 'Pinned article', NULL,
          DATE '2025-08-19', 'Pin Wire', NULL, 'en',
          'Putin said: "We will not give up Donbas." Talks ended.',
          '[[0,54,"PARAGRAPH"]]', TIMESTAMP WITH TIME ZONE '2025-08-20 10:00:01+00', 1);
      INSERT INTO document_actor (document_id, ordinal, actor_id, name, kind, code, affiliation,
          known, actor, mention_count, items)
        VALUES ('doc-00000000000000v1', 0, 'putin', 'Vladimir Putin', 'PERSON', 'RUS', 'RUS', TRUE,
          '{"id":"putin","name":"Vladimir Putin","kind":"person","code":"RUS","affiliation":"RUS","known":true,"mentions":["Putin"]}',
          1,
          '[{"ordinal":0,"type":"mention","actor":"putin","text":"Putin","kind":"name","provenance":{"document":"doc-00000000000000v1","span":{"start":0,"end":5},"sentence":{"start":0,"end":41},"extractor":"actor-recognizer","version":"1","confidence":0.9}}]');
      INSERT INTO evidence (document_id, ordinal, type, actor, target, actors, issue, action, mode,
          factual, span_start, span_end, sentence_start, sentence_end, extractor,
          extractor_version, confidence, payload)
        VALUES ('doc-00000000000000v1', 1, 'quote', 'putin', NULL, '|putin|', NULL, NULL, NULL,
          TRUE, 13, 40, 0, 41, 'quote-extractor', '1', 0.9,
          '{"type":"quote","text":"We will not give up Donbas.","speaker":"putin","cue":"said","scare_quote":false,"depth":0,"provenance":{"document":"doc-00000000000000v1","span":{"start":13,"end":40},"sentence":{"start":0,"end":41},"extractor":"quote-extractor","version":"1","confidence":0.9}}');
      """;

  @Test
  void workspaceWrittenAtVersion1_opensAfterEveryLaterMigration() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("workspace"));
    source.setUser("parley");
    source.setPassword("");
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    String body = "Putin said: \"We will not give up Donbas.\" Talks ended.";
    try (Connection c = source.getConnection();
        Statement st = c.createStatement()) {
      for (String sql : V1_ROWS.formatted(DocumentWriter.contentHash(body)).split(";\n")) {
        if (!sql.isBlank()) {
          st.execute(sql);
        }
      }
    }

    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
      assertThat(ws.repairedOnOpen()).as("the index is built from the old rows").isEqualTo(1);
      DocumentId id = new DocumentId("doc-00000000000000v1");
      assertThat(ws.document(id)).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo(body));
      List<StoredEvidence> quotes =
          ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.QUOTE)).withActor("putin"));
      assertThat(quotes)
          .singleElement()
          .satisfies(
              q -> {
                assertThat(((Quote) q.item()).text()).isEqualTo("We will not give up Donbas.");
                assertThat(q.citation().format()).contains("Pin Wire").contains("2025-08-19");
                assertThat(q.id()).isEqualTo("doc-00000000000000v1#1");
                assertThat(q.sentence()).isEqualTo("Putin said: \"We will not give up Donbas.\"");
              });
      assertThat(ws.find(EvidenceQuery.all().withSearch("donbas"))).hasSize(1);
      assertThat(
              ws.find(
                  EvidenceQuery.all()
                      .withTypes(Set.of(EvidenceType.MENTION))
                      .withActor("Vladimir Putin")))
          .singleElement()
          .satisfies(m -> assertThat(m.id()).isEqualTo("doc-00000000000000v1#0"));
      assertThat(ws.evidenceCounts().get(EvidenceType.MENTION)).isEqualTo(1);
      assertThat(ws.runs())
          .singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo("finished"));
      // V2: the ledger's resolutions start empty, and the V1 quote can be cited as a source.
      assertThat(ws.ledger().count()).isZero();
      // V3: no entry is recorded.
      assertThat(ws.ledger().recorded()).isEmpty();
      Citation quote = ws.ledger().cite("doc-00000000000000v1#1").orElseThrow();
      assertThat(quote.outlet()).isEqualTo("Pin Wire");
      LedgerEntryId entry = LedgerKey.of("Putin", "We will not give up Donbas").id();
      ws.ledger()
          .resolve(
              entry, Resolution.of(Outcome.FALSE, LocalDate.of(2025, 9, 1), List.of(quote)), null);
      // V4: a market's reference outgrows V2's 100 characters
      String longReference = "forecastbench:polymarket/0x" + "ab".repeat(40) + "@2024-07-28";
      assertThat(longReference.length()).isGreaterThan(100);
      ws.ledger()
          .resolve(
              LedgerKey.of("polymarket", "Will it rain?").id(),
              Resolution.of(
                  Outcome.TRUE,
                  LocalDate.of(2024, 7, 28),
                  List.of(new Citation("forecastbench:r.json", longReference, "ForecastBench"))),
              null);
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.ledger().resolutions())
          .containsOnlyKeys(
              LedgerKey.of("Putin", "We will not give up Donbas").id(),
              LedgerKey.of("polymarket", "Will it rain?").id());
    }
  }
}
