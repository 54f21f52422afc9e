package org.readingcorpus.exporter.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The look of review.xlsx, made once per workbook. Machine cells are locked (the default), the
 * reviewer's are not; doubtful rows are orange; highlights never rely on colour alone.
 */
final class ReviewStyles {

    /** Pale enough for black text to keep its contrast (Excel's "orange, lighter 60%"). */
    private static final byte[] DOUBT_ORANGE = {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD};
    private static final byte[] REVIEWER_YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    final CellStyle header;
    final CellStyle machine;
    final CellStyle doubtful;
    final CellStyle context;
    final CellStyle doubtfulContext;
    final CellStyle number;
    final CellStyle doubtfulNumber;
    final CellStyle reviewer;
    final CellStyle percent;

    ReviewStyles(SXSSFWorkbook workbook) {
        machine = workbook.createCellStyle();
        machine.setWrapText(true);
        machine.setVerticalAlignment(VerticalAlignment.TOP);
        doubtful = filled(workbook, machine, DOUBT_ORANGE);
        context = workbook.createCellStyle();
        context.cloneStyleFrom(machine);
        doubtfulContext = filled(workbook, context, DOUBT_ORANGE);
        short twoDecimals = workbook.createDataFormat().getFormat("0.00");
        number = workbook.createCellStyle();
        number.cloneStyleFrom(machine);
        number.setDataFormat(twoDecimals);
        doubtfulNumber = filled(workbook, number, DOUBT_ORANGE);
        percent = workbook.createCellStyle();
        percent.cloneStyleFrom(machine);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        reviewer = filled(workbook, machine, REVIEWER_YELLOW);
        reviewer.setBorderLeft(BorderStyle.THIN);
        reviewer.setLocked(false);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle filled(SXSSFWorkbook workbook, CellStyle base, byte[] rgb) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
