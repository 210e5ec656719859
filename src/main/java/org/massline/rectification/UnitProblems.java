package org.massline.rectification;

import org.massline.forms.Checks;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Commentary;
import org.massline.meeting.MeetingRepository.Criticism;
import org.massline.meeting.MeetingRepository.HandoffItem;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingStatus;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingRepository.LifeMeeting;
import org.massline.organizationallife.LifeMeetingStatus;
import org.springframework.stereotype.Component;

/**
 * Gathers what a unit's rectification starts from (DOMAIN §4 stage 3): of every meeting the unit
 * finished, the problems handed off with their measures, the criticisms each member received and
 * the supervision group's commentary; of every organizational life meeting, its problem list. Each
 * is taken into one rectification only, so a second rectification starts from what is new.
 */
@Component
public class UnitProblems {

  private final MeetingRepository meetings;
  private final LifeMeetingRepository lifeMeetings;
  private final RectificationRepository repository;

  public UnitProblems(MeetingRepository meetings, LifeMeetingRepository lifeMeetings,
      RectificationRepository repository) {
    this.meetings = meetings;
    this.lifeMeetings = lifeMeetings;
    this.repository = repository;
  }

  public void gather(long rectificationId, String unitId) {
    for (HandoffItem item : meetings.findHandoffItems(unitId)) {
      repository.insertProblemIfNew(rectificationId, ProblemOrigin.MEETING_PROBLEM, item.id(), item.subjectId(),
          item.wind(), item.problem(), Checks.blankToNull(item.measures()));
    }
    for (Meeting meeting : meetings.findMeetingsOfUnit(unitId)) {
      if (meeting.status() != MeetingStatus.CLOSED) {
        continue;
      }
      meetings.findLatestRecord(meeting.id()).ifPresent(record -> {
        for (Criticism c : meetings.findCriticisms(record.id())) {
          repository.insertProblemIfNew(rectificationId, ProblemOrigin.CRITICISM, c.id(), c.targetId(), null,
              c.content(), null);
        }
      });
      for (Commentary c : meetings.findCommentary(meeting.id())) {
        if (c.problems() != null && !c.problems().isBlank()) {
          repository.insertProblemIfNew(rectificationId, ProblemOrigin.COMMENTARY, c.id(), c.subjectId(), null,
              c.problems(), c.requirements());
        }
      }
    }
    for (LifeMeeting lifeMeeting : lifeMeetings.findLifeMeetingsOfUnit(unitId)) {
      if (lifeMeeting.status() == LifeMeetingStatus.CLOSED) {
        lifeMeetings.findProblems(lifeMeeting.id()).forEach(p -> repository.insertProblemIfNew(rectificationId,
            ProblemOrigin.BRANCH_PROBLEM, p.id(), null, p.wind(), p.description(), null));
      }
    }
  }
}
