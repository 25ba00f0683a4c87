package dev.parley.store.workspace;

import dev.parley.ingest.source.IngestDiagnostic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The workspace's log of ingestion runs (ADR 0012, the workspace's parts): a run is recorded when
 * it starts, its counts and diagnostics when it ends, and a run a killed process left running is
 * marked interrupted when the workspace is next opened. {@link Workspace} delegates to it.
 */
final class RunLog {
  private final Connection db;
  private final Supplier<OffsetDateTime> now;
  private final StoreFailures failures;
  private final Runnable afterEnd;

  /**
   * @param afterEnd what to do once a run's end is committed (the workspace commits its index)
   */
  RunLog(Connection db, Supplier<OffsetDateTime> now, StoreFailures failures, Runnable afterEnd) {
    this.db = Objects.requireNonNull(db, "db");
    this.now = Objects.requireNonNull(now, "now");
    this.failures = Objects.requireNonNull(failures, "failures");
    this.afterEnd = Objects.requireNonNull(afterEnd, "afterEnd");
  }

  /**
   * Records the start of an ingestion run, committed at once with the status {@code running}: each
   * document {@link Workspace#store stored} for it then counts towards it, so a run that never
   * reaches {@link Workspace#finishRun} or {@link Workspace#interruptRun} still shows what it
   * stored, as {@code interrupted}, when the workspace is next opened.
   */
  RunId start(List<String> inputs, String extractor) {
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO ingestion_run (started_at, status, inputs, extractor)"
                + " VALUES (?, 'running', ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setObject(1, now.get());
      st.setString(2, String.join("\n", inputs));
      st.setString(3, extractor);
      st.executeUpdate();
      long id;
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      db.commit();
      return new RunId(id);
    } catch (SQLException e) {
      throw failures.write(e, "record the start of an ingestion run", "nothing was stored");
    }
  }

  /** Records the end of a run with its status, counts and diagnostics, then commits the index. */
  void end(RunId run, String status, RunCounts counts, List<IngestDiagnostic> diagnostics) {
    String kept =
        "the documents this run stored are kept, and the run shows as interrupted when the"
            + " workspace is next opened";
    try (PreparedStatement st =
            db.prepareStatement(
                "UPDATE ingestion_run SET finished_at = ?, status = ?,"
                    + " documents_read = ?, documents_stored = ?, skipped_duplicate = ?,"
                    + " skipped_present = ?, failed = ? WHERE id = ?");
        PreparedStatement diag =
            db.prepareStatement(
                "INSERT INTO run_diagnostic (run_id, ordinal, file, line, col, entry, code,"
                    + " message, hint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setObject(1, now.get());
      st.setString(2, status);
      st.setInt(3, counts.read());
      st.setInt(4, counts.stored());
      st.setInt(5, counts.duplicates());
      st.setInt(6, counts.alreadyPresent());
      st.setInt(7, counts.failed());
      st.setLong(8, run.value());
      st.executeUpdate();
      int ordinal = 0;
      for (IngestDiagnostic d : diagnostics) {
        diag.setLong(1, run.value());
        diag.setInt(2, ordinal++);
        diag.setString(3, d.file());
        diag.setInt(4, d.line());
        diag.setInt(5, d.column());
        diag.setString(6, d.entry());
        diag.setString(7, d.code());
        diag.setString(8, d.message());
        diag.setString(9, d.hint());
        diag.addBatch();
      }
      if (ordinal > 0) {
        diag.executeBatch();
      }
      db.commit();
    } catch (SQLException e) {
      throw failures.write(e, "record the end of ingestion run " + run.value(), kept);
    }
    afterEnd.run();
  }

  /** Returns every run, oldest first. */
  List<IngestionRun> all() {
    List<IngestionRun> runs = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, started_at, finished_at, status, inputs, extractor, documents_read,"
                    + " documents_stored, skipped_duplicate, skipped_present, failed"
                    + " FROM ingestion_run ORDER BY id")) {
      while (rs.next()) {
        OffsetDateTime finished = rs.getObject(3, OffsetDateTime.class);
        String inputs = rs.getString(5);
        runs.add(
            new IngestionRun(
                new RunId(rs.getLong(1)),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString(4),
                inputs.isEmpty() ? List.of() : List.of(inputs.split("\n", -1)),
                rs.getString(6),
                new RunCounts(
                    rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11))));
      }
    } catch (SQLException e) {
      throw failures.read(e);
    }
    return runs;
  }

  /** Marks the runs a killed process left {@code running} as {@code interrupted}. */
  static void markInterrupted(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.executeUpdate("UPDATE ingestion_run SET status = 'interrupted' WHERE status = 'running'");
    }
    db.commit();
  }
}
