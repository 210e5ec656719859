package org.massline.meeting;

import java.util.List;

import org.massline.meeting.MeetingRepository.Talk;
import org.springframework.stereotype.Component;

/**
 * Heart-to-heart talks (谈心谈话) as the BPMN routes them: one instance per talk, who records it and
 * who confirms it. The steps are {@code meeting.steps.RecordTalk} and {@code ConfirmTalk}.
 */
@Component("meetingTalks")
public class MeetingTalks {

  private final MeetingRepository repository;

  public MeetingTalks(MeetingRepository repository) {
    this.repository = repository;
  }

  /** The collection of the talk multi-instance. */
  public List<Long> talkIds(long meetingId) {
    return repository.findTalks(meetingId).stream().map(Talk::id).toList();
  }

  public String initiator(long talkId) {
    return repository.findTalk(talkId).initiatorId();
  }

  public String partner(long talkId) {
    return repository.findTalk(talkId).partnerId();
  }
}
