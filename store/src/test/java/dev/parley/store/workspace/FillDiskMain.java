package dev.parley.store.workspace;

import dev.parley.ingest.document.Document;
import dev.parley.ingest.document.DocumentMetadata;
import dev.parley.ingest.extract.DocumentEvidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A child process for {@link FullDiskTest}: stores large documents into a workspace until the disk
 * (a file-size limit set by the parent) refuses a write, printing {@code stored N} after each
 * commit, then the diagnostic it got and what recording the interruption and closing gave.
 */
public final class FillDiskMain {
  private FillDiskMain() {}

  /** Arguments: workspace folder, number of documents to try. */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Workspace ws;
    try {
      ws = Workspace.open(folder);
    } catch (WorkspaceException e) {
      System.out.println("open " + e.code());
      return;
    }
    RunId run = ws.startRun(List.of("large documents"), "fill-disk");
    int stored = 0;
    try {
      for (int i = 0; i < count; i++) {
        ws.store(document(i), run);
        stored++;
        System.out.println("stored " + stored);
        System.out.flush();
      }
      System.out.println("no failure");
    } catch (UncheckedWorkspaceException e) {
      System.out.println("diagnostic " + e.getCause().code());
      System.out.println(e.getCause().format().replace('\n', '|'));
      try {
        ws.interruptRun(run, new RunCounts(stored + 1, stored, 0, 0, 1), List.of());
        System.out.println("interrupt recorded");
      } catch (UncheckedWorkspaceException again) {
        System.out.println("interrupt " + again.getCause().code());
      }
    }
    try {
      ws.close();
      System.out.println("closed");
    } catch (WorkspaceException e) {
      System.out.println("close " + e.code());
    }
    System.out.flush();
  }

  /** Returns the i-th large document: about 40 KB of text no other document repeats. */
  static DocumentEvidence document(int i) {
    StringBuilder body = new StringBuilder();
    for (int k = 0; body.length() < 40_000; k++) {
      body.append(
          String.format(
              Locale.ROOT,
              "Delegation %d met delegation %d in round %d and agreed on point %d. ",
              i,
              k,
              i * 7 + k,
              (long) i * 1_000_003L + k * 31L));
    }
    Document d =
        Fixtures.document("large-" + i + ".txt", List.of(body.toString()), DocumentMetadata.none());
    return new DocumentEvidence(d, List.of(), List.of());
  }
}
