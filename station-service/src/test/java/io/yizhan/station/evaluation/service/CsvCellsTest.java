package io.yizhan.station.evaluation.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation export's cells: a spreadsheet must never read a station's name as a formula. */
class CsvCellsTest {

    @Test
    void formulaPrefixesTabAndCarriageReturnIncludedAreDefused() {
        assertThat(EvaluationReportService.cells("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"" + "\r\n");
        assertThat(EvaluationReportService.cells("@SUM(A1)")).isEqualTo("'@SUM(A1)" + "\r\n");
        assertThat(EvaluationReportService.cells("\t=1+1")).isEqualTo("'\t=1+1" + "\r\n");
        assertThat(EvaluationReportService.cells("\r=1+1")).isEqualTo("\"'\r=1+1\"" + "\r\n");
    }

    @Test
    void numbersAndPlainNamesStayAsTheyAre() {
        assertThat(EvaluationReportService.cells("-3", "4.5", "五一广场驿站")).isEqualTo("-3,4.5,五一广场驿站" + "\r\n");
    }
}
