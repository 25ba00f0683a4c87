package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps diagnostic codes, their pages and their tests in step: every code the readers and the
 * validator use has a page {@code docs/errors/<code>.md}, every page a code, and every code a test
 * that triggers it.
 */
class ErrorCodesTest {
  /**
   * Kebab-case string literals in main code that are not codes: values of the format, and the name
   * of the thread that opens input files.
   */
  private static final Set<String> NOT_CODES = Set.of("as-written", "as-one", "parley-file-open");

  /**
   * Codes no input is known to trigger: {@code reader-failure} guards the batch against a bug in a
   * reader or a library (an unexpected runtime exception), {@code extraction-failure} the same for
   * an extraction stage; both are documented, not provoked.
   */
  private static final Set<String> GUARDS =
      Set.of(
          "reader-failure",
          "extraction-failure",
          // parley serve: a bug, a full server, a request Jetty cannot read
          "server-failure",
          "server-busy",
          "bad-request");

  /** Kebab-case literals in the web module that are not codes: headers' values, thread names. */
  private static final Set<String> WEB_NOT_CODES =
      Set.of("no-referrer", "no-store", "parley-serve-runs", "parley-serve-check");

  private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");

  private static Set<String> codesInCode() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String root :
        new String[] {"io/src/main/java", "core/src/main/java/dev/parley/core/validate"}) {
      try (Stream<Path> files = Files.walk(ProjectFiles.resolve(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            if (!NOT_CODES.contains(m.group(1))) {
              codes.add(m.group(1));
            }
          }
        }
      }
    }
    // Document ingestion: codes are the kebab-case literal a problem is created with.
    Pattern ingestCode =
        Pattern.compile(
            "(?:InputProblem\\.\\w+|IngestDiagnostic\\.error)\\(\\s*(?:[\\w.()]+,\\s*)?\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    try (Stream<Path> files =
        Files.walk(ProjectFiles.resolve("ingest/src/main/java/dev/parley/ingest/source"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = ingestCode.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    // The treebank reader of the parser: its one code is a CODE constant.
    Pattern constantCode = Pattern.compile("\\bCODE\\s*=\\s*\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    try (Stream<Path> files =
        Files.walk(ProjectFiles.resolve("ingest/src/main/java/dev/parley/ingest/parse"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = constantCode.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    // Evidence extraction: its warnings are made by a private warning(document, "code", ...).
    Pattern extractionCode =
        Pattern.compile("\\bwarning\\(\\s*\\w+,\\s*\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    try (Stream<Path> files =
        Files.walk(ProjectFiles.resolve("ingest/src/main/java/dev/parley/ingest/extract"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = extractionCode.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    // The workspace store's codes (its searches' too), and the use cases' codes: those of
    // ingestion, and scenario diagnostics an app use case makes (Diagnostic.error("code", ...)).
    Pattern scenarioCode =
        Pattern.compile("Diagnostic\\.(?:error|warning)\\(\\s*\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    Pattern workspaceCode = Pattern.compile("\"((?:workspace|search)-[a-z]+(?:-[a-z]+)*)\"");
    for (String[] scan :
        new String[][] {{"store/src/main/java", "store"}, {"app/src/main/java", "app"}}) {
      try (Stream<Path> files = Files.walk(ProjectFiles.resolve(scan[0]))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Matcher m = (scan[1].equals("store") ? workspaceCode : ingestCode).matcher(text);
          while (m.find()) {
            codes.add(m.group(1));
          }
          if (scan[1].equals("app")) {
            Matcher d = scenarioCode.matcher(text);
            while (d.find()) {
              codes.add(d.group(1));
            }
          }
        }
      }
    }
    // The prediction ledger's codes, in the store and the ledger use cases, and parley draft's.
    Pattern ledgerCode = Pattern.compile("\"((?:ledger|draft)-[a-z]+(?:-[a-z]+)*)\"");
    for (String root : new String[] {"store/src/main/java", "app/src/main/java"}) {
      try (Stream<Path> files = Files.walk(ProjectFiles.resolve(root))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = ledgerCode.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      }
    }
    // parley serve's codes: every kebab-case literal of the web module but a few values.
    try (Stream<Path> files = Files.walk(ProjectFiles.resolve("web/src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!WEB_NOT_CODES.contains(m.group(1))) {
            codes.add(m.group(1));
          }
        }
      }
    }
    return codes;
  }

  private static Set<String> documentedCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> pages = Files.list(ProjectFiles.resolve("docs/errors"))) {
      pages
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .forEach(n -> codes.add(n.substring(0, n.length() - 3)));
    }
    return codes;
  }

  @Test
  void everyCodeInCode_hasAPage() throws IOException {
    assertThat(documentedCodes()).containsAll(codesInCode());
  }

  @Test
  void everyPage_documentsACodeInCode() throws IOException {
    assertThat(codesInCode()).containsAll(documentedCodes());
  }

  @Test
  void everyCode_isTriggeredByATest() throws IOException {
    StringBuilder tests = new StringBuilder();
    List<Path> testFiles = new ArrayList<>();
    for (String root :
        new String[] {
          "io/src/test",
          "core/src/test",
          "ingest/src/test",
          "store/src/test",
          "app/src/test",
          "cli/src/test",
          "web/src/test"
        }) {
      try (Stream<Path> files = Files.walk(ProjectFiles.resolve(root))) {
        files.filter(Files::isRegularFile).forEach(testFiles::add);
      }
    }
    for (Path file : testFiles) {
      if (file.getFileName().toString().equals("ErrorCodesTest.java")) {
        continue;
      }
      tests.append(file.getFileName()).append('\n');
      // Lenient: fuzz regression inputs under src/test/resources may be any bytes.
      tests.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
    }
    String all = tests.toString();
    for (String code : codesInCode()) {
      if (GUARDS.contains(code)) {
        continue;
      }
      boolean triggered =
          all.contains("\"" + code + "\"")
              || Pattern.compile("expect:[a-z0-9, -]*\\b" + Pattern.quote(code) + "\\b")
                  .matcher(all)
                  .find();
      assertThat(triggered).as("a test that triggers [%s]", code).isTrue();
    }
  }

  @Test
  void everyPage_hasTheStandardSections() throws IOException {
    for (String code : documentedCodes()) {
      String page =
          Files.readString(
              ProjectFiles.resolve("docs/errors/" + code + ".md"), StandardCharsets.UTF_8);
      assertThat(page).as(code).startsWith("# " + code + "\n").contains("## Fix");
    }
  }
}
