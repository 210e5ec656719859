package org.massline.organization;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads an organization CSV file (UTF-8, comma separated, first line a header) one record at a
 * time. Headers may be given in English or Chinese; see README "Organization file". Refuses what
 * it cannot map to a column and cells a spreadsheet would execute or the identity store garble.
 */
@Component
public class OrganizationFileReader {

  private static final Logger log = LoggerFactory.getLogger(OrganizationFileReader.class);

  /** Column keys and the Chinese headers accepted for them. */
  static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("type", "类型");
    COLUMNS.put("id", "编号");
    COLUMNS.put("name", "名称");
    COLUMNS.put("category", "类别");
    COLUMNS.put("tier", "梯次");
    COLUMNS.put("parent", "上级单位");
    COLUMNS.put("region", "地区");
    COLUMNS.put("superior", "上级党组织");
    COLUMNS.put("superiorLeader", "上级联系领导");
    COLUMNS.put("supervisionGroup", "督导组");
    COLUMNS.put("weak", "软弱涣散");
    COLUMNS.put("unit", "所在单位");
    COLUMNS.put("role", "职务");
    COLUMNS.put("contactPoints", "联系点");
    COLUMNS.put("email", "邮箱");
    COLUMNS.put("inCharge", "分管");
  }

  public OrganizationFile read(Reader reader) {
    OrganizationFile file = new OrganizationFile();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();
    // the first line of the record being read: where a failure to read is reported
    long line = 1;
    try (CSVParser parser = format.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        file.problems.add(new ImportProblem(1, "文件为空：第一行应为表头（type,id,name,…）"));
        return file;
      }
      Header header = header(records.next(), file);
      if (header == null) {
        return file;
      }
      line = parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int lineNumber = (int) line;
        line = parser.getCurrentLineNumber() + 1;
        if (isBlank(record)) {
          continue;
        }
        if (checkCells(file, lineNumber, record, header)) {
          addLine(file, lineNumber, new Row(record, header.columns()));
        }
      }
    } catch (UncheckedIOException e) {
      unreadable(file, (int) line, e.getCause());
    } catch (IOException e) {
      unreadable(file, (int) line, e);
    }
    return file;
  }

  /** Reading stopped: the rest of the file is unknown, so this is the file's only problem worth reporting. */
  private static void unreadable(OrganizationFile file, int line, Throwable cause) {
    file.aborted = true;
    if (cause instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
      file.problems.add(new ImportProblem(notUtf8.line(), "文件不是 UTF-8 编码（第 " + notUtf8.line()
          + " 行）：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入"));
    } else if (cause instanceof CSVException) {
      log.info("Organization file unreadable from line {}: {}", line, cause.getMessage());
      file.problems.add(new ImportProblem(line, "CSV 格式错误（引号不配对或行不完整），从第 " + line + " 行起无法读取"));
    } else {
      log.info("Organization file unreadable from line {}", line, cause);
      file.problems.add(new ImportProblem(line, "无法读取文件，从第 " + line + " 行起读取失败"));
    }
  }

  /** The header: known columns, each at most once, by key; null (and problems) otherwise. */
  private Header header(CSVRecord record, OrganizationFile file) {
    Map<String, Integer> columns = new HashMap<>();
    Map<Integer, String> keys = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String cell = stripBom(record.get(i)).trim();
      if (cell.isEmpty()) {
        continue;
      }
      String key = COLUMNS.entrySet().stream()
          .filter(c -> c.getKey().equalsIgnoreCase(cell) || c.getValue().equals(cell))
          .map(Map.Entry::getKey).findFirst().orElse(null);
      if (key == null) {
        file.problems.add(new ImportProblem(1, "表头中有未知的列“" + printable(cell) + "”（第 " + (i + 1)
            + " 列）：可用的列为 " + COLUMNS.entrySet().stream().map(c -> c.getKey() + "（" + c.getValue() + "）")
                .collect(Collectors.joining("、"))));
        continue;
      }
      Integer first = columns.putIfAbsent(key, i);
      if (first != null) {
        file.problems.add(new ImportProblem(1, "表头中的列“" + key + "”（" + COLUMNS.get(key) + "）重复出现（第 "
            + (first + 1) + " 列和第 " + (i + 1) + " 列）"));
      }
      keys.put(i, key);
    }
    for (String required : new String[] {"type", "id", "name"}) {
      if (!columns.containsKey(required)) {
        file.problems.add(new ImportProblem(1, "表头缺少必需的列“" + required + "”（" + COLUMNS.get(required) + "）"));
      }
    }
    return file.problems.isEmpty() ? new Header(columns, keys) : null;
  }

  /**
   * Cells a spreadsheet or the identity store could misread: values without a column, control
   * characters, and formulas (a cell starting with {@code =}, {@code +}, {@code @} or {@code -}
   * runs as a formula when the data is exported to Excel again).
   */
  private static boolean checkCells(OrganizationFile file, int line, CSVRecord record, Header header) {
    boolean ok = true;
    for (int i = 0; i < record.size(); i++) {
      String value = record.get(i);
      if (value.isEmpty()) {
        continue;
      }
      String key = header.keys().get(i);
      String column = key == null ? "第 " + (i + 1) + " 列" : "“" + key + "”（" + COLUMNS.get(key) + "）列";
      if (key == null) {
        file.problems.add(new ImportProblem(line, column + "没有表头，不能填写内容"));
        ok = false;
      } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
        file.problems.add(new ImportProblem(line, column + "含有不可见的控制字符（如 NUL），请删除后重新导入"));
        ok = false;
      } else if (isFormula(value)) {
        file.problems.add(new ImportProblem(line, column + "的内容“" + printable(value)
            + "”以“" + value.charAt(0) + "”开头，会被电子表格当作公式执行，不能导入"));
        ok = false;
      }
    }
    return ok;
  }

  private static boolean isFormula(String value) {
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '@'
        || (first == '-' && value.length() > 1 && !Character.isDigit(value.charAt(1)));
  }

  /** A value quoted back to the user: short, and without characters that would garble the answer. */
  private static String printable(String value) {
    String visible = value.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
  }

  private void addLine(OrganizationFile file, int line, Row row) {
    String type = row.get("type");
    switch (type.toUpperCase(Locale.ROOT)) {
      case "UNIT", "单位" -> file.units.add(new OrganizationFile.UnitLine(line, row.get("id"), row.get("name"),
          row.get("category"), row.get("tier"), row.get("parent"), row.get("region"), row.get("superior"),
          row.get("superiorLeader"), row.get("supervisionGroup"), row.get("weak")));
      case "SUPERVISION_GROUP", "督导组" -> {
        unitOnly(file, line, row);
        file.groups.add(new OrganizationFile.GroupLine(line, row.get("id"), row.get("name"), row.get("region")));
      }
      case "PERSON", "人员" -> {
        unitOnly(file, line, row);
        file.persons.add(new OrganizationFile.PersonLine(line, row.get("id"), row.get("name"), row.get("unit"),
            row.get("role"), row.get("contactPoints"), row.get("email"), row.get("inCharge")));
      }
      default -> file.problems.add(new ImportProblem(line,
          type.isEmpty() ? "缺少类型（UNIT/单位、SUPERVISION_GROUP/督导组、PERSON/人员）"
              : "未知的类型“" + type + "”：应为 UNIT/单位、SUPERVISION_GROUP/督导组 或 PERSON/人员"));
    }
  }

  /**
   * 软弱涣散 describes a unit's leadership group: on another line it would be silently lost, so it is
   * refused (the line is still read, so that lines naming it are judged as usual).
   */
  private static void unitOnly(OrganizationFile file, int line, Row row) {
    if (!row.get("weak").isEmpty()) {
      file.problems.add(new ImportProblem(line, "只有单位行可以填写软弱涣散（weak），此行填写了“"
          + printable(row.get("weak")) + "”"));
    }
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The header's columns: their index by key, and the key at each index. */
  private record Header(Map<String, Integer> columns, Map<Integer, String> keys) {
  }

  /** One record, read by column key; absent columns read as empty. */
  private record Row(CSVRecord record, Map<String, Integer> header) {
    String get(String key) {
      Integer index = header.get(key);
      return index == null || index >= record.size() ? "" : record.get(index).trim();
    }
  }
}
