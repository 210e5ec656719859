package org.massline.supervision;

import org.massline.forms.Variable;

/**
 * The backing class of {@code processes/supervision-notice.bpmn}: its key, its one user task and
 * its variables, typed. {@link #SUPERVISION_GROUP} is also how every supervised process names the
 * group that supervises it.
 */
public final class SupervisionNoticeProcess {

  public static final String KEY = "supervision-notice";
  public static final String ISSUE_SUPERVISION_NOTICE = "issueSupervisionNotice";
  public static final String ACKNOWLEDGE_SUPERVISION_NOTICE = "acknowledgeSupervisionNotice";

  public static final Variable<String> OVERDUE_TASK_ID = Variable.of("overdueTaskId", String.class);
  public static final Variable<String> SUPERVISION_GROUP = Variable.of("supervisionGroup", String.class);
  public static final Variable<String> UNIT_ID = Variable.of("unitId", String.class);
  /** Multi-instance element variable: who receives the issued notice. */
  public static final Variable<String> RECIPIENT = Variable.of("recipient", String.class);

  private SupervisionNoticeProcess() {
  }
}
