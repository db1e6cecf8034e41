package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillgraph.api.http.taxonomy.BundleCurriculum;
import org.skillgraph.api.http.taxonomy.EscoCurriculum;
import org.skillgraph.engine.taxonomy.ChangeSet;
import org.skillgraph.engine.taxonomy.Curriculum;
import org.skillgraph.seed.bundle.BundleReader;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.esco.EscoVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph diff FRAMEWORK FILE…}: makes a change set of a new framework version (a bundle, or with
 * {@code --esco} ESCO's CSV zips or folder) and prints what it changes and whom it affects. Beside a running
 * server a bundle goes through its API ({@code POST /api/v1/frameworks/{id}/changesets}); ESCO needs the store.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Make a change set: a new version of a framework compared with the stored one, with its impact.")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Parameters(index = "0", paramLabel = "FRAMEWORK", description = "Id of the framework the version belongs to.")
    String framework;

    @Parameters(index = "1..*", paramLabel = "FILE", description = "The bundle, or with --esco ESCO's zips or folder.")
    List<Path> files;

    @Option(names = "--esco", description = "FILE is ESCO's CSV export (classification and relations zips).")
    boolean esco;

    @Option(names = "--source", description = "A label for what was uploaded (default: the file name).")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var label = source != null ? source : files.get(0).getFileName().toString();
        var out = spec.commandLine().getOut();
        var remote = esco
                ? java.util.Optional.<org.skillgraph.api.cli.remote.ServerClient>empty()
                : server.client(neo4j, "diff");
        if (esco) {
            BesideServer.requireNoServer(neo4j, "diff a bundle exported from ESCO through the API instead");
        }
        if (remote.isPresent()) {
            var cs = remote.get()
                    .post(
                            "/api/v1/frameworks/" + framework + "/changesets?source=" + label,
                            Files.readAllBytes(files.get(0)));
            out.println(TaxonomyText.summary(remote.get().convert(cs, ChangeSet.class)));
        } else {
            try (var skillgraph = neo4j.open()) {
                var taxonomy = skillgraph.services().frameworks().taxonomy();
                out.println(TaxonomyText.summary(taxonomy.changeSets().create(framework, version(), label, "cli")));
            }
        }
        out.flush();
        return 0;
    }

    private Curriculum version() throws IOException {
        if (esco) {
            try (var export = EscoExport.open(files.toArray(Path[]::new))) {
                return EscoCurriculum.of(EscoVersion.read(export));
            }
        }
        try (var in = Files.newInputStream(files.get(0))) {
            return BundleCurriculum.of(new BundleReader().read(in), framework);
        }
    }
}
