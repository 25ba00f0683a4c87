package dev.parley.store.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evidence.EventMention;
import dev.parley.core.evidence.ExtractedItem;
import dev.parley.core.evidence.Quote;
import dev.parley.ingest.extract.DocumentEvidence;
import dev.parley.store.evidence.EvidencePage;
import dev.parley.store.evidence.EvidenceQuery;
import dev.parley.store.evidence.EvidenceType;
import dev.parley.store.evidence.StoredEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path dir;

  @Test
  void open_createsTheFolderAndMigratesToTheCurrentSchema() throws Exception {
    Path folder = dir.resolve("nested/.parley");
    try (Workspace ws = Workspace.open(folder)) {
      assertThat(ws.schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
      assertThat(ws.documentCount()).isZero();
    }
    assertThat(folder.resolve("workspace.mv.db")).exists();
    assertThat(folder.resolve("index")).isDirectory();
  }

  @Test
  void store_isIdempotent_sameContentGivesNoNewRows() throws Exception {
    DocumentEvidence first = Fixtures.evidence(1);
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of("a"), "test");
      assertThat(ws.store(first, run)).isTrue();
      assertThat(ws.store(first, run)).isFalse();
      assertThat(ws.store(Fixtures.evidence(1), run)).isFalse();
      assertThat(ws.documentCount()).isEqualTo(1);
    }
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of("a"), "test");
      assertThat(ws.store(first, run)).isFalse();
      assertThat(ws.documentCount()).isEqualTo(1);
      int items = ws.evidenceCounts().values().stream().mapToInt(Integer::intValue).sum();
      assertThat(items).isEqualTo(first.items().size());
    }
  }

  @Test
  void storedItems_readBackEqualWithTheirProvenanceAndCitation() throws Exception {
    DocumentEvidence evidence = Fixtures.evidence(2);
    try (Workspace ws = Workspace.open(dir)) {
      ws.store(evidence, ws.startRun(List.of(), "test"));
      List<StoredEvidence> all =
          ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.values())));
      assertThat(all).extracting(StoredEvidence::item).containsExactlyElementsOf(evidence.items());
      StoredEvidence first = all.get(0);
      assertThat(first.id()).isEqualTo(evidence.document().id().value() + "#0");
      assertThat(first.citation().title()).isEqualTo("Talks round 2");
      assertThat(first.citation().outlet()).isEqualTo("Parley Test Wire");
      assertThat(first.citation().published()).isEqualTo(LocalDate.of(2025, 8, 3));
      for (StoredEvidence e : all) {
        assertThat(e.sentence())
            .isEqualTo(e.item().provenance().sentence().of(evidence.document().text()));
        assertThat(e.citation().format()).contains(e.citation().document().value());
      }
      assertThat(ws.document(evidence.document().id())).contains(evidence.document());
      assertThat(ws.actors(evidence.document().id())).isEqualTo(evidence.actors());
    }
  }

  @Test
  void find_filtersByActorIssueActionTypeAndDate() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of(), "test");
      for (int i = 1; i <= 3; i++) {
        ws.store(Fixtures.evidence(i), run);
      }
      List<StoredEvidence> quotes =
          ws.find(EvidenceQuery.all().withTypes(Set.of(EvidenceType.QUOTE)));
      assertThat(quotes).hasSize(3);
      assertThat(quotes)
          .allSatisfy(q -> assertThat(((Quote) q.item()).speaker().value()).isEqualTo("putin"));

      List<StoredEvidence> byPutin = ws.find(EvidenceQuery.all().withActor("PUTIN"));
      assertThat(byPutin).isNotEmpty();
      assertThat(ws.find(EvidenceQuery.all().withActor("Vladimir Putin"))).hasSameSizeAs(byPutin);

      List<StoredEvidence> rejections = ws.find(EvidenceQuery.all().withAction("reject"));
      assertThat(rejections).isNotEmpty();
      assertThat(rejections)
          .allSatisfy(
              e -> {
                if (e.item() instanceof EventMention m) {
                  assertThat(m.action().label()).isEqualTo("reject");
                }
              });

      List<StoredEvidence> sanctions =
          ws.find(EvidenceQuery.all().withIssue("sanctions").withTypes(Set.of(EvidenceType.EVENT)));
      assertThat(sanctions).hasSize(3);

      List<StoredEvidence> dated =
          ws.find(
              EvidenceQuery.all().withDates(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 8, 3)));
      assertThat(dated).isNotEmpty();
      assertThat(dated)
          .allSatisfy(
              e -> assertThat(e.citation().published()).isEqualTo(LocalDate.of(2025, 8, 3)));

      assertThat(ws.find(EvidenceQuery.all().withLimit(2))).hasSize(2);
      assertThat(ws.find(EvidenceQuery.all().withActor("nobody-at-all"))).isEmpty();
    }
  }

  @Test
  void searchPage_countsEveryItemTheQuerySelectsBeforeTheLimit() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of(), "test");
      for (int i = 1; i <= 3; i++) {
        ws.store(Fixtures.evidence(i), run);
      }
      List<EvidenceQuery> queries =
          List.of(
              EvidenceQuery.all(),
              EvidenceQuery.all().withTypes(Set.of(EvidenceType.values())),
              EvidenceQuery.all().withTypes(Set.of(EvidenceType.MENTION)),
              EvidenceQuery.all().withActor("putin"),
              EvidenceQuery.all().withIssue("sanctions"),
              EvidenceQuery.all().withSearch("ceasefire"),
              EvidenceQuery.all().withTypes(Set.of(EvidenceType.values())).withSearch("ceasefire"));
      for (EvidenceQuery query : queries) {
        int all = ws.search(query).size();
        assertThat(all).as(query.toString()).isGreaterThan(2);
        EvidencePage whole = ws.searchPage(query);
        assertThat(whole.total()).as(query.toString()).isEqualTo(all);
        assertThat(whole.isCut()).isFalse();
        EvidencePage cut = ws.searchPage(query.withLimit(2));
        assertThat(cut.items()).hasSize(2);
        assertThat(cut.total()).as(query.toString()).isEqualTo(all);
        assertThat(cut.isCut()).isTrue();
        assertThat(cut.items()).isEqualTo(whole.items().subList(0, 2));
      }
    }
  }

  @Test
  void find_withSearch_matchesStemmedWordsInTheSentence() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of(), "test");
      ws.store(Fixtures.evidence(1), run);
      ws.store(Fixtures.evidence(2), run);
      List<StoredEvidence> hits = ws.find(EvidenceQuery.all().withSearch("rejects ceasefire"));
      assertThat(hits).isNotEmpty();
      assertThat(hits).allSatisfy(h -> assertThat(h.sentence()).contains("rejected the ceasefire"));
      assertThat(ws.find(EvidenceQuery.all().withSearch("zeppelin"))).isEmpty();
      assertThat(ws.find(EvidenceQuery.all().withSearch("\"new sanctions\" AND (Zelensky")))
          .isNotEmpty();
      assertThat(ws.searchDocuments("round 2", 10)).isNotEmpty();
    }
  }

  @Test
  void open_rebuildsAMissingIndexFromTheDatabase() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId run = ws.startRun(List.of(), "test");
      ws.store(Fixtures.evidence(1), run);
      ws.store(Fixtures.evidence(2), run);
    }
    try (var files = Files.walk(dir.resolve("index"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.repairedOnOpen()).isEqualTo(2);
      assertThat(ws.find(EvidenceQuery.all().withSearch("prisoners"))).isNotEmpty();
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.repairedOnOpen()).isZero();
    }
  }

  @Test
  void open_refusesAWorkspaceThatIsAlreadyOpen() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      assertThatThrownBy(() -> Workspace.open(dir))
          .isInstanceOf(WorkspaceException.class)
          .satisfies(
              e -> assertThat(((WorkspaceException) e).code()).isEqualTo("workspace-locked"));
    }
  }

  @Test
  void open_reportsAFolderThatCannotBeCreated() throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThatThrownBy(() -> Workspace.open(file.resolve("ws")))
        .isInstanceOf(WorkspaceException.class)
        .satisfies(
            e -> {
              WorkspaceException w = (WorkspaceException) e;
              assertThat(w.code()).isEqualTo("workspace-unwritable");
              assertThat(w.format())
                  .contains(": error: [workspace-unwritable] expected")
                  .contains("not a directory")
                  .doesNotContain("Exception");
            });
  }

  @Test
  void runs_areRecordedAndAnUnfinishedRunIsMarkedInterrupted() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      RunId done = ws.startRun(List.of("in/a.txt", "in/b"), "test 1");
      ws.finishRun(done, new RunCounts(2, 1, 1, 0, 0), List.of());
      ws.startRun(List.of("in/c"), "test 1");
    }
    try (Workspace ws = Workspace.open(dir)) {
      List<IngestionRun> runs = ws.runs();
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).status()).isEqualTo("finished");
      assertThat(runs.get(0).inputs()).containsExactly("in/a.txt", "in/b");
      assertThat(runs.get(0).counts()).isEqualTo(new RunCounts(2, 1, 1, 0, 0));
      assertThat(runs.get(1).status()).isEqualTo("interrupted");
    }
  }

  @Test
  void everyItemType_isStoredWithItsColumns() throws Exception {
    DocumentEvidence evidence = Fixtures.evidence(3);
    assertThat(evidence.items().stream().map(EvidenceType::of).distinct())
        .contains(
            EvidenceType.MENTION, EvidenceType.QUOTE, EvidenceType.EVENT, EvidenceType.NUMBER);
    try (Workspace ws = Workspace.open(dir)) {
      ws.store(evidence, ws.startRun(List.of(), "test"));
      for (EvidenceType t : EvidenceType.values()) {
        long expected = evidence.items().stream().map(EvidenceType::of).filter(t::equals).count();
        assertThat(ws.evidenceCounts().get(t)).as(t.label()).isEqualTo((int) expected);
        List<ExtractedItem> found =
            ws.find(EvidenceQuery.all().withTypes(Set.of(t))).stream()
                .map(StoredEvidence::item)
                .toList();
        assertThat(found).hasSize((int) expected);
      }
    }
  }

  @Test
  void open_refusesAWorkspaceOfANewerSchema() throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.schemaVersion()).isEqualTo(Workspace.SCHEMA_VERSION);
    }
    org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
    source.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("workspace"));
    source.setUser("parley");
    source.setPassword("");
    try (java.sql.Connection c = source.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
              + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
              + " \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL',"
              + " 'V99__future.sql', 0, 'test', 0, TRUE)");
    }
    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .satisfies(
            e -> {
              WorkspaceException w = (WorkspaceException) e;
              assertThat(w.code()).isEqualTo("workspace-version");
              assertThat(w.getMessage()).contains("version 99");
            });
  }

  @Test
  void open_reportsADamagedDatabaseFile() throws Exception {
    Files.write(
        dir.resolve("workspace.mv.db"),
        "this is not an H2 database".repeat(400).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .satisfies(e -> assertThat(((WorkspaceException) e).code()).isEqualTo("workspace-corrupt"));
  }

  @Test
  void missing_namesTheFolderAndTheFix() {
    WorkspaceException e = Workspace.missing(dir.resolve("nowhere"));
    assertThat(e.code()).isEqualTo("workspace-missing");
    assertThat(e.format())
        .contains("nowhere: error: [workspace-missing]")
        .contains("parley ingest");
    assertThat(Workspace.exists(dir.resolve("nowhere"))).isFalse();
  }

  @Test
  void store_keepsABodyOfMillionsOfCharacters() throws Exception {
    String paragraph = "Negotiators met again in Geneva and talked late into the night. ";
    var doc =
        Fixtures.document(
            "huge.txt",
            List.of(paragraph.repeat(3_000_000 / paragraph.length())),
            dev.parley.ingest.document.DocumentMetadata.none());
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(
              ws.store(
                  new DocumentEvidence(doc, List.of(), List.of()), ws.startRun(List.of(), "t")))
          .isTrue();
    }
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.document(doc.id()))
          .hasValueSatisfying(d -> assertThat(d.text()).hasSize(doc.text().length()));
    }
  }
}
