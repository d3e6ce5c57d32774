package org.kindred.interfaces.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.kindred.application.report.ReportRow;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, as JSON. A hidden figure is a gap (null),
 * never a zero, so a chart shows no more than the table beside it.
 */
final class ReportCharts {

    private static final String COLOUR = "#1f5f7a";

    private ReportCharts() {
    }

    static String bar(String label, List<ReportRow> rows, Function<ReportRow, Double> value, int max) {
        return chart("bar", label, rows, value, max);
    }

    static String line(String label, List<ReportRow> rows, Function<ReportRow, Double> value, int max) {
        return chart("line", label, rows, value, max);
    }

    private static String chart(String type, String label, List<ReportRow> rows, Function<ReportRow, Double> value,
                                int max) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ReportRow row : rows) {
            labels.add(row.label());
            Double figure = value.apply(row);
            if (figure == null) {
                data.addNull();
            } else {
                data.add(Math.round(figure * 10) / 10.0);
            }
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOUR).add("borderColor", COLOUR).add("spanGaps", false);
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y",
                Json.createObjectBuilder().add("min", 0).add("max", max));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder().add("scales", scales).add("animation", false)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }
}
