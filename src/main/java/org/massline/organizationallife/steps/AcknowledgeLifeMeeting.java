package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Step;
import org.massline.organizationallife.LifeMeetingReport;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingStatus;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledgeLifeMeeting} (上级党组织签收): the superior leader reads the report written from
 * the records and signs for it; the report as signed is kept.
 */
@Component(OrganizationalLifeMeetingProcess.ACKNOWLEDGE_LIFE_MEETING)
public class AcknowledgeLifeMeeting extends Step<AcknowledgeLifeMeeting.Values> {

  public record Values(boolean acknowledged, String remarks) {
  }

  static final String REPORT = "lifeMeetingReport";

  private final LifeMeetingRepository lifeMeetings;
  private final LifeMeetingReport report;

  public AcknowledgeLifeMeeting(LifeMeetingRepository lifeMeetings, LifeMeetingReport report) {
    this.lifeMeetings = lifeMeetings;
    this.report = report;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    lifeMeetings.updateStatus(id, LifeMeetingStatus.ACKNOWLEDGING);
    task.setVariableLocal(REPORT, report.compose(id));
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    // the report as composed from the records, not as a browser may have sent it back
    lifeMeetings.insertAcknowledgement(id, report.compose(id), Checks.blankToNull(v.remarks()), Actor.of(task));
    lifeMeetings.close(id);
  }
}
