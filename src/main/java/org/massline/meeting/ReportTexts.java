package org.massline.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Unit;
import org.springframework.stereotype.Component;

/** How the report steps name a report and tell its reviews. */
@Component
public class ReportTexts {

  private final MeetingRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;

  public ReportTexts(MeetingRepository repository, OrganizationRepository organization, PersonNames names) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
  }

  public String title(Report report) {
    if (report.isGroupReport()) {
      String unitId = repository.findMeeting(report.meetingId()).orElseThrow().unitId();
      return organization.findUnit(unitId).map(Unit::name).orElse(unitId) + "领导班子对照检查材料";
    }
    return names.name(report.authorId()) + "同志个人对照检查材料";
  }

  /** Shows a report's latest version on its task (as {@code reportText}); returns that version. */
  public ReportVersion showLatest(DelegateTask task, Report report) {
    ReportVersion latest = repository.findLatestReportVersion(report.id()).orElseThrow();
    task.setVariableLocal("reportText", ReportSection.format(title(report), latest.version(), latest.sections()));
    return latest;
  }

  public void appendReviews(StringBuilder text, List<Review> reviews) {
    for (Review r : reviews) {
      text.append("\n\n第 ").append(r.version()).append(" 稿审核：").append(r.approved() ? "通过" : "退回修改")
          .append("（").append(names.name(r.reviewerId())).append("，").append(r.reviewedAt().toLocalDateTime().toLocalDate())
          .append("）");
      if (r.reasons() != null) {
        text.append("\n退回理由：").append(Arrays.stream(r.reasons().split(","))
            .map(code -> ReviewReason.valueOf(code).label()).collect(Collectors.joining("；")));
      }
      if (r.comment() != null) {
        text.append("\n审核意见：").append(r.comment());
      }
    }
  }
}
