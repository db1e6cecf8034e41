package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillgraph.api.app.InterchangeVersions;
import org.skillgraph.api.http.taxonomy.BundleCurriculum;
import org.skillgraph.api.http.taxonomy.EscoCurriculum;
import org.skillgraph.api.http.taxonomy.VersionFormat;
import org.skillgraph.engine.taxonomy.ChangeSet;
import org.skillgraph.engine.taxonomy.Curriculum;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.esco.EscoVersion;
import org.skillgraph.seed.onet.OnetSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph diff FRAMEWORK FILE…}: makes a change set of a new framework version (a bundle, a CASE
 * package, a Moodle CSV or the O*NET database with {@code --format}, or with {@code --esco} ESCO's CSV zips or
 * folder) and prints what it changes and whom it affects. Beside a running server the upload goes through its
 * API ({@code POST /api/v1/frameworks/{id}/changesets}); ESCO needs the store.
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "bundle (default), case (a CASE 1.1 CFPackage), moodle (a Moodle framework CSV) or onet "
                    + "(the O*NET text database, a zip or folder).")
    String format;

    @Option(names = "--release", description = "With --format onet: the release when the folder does not name it.")
    String release;

    @Option(names = "--source", description = "A label for what was uploaded (default: the file name).")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var label = source != null ? source : files.get(0).getFileName().toString();
        var out = spec.commandLine().getOut();
        var kind =
                format == null ? VersionFormat.BUNDLE : VersionFormat.of(format).orElse(null);
        if (kind == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--format must be bundle, case, moodle or onet, was '" + format + "'");
        }
        var remote = esco
                ? java.util.Optional.<org.skillgraph.api.cli.remote.ServerClient>empty()
                : server.client(neo4j, "diff");
        if (esco) {
            BesideServer.requireNoServer(neo4j, "diff a bundle exported from ESCO through the API instead");
        }
        if (remote.isPresent()) {
            var query = "?format=" + kind.wireName() + "&source="
                    + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8)
                    + (release == null ? "" : "&release=" + release);
            var cs = remote.get().post("/api/v1/frameworks/" + framework + "/changesets" + query, upload(kind));
            out.println(TaxonomyText.summary(remote.get().convert(cs, ChangeSet.class)));
        } else {
            try (var skillgraph = neo4j.open()) {
                var taxonomy = skillgraph.services().frameworks().taxonomy();
                var version = version(skillgraph, kind);
                out.println(TaxonomyText.summary(taxonomy.changeSets().create(framework, version, label, "cli")));
            }
        }
        out.flush();
        return 0;
    }

    private Curriculum version(org.skillgraph.api.app.Skillgraph skillgraph, VersionFormat kind) throws IOException {
        if (esco) {
            try (var export = EscoExport.open(files.toArray(Path[]::new))) {
                return EscoCurriculum.of(EscoVersion.read(export));
            }
        }
        var file = files.get(0);
        var interchange = skillgraph.services().frameworks().interchange();
        var bundle = kind == VersionFormat.ONET && Files.isDirectory(file)
                ? interchange.onet().bundle(OnetSource.ofDirectory(file), java.util.Optional.ofNullable(release))
                : new InterchangeVersions(interchange)
                        .read(
                                kind,
                                file.getFileName().toString(),
                                Files.readAllBytes(file),
                                java.util.Optional.ofNullable(release));
        return BundleCurriculum.of(bundle, framework, kind);
    }

    /** The bytes to upload: the file, or an O*NET folder zipped as the import command sends it. */
    private byte[] upload(VersionFormat kind) throws IOException {
        var file = files.get(0);
        if (kind == VersionFormat.ONET && Files.isDirectory(file)) {
            return ImportOnetCommand.zipOf(file);
        }
        return Files.readAllBytes(file);
    }
}
