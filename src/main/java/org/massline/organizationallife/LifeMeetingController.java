package org.massline.organizationallife;

import java.util.List;
import java.util.stream.Stream;

import org.massline.organization.UnitAccess;
import org.massline.organizationallife.LifeMeetingRepository.Acknowledgement;
import org.massline.organizationallife.LifeMeetingRepository.Appraisal;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.organizationallife.LifeMeetingRepository.BranchCriticism;
import org.massline.organizationallife.LifeMeetingRepository.BranchSession;
import org.massline.organizationallife.LifeMeetingRepository.BriefSelfExamination;
import org.massline.organizationallife.LifeMeetingRepository.FollowUp;
import org.massline.organizationallife.LifeMeetingRepository.LifeMeeting;
import org.massline.organizationallife.LifeMeetingRepository.Participant;
import org.massline.organizationallife.LifeMeetingRepository.Preparation;
import org.massline.organizationallife.LifeMeetingRepository.Problem;
import org.massline.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads organizational life meetings: everything the branch recorded, the appraisal's votes and
 * results, the follow-ups and the signed report. Visible to whom {@link UnitAccess} names for the unit.
 */
@RestController
@RequestMapping("/api/life-meetings")
public class LifeMeetingController {

  /** One meeting as recorded; {@code sessions} each with its criticisms. */
  public record LifeMeetingView(LifeMeeting meeting, List<Participant> participants, Preparation preparation,
      List<Problem> problems, List<BriefSelfExamination> selfExaminations, List<SessionView> sessions,
      List<Appraisal> appraisals, List<AppraisalResult> results, List<FollowUp> followUps,
      Acknowledgement acknowledgement) {
  }

  public record SessionView(BranchSession session, List<BranchCriticism> criticisms) {
  }

  private final LifeMeetingRepository repository;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public LifeMeetingController(LifeMeetingRepository repository, UnitAccess unitAccess, CurrentUser currentUser) {
    this.repository = repository;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  /** The unit's organizational life meetings, if the caller may see its work. */
  @GetMapping
  public List<LifeMeeting> lifeMeetings(@RequestParam String unit) {
    authorize(unit);
    return repository.findLifeMeetingsOfUnit(unit);
  }

  @GetMapping("/{id}")
  public LifeMeetingView lifeMeeting(@PathVariable long id) {
    LifeMeeting meeting = repository.findLifeMeeting(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "组织生活会“" + id + "”不存在"));
    authorize(meeting.unitId());
    List<SessionView> sessions = Stream.of(BranchSessionKind.values())
        .flatMap(kind -> repository.findSession(id, kind).stream())
        .map(s -> new SessionView(s, repository.findCriticisms(s.id()))).toList();
    return new LifeMeetingView(meeting, repository.findParticipants(id), repository.findPreparation(id).orElse(null),
        repository.findProblems(id), repository.findSelfExaminations(id), sessions, repository.findAppraisals(id),
        repository.findResults(id), repository.findFollowUps(id), repository.findAcknowledgement(id).orElse(null));
  }

  private void authorize(String unitId) {
    if (!unitAccess.canView(currentUser.id(), currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的组织生活会");
    }
  }
}
