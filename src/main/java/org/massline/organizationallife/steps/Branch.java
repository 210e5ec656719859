package org.massline.organizationallife.steps;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.massline.forms.Values;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingRepository.Participant;
import org.massline.organization.PersonNames;
import org.springframework.stereotype.Component;

/** The branch of an organizational life meeting as its steps show and check it. */
@Component
class Branch {

  private final LifeMeetingRepository lifeMeetings;
  private final PersonNames names;

  Branch(LifeMeetingRepository lifeMeetings, PersonNames names) {
    this.lifeMeetings = lifeMeetings;
    this.names = names;
  }

  List<String> members(long lifeMeetingId) {
    return ids(lifeMeetingId, p -> true);
  }

  /** 支部委员会: the secretary and the committee members. */
  List<String> committee(long lifeMeetingId) {
    return ids(lifeMeetingId, Participant::onCommittee);
  }

  private List<String> ids(long lifeMeetingId, Predicate<Participant> which) {
    return lifeMeetings.findParticipants(lifeMeetingId).stream().filter(which).map(Participant::personId).toList();
  }

  String name(String personId) {
    return names.name(personId);
  }

  String names(List<String> personIds) {
    return String.join("、", personIds.stream().map(names::name).toList());
  }

  /** Form options ({@code {label, value}}) naming the people. */
  TypedValue options(List<String> personIds) {
    return Values.json(names.options(personIds));
  }

  /** Who is who in the branch, for the top of a form. */
  String describe(long lifeMeetingId) {
    List<Participant> all = lifeMeetings.findParticipants(lifeMeetingId);
    StringBuilder text = new StringBuilder();
    for (Participant p : all) {
      text.append(text.isEmpty() ? "" : "；").append(title(p)).append("：").append(names.name(p.personId()));
    }
    return text.append("（共 ").append(all.size()).append(" 名党员）").toString();
  }

  /** A branch's own words for its roles. */
  private static String title(Participant p) {
    return switch (p.role()) {
      case PRINCIPAL -> "支部书记";
      case MEMBER -> "支部委员";
      default -> "党员";
    };
  }
}
