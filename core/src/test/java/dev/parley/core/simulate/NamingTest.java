package dev.parley.core.simulate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import dev.parley.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void concessionStrategies_areNamedStrategy() {
    classes()
        .that()
        .implement(ConcessionStrategy.class)
        .should()
        .haveSimpleNameEndingWith("Strategy")
        .check(ArchitectureRules.mainClasses("dev.parley.core.simulate"));
  }

  @Test
  void protocols_areNamedProtocol() {
    classes()
        .that()
        .implement(Protocol.class)
        .should()
        .haveSimpleNameEndingWith("Protocol")
        .check(ArchitectureRules.mainClasses("dev.parley.core.simulate"));
  }
}
