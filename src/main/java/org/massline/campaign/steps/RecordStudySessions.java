package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.Stage;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code recordStudySessions} (集中学习、专题讨论): the sessions the unit held, with their attendance;
 * whoever missed one makes it up (补学, 送学上门 for the old and infirm), and the record says how.
 */
@Component(UnitCampaignProcess.RECORD_STUDY_SESSIONS)
public class RecordStudySessions extends Step<RecordStudySessions.Values> {

  public record Values(List<Session> sessions) {
    public Values {
      sessions = listOrEmpty(sessions);
    }
  }

  public record Session(LocalDate heldOn, Double hours, String topic, Integer attended, Integer absent,
      String makeUp) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;

  public RecordStudySessions(CampaignRepository repository, CampaignTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("studyRecord", texts.stageRecord(UNIT_CAMPAIGN_ID.from(task), Stage.STUDY));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.sessions().isEmpty()) {
      problems.add("请至少记录一次集中学习或专题讨论");
    }
    int n = 0;
    for (Session s : values.sessions()) {
      String which = "第 " + ++n + " 次学习";
      Checks.notInFuture(s.heldOn(), which + "的日期", problems);
      if (s.hours() != null && (s.hours() <= 0 || s.hours() > 24)) {
        problems.add(which + "的时长应在 0 到 24 小时之间");
      }
      if (s.absent() != null && s.absent() > 0 && Checks.length(s.makeUp()) < 4) {
        problems.add(which + "有 " + s.absent() + " 人缺席：请写明如何补学（至少 4 字）");
      }
      if (s.attended() != null && s.attended() < 1) {
        problems.add(which + "的到会人数至少为 1");
      }
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    long id = UNIT_CAMPAIGN_ID.from(task);
    String by = Actor.of(task);
    for (Session s : values.sessions()) {
      repository.insertStudySession(id, s.heldOn(), s.hours(), s.topic(), s.attended(),
          s.absent() == null ? 0 : s.absent(), Checks.blankToNull(s.makeUp()), by);
    }
  }
}
