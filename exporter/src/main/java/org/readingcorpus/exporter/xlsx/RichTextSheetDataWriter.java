package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
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

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.STRING
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
