package org.massline.forms;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The person the engine acts for, if any. */
public final class EngineUsers {

  private EngineUsers() {
  }

  /** The authenticated user of the current command, or null (Java code, jobs). */
  public static Authentication current() {
    return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
  }

  public static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /** A person who is not an administrator: the one the rules of the forms are for. */
  public static boolean isRestricted(Authentication user) {
    return user != null && user.getUserId() != null && !isAdmin(user);
  }
}
