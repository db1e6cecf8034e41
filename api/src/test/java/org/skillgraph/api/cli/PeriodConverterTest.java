package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class PeriodConverterTest {

    private final PeriodConverter converter = new PeriodConverter();

    @Test
    void shouldReadAnIsoPeriod() {
        assertThat(converter.convert("P18M")).isEqualTo(Period.ofMonths(18));
        assertThat(converter.convert("P2Y")).isEqualTo(Period.ofYears(2));
    }

    @Test
    void shouldRefuseWhatIsNotAPositivePeriod() {
        assertThatThrownBy(() -> converter.convert("two years"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> converter.convert("P0D"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("positive");
    }
}
