package org.waypoint.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditExportServletTest {

  @Test
  void everyValueIsQuotedAndQuotesAreDoubled() {
    assertEquals("\"clinician\"", AuditExportServlet.cell("clinician"));
    assertEquals("\"say \"\"hi\"\", then, go\"", AuditExportServlet.cell("say \"hi\", then, go"));
    assertEquals("", AuditExportServlet.cell(null));
  }

  @Test
  void theFirstLineNamesTheColumnsFromTheBundle() {
    assertEquals(
        "event,time_utc,username,roles,action,outcome,client_id,record_type,record_id,detail,"
            + "remote_address\r\n",
        AuditExportServlet.header(Locale.ENGLISH));
  }

  @ParameterizedTest
  @CsvSource({"=HYPERLINK(1)", "+1+1", "-2", "@SUM(A1)"})
  void aValueASpreadsheetWouldRunIsDefused(String typed) {
    assertEquals("\"'" + typed + "\"", AuditExportServlet.cell(typed));
  }
}
