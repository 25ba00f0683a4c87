package dev.parley.store.evidence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which evidence to list from a workspace; every filter that is set must hold.
 *
 * @param actor an actor id (case ignored) the item involves in any role: speaker, source, target,
 *     predictor, the actor of a position or of a mention; null for any
 * @param issue an issue id such as {@code territory}; null for any
 * @param action an event action or a position's stance as a verb ({@code demand}, {@code reject},
 *     {@code propose}, {@code accept}, {@code red_line}), or {@code predict}; null for any
 * @param types the kinds of items to list; never empty
 * @param since the earliest publication date of the item's document, inclusive; documents without a
 *     date are left out when set
 * @param until the latest publication date, inclusive; as {@code since} for undated documents
 * @param search full-text words the item's sentence must match, read as {@code searchSyntax} says;
 *     null or blank for any
 * @param limit the most items returned
 * @param searchSyntax how {@code search} is read: its words literally (the default), or as a Lucene
 *     query
 */
public record EvidenceQuery(
    @Nullable String actor,
    @Nullable String issue,
    @Nullable String action,
    Set<EvidenceType> types,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String search,
    int limit,
    SearchSyntax searchSyntax) {
  /** The kinds listed unless others are asked for: everything but actor mentions. */
  public static final Set<EvidenceType> DEFAULT_TYPES =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(EvidenceType.MENTION)));

  /** The default limit. */
  public static final int DEFAULT_LIMIT = 1000;

  /** Validates and copies the fields. */
  public EvidenceQuery {
    types = Set.copyOf(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("expected at least one evidence type, but found none");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("expected a positive limit, but found " + limit);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException(
          "expected since <= until, but found " + since + " > " + until);
    }
    Objects.requireNonNull(types, "types");
    Objects.requireNonNull(searchSyntax, "searchSyntax");
  }

  /** Creates a query whose search, if any, is read literally. */
  public EvidenceQuery(
      @Nullable String actor,
      @Nullable String issue,
      @Nullable String action,
      Set<EvidenceType> types,
      @Nullable LocalDate since,
      @Nullable LocalDate until,
      @Nullable String search,
      int limit) {
    this(actor, issue, action, types, since, until, search, limit, SearchSyntax.LITERAL);
  }

  /** Returns the query that lists every item of the default types, up to the default limit. */
  public static EvidenceQuery all() {
    return new EvidenceQuery(null, null, null, DEFAULT_TYPES, null, null, null, DEFAULT_LIMIT);
  }

  /** Returns this query for one actor. */
  public EvidenceQuery withActor(@Nullable String value) {
    return new EvidenceQuery(
        value, issue, action, types, since, until, search, limit, searchSyntax);
  }

  /** Returns this query for one issue. */
  public EvidenceQuery withIssue(@Nullable String value) {
    return new EvidenceQuery(
        actor, value, action, types, since, until, search, limit, searchSyntax);
  }

  /** Returns this query for one action. */
  public EvidenceQuery withAction(@Nullable String value) {
    return new EvidenceQuery(actor, issue, value, types, since, until, search, limit, searchSyntax);
  }

  /** Returns this query for the given kinds of items. */
  public EvidenceQuery withTypes(Set<EvidenceType> value) {
    return new EvidenceQuery(
        actor, issue, action, value, since, until, search, limit, searchSyntax);
  }

  /** Returns this query for documents published in a date range (either end may be open). */
  public EvidenceQuery withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new EvidenceQuery(actor, issue, action, types, from, to, search, limit, searchSyntax);
  }

  /** Returns this query for sentences matching a full-text search, read as this query reads one. */
  public EvidenceQuery withSearch(@Nullable String value) {
    return new EvidenceQuery(actor, issue, action, types, since, until, value, limit, searchSyntax);
  }

  /** Returns this query for sentences matching a full-text search read with the given syntax. */
  public EvidenceQuery withSearch(@Nullable String value, SearchSyntax syntax) {
    return new EvidenceQuery(actor, issue, action, types, since, until, value, limit, syntax);
  }

  /** Returns this query with another limit. */
  public EvidenceQuery withLimit(int value) {
    return new EvidenceQuery(
        actor, issue, action, types, since, until, search, value, searchSyntax);
  }
}
