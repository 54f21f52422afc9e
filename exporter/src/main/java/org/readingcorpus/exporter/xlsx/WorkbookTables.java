package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.BitSet;
import java.util.Date;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads the tables of an .xlsx (a header row, then one row per record) as a stream, keeping only
 * the columns asked for. POI opens the package (with its zip-bomb limits); the sheets and the
 * shared strings are read with StAX, without DTDs or external entities. A sheet saved by Excel or
 * LibreOffice keeps its text in the shared-strings table, which can hold every paragraph of the
 * corpus: it is read only for the strings the wanted columns use, found in a first pass over the
 * sheet. Cost is linear in the file; memory grows with the wanted cells only.
 */
final class WorkbookTables implements AutoCloseable {

    /** One row of a table: its 1-based number as the spreadsheet shows it, and the wanted values by header. */
    record TableRow(int number, Map<String, String> values) {
        String get(String header) {
            return values.getOrDefault(header, "");
        }

        boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    interface TableHandler {
        /** The header row: header text by column index (0-based), before any row. */
        void header(Map<Integer, String> headers) throws WorkbookFileException;

        void row(TableRow row) throws WorkbookFileException;
    }

    private final Path file;
    private final OPCPackage pack;
    private final XSSFReader reader;
    private final List<String> sheetNames = new ArrayList<>();
    private final XMLInputFactory xml = XMLHelper.newXMLInputFactory();

    private WorkbookTables(Path file, OPCPackage pack) throws WorkbookFileException {
        this.file = file;
        this.pack = pack;
        try {
            this.reader = new XSSFReader(pack);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                sheetNames.add(sheets.getSheetName());
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            pack.revert();
            throw failure(e);
        }
    }

    static WorkbookTables open(Path file) throws WorkbookFileException {
        if (!Files.isRegularFile(file)) {
            throw new WorkbookFileException(file, Files.exists(file) ? "is not a file" : "no such file");
        }
        try {
            return new WorkbookTables(file, OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException e) {
            throw new WorkbookFileException(file, "is not an .xlsx workbook (an Excel 97-2003 .xls must be saved as .xlsx)");
        } catch (RuntimeException e) {
            throw failure(file, e);
        }
    }

    /** When the workbook was last saved (or made), from its document properties. */
    Optional<Instant> savedAt() {
        try {
            var properties = pack.getPackageProperties();
            return properties.getModifiedProperty().or(properties::getCreatedProperty).map(Date::toInstant);
        } catch (InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    /** Streams the table on {@code sheet}, keeping the columns whose header is in {@code wanted}. */
    void readTable(String sheet, Set<String> wanted, TableHandler handler) throws WorkbookFileException {
        try {
            // pass 1: the header row, and which shared strings each column uses
            Map<Integer, RawCell> headerCells = new LinkedHashMap<>();
            Map<Integer, BitSet> stringsByColumn = new HashMap<>();
            scanSheet(sheet, (row, column, cell) -> {
                if (row == 1) {
                    headerCells.put(column, cell);
                } else if (cell.sharedIndex() >= 0) {
                    stringsByColumn.computeIfAbsent(column, c -> new BitSet()).set(cell.sharedIndex());
                }
            });
            BitSet headerStrings = new BitSet();
            headerCells.values().forEach(c -> {
                if (c.sharedIndex() >= 0) {
                    headerStrings.set(c.sharedIndex());
                }
            });
            Map<Integer, String> strings = sharedStrings(headerStrings);
            Map<Integer, String> headers = new LinkedHashMap<>();
            headerCells.forEach((column, cell) -> headers.put(column, cell.text(strings).strip()));
            handler.header(headers);

            Map<Integer, String> wantedColumns = new HashMap<>();
            BitSet needed = new BitSet();
            headers.forEach((column, header) -> {
                if (wanted.contains(header) && !wantedColumns.containsValue(header)) {
                    wantedColumns.put(column, header);
                    needed.or(stringsByColumn.getOrDefault(column, new BitSet()));
                }
            });
            Map<Integer, String> values = sharedStrings(needed);

            // pass 2: the rows, one at a time
            Map<String, String> current = new HashMap<>();
            int[] currentRow = {0};
            CellVisitor emit = (row, column, cell) -> {
                if (row != currentRow[0]) {
                    flush(currentRow[0], current, handler);
                    currentRow[0] = row;
                }
                String header = wantedColumns.get(column);
                if (row > 1 && header != null) {
                    current.put(header, cell.text(values));
                }
            };
            scanSheet(sheet, emit);
            flush(currentRow[0], current, handler);
        } catch (XMLStreamException | IOException | OpenXML4JException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static void flush(int row, Map<String, String> values, TableHandler handler) {
        if (row > 1) {
            try {
                handler.row(new TableRow(row, Map.copyOf(values)));
            } catch (WorkbookFileException e) {
                throw new StopReading(e);
            }
        }
        values.clear();
    }

    /** Carries a handler's refusal out of the StAX loop. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading(WorkbookFileException cause) {
            super(cause);
        }
    }

    /** A cell as stored: text (inline, a formula's result, a number) or an index into the shared strings. */
    private record RawCell(String inline, int sharedIndex) {
        String text(Map<Integer, String> strings) {
            return sharedIndex >= 0 ? strings.getOrDefault(sharedIndex, "") : inline;
        }
    }

    @FunctionalInterface
    private interface CellVisitor {
        void cell(int row, int column, RawCell cell);
    }

    private void scanSheet(String sheet, CellVisitor visitor)
            throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = sheetStream(sheet)) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                int row = 0;
                int column = -1;
                String type = null;
                // a cell's <v> (value) and <is> (inline string) text; POI writes both when it edits an
                // inline string, and, as the standard has it, an inline string is its <is>
                StringBuilder value = new StringBuilder();
                StringBuilder inline = new StringBuilder();
                boolean hasInline = false;
                StringBuilder text = null;
                boolean inPhonetic = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "row" -> {
                                String r = x.getAttributeValue(null, "r");
                                row = r == null ? row + 1 : Integer.parseInt(r);
                                column = -1;
                            }
                            case "c" -> {
                                String r = x.getAttributeValue(null, "r");
                                column = r == null ? column + 1 : new CellReference(r).getCol();
                                type = x.getAttributeValue(null, "t");
                                value.setLength(0);
                                inline.setLength(0);
                                hasInline = false;
                            }
                            case "v" -> text = value;
                            case "is" -> hasInline = true;
                            case "t" -> text = inPhonetic ? null : inline;
                            case "rPh" -> inPhonetic = true;
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        if (text != null) {
                            text.append(x.getText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "v", "t" -> text = null;
                            case "rPh" -> inPhonetic = false;
                            case "c" -> visitor.cell(row, column,
                                    rawCell(type, hasInline ? inline.toString() : value.toString()));
                            default -> { }
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
    }

    private static RawCell rawCell(String type, String text) {
        if ("s".equals(type)) {
            return new RawCell(null, Integer.parseInt(text.strip()));
        }
        if (type == null || "n".equals(type)) {
            return new RawCell(number(text), -1);
        }
        if ("b".equals(type)) {
            return new RawCell("1".equals(text.strip()) ? "TRUE" : "FALSE", -1);
        }
        return new RawCell(text, -1);
    }

    /** "2.0" shows as "2", as the spreadsheet shows it. */
    private static String number(String text) {
        try {
            double d = Double.parseDouble(text);
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : text;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private InputStream sheetStream(String sheet) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            InputStream in = sheets.next();
            if (sheets.getSheetName().equals(sheet)) {
                return in;
            }
            in.close();
        }
        throw new IllegalArgumentException("no sheet " + sheet);
    }

    /** The shared strings with the given indices; the rest are skipped as they stream by. */
    private Map<Integer, String> sharedStrings(BitSet wanted) throws IOException, XMLStreamException, InvalidFormatException {
        Map<Integer, String> strings = new HashMap<>();
        if (wanted.isEmpty()) {
            return strings;
        }
        List<PackagePart> parts = pack.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                int index = -1;
                StringBuilder text = new StringBuilder();
                boolean inText = false;
                boolean inPhonetic = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "si" -> {
                                index++;
                                text.setLength(0);
                            }
                            case "t" -> inText = !inPhonetic && wanted.get(index);
                            case "rPh" -> inPhonetic = true;
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        if (inText) {
                            text.append(x.getText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "t" -> inText = false;
                            case "rPh" -> inPhonetic = false;
                            case "si" -> {
                                if (wanted.get(index)) {
                                    strings.put(index, text.toString());
                                }
                            }
                            default -> { }
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return strings;
    }

    private WorkbookFileException failure(Exception e) {
        return failure(file, e);
    }

    private static WorkbookFileException failure(Path file, Exception e) {
        if (e instanceof StopReading stop) {
            return (WorkbookFileException) stop.getCause();
        }
        String message = String.valueOf(e.getMessage());
        Throwable cause = e;
        while (cause != null) {
            if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
                return new WorkbookFileException(file, "refused: a part of it expands far beyond its compressed size"
                        + " (a zip bomb?)");
            }
            cause = cause.getCause();
        }
        if (e instanceof XMLStreamException) {
            return new WorkbookFileException(file, "a sheet is not well-formed XML: " + message.lines().findFirst().orElse(""));
        }
        return new WorkbookFileException(file, "cannot be read as a workbook: " + message.lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        pack.revert();
    }
}
