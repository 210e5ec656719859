package org.massline.rectification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.massline.app.Clock;
import org.massline.forms.Values;

/** Valid submissions of the rectification's and its ledger items' forms, as Tasklist sends them (lists as Json). */
public final class RectificationForms {

  private RectificationForms() {
  }

  public static Map<String, Object> plan(List<Map<String, Object>> items) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("summary", "聚焦“四风”突出问题，逐项明确任务书、时间表和责任人，边整边改，公开承诺接受群众监督");
    v.put("items", Values.json(items));
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("title", "东河县委常委会议事规则");
    rule.put("purpose", "规范会议数量和规模，减少陪会");
    rule.put("adoptedOn", Clock.today().plusDays(30).toString());
    v.put("institutions", Values.json(List.of(rule)));
    return v;
  }

  public static Map<String, Object> item(String specialTask, String wind, LocalDate deadline, String owner) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("specialTask", specialTask);
    item.put("wind", wind);
    item.put("weight", "official-cars".equals(specialTask) ? "KEY" : "NORMAL");
    item.put("task", "解决会议多、文件多、陪会多的问题");
    item.put("measures", "县委常委会会议每月不超过两次，县级领导不陪会，文件一律精简");
    item.put("deadline", deadline.toString());
    item.put("owner", owner);
    item.put("commitment", "向全县干部群众公开承诺：会议减少三分之一");
    return item;
  }

  public static Map<String, Object> progress(String status) {
    return Map.of("progress", "本月清理会议和文件，会议同比减少三成，印发文件减少两成", "evidence",
        "县委办公室会议台账、发文登记簿", "status", status);
  }

  public static Map<String, Object> acceptance(int satisfied, int basically, int dissatisfied) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heldOn", Clock.today().toString());
    v.put("method", "群众代表座谈测评");
    v.put("satisfied", satisfied);
    v.put("basicallySatisfied", basically);
    v.put("dissatisfied", dissatisfied);
    v.put("opinions", "会议确实少了，但下乡调研还要更多");
    return v;
  }

  public static Map<String, Object> agreeWithPlan() {
    return Map.of("opinion", "AGREE", "comment", "措施具体，时限明确，同意", "addedItems", Values.json(List.of()));
  }

  public static Map<String, Object> approvePlan() {
    return Map.of("decision", "APPROVE", "reasons", "同意");
  }

  public static Map<String, Object> confirmItem() {
    return Map.of("decision", "CONFIRM", "opinion", "经核实已整改到位");
  }
}
