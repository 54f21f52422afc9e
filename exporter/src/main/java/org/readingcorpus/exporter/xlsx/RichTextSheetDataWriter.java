package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * POI's streaming writer stores strings inline as plain text, dropping the formatting runs of a
 * rich string. This writer keeps them: an inline string may hold runs as a shared string does
 * (ECMA-376 CT_Rst), so a paragraph can show its quote in bold without a shared-strings table,
 * which would hold every paragraph of the corpus in memory.
 */
final class RichTextSheetDataWriter extends GZIPSheetDataWriter {

    RichTextSheetDataWriter() throws IOException {
        super(null);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null || cell.getCellType() != CellType.STRING
                || !(cell.getRichStringCellValue() instanceof XSSFRichTextString rich) || rich.numFormattingRuns() == 0) {
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
        String text = rich.getString();
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int begin = rich.getIndexOfFormattingRun(i);
            int end = begin + rich.getLengthOfFormattingRun(i);
            _out.write("<r>");
            XSSFFont font = rich.getFontOfFormattingRun(i);
            if (font != null) {
                writeRunProperties(font);
            }
            _out.write("<t xml:space=\"preserve\">");
            outputEscapedString(text.substring(begin, end));
            _out.write("</t></r>");
        }
        _out.write("</is></c>");
    }

    /** Font and size too: a run without them falls back to the application's default font, not the cell's. */
    private void writeRunProperties(XSSFFont font) throws IOException {
        _out.write("<rPr>");
        if (font.getFontName() != null) {
            _out.write("<rFont val=\"");
            outputEscapedString(font.getFontName());
            _out.write("\"/>");
        }
        if (font.getBold()) {
            _out.write("<b/>");
        }
        if (font.getItalic()) {
            _out.write("<i/>");
        }
        XSSFColor color = font.getXSSFColor();
        if (color != null && color.getARGBHex() != null) {
            _out.write("<color rgb=\"" + color.getARGBHex() + "\"/>");
        }
        _out.write("<sz val=\"" + font.getFontHeightInPoints() + "\"/>");
        if (font.getUnderline() != org.apache.poi.ss.usermodel.Font.U_NONE) {
            _out.write("<u/>");
        }
        _out.write("</rPr>");
    }
}
