package org.massline.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now: the authenticated user, else the task's assignee. */
public final class Actor {

  private Actor() {
  }

  public static String of(DelegateTask task) {
    String user = authenticatedUser();
    return user != null ? user : task.getAssignee();
  }

  public static String authenticatedUser() {
    if (Context.getCommandContext() == null) {
      return null;
    }
    Authentication auth = Context.getCommandContext().getAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
