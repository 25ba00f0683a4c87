package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.parley.testkit.ArchitectureRules;
import dev.parley.testkit.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The command line reaches the model only through app (docs/adr/0012). Until the renovation is
 * done, the classes that still reach past app are listed in a frozen baseline: a new one fails, and
 * one that is mended must leave the list, so the list only shrinks.
 */
class ArchitectureTest {
  private static final Path BASELINE =
      ProjectFiles.resolve("cli/src/test/resources/architecture/cli-past-app.txt");

  /**
   * The modules cli may not import: everything below app. The report module is not among them: it
   * sits between app and cli and only presents what app's use case returns (docs/adr/0011).
   */
  private static final List<String> BELOW_APP =
      List.of("dev.parley.core.", "dev.parley.io.", "dev.parley.ingest.", "dev.parley.store.");

  @Test
  void cli_reachesTheModelOnlyThroughApp_beyondTheFrozenBaseline() throws IOException {
    Set<String> found = pastApp(ArchitectureRules.mainClasses("dev.parley.cli"));
    Set<String> baseline = new TreeSet<>();
    for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        baseline.add(line.strip());
      }
    }
    Set<String> added = new TreeSet<>(found);
    added.removeAll(baseline);
    Set<String> mended = new TreeSet<>(baseline);
    mended.removeAll(found);
    assertThat(added)
        .as("cli classes that now import a module below app; call a use case in app instead")
        .isEmpty();
    assertThat(mended).as("mended, so remove these lines from " + BASELINE.getFileName()).isEmpty();
  }

  @Test
  void serve_callsOnlyAppAndWeb() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
        .that()
        .haveSimpleNameStartingWith("ServeCommand")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.parley.app..",
            "dev.parley.web..",
            "dev.parley.cli..",
            "java..",
            "picocli..",
            "org.jspecify..")
        .because("parley serve is the web module's door; the analyses are app's (docs/adr/0013)")
        .check(ArchitectureRules.mainClasses("dev.parley.cli"));
  }

  /** Returns "cli class -> module" for every top-level cli class that uses a module below app. */
  private static Set<String> pastApp(JavaClasses classes) {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : classes) {
      String source = topLevel(c.getName());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getName();
        for (String module : BELOW_APP) {
          if (target.startsWith(module)) {
            found.add(source + " -> " + module.substring(0, module.length() - 1));
          }
        }
      }
    }
    return found;
  }

  private static String topLevel(String name) {
    int dollar = name.indexOf('$');
    String outer = dollar < 0 ? name : name.substring(0, dollar);
    return outer.substring(outer.lastIndexOf('.') + 1);
  }
}
