package dev.kiln.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the CLI from its jar's manifest. */
public final class KilnVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Kiln.class.getPackage().getImplementationVersion();
    return new String[] {"kiln " + (version == null ? "(development build)" : version)};
  }
}
