package org.kindred.interfaces.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** Responses no browser or proxy keeps, and CSV downloads (quoted fields, CRLF lines, defused formulas). */
public final class PrivateResponses {

    private PrivateResponses() {
    }

    public static Response csv(List<List<String>> rows, String fileName) {
        String csv = rows.stream().map(row -> row.stream().map(PrivateResponses::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return noStore(Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    /** One CSV line (CRLF-terminated) of quoted fields, for a streamed download. */
    public static String csvLine(List<String> fields) {
        return fields.stream().map(PrivateResponses::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A response no browser or proxy keeps: for anything with personal or confidential figures. */
    public static Response noStore(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return builder.cacheControl(noStore).build();
    }

    /** A CSV field, quoted, with a leading formula character defused for spreadsheets. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
