package org.skillgraph.api.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        var version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"skillgraph " + (version == null ? "(development build)" : version)};
    }
}
