package org.skillgraph.engine.neo4j;

import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;

/** Null-safe reads of driver values ({@code Value.asString()} on NULL would give the string "null"). */
public final class Rows {

    private Rows() {}

    public static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    public static Integer integer(Value v) {
        return v == null || v.isNull() ? null : v.asInt();
    }

    public static int integer(Value v, int fallback) {
        return v == null || v.isNull() ? fallback : v.asInt();
    }

    public static Double decimal(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    public static boolean bool(Value v, boolean fallback) {
        return v == null || v.isNull() ? fallback : v.asBoolean();
    }

    public static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    public static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
