package org.skillgraph.seed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.BundleReader;

/**
 * The demo loads relative to the day: every date of the bundle moves by the same number of days and nothing
 * else changes. The walk is reflective, so a date field added to the bundle later and left out of the shift
 * fails here.
 */
class DateShiftTest {

    private static final Pattern ISO_DATE = Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}\"");

    @Test
    void shouldMoveEveryDateOfTheDemoByTheDaysSinceItsAnchorAndNothingElse() throws Exception {
        var asWritten = DemoOrganisation.bundle(on(DemoOrganisation.ANCHOR));
        var later = DemoOrganisation.bundle(on(DemoOrganisation.ANCHOR.plusDays(400)));

        List<Long> moves = new ArrayList<>();
        compare(asWritten, later, "bundle", moves);

        String json;
        try (var in = DemoOrganisation.open()) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        long datesInFile = ISO_DATE.matcher(json).results().count();
        assertThat(moves).hasSize((int) datesInFile).containsOnly(400L);
    }

    @Test
    void shouldLeaveTheDemoAsWrittenOnItsAnchorDay() throws Exception {
        try (var in = DemoOrganisation.open()) {
            var written = new BundleReader().read(in);

            assertThat(DemoOrganisation.bundle(on(DemoOrganisation.ANCHOR))).isEqualTo(written);
            assertThat(new DateShift(0).apply(written)).isSameAs(written);
        }
        assertThat(DateShift.between(DemoOrganisation.ANCHOR, DemoOrganisation.ANCHOR.minusDays(3))
                        .days())
                .isEqualTo(-3);
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Walks two values side by side: dates must differ by a number of days (collected), the rest be equal. */
    private static void compare(Object a, Object b, String path, List<Long> moves) throws Exception {
        if (a instanceof LocalDate day) {
            assertThat(b).as(path).isInstanceOf(LocalDate.class);
            moves.add(ChronoUnit.DAYS.between(day, (LocalDate) b));
        } else if (a instanceof Record record) {
            assertThat(b).as(path).isInstanceOf(record.getClass());
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                compare(c.getAccessor().invoke(a), c.getAccessor().invoke(b), path + "." + c.getName(), moves);
            }
        } else if (a instanceof List<?> list) {
            assertThat((List<?>) b).as(path).hasSameSizeAs(list);
            for (int i = 0; i < list.size(); i++) {
                compare(list.get(i), ((List<?>) b).get(i), path + "[" + i + "]", moves);
            }
        } else if (a instanceof Map<?, ?> map) {
            assertThat(b).as(path).isEqualTo(map);
        } else {
            assertThat(b).as(path).isEqualTo(a);
        }
    }
}
