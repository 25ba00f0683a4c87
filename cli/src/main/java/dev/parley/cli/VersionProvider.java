package dev.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of Parley and of the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ParleyCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "parley " + (version == null ? "development build" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
