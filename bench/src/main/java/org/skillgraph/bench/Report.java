package org.skillgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects results and writes them as Markdown (for people) and JSON (for tools), with the machine. */
final class Report {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    private final List<Map<String, Object>> sections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report() {
        var machine = new LinkedHashMap<String, Object>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        json.put("date", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        json.put("machine", machine);
        json.put("sections", sections);
        md.append("# skillgraph benchmark report\n\n")
                .append("Run on ")
                .append(json.get("date"))
                .append(" — ")
                .append(machine.get("processors"))
                .append(" processors, ")
                .append(machine.get("java"))
                .append(", ")
                .append(machine.get("os"))
                .append(
                        ". Produced by `bench/run`; figures are medians (p50) and p99 of one run on a shared, noisy machine: compare ratios within the report, not across runs.\n");
    }

    void jmh(String title, List<Map<String, Object>> rows) {
        sections.add(Map.of("title", title, "kind", "jmh", "rows", rows));
        md.append("\n## ")
                .append(title)
                .append("\n\n| benchmark | p50 | p99 | mean | unit | samples |\n|---|---:|---:|---:|---|---:|\n");
        for (var r : rows) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %s | %d |%n",
                    r.get("benchmark"),
                    (Double) r.get("p50"),
                    (Double) r.get("p99"),
                    (Double) r.get("mean"),
                    r.get("unit"),
                    (Long) r.get("samples")));
        }
        ratios(rows);
    }

    private void ratios(List<Map<String, Object>> rows) {
        var byName = new LinkedHashMap<String, Double>();
        rows.forEach(r -> byName.put((String) r.get("benchmark"), (Double) r.get("p50")));
        ratio(byName, "gapPureCypher", "gapSnapshot", "pure Cypher / snapshot (gap, p50)");
        ratio(byName, "gapSnapshotCacheMiss", "gapSnapshot", "cache miss / cache hit (gap, p50)");
        ratio(
                byName,
                "routeOneSkillPureCypher",
                "routeOneSkillSnapshot",
                "pure Cypher / snapshot (one-skill route, p50)");
        ratio(
                byName,
                "personRoundTripTxFunction",
                "personRoundTrip",
                "tx function / auto-commit as served (person read, p50)");
        ratio(
                byName,
                "personRoundTripExecutableQuery",
                "personRoundTrip",
                "executable query / auto-commit as served (person read, p50)");
    }

    private void ratio(Map<String, Double> p50, String slow, String fast, String label) {
        if (p50.containsKey(slow) && p50.containsKey(fast)) {
            double value = p50.get(slow) / p50.get(fast);
            md.append(String.format(Locale.ROOT, "\nRatio %s: **%.1f×**%n", label, value));
            json.put("ratio: " + label, value);
        }
    }

    /** Says, under the title, the exact command that produced the report. */
    void command(String command) {
        json.put("command", command);
        md.append("\nCommand: `").append(command).append("`\n");
    }

    /** A paragraph of prose under the last section: what a row measures, what the figures mean, what went wrong. */
    void note(String text) {
        notes.add(text);
        json.put("notes", notes);
        md.append('\n').append(text).append('\n');
    }

    /** A table of any shape; cells are written as given (format numbers before). */
    void table(String title, List<String> columns, List<List<Object>> rows) {
        sections.add(Map.of("title", title, "kind", "table", "columns", columns, "rows", rows));
        md.append("\n## ")
                .append(title)
                .append("\n\n| ")
                .append(String.join(" | ", columns))
                .append(" |\n|");
        columns.forEach(c -> md.append("---|"));
        md.append('\n');
        for (var row : rows) {
            md.append("| ");
            row.forEach(cell -> md.append(cell).append(" | "));
            md.setLength(md.length() - 1);
            md.append('\n');
        }
    }

    void http(List<LoadDriver.Result> results) {
        http("HTTP on the demo organisation", " (loopback, closed loop)", results);
    }

    /**
     * Latency results under {@code title} (the Markdown heading adds {@code detail}), with each endpoint's
     * share of the bare-Javalin ceiling when a "hello" row ran with as many clients.
     */
    void http(String title, String detail, List<LoadDriver.Result> results) {
        sections.add(Map.of("title", title, "kind", "http", "rows", results));
        md.append("\n## ")
                .append(title)
                .append(detail)
                .append("\n\n")
                .append(
                        "| endpoint | clients | p50 ms | p99 ms | requests/s | requests | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (var r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.0f | %d | %d |%n",
                    r.name(),
                    r.clients(),
                    r.p50(),
                    r.p99(),
                    r.throughput(),
                    r.requests(),
                    r.errors()));
        }
        for (var r : results) {
            if (!r.name().startsWith("hello")) {
                results.stream()
                        .filter(h -> h.name().startsWith("hello") && h.clients() == r.clients())
                        .findFirst()
                        .ifPresent(h -> md.append(String.format(
                                Locale.ROOT,
                                "%n%s at %d clients: %.0f%% of the bare-Javalin ceiling (throughput)",
                                r.name(),
                                r.clients(),
                                100 * r.throughput() / h.throughput())));
            }
        }
        md.append("\n");
    }

    void importRun(Map<String, Object> figures) {
        sections.add(Map.of("title", "Bundle import", "kind", "import", "figures", figures));
        md.append("\n## Bundle import (generated, fixed seed, one transaction)\n\n| figure | value |\n|---|---:|\n");
        figures.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    }

    void figures(String title, Map<String, Object> figures) {
        sections.add(Map.of("title", title, "kind", "figures", "figures", figures));
        md.append("\n## ").append(title).append("\n\n| figure | value |\n|---|---:|\n");
        figures.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        json.put(
                "heapUsedMiB",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
        var name = System.getProperty("bench.name", "report");
        Files.writeString(dir.resolve(name + ".md"), md.toString());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(name + ".json").toFile(), json);
    }
}
