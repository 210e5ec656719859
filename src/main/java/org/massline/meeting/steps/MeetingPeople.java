package org.massline.meeting.steps;

import java.util.List;

import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.organization.Membership;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.springframework.stereotype.Component;

/** Who takes part in a meeting, as the meeting's steps show and check it. */
@Component
class MeetingPeople {

  private final MeetingRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;

  MeetingPeople(MeetingRepository repository, OrganizationRepository organization, PersonNames names) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
  }

  Meeting meeting(long meetingId) {
    return repository.findMeeting(meetingId).orElseThrow();
  }

  List<String> participants(long meetingId) {
    return repository.findParticipants(meetingId).stream().map(Participant::personId).toList();
  }

  String participantNames(long meetingId) {
    return String.join("、", participants(meetingId).stream().map(names::name).toList());
  }

  List<String> supervisors(Meeting meeting) {
    return organization.findSupervisionMembers(meeting.supervisionGroupId()).stream().map(Membership::personId).toList();
  }

  String name(String personId) {
    return names.name(personId);
  }

  /** Form options ({@code {label, value}}) naming the people. */
  org.camunda.bpm.engine.variable.value.TypedValue options(List<String> personIds) {
    return org.massline.forms.Values.json(names.options(personIds));
  }
}
