package org.skema.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.skema.io.InputException;

/**
 * One bundle file: its header and data rows. Column names are matched ignoring case, with spaces
 * and hyphens read as underscores; columns whose name starts with '#' are notes and ignored; any
 * other unknown column is an error, so that a misspelt optional column is not silently dropped.
 * Blank rows (also rows of empty cells, as Excel writes them) are skipped; a row with more filled
 * cells than the header has columns is an error.
 */
final class CsvTable {
    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<CsvRow> rows = new ArrayList<>();

    private CsvTable(String file) {
        this.file = file;
    }

    static CsvTable read(Path path, BundleFile kind) {
        CsvText text = CsvText.read(path);
        CsvTable table = new CsvTable(path.toString());
        table.parse(text, kind);
        return table;
    }

    String file() {
        return file;
    }

    List<CsvRow> rows() {
        return rows;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    int index(String column) {
        return columns.getOrDefault(column, -1);
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private void parse(CsvText text, BundleFile kind) {
        int[] lineStarts = lineStarts(text.text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(text.delimiter()).setIgnoreEmptyLines(true).get();
        boolean header = true;
        int width = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord record : parser) {
                int line = line(lineStarts, record.getCharacterPosition());
                List<String> cells = Arrays.asList(record.values());
                if (header) {
                    header(cells, line, kind);
                    width = cells.size();
                    header = false;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    requireNoExtraCells(cells, width, line);
                    rows.add(new CsvRow(this, line, cells));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            String message = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage();
            throw new InputException(file, lineOfParserError(message), null, "is not valid CSV: " + message);
        }
        if (header) {
            throw new InputException(file, 1, null, "is empty; the first line must name the columns: "
                    + String.join(text.delimiter() + "", kind.columns()));
        }
    }

    /**
     * A cell beyond the header's columns belongs to no column, so it would be ignored: a shifted
     * row or a comma inside an unquoted name. Empty trailing cells, as spreadsheets pad rows, are fine.
     */
    private void requireNoExtraCells(List<String> cells, int width, int line) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw new InputException(file, line, i + 1, null, "extra cell '" + cells.get(i).strip()
                        + "' beyond the header's " + width + " columns (quote a cell that contains the delimiter)", null);
            }
        }
    }

    private void header(List<String> cells, int line, BundleFile kind) {
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i);
            String name = normalise(raw);
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!kind.columns().contains(name)) {
                throw new InputException(file, line, i + 1, raw.strip(), "unknown column (columns of " + kind.fileName()
                        + ": " + String.join(", ", kind.columns()) + "; start a column's name with # for notes)", null);
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InputException(file, line, i + 1, raw.strip(), "column is given twice", null);
            }
        }
        for (String required : kind.requiredColumns()) {
            if (!columns.containsKey(required)) {
                throw new InputException(file, line, null, "missing column \"" + required + "\" (columns of "
                        + kind.fileName() + ": " + String.join(", ", kind.columns()) + ")");
            }
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Commons CSV names the line in its messages as "(line 12)"; 0 when it does not. */
    private static int lineOfParserError(String message) {
        if (message == null) {
            return 0;
        }
        var matcher = java.util.regex.Pattern.compile("line:?\\s*(\\d+)").matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
