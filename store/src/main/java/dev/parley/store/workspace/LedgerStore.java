package dev.parley.store.workspace;

import dev.parley.core.ledger.Citation;
import dev.parley.core.ledger.DateBasis;
import dev.parley.core.ledger.LedgerEntry;
import dev.parley.core.ledger.LedgerEntryId;
import dev.parley.core.ledger.Outcome;
import dev.parley.core.ledger.PredictionKind;
import dev.parley.core.ledger.ProbabilityBasis;
import dev.parley.core.ledger.Resolution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's part that keeps the prediction ledger's records (docs/ledger.md): what became of
 * an entry (its resolution, with its sources and a note), in the tables of migration V2, and the
 * entries that are not derived from the evidence (Parley's own forecasts), in migration V3's.
 *
 * <p>Entries of the evidence are not stored: they are derived from it on every read, with ids
 * stable across runs, and a resolution refers to its entry by that id. Obtained from {@link
 * Workspace#ledger()}; like the workspace, for one thread.
 */
public final class LedgerStore {
  private final Connection db;
  private final Supplier<OffsetDateTime> now;
  private final StoreFailures failures;

  /** How the workspace turns an SQL failure into the exception to throw. */
  LedgerStore(Connection db, Supplier<OffsetDateTime> now, StoreFailures failures) {
    this.db = Objects.requireNonNull(db, "db");
    this.now = Objects.requireNonNull(now, "now");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /**
   * A resolution as stored.
   *
   * @param entry the ledger entry it settles
   * @param resolution the outcome, its date and its sources (never unresolved)
   * @param note the analyst's note, or null
   * @param recordedAt when it was recorded
   */
  public record StoredResolution(
      LedgerEntryId entry,
      Resolution resolution,
      @Nullable String note,
      OffsetDateTime recordedAt) {
    /** Validates the fields. */
    public StoredResolution {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(resolution, "resolution");
      Objects.requireNonNull(recordedAt, "recordedAt");
    }
  }

  /**
   * Records a resolution, replacing any earlier one of the same entry, in one transaction.
   *
   * @param resolution a decided outcome ({@code TRUE}, {@code FALSE} or {@code VOID}) with at least
   *     one source
   * @param note the analyst's note, or null
   * @return the resolution replaced, if there was one
   */
  public Optional<StoredResolution> resolve(
      LedgerEntryId entry, Resolution resolution, @Nullable String note) {
    if (resolution.outcome() == Outcome.UNRESOLVED || resolution.evidence().isEmpty()) {
      throw new IllegalArgumentException(
          "expected a decided outcome with at least one source, but found "
              + resolution.outcome()
              + " with "
              + resolution.evidence().size()
              + " sources");
    }
    Optional<StoredResolution> before = resolution(entry);
    try (PreparedStatement delete =
            db.prepareStatement("DELETE FROM ledger_resolution WHERE entry_id = ?");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO ledger_resolution (entry_id, outcome, resolved_on, note,"
                    + " recorded_at) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement source =
            db.prepareStatement(
                "INSERT INTO ledger_resolution_evidence (entry_id, ordinal, document, evidence,"
                    + " outlet) VALUES (?, ?, ?, ?, ?)")) {
      delete.setString(1, entry.value());
      delete.executeUpdate();
      insert.setString(1, entry.value());
      insert.setString(2, resolution.outcome().name().toLowerCase(Locale.ROOT));
      insert.setObject(3, resolution.resolvedOn());
      insert.setString(4, note);
      insert.setObject(5, now.get());
      insert.executeUpdate();
      int ordinal = 0;
      for (Citation c : resolution.evidence()) {
        source.setString(1, entry.value());
        source.setInt(2, ordinal++);
        source.setString(3, c.document());
        source.setString(4, c.evidence());
        source.setString(5, c.outlet());
        source.addBatch();
      }
      source.executeBatch();
      db.commit();
    } catch (SQLException e) {
      throw failures.write(
          e, "record the resolution of " + entry, "the ledger's earlier records are kept");
    }
    return before;
  }

  /** Returns the stored resolution of an entry, if any. */
  public Optional<StoredResolution> resolution(LedgerEntryId entry) {
    return Optional.ofNullable(read(entry).get(entry));
  }

  /** Returns every stored resolution, by entry id. */
  public Map<LedgerEntryId, StoredResolution> resolutions() {
    return read(null);
  }

  private Map<LedgerEntryId, StoredResolution> read(@Nullable LedgerEntryId only) {
    String where = only == null ? "" : " WHERE entry_id = ?";
    Map<LedgerEntryId, List<Citation>> sources = new LinkedHashMap<>();
    Map<LedgerEntryId, StoredResolution> found = new TreeMap<>();
    try (PreparedStatement ev =
            db.prepareStatement(
                "SELECT entry_id, document, evidence, outlet FROM ledger_resolution_evidence"
                    + where
                    + " ORDER BY entry_id, ordinal");
        PreparedStatement rows =
            db.prepareStatement(
                "SELECT entry_id, outcome, resolved_on, note, recorded_at FROM ledger_resolution"
                    + where
                    + " ORDER BY entry_id")) {
      if (only != null) {
        ev.setString(1, only.value());
        rows.setString(1, only.value());
      }
      try (ResultSet rs = ev.executeQuery()) {
        while (rs.next()) {
          sources
              .computeIfAbsent(new LedgerEntryId(rs.getString(1)), k -> new ArrayList<>())
              .add(new Citation(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      try (ResultSet rs = rows.executeQuery()) {
        while (rs.next()) {
          LedgerEntryId id = new LedgerEntryId(rs.getString(1));
          Outcome outcome = Outcome.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
          LocalDate on = rs.getObject(3, LocalDate.class);
          found.put(
              id,
              new StoredResolution(
                  id,
                  Resolution.of(outcome, on, sources.getOrDefault(id, List.of())),
                  rs.getString(4),
                  rs.getObject(5, OffsetDateTime.class)));
        }
      }
    } catch (SQLException e) {
      throw failures.read(e);
    }
    return found;
  }

  /**
   * Returns the citation of a workspace document or evidence item, with its document's outlet: an
   * evidence id ({@code doc-…#n}, an item other than a mention) or a document id ({@code doc-…}).
   * Empty when the workspace holds no such document or item.
   */
  public Optional<Citation> cite(String reference) {
    int hash = reference.indexOf('#');
    String document = hash < 0 ? reference : reference.substring(0, hash);
    Integer ordinal = null;
    if (hash >= 0) {
      try {
        ordinal = Integer.parseInt(reference.substring(hash + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    String sql =
        ordinal == null
            ? "SELECT outlet FROM document WHERE id = ?"
            : "SELECT d.outlet FROM evidence e JOIN document d ON d.id = e.document_id"
                + " WHERE e.document_id = ? AND e.ordinal = ?";
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setString(1, document);
      if (ordinal != null) {
        st.setInt(2, ordinal);
      }
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Citation(document, ordinal == null ? null : reference, rs.getString(1)));
      }
    } catch (SQLException e) {
      throw failures.read(e);
    }
  }

  /**
   * A recorded entry with how its probability was computed.
   *
   * @param entry the entry, unresolved (its resolution is kept apart, as every entry's)
   * @param method how the probability was computed: the model, its runs and seed
   */
  public record RecordedEntry(LedgerEntry entry, String method, OffsetDateTime recordedAt) {
    /** Validates the fields. */
    public RecordedEntry {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(recordedAt, "recordedAt");
    }
  }

  /**
   * Records an entry with exactly one citation, unless one with the same id is recorded already:
   * the first record of a prediction is kept, as {@link dev.parley.core.ledger.Ledger#merge} keeps
   * the earliest report.
   *
   * @return the entry already recorded with this id, if there was one (then nothing is written)
   */
  public Optional<RecordedEntry> record(LedgerEntry entry, String method) {
    if (entry.citations().size() != 1 || entry.resolution().outcome() != Outcome.UNRESOLVED) {
      throw new IllegalArgumentException(
          "expected an unresolved entry with one citation, but found "
              + entry.citations().size()
              + " citations and "
              + entry.resolution().outcome());
    }
    Optional<RecordedEntry> before = recorded(entry.id());
    if (before.isPresent()) {
      return before;
    }
    Citation c = entry.citations().getFirst();
    try (PreparedStatement st =
        db.prepareStatement(
            "INSERT INTO ledger_entry (id, who, what, kind, made_on, horizon, resolves_on,"
                + " probability, basis, document, evidence, outlet, method, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, entry.id().value());
      st.setString(2, entry.who());
      st.setString(3, entry.what());
      st.setString(4, entry.kind().name().toLowerCase(Locale.ROOT));
      st.setObject(5, entry.madeOn());
      st.setString(6, entry.horizon());
      st.setObject(7, entry.resolvesOn());
      st.setDouble(8, entry.probability());
      st.setString(9, entry.basis().name().toLowerCase(Locale.ROOT));
      st.setString(10, c.document());
      st.setString(11, c.evidence());
      st.setString(12, c.outlet());
      st.setString(13, method);
      st.setObject(14, now.get());
      st.executeUpdate();
      db.commit();
    } catch (SQLException e) {
      throw failures.write(
          e, "record the entry " + entry.id(), "the ledger's earlier records are kept");
    }
    return Optional.empty();
  }

  /** Returns the recorded entry with this id, if any. */
  public Optional<RecordedEntry> recorded(LedgerEntryId id) {
    return readEntries(id).stream().findFirst();
  }

  /** Returns every recorded entry, in id order. */
  public List<RecordedEntry> recorded() {
    return readEntries(null);
  }

  private List<RecordedEntry> readEntries(@Nullable LedgerEntryId only) {
    List<RecordedEntry> found = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "SELECT id, who, what, kind, made_on, horizon, resolves_on, probability, basis,"
                + " document, evidence, outlet, method, recorded_at FROM ledger_entry"
                + (only == null ? "" : " WHERE id = ?")
                + " ORDER BY id")) {
      if (only != null) {
        st.setString(1, only.value());
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          LedgerEntry entry =
              new LedgerEntry(
                  new LedgerEntryId(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  PredictionKind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                  rs.getObject(5, LocalDate.class),
                  rs.getString(6),
                  rs.getObject(7, LocalDate.class),
                  List.of(),
                  rs.getDouble(8),
                  ProbabilityBasis.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)),
                  List.of(new Citation(rs.getString(10), rs.getString(11), rs.getString(12))),
                  Resolution.UNRESOLVED,
                  DateBasis.RECORD,
                  List.of());
          found.add(
              new RecordedEntry(entry, rs.getString(13), rs.getObject(14, OffsetDateTime.class)));
        }
      }
    } catch (SQLException e) {
      throw failures.read(e);
    }
    return found;
  }

  /** Returns how many resolutions are stored. */
  public int count() {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ledger_resolution")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failures.read(e);
    }
  }
}
