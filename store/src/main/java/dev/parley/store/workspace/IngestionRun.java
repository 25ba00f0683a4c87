package dev.parley.store.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One ingestion run as the workspace records it.
 *
 * @param finishedAt when it finished, or null while it runs or when it was interrupted
 * @param status {@code "running"}, {@code "finished"}, or {@code "interrupted"} (a run that was
 *     still running when the workspace was next opened)
 * @param inputs the paths the run was given
 * @param extractor the extractor's name and version
 */
public record IngestionRun(
    RunId id,
    Instant startedAt,
    @Nullable Instant finishedAt,
    String status,
    List<String> inputs,
    String extractor,
    RunCounts counts) {
  /** Validates and copies the fields. */
  public IngestionRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(status, "status");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(counts, "counts");
  }
}
