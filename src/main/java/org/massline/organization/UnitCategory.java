package org.massline.organization;

import java.util.Arrays;
import java.util.Optional;

/** The categories of DOMAIN §3 (分类指导), with the tier each starts in by default (§2). */
public enum UnitCategory {
  LEADING_ORGAN("市县领导机关和领导班子", 1),
  AFFILIATED_UNIT("市县直属单位和企事业单位", 1),
  SERVICE_WINDOW("执法监管部门和服务窗口单位", 1),
  TOWNSHIP("乡镇街道", 2),
  VILLAGE_COMMUNITY("村社区", 3),
  NON_PUBLIC("非公有制经济组织和社会组织", 3);

  private final String label;
  private final int defaultTier;

  UnitCategory(String label, int defaultTier) {
    this.label = label;
    this.defaultTier = defaultTier;
  }

  public String label() {
    return label;
  }

  public int defaultTier() {
    return defaultTier;
  }

  /** Accepts the code ({@code TOWNSHIP}) or the Chinese label ({@code 乡镇街道}). */
  public static Optional<UnitCategory> parse(String text) {
    String t = text == null ? "" : text.trim();
    return Arrays.stream(values())
        .filter(c -> c.name().equalsIgnoreCase(t) || c.label.equals(t))
        .findFirst();
  }
}
