package org.massline.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.meeting.MeetingRepository.SupervisionOpinion;
import org.massline.organization.PersonNames;
import org.massline.organization.UnitNames;
import org.springframework.stereotype.Component;

/** How the report steps name a report and tell its reviews. */
@Component
public class ReportTexts {

  private final MeetingRepository repository;
  private final UnitNames units;
  private final PersonNames names;

  public ReportTexts(MeetingRepository repository, UnitNames units, PersonNames names) {
    this.repository = repository;
    this.units = units;
    this.names = names;
  }

  public String title(Report report) {
    if (report.isGroupReport()) {
      String unitId = repository.findMeeting(report.meetingId()).orElseThrow().unitId();
      return units.nameOf(unitId).orElse(unitId) + "领导班子对照检查材料";
    }
    return names.name(report.authorId()) + "同志个人对照检查材料";
  }

  /** Shows a report's latest version on its task (as {@code reportText}); returns that version. */
  public ReportVersion showLatest(DelegateTask task, Report report) {
    ReportVersion latest = repository.findLatestReportVersion(report.id()).orElseThrow();
    task.setVariableLocal("reportText", ReportSection.format(title(report), latest.version(), latest.sections()));
    return latest;
  }

  /** A share of copied sentences from which a comparison flags the other report. */
  static final double COPIED = 0.3;

  /**
   * What a reviewer sets beside a draft to spot copying (照抄照搬): the author's earlier drafts, the
   * same kind of report from the unit's earlier meetings, and the other reports of this meeting,
   * each with the share of this draft's sentences found word for word in it.
   */
  public String comparison(Report report, ReportVersion draft) {
    StringBuilder text = new StringBuilder();
    int flagged = 0;
    for (ReportVersion earlier : repository.findReportVersions(report.id())) {
      if (earlier.version() < draft.version()) {
        text.append(text.isEmpty() ? "本材料此前各稿：" : "").append("\n· 第 ").append(earlier.version()).append(" 稿（")
            .append(earlier.submittedAt().toLocalDateTime().toLocalDate()).append("）：本稿 ")
            .append(ReportSimilarity.of(draft.sections(), earlier.sections()).percent()).append("% 的句子与之相同");
      }
    }
    StringBuilder others = new StringBuilder();
    List<Report> earlier = repository.findEarlierReports(report);
    List<Report> ofThisMeeting = repository.findReports(report.meetingId()).stream()
        .filter(other -> other.id() != report.id()).toList();
    Map<Long, ReportVersion> latest = repository.findLatestReportVersions(
        Stream.concat(earlier.stream(), ofThisMeeting.stream()).map(Report::id).toList());
    for (Report other : earlier) {
      Meeting meeting = repository.findMeeting(other.meetingId()).orElseThrow();
      flagged += line(others, draft, latest.get(other.id()), meeting.title() + "（"
          + meeting.startedAt().toLocalDateTime().toLocalDate() + " 发起）的" + title(other));
    }
    for (Report other : ofThisMeeting) {
      flagged += line(others, draft, latest.get(other.id()), "本次会议" + title(other));
    }
    if (!others.isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n\n").append("与其他材料相同的句子：").append(others);
    }
    text.append(text.isEmpty() ? "" : "\n\n").append(flagged == 0 ? "未发现与以往材料或其他成员材料大段相同的内容。"
        : "有 " + flagged + " 份材料与本稿大段相同（标【疑似照抄】），请对照审核。");
    return text.toString();
  }

  /** One line for another report's latest version (none when it has no version yet); 1 when it is flagged. */
  private static int line(StringBuilder text, ReportVersion draft, ReportVersion version, String name) {
    if (version == null) {
      return 0;
    }
    ReportSimilarity.Overlap overlap = ReportSimilarity.of(draft.sections(), version.sections());
    boolean copied = overlap.share() >= COPIED;
    text.append("\n· ").append(copied ? "【疑似照抄】" : "").append(name).append("（第 ").append(version.version())
        .append(" 稿）：").append(overlap.copied()).append(" 句相同，占本稿 ").append(overlap.percent()).append("%");
    return copied ? 1 : 0;
  }

  /** The supervision group's opinions, each beside the draft it was given on. */
  public void appendOpinions(StringBuilder text, List<SupervisionOpinion> opinions) {
    for (SupervisionOpinion o : opinions) {
      text.append("\n\n第 ").append(o.version()).append(" 稿督导组意见：").append(o.approves() ? "建议通过" : "建议退回修改")
          .append("（").append(names.name(o.supervisorId())).append("）");
      if (o.reasons() != null) {
        text.append("\n理由：").append(reasonLabels(o.reasons()));
      }
      if (o.comment() != null) {
        text.append("\n说明：").append(o.comment());
      }
    }
  }

  private static String reasonLabels(String codes) {
    return Arrays.stream(codes.split(",")).map(code -> ReviewReason.valueOf(code).label()).collect(Collectors.joining("；"));
  }

  public void appendReviews(StringBuilder text, List<Review> reviews) {
    for (Review r : reviews) {
      text.append("\n\n第 ").append(r.version()).append(" 稿审核：").append(r.approved() ? "通过" : "退回修改")
          .append("（").append(names.name(r.reviewerId())).append("，").append(r.reviewedAt().toLocalDateTime().toLocalDate())
          .append("）");
      if (r.reasons() != null) {
        text.append("\n退回理由：").append(reasonLabels(r.reasons()));
      }
      if (r.comment() != null) {
        text.append("\n审核意见：").append(r.comment());
      }
    }
  }
}
