package org.massline.security.webapp;

import java.util.Set;

import jakarta.ws.rs.Path;

import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.welcome.plugin.spi.impl.AbstractWelcomePlugin;
import org.camunda.bpm.welcome.resource.AbstractWelcomePluginRootResource;

/**
 * A webapp plugin for Tasklist, Cockpit, Admin and Welcome ({@code plugin-webapp/massline-sso/app/plugin.js}):
 * the webapps' "log out" goes to Massline's logout (which ends the single sign-on session), and
 * their own login form is never shown, since Spring Security logs people in. Cockpit's also
 * carries {@link CockpitStatisticsCounts}, so its list of processes counts only readable instances. The webapp plugin SPI
 * wants one plugin class and one root resource per app; they differ only in their base types.
 */
public final class SingleSignOnPlugins {

  public static final String ID = "massline-sso";

  private SingleSignOnPlugins() {
  }

  public static class Tasklist extends AbstractTasklistPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(TasklistResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class TasklistResource extends AbstractTasklistPluginRootResource {
    public TasklistResource() {
      super(ID);
    }
  }

  public static class Cockpit extends AbstractCockpitPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(CockpitResource.class, CockpitStatisticsCounts.class);
    }
  }

  @Path("plugin/" + ID)
  public static class CockpitResource extends AbstractCockpitPluginRootResource {
    public CockpitResource() {
      super(ID);
    }
  }

  public static class Admin extends AbstractAdminPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(AdminResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class AdminResource extends AbstractAdminPluginRootResource {
    public AdminResource() {
      super(ID);
    }
  }

  public static class Welcome extends AbstractWelcomePlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(WelcomeResource.class);
    }
  }

  @Path("plugin/" + ID)
  public static class WelcomeResource extends AbstractWelcomePluginRootResource {
    public WelcomeResource() {
      super(ID);
    }
  }
}
