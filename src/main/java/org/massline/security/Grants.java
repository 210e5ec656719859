package org.massline.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent Camunda grants: adds permissions to an existing authorization or creates one. */
@Component
public class Grants {

  /** Camunda's id for "every user" in a global authorization. */
  public static final String ANY = Authorization.ANY;

  private final AuthorizationService authorizationService;

  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Grants to every user (a global authorization). */
  public boolean toEveryone(Resource resource, String resourceId, Permission... permissions) {
    return grant(Authorization.AUTH_TYPE_GLOBAL, null, null, resource, resourceId, permissions);
  }

  public boolean toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    return grant(Authorization.AUTH_TYPE_GRANT, null, groupId, resource, resourceId, permissions);
  }

  public boolean toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    return grant(Authorization.AUTH_TYPE_GRANT, userId, null, resource, resourceId, permissions);
  }

  /** Takes permissions back from a group (a grant of an earlier version that was too wide). */
  public void revokeFromGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId)
        .groupIdIn(groupId).singleResult();
    if (authorization == null) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.removePermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /** Cuts users' grants on their own account to {@code allowed} (Camunda's default is ALL, DELETE included). */
  public void limitOwnAccounts(Permission... allowed) {
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.USER).hasPermission(Permissions.DELETE).list()) {
      if (authorization.getUserId() != null && authorization.getUserId().equals(authorization.getResourceId())) {
        authorization.setPermissions(allowed);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }

  /**
   * @return true when something was written. Two nodes starting at once may grant the same thing at
   *     the same moment: the loser finds the winner's grant on its second look.
   */
  private boolean grant(int type, String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    try {
      return grantOnce(type, userId, groupId, resource, resourceId, permissions);
    } catch (ProcessEngineException concurrentlyGranted) {
      return grantOnce(type, userId, groupId, resource, resourceId, permissions);
    }
  }

  private boolean grantOnce(int type, String userId, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    AuthorizationQuery query = authorizationService.createAuthorizationQuery()
        .authorizationType(type).resourceType(resource).resourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_GLOBAL) {
      query.userIdIn(ANY);
    } else if (userId != null) {
      query.userIdIn(userId);
    } else {
      query.groupIdIn(groupId);
    }
    Authorization authorization = query.singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(type);
      if (type == Authorization.AUTH_TYPE_GLOBAL) {
        authorization.setUserId(ANY);
      } else if (userId != null) {
        authorization.setUserId(userId);
      } else {
        authorization.setGroupId(groupId);
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return false;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
    return true;
  }

  private static boolean hasAll(Authorization authorization, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
