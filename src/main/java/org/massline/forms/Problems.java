package org.massline.forms;

import java.util.ArrayList;
import java.util.List;

/** The reasons a submission is refused, in Chinese, in the order found. */
public final class Problems {

  private final List<String> reasons = new ArrayList<>();

  public void add(String reason) {
    reasons.add(reason);
  }

  public boolean isEmpty() {
    return reasons.isEmpty();
  }

  public List<String> reasons() {
    return List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return String.join("；", reasons);
  }
}
