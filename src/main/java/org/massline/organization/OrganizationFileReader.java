package org.massline.organization;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an organization CSV file (UTF-8, comma separated, first line a header). Headers may be
 * given in English or Chinese; see README "Organization file".
 */
@Component
public class OrganizationFileReader {

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
    COLUMNS.put("unit", "所在单位");
    COLUMNS.put("role", "职务");
    COLUMNS.put("contactPoints", "联系点");
    COLUMNS.put("email", "邮箱");
  }

  public OrganizationFile read(Reader reader) {
    OrganizationFile file = new OrganizationFile();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();
    try (CSVParser parser = format.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        file.problems.add(new ImportProblem(1, "文件为空：第一行应为表头（type,id,name,…）"));
        return file;
      }
      Map<String, Integer> header = header(records.next(), file);
      if (header == null) {
        return file;
      }
      long line = parser.getCurrentLineNumber();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          file.problems.add(new ImportProblem((int) line + 1, "CSV 格式错误（引号不配对或行不完整）：" + e.getMessage()));
          break;
        }
        // a record spanning several physical lines is reported at its first line
        int lineNumber = (int) line + 1;
        line = parser.getCurrentLineNumber();
        if (isBlank(record)) {
          continue;
        }
        addLine(file, lineNumber, new Row(record, header));
      }
    } catch (IOException | UncheckedIOException e) {
      file.problems.add(new ImportProblem(1, "无法读取文件：" + e.getMessage()));
    }
    return file;
  }

  private Map<String, Integer> header(CSVRecord record, OrganizationFile file) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String cell = stripBom(record.get(i)).trim();
      for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
        if (column.getKey().equalsIgnoreCase(cell) || column.getValue().equals(cell)) {
          header.put(column.getKey(), i);
        }
      }
    }
    for (String required : new String[] {"type", "id", "name"}) {
      if (!header.containsKey(required)) {
        file.problems.add(new ImportProblem(1, "表头缺少必需的列“" + required + "”（" + COLUMNS.get(required) + "）"));
      }
    }
    return file.problems.isEmpty() ? header : null;
  }

  private void addLine(OrganizationFile file, int line, Row row) {
    String type = row.get("type");
    switch (type.toUpperCase(Locale.ROOT)) {
      case "UNIT", "单位" -> file.units.add(new OrganizationFile.UnitLine(line, row.get("id"), row.get("name"),
          row.get("category"), row.get("tier"), row.get("parent"), row.get("region"), row.get("superior"),
          row.get("superiorLeader"), row.get("supervisionGroup")));
      case "SUPERVISION_GROUP", "督导组" -> file.groups.add(
          new OrganizationFile.GroupLine(line, row.get("id"), row.get("name"), row.get("region")));
      case "PERSON", "人员" -> file.persons.add(new OrganizationFile.PersonLine(line, row.get("id"), row.get("name"),
          row.get("unit"), row.get("role"), row.get("contactPoints"), row.get("email")));
      default -> file.problems.add(new ImportProblem(line,
          type.isEmpty() ? "缺少类型（UNIT/单位、SUPERVISION_GROUP/督导组、PERSON/人员）"
              : "未知的类型“" + type + "”：应为 UNIT/单位、SUPERVISION_GROUP/督导组 或 PERSON/人员"));
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

  /** One record, read by column key; absent columns read as empty. */
  private record Row(CSVRecord record, Map<String, Integer> header) {
    String get(String key) {
      Integer index = header.get(key);
      return index == null || index >= record.size() ? "" : record.get(index).trim();
    }
  }
}
