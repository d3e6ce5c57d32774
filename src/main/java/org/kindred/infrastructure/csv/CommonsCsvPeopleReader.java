package org.kindred.infrastructure.csv;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kindred.application.people.ImportFileException;
import org.kindred.application.people.PeopleCsv;

/**
 * Reads an import file with Commons CSV: strict UTF-8 (a BOM is dropped), the delimiter taken from
 * the header line (a semicolon when it has more semicolons than commas, as spreadsheets write in
 * locales with a decimal comma), RFC 4180 quoting.
 */
@ApplicationScoped
public class CommonsCsvPeopleReader implements PeopleCsv {

    @Override
    public Table read(byte[] content, int mostLines) {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int endOfHeader = text.indexOf('\n');
        String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        int[] newlines = newlines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> names = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                    continue;
                }
                if (names == null) {
                    names = fields;
                } else {
                    if (lines.size() >= mostLines) {
                        throw new ImportFileException("The file has more than " + String.format("%,d", mostLines)
                                + " people. Split it into smaller files.");
                    }
                    lines.add(new Line(lineOf(newlines, start(text, record.getCharacterPosition())), fields));
                }
            }
            if (names == null) {
                throw new ImportFileException("The file is empty. Its first line must name the columns, such as: "
                        + "email,name,roles");
            }
            return new Table(names, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("The file could not be read as CSV: check its quotes. ("
                    + (e.getMessage() == null ? "" : e.getMessage().replaceAll("[^\\w .,:()-]", "")) + ")");
        }
    }

    /**
     * The line a record starts on, counting from 1: Commons CSV numbers records, not lines, and blank
     * lines and line breaks inside quotes make the two differ.
     */
    private static int lineOf(int[] newlines, long position) {
        int index = java.util.Arrays.binarySearch(newlines, (int) position);
        return (index >= 0 ? index : -index - 1) + 1;
    }

    /** Where a record's first field starts: Commons CSV counts from the blank lines it skipped before it. */
    private static long start(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int[] newlines(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("The file is not UTF-8 text. Save it from your spreadsheet as "
                    + "\"CSV UTF-8\" and upload it again.");
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
