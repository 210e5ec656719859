package org.massline.support;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a given user with their Camunda groups, so authorization applies as in production. */
public final class Users {

  private Users() {
  }

  public static <T> T as(ProcessEngine engine, String userId, Supplier<T> call) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public static void as(ProcessEngine engine, String userId, Runnable call) {
    as(engine, userId, () -> {
      call.run();
      return null;
    });
  }
}
