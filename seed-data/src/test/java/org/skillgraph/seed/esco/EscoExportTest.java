package org.skillgraph.seed.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.seed.testing.EscoFixture;

class EscoExportTest {

    private static final Map<EscoFile, Long> FIXTURE_ROWS = Map.of(
            EscoFile.ISCO_GROUPS, 3L,
            EscoFile.SKILL_GROUPS, 3L,
            EscoFile.SKILLS, 10L,
            EscoFile.OCCUPATIONS, 3L,
            EscoFile.SKILL_HIERARCHY, 15L,
            EscoFile.OCCUPATION_SKILLS, 14L,
            EscoFile.SKILL_RELATIONS, 4L,
            EscoFile.OCCUPATION_HIERARCHY, 3L);

    @TempDir
    Path tmp;

    @Test
    void shouldReadEveryFileOfAnExtractedFolder() {
        try (var export = EscoExport.open(EscoFixture.folder(tmp))) {
            export.checkComplete();

            assertThat(rowsPerFile(export)).isEqualTo(FIXTURE_ROWS);
        }
    }

    @Test
    void shouldReadTheSameRowsStraightFromTheTwoZips() {
        try (var export = EscoExport.open(EscoFixture.zips(tmp).toArray(Path[]::new))) {
            export.checkComplete();

            assertThat(rowsPerFile(export)).isEqualTo(FIXTURE_ROWS);
            assertThat(export.version()).contains(EscoFixture.ZIP_VERSION);
        }
    }

    @Test
    void shouldFindTheZipsInTheFolderGiven() {
        EscoFixture.zips(tmp);

        try (var export = EscoExport.open(tmp)) {
            export.checkComplete();

            assertThat(rowsPerFile(export)).isEqualTo(FIXTURE_ROWS);
            assertThat(export.version()).contains(EscoFixture.ZIP_VERSION);
        }
    }

    @Test
    void shouldKeepTheRecordsOfMultiLineFieldsWhole() {
        var labels = new ArrayList<String>();
        try (var export = EscoExport.open(EscoFixture.folder(tmp))) {
            export.read(EscoFile.SKILLS, r -> labels.add(r.get("altLabels")));
        }

        assertThat(labels.get(0))
                .isEqualTo(
                        "query relational databases\nwrite database queries\n write SQL queries\nquery relational databases");
    }

    @Test
    void shouldNameTheFilesMissingFromAnIncompleteExport() {
        var zips = EscoFixture.zips(tmp);

        try (var export = EscoExport.open(List.of(new EscoExport.Part(zips.get(0), "classification.zip")))) {
            assertThatThrownBy(export::checkComplete)
                    .isInstanceOf(EscoFormatException.class)
                    .hasMessageContaining("broaderRelationsSkillPillar.csv, occupationSkillRelations.csv, "
                            + "skillSkillRelations.csv missing from classification.zip");
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotAZip() throws IOException {
        var notZip = Files.writeString(tmp.resolve("esco.zip"), "conceptUri\n");

        assertThatThrownBy(() -> EscoExport.open(List.of(new EscoExport.Part(notZip, "upload.zip"))))
                .isInstanceOf(EscoFormatException.class)
                .hasMessage("upload.zip is not a zip file (ESCO's export is two CSV zips)");
    }

    @Test
    void shouldHaveNoVersionWhenNoNameCarriesOne() {
        try (var export = EscoExport.open(List.of(new EscoExport.Part(EscoFixture.folder(tmp), "fixture")))) {
            assertThat(export.version()).isEmpty();
        }
    }

    private static Map<EscoFile, Long> rowsPerFile(EscoExport export) {
        var rows = new LinkedHashMap<EscoFile, Long>();
        Arrays.stream(EscoFile.values()).forEach(f -> rows.put(f, export.read(f, r -> {})));
        return rows;
    }
}
