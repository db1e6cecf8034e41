package org.skillgraph.api.cli;

import java.time.Period;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO-8601 period ({@code P2Y}, {@code P18M}) that must be positive. */
final class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        try {
            var period = Period.parse(value);
            if (period.isNegative() || period.isZero()) {
                throw new TypeConversionException("'" + value + "' must be a positive period such as P2Y or P18M");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 period such as P2Y or P18M");
        }
    }
}
