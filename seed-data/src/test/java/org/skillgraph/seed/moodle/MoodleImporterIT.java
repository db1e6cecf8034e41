package org.skillgraph.seed.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.export.BundleExporter;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Moodle competency framework CSVs into a real Neo4j: real files, the round trip, re-import and refusals. */
class MoodleImporterIT {

    static final String OECD = "/interchange/moodle/oecd-core-competencies.csv";
    static final String C2I = "/interchange/moodle/c2i-referentiel.csv";

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleExporter exporter =
            new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(5));
    private final MoodleImporter importer = new MoodleImporter(neo4j.importer());

    @Test
    void shouldImportMoodlesOwnExampleWithItsTreeCrossReferencesAndScale() {
        neo4j.reset();

        var report = importer.importCsv("example.csv", bytes(OECD), false, ImportProgress.none());
        var export = exporter.export(false);

        assertThat(report.framework()).isEqualTo("OECD-CORE");
        assertThat(report.written().entities()).containsEntry("skills", 64);
        assertThat(report.mapped()).containsEntry("competencies", 64).containsEntry("parents", 62);
        assertThat(report.scale())
                .containsExactly(
                        new Bundle.ScaleStep(null, "Not yet competent", 0),
                        new Bundle.ScaleStep(null, "Competent", MoodleMapping.PROFICIENT_LEVEL));
        assertThat(report.unmapped()).containsEntry("taxonomy", 1).containsEntry("framework description", 1);
        var indicator = skill(export, "DR-AT1");
        assertThat(indicator.get("framework").asText()).isEqualTo("OECD-CORE");
        assertThat(indicator.get("name").asText())
                .isEqualTo("Distinguishes between critical and irrelevant pieces of information");
        assertThat(indicator.get("description").asText())
                .isEqualTo("Distinguishes between critical and irrelevant\npieces of information");
        assertThat(texts(indicator.get("broader"))).containsExactly("analytical-thinking");
        assertThat(texts(skill(export, "level-1").get("related"))).hasSize(39).contains("S-DT-1", "I-OK-3");
        assertThat(skills(export, "OECD-CORE")).hasSize(64);
        assertThat(frameworkOf(export, "OECD-CORE").get("title").asText()).isEqualTo("OECD");
    }

    @Test
    void shouldImportAFrenchFrameworkWithAThreeValueScaleAndReportItsRules() {
        neo4j.reset();

        var report = importer.importCsv("c2i.csv", bytes(C2I), false, ImportProgress.none());
        var export = exporter.export(false);

        assertThat(report.framework()).isEqualTo("C2i0");
        assertThat(report.written().entities()).containsEntry("skills", 4);
        assertThat(report.scale())
                .extracting(Bundle.ScaleStep::value, Bundle.ScaleStep::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Non pertinent", 0),
                        org.assertj.core.groups.Tuple.tuple("Non validé", 2),
                        org.assertj.core.groups.Tuple.tuple("Validé", 5));
        assertThat(report.unmapped()).containsEntry("competency_rule_points", 2);
        assertThat(report.unmappedSample()).anyMatch(s -> s.startsWith("line 3 (competency_rule_points)"));
        var files = skill(export, "C2i0ETPosteFichiers");
        assertThat(texts(files.get("broader"))).containsExactly("C2i0ETPoste");
        assertThat(files.get("description").asText())
                .isEqualTo("Je sais organiser , déposer et retrouver mes données et fichiers");
        assertThat(skill(export, "C2i0ETGestionReseau").get("name").asText()).isEqualTo("Travail en réseau");
        assertThat(frameworkOf(export, "C2i0").at("/scale/mapping")).hasSize(3);
    }

    @Test
    void shouldGiveBackTheSameSkillsHierarchyAndRelatedLinksThroughMoodleCsv() {
        neo4j.reset();
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());
        var before = exporter.export(false);
        var csv = MoodleCsvWriter.write(before, frameworkOf(before, "northwind"));

        neo4j.reset();
        var report =
                importer.importCsv("northwind.csv", csv.getBytes(StandardCharsets.UTF_8), false, ImportProgress.none());
        var after = exporter.export(false);

        assertThat(report.unmapped()).containsOnlyKeys("taxonomy");
        assertThat(links(after, "northwind")).isEqualTo(links(before, "northwind"));
        assertThat(skills(after, "northwind"))
                .hasSize(skills(before, "northwind").size());
        assertThat(MoodleCsvWriter.write(after, frameworkOf(after, "northwind")))
                .isEqualTo(csv);
    }

    @Test
    void shouldChangeNothingWhenTheFileIsImportedAgain() {
        neo4j.reset();
        importer.importCsv("example.csv", bytes(OECD), false, ImportProgress.none());
        var before = neo4j.fingerprint();

        var again = importer.importCsv("example.csv", bytes(OECD), false, ImportProgress.none());

        assertThat(neo4j.fingerprint()).isEqualTo(before);
        assertThat(again.written().relationshipsCreated()).isZero();
    }

    @Test
    void shouldWriteNothingOnADryRunAndSayWhatItWouldChange() {
        neo4j.reset();
        var before = neo4j.fingerprint();

        var report = importer.importCsv("example.csv", bytes(OECD), true, ImportProgress.none());

        assertThat(neo4j.fingerprint()).isEqualTo(before);
        assertThat(report.written()).isNull();
        assertThat(report.wouldChange().changes().get("skills").created()).isEqualTo(64);
    }

    @Test
    void shouldRefuseAnUnknownParentNamingItsLineAndColumnAndWriteNothing() {
        neo4j.reset();
        var before = neo4j.fingerprint();
        var broken = new String(bytes(C2I), StandardCharsets.UTF_8)
                .replace("C2i0ETPoste,C2i0ETGestionReseau", "C2i0ETNowhere,C2i0ETGestionReseau");

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importCsv(
                        "c2i.csv", broken.getBytes(StandardCharsets.UTF_8), false, ImportProgress.none()));

        assertThat(refused.code()).isEqualTo(MoodleImporter.INVALID);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c2i.csv");
            assertThat(p.pointer()).isEqualTo("line 6/Parent id number");
            assertThat(p.message()).contains("C2i0ETNowhere");
        });
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    /** Each skill of {@code framework}: its parent as the writer picks it, and its related skills. */
    private static TreeMap<String, List<String>> links(JsonNode export, String framework) {
        var links = new TreeMap<String, List<String>>();
        for (var skill : skills(export, framework)) {
            var parent = new ArrayList<String>();
            skill.path("broader").forEach(b -> parent.add(b.asText()));
            links.put(
                    skill.get("id").asText(),
                    List.of(
                            String.join(",", new TreeSet<>(parent)),
                            String.join(",", new TreeSet<>(texts(skill.path("related")))),
                            skill.path("name").asText(),
                            skill.path("description").asText("")));
        }
        return links;
    }

    static List<JsonNode> skills(JsonNode export, String framework) {
        var skills = new ArrayList<JsonNode>();
        export.path("skills").forEach(s -> {
            if (s.path("framework").asText().equals(framework)) {
                skills.add(s);
            }
        });
        return skills;
    }

    static JsonNode skill(JsonNode export, String id) {
        for (var s : export.path("skills")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no skill " + id);
    }

    static JsonNode frameworkOf(JsonNode export, String id) {
        for (var f : export.path("frameworks")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no framework " + id);
    }

    static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = MoodleImporterIT.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
