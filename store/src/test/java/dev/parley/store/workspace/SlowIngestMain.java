package dev.parley.store.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A child process for {@link InterruptedIngestTest}: stores the fixture articles one by one into a
 * workspace, printing {@code stored N} after each commit and pausing between documents, until it is
 * killed.
 */
public final class SlowIngestMain {
  private SlowIngestMain() {}

  /** Arguments: workspace folder, number of articles, pause in milliseconds. */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long pause = Long.parseLong(args[2]);
    try (Workspace ws = Workspace.open(folder)) {
      RunId run = ws.startRun(List.of("fixtures"), "slow-ingest");
      for (int i = 0; i < count; i++) {
        ws.store(Fixtures.evidence(i), run);
        System.out.println("stored " + (i + 1));
        System.out.flush();
        Thread.sleep(pause);
      }
    }
  }
}
