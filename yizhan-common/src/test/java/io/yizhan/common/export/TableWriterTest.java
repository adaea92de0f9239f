package io.yizhan.common.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableWriterTest {

    static final Table TABLE = Table.named("考评卡 scorecards", "驿站 name", "得分 score", "备注 note")
            .row("五一广场驿站", 87.5, "=HYPERLINK(\"http://evil\")")
            .row("+86 驿站", -3, "@SUM(A1)")
            .row("\tTab", null, "-3")
            .row("逗号, \"引号\"", 0, "\r回车")
            .build();

    @Test
    void excelCellsAreNumbersOrDefusedTextAndTheHeaderComesFirst() throws IOException {
        byte[] xlsx = TableWriter.xlsx(TABLE);
        assertThat(ReadableWorkbook.isOOXMLZipHeader(xlsx)).isTrue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("考评卡 scorecards");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellAsString(0)).contains("驿站 name");
            assertThat(rows.get(1).getCellAsString(0)).contains("五一广场驿站");
            assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("87.5"));
            assertThat(rows.get(1).getCellAsString(2)).contains("'=HYPERLINK(\"http://evil\")");
            assertThat(rows.get(2).getCellAsString(0)).contains("'+86 驿站");
            assertThat(rows.get(2).getCellAsNumber(1)).contains(new BigDecimal("-3"));
            assertThat(rows.get(2).getCellAsString(2)).contains("'@SUM(A1)");
            assertThat(rows.get(3).getCellAsString(0)).contains("'\tTab");
            assertThat(rows.get(3).getOptionalCell(1).map(c -> c.getRawValue()).orElse(null)).isNull();
            assertThat(rows.get(3).getCellAsString(2)).contains("-3");
            assertThat(rows.get(4).getCellAsString(2).orElseThrow()).startsWith("'").endsWith("回车");
            // no cell of the workbook is a formula
            assertThat(rows.stream().flatMap(Row::stream).filter(c -> c != null && c.getFormula() != null)).isEmpty();
        }
    }

    @Test
    void csvIsRfc4180WithABomAndTheSameDefusing() {
        String csv = TableWriter.csv(TABLE);
        assertThat(csv).startsWith("\uFEFF驿站 name,得分 score,备注 note\r\n");
        assertThat(csv).contains("五一广场驿站,87.5,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
        assertThat(csv).contains("'+86 驿站,-3,'@SUM(A1)\r\n");
        assertThat(csv).contains("'\tTab,,-3\r\n");
        assertThat(csv).contains("\"逗号, \"\"引号\"\"\",0,\"'\r回车\"\r\n");
    }

    @Test
    void formulaPrefixesTabAndCarriageReturnIncludedAreDefusedAndPlainNumbersAreNot() {
        assertThat(TableWriter.defuse("=1+1")).isEqualTo("'=1+1");
        assertThat(TableWriter.defuse("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(TableWriter.defuse("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(TableWriter.defuse("-1+1")).isEqualTo("'-1+1");
        assertThat(TableWriter.defuse("-3")).isEqualTo("-3");
        assertThat(TableWriter.defuse("4.5")).isEqualTo("4.5");
        assertThat(TableWriter.defuse("五一广场驿站")).isEqualTo("五一广场驿站");
        assertThat(TableWriter.defuse("")).isEmpty();
    }

    @Test
    void sheetNamesExcelWouldRefuseAreMadeSafe() {
        assertThat(TableWriter.sheetName("a/b:c?[d]*e\\f")).isEqualTo("a_b_c__d__e_f");
        assertThat(TableWriter.sheetName("x".repeat(40))).hasSize(31);
        assertThat(TableWriter.sheetName(" ")).isEqualTo("Sheet1");
    }

    @Test
    void aRowOfTheWrongWidthIsABug() {
        assertThatThrownBy(() -> Table.named("t", "a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
