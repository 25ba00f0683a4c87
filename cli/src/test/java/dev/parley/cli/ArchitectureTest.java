package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.parley.testkit.ArchitectureRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The command line reaches the model only through app (docs/adr/0012): no cli class uses a type of
 * core, io, ingest or store, not even a value that a use case returns; app's view records carry
 * what the tables show.
 */
class ArchitectureTest {
  /**
   * The modules cli may not import: everything below app. The report module is not among them: it
   * sits between app and cli and only presents what app's use case returns (docs/adr/0011).
   */
  private static final List<String> BELOW_APP =
      List.of("dev.parley.core.", "dev.parley.io.", "dev.parley.ingest.", "dev.parley.store.");

  @Test
  void cli_reachesTheModelOnlyThroughApp() {
    assertThat(pastApp(ArchitectureRules.mainClasses("dev.parley.cli")))
        .as("cli classes that use a module below app; call a use case in app and read its records")
        .isEmpty();
  }

  @Test
  void pastApp_findsAClassThatUsesCore() {
    JavaClasses classes = new ClassFileImporter().importClasses(UsesCore.class);
    assertThat(pastApp(classes)).contains("ArchitectureTest -> dev.parley.core");
  }

  /** A class that uses a core type, so that the check is seen to find one. */
  private static final class UsesCore {
    @SuppressWarnings("unused")
    static String id() {
      return new dev.parley.core.model.ActorId("a").value();
    }
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
