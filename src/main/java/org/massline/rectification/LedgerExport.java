package org.massline.rectification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.massline.app.Clock;
import org.massline.rectification.Ledgers.ItemView;

/** The ledger as the offices keep it in Excel: one row an item, Chinese headers, as XLSX or CSV. */
final class LedgerExport {

  record Column(String header, Function<ItemView, Object> value) {
  }

  static final List<Column> COLUMNS = List.of(
      new Column("编号", ItemView::id),
      new Column("单位", ItemView::unitName),
      new Column("梯次", ItemView::tier),
      new Column("类别", ItemView::specialTask),
      new Column("“四风”类别", ItemView::windLabel),
      new Column("整改任务", ItemView::task),
      new Column("整改措施", ItemView::measures),
      new Column("完成时限", i -> i.deadline() == null ? "" : i.deadline().toString()),
      new Column("责任人", ItemView::ownerName),
      new Column("整改承诺", i -> i.commitment() == null ? "" : i.commitment()),
      new Column("立行立改", i -> i.quickFix() ? "是" : "否"),
      new Column("须群众评议", i -> i.publicAcceptance() ? "是" : "否"),
      new Column("状态", ItemView::statusLabel),
      new Column("逾期", i -> i.overdue() ? "是" : "否"),
      new Column("督办", ItemView::escalated),
      new Column("销号时间", i -> i.closedAt() == null ? "" : Clock.toLocalDate(i.closedAt()).toString()));

  private LedgerExport() {
  }

  static byte[] xlsx(List<ItemView> items) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("整改台账");
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(COLUMNS.get(c).header());
      }
      for (int r = 0; r < items.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < COLUMNS.size(); c++) {
          Object value = COLUMNS.get(c).value().apply(items.get(r));
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(value)); // a string cell: never a formula
          }
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 with a byte-order mark, so that Excel reads the Chinese; cells that Excel would run as formulas quoted. */
  static byte[] csv(List<ItemView> items) {
    StringBuilder text = new StringBuilder("\uFEFF");
    text.append(String.join(",", COLUMNS.stream().map(c -> cell(c.header())).toList())).append("\r\n");
    for (ItemView item : items) {
      text.append(String.join(",", COLUMNS.stream().map(c -> cell(String.valueOf(c.value().apply(item)))).toList()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
        ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
