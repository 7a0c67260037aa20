package org.skema.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.skema.io.FormulaCells;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.table.Table;
import org.skema.io.table.TablePlace;
import org.skema.io.table.TableSchema;
import org.skema.io.table.TableSource;

/**
 * A folder of CSV files, one per table (rooms.csv for the table "rooms"), as spreadsheets save them.
 * What is particular to CSV is done here: the delimiter and encoding ({@link CsvText}), quoting, the
 * apostrophe that protects cells from spreadsheet formulas ({@link FormulaCells}), and rejecting a
 * filled cell beyond the header's columns, which is nearly always a comma inside an unquoted name.
 * Any other .csv file in the folder is an error, so that a misnamed file is not silently ignored.
 */
final class CsvTableSource implements TableSource {
    private final Path folder;

    private CsvTableSource(Path folder) {
        this.folder = folder;
    }

    /** @throws InputException if the folder is missing or holds a .csv file that is none of the schemas' */
    static CsvTableSource open(Path folder, List<TableSchema> schemas) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), 0, null, Files.exists(folder)
                    ? "is not a folder (a CSV bundle is a folder of .csv files)" : "no such folder");
        }
        Set<String> known = new TreeSet<>(schemas.stream().map(CsvTableSource::fileName).toList());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && !known.contains(name)) {
                    throw new InputException(file.toString(), 0, null, "unknown bundle file (bundle files: "
                            + String.join(", ", known) + ")");
                }
            }
        } catch (IOException e) {
            throw new InputException(folder.toString(), 0, null, "cannot list the folder: " + IoReasons.of(e));
        }
        return new CsvTableSource(folder);
    }

    static String fileName(TableSchema schema) {
        return schema.name() + ".csv";
    }

    @Override
    public String nameOf(TableSchema schema) {
        return fileName(schema);
    }

    @Override
    public InputException error(TableSchema schema, String detail) {
        return new InputException((schema == null ? folder : folder.resolve(fileName(schema))).toString(), 0, null, detail);
    }

    @Override
    public Table table(TableSchema schema) {
        Path path = folder.resolve(fileName(schema));
        if (!Files.exists(path)) {
            return null;
        }
        return parse(CsvText.read(path), new FilePlace(path.toString(), fileName(schema)), schema);
    }

    /** A CSV file: errors name its path, the line and the column's number. */
    private record FilePlace(String file, String name) implements TablePlace {
        @Override
        public String row(int line) {
            return "line " + line;
        }

        @Override
        public InputException error(int line, int column, String field, String detail) {
            return new InputException(file, line, column, field, detail, null);
        }
    }

    private static Table parse(CsvText text, FilePlace place, TableSchema schema) {
        int[] lineStarts = lineStarts(text.text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(text.delimiter()).setIgnoreEmptyLines(true).get();
        Table table = null;
        int width = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord record : parser) {
                int line = line(lineStarts, record.getCharacterPosition());
                List<String> cells = Arrays.asList(record.values());
                if (table == null) {
                    table = Table.withHeader(schema, place, line, cells);
                    width = cells.size();
                } else {
                    requireNoExtraCells(place, cells, width, line);
                    table.add(line, cells.stream().map(cell -> FormulaCells.unprotect(cell.strip())).toList());
                }
            }
        } catch (UncheckedIOException | IOException e) {
            String message = e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage();
            throw new InputException(place.file(), lineOfParserError(message), null, "is not valid CSV: " + message);
        }
        if (table == null) {
            throw new InputException(place.file(), 1, null, "is empty; the first line must name the columns: "
                    + String.join(text.delimiter() + "", schema.columns()));
        }
        return table;
    }

    /**
     * A cell beyond the header's columns belongs to no column, so it would be ignored: a shifted
     * row or a comma inside an unquoted name. Empty trailing cells, as spreadsheets pad rows, are fine.
     */
    private static void requireNoExtraCells(FilePlace place, List<String> cells, int width, int line) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                throw place.error(line, i + 1, null, "extra cell '" + cells.get(i).strip()
                        + "' beyond the header's " + width + " columns (quote a cell that contains the delimiter)");
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
