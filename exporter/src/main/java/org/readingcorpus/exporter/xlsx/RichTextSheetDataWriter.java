package org.readingcorpus.exporter.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;

/**
 * POI's streaming writer stores strings inline as plain text, dropping the formatting runs of a
 * rich string. This writer keeps the runs of a {@link HighlightedText}: an inline string may hold
 * runs as a shared string does (ECMA-376 CT_Rst), so a paragraph can show its quote in bold
 * without a shared-strings table, which would hold every paragraph of the corpus in memory.
 */
final class RichTextSheetDataWriter extends GZIPSheetDataWriter {

    RichTextSheetDataWriter() throws IOException {
        super(null);
    }

    /**
     * The sheet's temporary file is compressed at the fastest level: the workbook is compressed
     * again when it is written, and the default level cost the writer thread more than the rest.
     */
    @Override
    protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
        return new GZIPOutputStream(fos, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /**
     * What POI's own escaping writes, a stretch at a time instead of a character at a time: the
     * writer thread spent most of an annotation run here, on paragraphs of context.
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
            };
            if (escaped != null) {
                _out.write(s, run, i - run);
                _out.write(escaped);
                run = i + 1;
            }
        }
        _out.write(s, run, s.length() - run);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        // asking any other cell for its rich string would make POI build one, an XML bean, for nothing
        if (cell == null || columnIndex != ReviewColumn.CONTEXT.ordinal() || cell.getCellType() != CellType.STRING
                || !(cell.getRichStringCellValue() instanceof HighlightedText highlighted)) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(new CellReference(cell.getRowIndex(), columnIndex).formatAsString());
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"" + style + "\"");
        }
        _out.write(" t=\"inlineStr\"><is>");
        String text = highlighted.getString();
        for (HighlightedText.Run run : highlighted.runs()) {
            _out.write("<r>");
            if (run.mark() != null) {
                _out.write(run.mark().runProperties);
            }
            _out.write("<t xml:space=\"preserve\">");
            outputEscapedString(text.substring(run.begin(), run.end()));
            _out.write("</t></r>");
        }
        _out.write("</is></c>");
    }
}
