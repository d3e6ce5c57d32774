package org.kindred.application.people;

import java.util.List;

/**
 * Reads an import file as a table (implemented in infrastructure.csv): UTF-8 with or without a BOM,
 * comma or semicolon as the delimiter (whichever the header line uses), quoted fields as RFC 4180.
 */
public interface PeopleCsv {

    /** A line of the file: its number in the file (the header is line 1) and its fields. */
    record Line(int number, List<String> fields) {
    }

    /** The header's column names, as written, and the lines after it; blank lines are left out. */
    record Table(List<String> header, List<Line> lines) {
    }

    /**
     * @throws ImportFileException with a message safe to show, when the file cannot be read as CSV
     */
    Table read(byte[] content, int mostLines);
}
