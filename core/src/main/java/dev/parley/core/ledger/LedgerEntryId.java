package dev.parley.core.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a ledger entry: {@code l-} and 16 hex digits derived from the entry's
 * {@link LedgerKey}, so the same prediction gets the same id on every run and machine.
 */
public record LedgerEntryId(String value) implements Comparable<LedgerEntryId> {
  private static final Pattern SHAPE = Pattern.compile("l-[0-9a-f]{16}");

  /** Validates the shape. */
  public LedgerEntryId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected a ledger entry id such as l-0123456789abcdef, but found " + value);
    }
  }

  @Override
  public int compareTo(LedgerEntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
