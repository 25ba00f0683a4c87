package dev.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of Parley and of the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
  /** Returns Parley's version as built into the jar, or "dev" when run from classes. */
  static String version() {
    String version = ParleyCommand.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "parley " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
