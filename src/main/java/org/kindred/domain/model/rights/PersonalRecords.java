package org.kindred.domain.model.rights;

import java.util.List;
import java.util.Map;

/**
 * What Kindred holds about one person, as sections of rows: each section names the tables of the
 * inventory (docs/privacy.md) it comes from, and each row holds only that person's own data (group
 * names are fine, other people never). Field names are stable: they are the export's format.
 */
public record PersonalRecords(List<Section> sections) {

    public record Section(String name, List<String> tables, List<Map<String, Object>> rows) {
        public Section {
            tables = List.copyOf(tables);
            rows = List.copyOf(rows);
        }
    }

    public PersonalRecords {
        sections = List.copyOf(sections);
    }
}
