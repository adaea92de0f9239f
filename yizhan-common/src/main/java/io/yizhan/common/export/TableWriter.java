package io.yizhan.common.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Table} as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read the Chinese) or as
 * an Excel workbook (.xlsx, one sheet, a bold header row).
 *
 * <p>Text cells that start with {@code = + - @}, a tab or a carriage return are prefixed with an
 * apostrophe in both formats: a spreadsheet would otherwise run them as formulas (CSV injection,
 * OWASP), and a station name or a volunteer's display name is typed by people we do not control.
 * Numbers stay numbers; a text that is only a signed number ({@code -3}) is left alone, as it
 * cannot be a formula.
 */
public final class TableWriter {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private TableWriter() {
    }

    /** A text a spreadsheet will show as text, never evaluate. */
    public static String defuse(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    public static String csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = cells.get(i);
            String cell = value == null ? "" : value instanceof Number ? value.toString() : defuse(value.toString());
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.append(cell);
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // the version must look like "1.0": Excel refuses a workbook whose AppVersion does not
            Workbook workbook = new Workbook(bytes, "Yizhan", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.sheetName()));
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, defuse(table.headers().get(c)));
                sheet.width(c, Math.max(10, Math.min(50, table.headers().get(c).length() * 1.6)));
            }
            sheet.range(0, 0, 0, Math.max(0, table.headers().size() - 1)).style().bold().set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, defuse(value.toString()));
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a byte array does not fail: only a bug gets here
        }
        return bytes.toByteArray();
    }

    /** Excel allows 31 characters and none of {@code : \ / ? * [ ]} in a sheet name. */
    static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
