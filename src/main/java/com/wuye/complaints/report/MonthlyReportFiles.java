package com.wuye.complaints.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * R-KPI-2 a stored monthly report as a CSV file (UTF-8 with a byte-order mark, so Excel shows the
 * Chinese) and as an XLSX workbook (a sheet of figures, a sheet of listed complaints). Both hold
 * the same rows; no personal data is in a report.
 */
final class MonthlyReportFiles {

  static final Map<String, String> DIMENSIONS =
      Map.of(
          "TOTAL",
          "合计 Total",
          "CATEGORY",
          "类别 Category",
          "BUILDING",
          "楼栋 Building",
          "SEVERITY",
          "等级 Severity",
          "CAUSE",
          "原因（核实结论） Cause (verification)",
          "HANDLER_GROUP",
          "处理组 Handler group");
  static final Map<String, String> LISTS =
      Map.of("REPEAT", "重复投诉 Repeat", "MAJOR", "重大投诉 Major", "HOT", "热点投诉 Hot");
  private static final List<String> FIGURE_HEADER =
      List.of(
          "分析维度 Dimension",
          "项目 Item",
          "受理数 Received",
          "占比 Share",
          "结案数 Closed",
          "满意率 Satisfaction",
          "处理及时率 On time",
          "回访率 Return visits",
          "重复投诉率 Repeat rate",
          "投诉率 Complaint rate");
  private static final List<String> COMPLAINT_HEADER =
      List.of(
          "清单 List",
          "投诉编号 Complaint no.",
          "小区 Community",
          "楼栋 Building",
          "类别 Category",
          "等级 Severity",
          "状态 Status",
          "重复于 Repeat of",
          "重开次数 Reopened",
          "受理时间 Received");

  private MonthlyReportFiles() {}

  static byte[] csv(MonthlyReport.Content content, ZoneId zone) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(
        out,
        List.of(
            "月度投诉分析 Monthly complaint analysis",
            content.report().month(),
            content.report().scope()));
    out.append("\r\n");
    line(out, FIGURE_HEADER);
    figureRows(content).forEach(row -> line(out, row));
    out.append("\r\n");
    line(out, COMPLAINT_HEADER);
    complaintRows(content, zone).forEach(row -> line(out, row));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(MonthlyReport.Content content, ZoneId zone) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
      sheet(book.createSheet("分析 Figures"), FIGURE_HEADER, figureRows(content), percent);
      sheet(
          book.createSheet("投诉清单 Complaints"),
          COMPLAINT_HEADER,
          complaintRows(content, zone),
          percent);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<Object>> figureRows(MonthlyReport.Content content) {
    List<List<Object>> rows = new ArrayList<>();
    for (MonthlyReport.Figure f : content.figures()) {
      List<Object> row = new ArrayList<>();
      row.add(DIMENSIONS.getOrDefault(f.dimension(), f.dimension()));
      row.add(f.item());
      row.add(f.received());
      row.add(f.share());
      row.add(f.closed());
      row.add(f.satisfactionRate());
      row.add(f.onTimeRate());
      row.add(f.returnVisitRate());
      row.add(f.repeatRate());
      row.add(f.complaintRate());
      rows.add(row);
    }
    return rows;
  }

  private static List<List<Object>> complaintRows(MonthlyReport.Content content, ZoneId zone) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    List<List<Object>> rows = new ArrayList<>();
    for (MonthlyReport.Listed c : content.complaints()) {
      List<Object> row = new ArrayList<>();
      row.add(LISTS.getOrDefault(c.list(), c.list()));
      row.add(c.complaintNo());
      row.add(c.community());
      row.add(c.building());
      row.add(c.category());
      row.add(c.severity());
      row.add(c.status());
      row.add(c.repeatOf());
      row.add(c.reopenCount());
      row.add(time.format(c.receivedAt()));
      rows.add(row);
    }
    return rows;
  }

  private static void sheet(
      Sheet sheet, List<String> header, List<List<Object>> rows, CellStyle percent) {
    Row head = sheet.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      head.createCell(i).setCellValue(header.get(i));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (value instanceof BigDecimal rate) {
          cell.setCellValue(rate.doubleValue());
          cell.setCellStyle(percent);
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else {
          cell.setCellValue(value.toString());
        }
      }
    }
    for (int i = 0; i < header.size(); i++) {
      sheet.setColumnWidth(i, 18 * 256);
    }
  }

  private static void line(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object value = values.get(i);
      String text =
          value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
      // a cell Excel would read as a formula is written as text (CSV injection)
      if (text.length() > 1 && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
        text = "'" + text;
      }
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      out.append(text);
    }
    out.append("\r\n");
  }
}
