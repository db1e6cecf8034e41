package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.cli.remote.ServerFile;
import org.skillgraph.api.http.ApiServer;
import org.skillgraph.api.http.ServerSettings;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;

/** The CLI run in-process beside a real server that holds the embedded store of a temporary data directory. */
class CliBesideServerIT {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path files;

    private static Skillgraph skillgraph;
    private static ApiServer server;
    private static ServerFile serverFile;
    private static String admin;

    @BeforeAll
    static void startServer() {
        skillgraph = Skillgraph.embedded(dataDir, 0, 32L * 1024 * 1024);
        admin = skillgraph
                .services()
                .security()
                .tokens()
                .issue(AccessRole.ADMIN, null, "cli test")
                .secret();
        server = ApiServer.create(
                        skillgraph.services(),
                        ServerSettings.loopback(0),
                        new SecuritySettings(0, 0),
                        Clock.systemUTC())
                .start();
        serverFile = ServerFile.ofThisProcess("127.0.0.1", server.port());
        serverFile.write(dataDir);
    }

    @AfterAll
    static void stopServer() {
        serverFile.remove(dataDir);
        server.stop();
        skillgraph.close();
    }

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String bundle(String name, String json) throws IOException {
        return Files.writeString(files.resolve(name), json).toString();
    }

    @Test
    void shouldSayInOneLineWhatToDoWhenAServerHoldsTheStoreAndNoTokenIsGiven() throws IOException {
        var file = bundle("one.json", "{\"skills\": [{\"id\": \"kite-one\", \"name\": \"Kite one\"}]}");

        var run = run("import", "--data-dir", dataDir.toString(), file);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .contains("pid " + ProcessHandle.current().pid())
                .contains("--token or SKILLGRAPH_TOKEN");
    }

    @Test
    void shouldImportThroughTheRunningServer() throws IOException {
        var file = bundle("two.json", "{\"skills\": [{\"id\": \"kite-two\", \"name\": \"Kite two\"}]}");

        // A plain bundle's first import also creates the `local` framework, and other tests of this class import
        // too, in an order JUnit chooses: ask the server whether it exists before importing.
        boolean localExists =
                skillgraph.services().frameworks().frameworks().find("local").isPresent();

        var imported = run("import", "--data-dir", dataDir.toString(), "--token", admin, file);
        var checked = run("import", "--dry-run", "--data-dir", dataDir.toString(), "--token", admin, file);

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported {").contains(": " + (localExists ? 1 : 2) + " nodes and ");
        assertThat(checked.out()).contains("skills    0 created, 0 updated, 1 unchanged");
    }

    @Test
    void shouldDryRunThroughTheRunningServerWritingNothing() throws IOException {
        var file = bundle("three.json", "{\"skills\": [{\"id\": \"kite-three\", \"name\": \"Kite three\"}]}");

        var first = run("import", "--dry-run", "--data-dir", dataDir.toString(), "--token", admin, file);
        var second = run("import", "--dry-run", "--data-dir", dataDir.toString(), "--token", admin, file);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Dry run against graph version").contains("nothing was written");
        assertThat(second.out().lines().skip(1)).containsExactly("  skills    1 created, 0 updated, 0 unchanged");
    }

    @Test
    void shouldListEveryProblemOfABundleTheServerRefuses() throws IOException {
        var file = bundle(
                "bad.json",
                "{\"skils\": [], \"skills\": [{\"id\": \"kite-bad\", \"name\": \"Bad\", \"related\": [\"ghost\"]}]}");

        var run = run("import", "--data-dir", dataDir.toString(), "--token", admin, file);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly(
                        "The bundle was refused; nothing was written. 2 problem(s):",
                        "  /skills/0/related/0  unknown skill 'ghost': not in the bundle nor in the graph",
                        "  /skils  unknown field 'skils'; did you mean 'skills'?");
    }

    @Test
    void shouldDiffAMoodleCsvThroughTheRunningServer() throws IOException {
        Path file = files.resolve("c2i-again.csv");
        try (var in = CliBesideServerIT.class.getResourceAsStream("/interchange/moodle/c2i-referentiel.csv")) {
            Files.copy(in, file);
        }
        var imported = run("import-moodle", "--data-dir", dataDir.toString(), "--token", admin, file.toString());

        var same = run(
                "diff",
                "--format",
                "moodle",
                "--data-dir",
                dataDir.toString(),
                "--token",
                admin,
                "C2i0",
                file.toString());
        var wrongFormat = run(
                "diff", "--format", "xml", "--data-dir", dataDir.toString(), "--token", admin, "C2i0", file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out())
                .startsWith("Change set cs-")
                .contains(" of C2i0: {}")
                .contains("From-scratch routes: 0 of 0");
        assertThat(wrongFormat.code()).isNotZero();
        assertThat(wrongFormat.err()).contains("--format must be bundle, case, moodle or onet");
    }

    @Test
    void shouldCheckThenImportAMoodleCsvThroughTheRunningServer() throws IOException {
        Path file = files.resolve("c2i.csv");
        try (var in = CliBesideServerIT.class.getResourceAsStream("/interchange/moodle/c2i-referentiel.csv")) {
            Files.copy(in, file);
        }

        var checked =
                run("import-moodle", "--dry-run", "--data-dir", dataDir.toString(), "--token", admin, file.toString());
        var imported = run("import-moodle", "--data-dir", dataDir.toString(), "--token", admin, file.toString());
        Files.writeString(file, "not,a,moodle,file\n");
        var refused = run("import-moodle", "--data-dir", dataDir.toString(), "--token", admin, file.toString());

        assertThat(checked.code()).as(checked.err()).isZero();
        assertThat(checked.out()).startsWith("Framework C2i0 (dry run, nothing written)");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out())
                .startsWith("Framework C2i0: ")
                .contains("Scale: Non pertinent → 0, Non validé → 2, Validé → 5")
                .contains("competency_rule_points=2");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err())
                .startsWith("The server refused (400 invalid-moodle-csv)")
                .contains("line 1: is not Moodle's header row");
    }

    @Test
    void shouldImportAnOnetFolderThroughTheRunningServerAndDryRunFirst() throws IOException {
        var folder = files.resolve("db_28_0_text");
        Files.createDirectories(folder);
        for (var file : org.skillgraph.seed.onet.OnetFixtures.files().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }

        var dry =
                run("import-onet", "--data-dir", dataDir.toString(), "--token", admin, "--dry-run", folder.toString());
        var imported = run("import-onet", "--data-dir", dataDir.toString(), "--token", admin, folder.toString());
        var missing = run(
                "import-onet",
                "--data-dir",
                dataDir.toString(),
                "--token",
                admin,
                files.resolve("nowhere").toString());

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("O*NET 28.0 into framework onet-28.0.").contains("nothing was written");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out())
                .startsWith("O*NET 28.0 into framework onet-28.0.")
                .contains("Imported {")
                .contains("Mapped {roles=3, skills=41")
                .contains("Not Relevant = Y=18");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("No such file or folder");
    }

    @Test
    void shouldImportACasePackageThroughTheRunningServer() throws IOException {
        Path file = files.resolve("smart-level.json");
        try (var in = CliBesideServerIT.class.getResourceAsStream("/interchange/case/SmartLevelFramework.json")) {
            Files.copy(in, file);
        }

        var rehearsed =
                run("import-case", "--dry-run", "--data-dir", dataDir.toString(), "--token", admin, file.toString());
        assertThat(rehearsed.code()).as(rehearsed.err()).isZero();
        assertThat(rehearsed.out())
                .startsWith("Framework case:")
                .contains("nothing was written")
                .containsPattern("skills +14 created, 0 updated, 0 unchanged");

        var imported = run("import-case", "--data-dir", dataDir.toString(), "--token", admin, file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Framework case:").contains("Associations mapped:");
        assertThat(run("import-case", "--data-dir", dataDir.toString(), file.toString())
                        .err())
                .as("without a token, one line saying what to do")
                .contains("--token or SKILLGRAPH_TOKEN");
    }

    @Test
    void shouldExportThroughTheRunningServer() throws IOException {
        run("import", "--data-dir", dataDir.toString(), "--token", admin, bundle("kite.json", """
                {"skills": [{"id": "kite-export", "name": "Kite export"}]}"""));
        var target = files.resolve("export.json");

        var exported = run("export", "--data-dir", dataDir.toString(), "--token", admin, target.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("Exported ").contains(" skills, ");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(target.toFile())
                        .path("skills"))
                .extracting(skill -> skill.path("id").asText())
                .contains("kite-export");
    }

    @Test
    void shouldSeedTheDemoOrganisationThroughTheRunningServer() {
        var run = run("seed", "--data-dir", dataDir.toString(), "--token", admin);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Imported {").contains("people=173");
    }

    @Test
    void shouldCreateListAndRevokeTokensThroughTheRunningServer() {
        var created = run(
                "token",
                "create",
                "--role",
                "reader",
                "--label",
                "cli reader",
                "--data-dir",
                dataDir.toString(),
                "--token",
                admin);
        var id = created.out().lines().findFirst().orElseThrow().split(" ")[1];
        var revoked = run("token", "revoke", id, "--data-dir", dataDir.toString(), "--token", admin);
        var listed = run("token", "list", "--data-dir", dataDir.toString(), "--token", admin);

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out().lines()).hasSize(2).last().asString().startsWith("sgt_");
        assertThat(revoked.out()).startsWith("Revoked " + id + " at ");
        assertThat(listed.out().lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith(id + "\treader\t-\trevoked ")
                        .endsWith("\tcli reader"));
    }

    @Test
    void shouldReportATokenTheServerRefusesInOneLine() {
        var run = run("token", "list", "--data-dir", dataDir.toString(), "--token", "sgt_not-a-token");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("The server refused (401 ");
    }

    @Test
    void shouldRefuseAnEscoImportBesideTheServerInOneLine() {
        var run = run("import-esco", "--data-dir", dataDir.toString(), "esco.zip");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("POST /api/v1/import/esco");
    }

    @Test
    void shouldExplainALockedStoreInOneLineAndShowTheTraceOnlyWithDebug() throws Exception {
        // A server file left by a process that is gone is stale: the command then tries the store, held here.
        var gone = new ProcessBuilder("true").start();
        gone.waitFor();
        var stale = new ServerFile("127.0.0.1", server.port(), gone.pid());
        stale.write(dataDir);
        try {
            var file = bundle("locked.json", "{\"skills\": [{\"id\": \"kite-locked\", \"name\": \"Locked\"}]}");

            var plain = run("import", "--data-dir", dataDir.toString(), "--page-cache", "8", file);
            var debug = run("import", "--debug", "--data-dir", dataDir.toString(), "--page-cache", "8", file);

            assertThat(plain.code()).isEqualTo(1);
            assertThat(plain.err().lines())
                    .singleElement()
                    .asString()
                    .startsWith("The store is in use by another process");
            assertThat(debug.err()).contains("\tat ");
        } finally {
            serverFile.write(dataDir);
        }
    }

    @Test
    void shouldReportAUsageErrorInOneLine() {
        var run = run("import", "--no-such-option", "x.json");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .contains("--no-such-option")
                .endsWith("(see skillgraph import --help)");
    }
}
