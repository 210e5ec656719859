package org.massline.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page, the landing page, and the logout confirmation the webapps' "log out" link leads to. */
@Controller
public class LoginController {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final LoginThrottleSettings throttle;

  public LoginController(LoginThrottleSettings throttle) {
    this.throttle = throttle;
  }

  @GetMapping("/login")
  public String login(Model model) {
    model.addAttribute("lockMinutes", Math.max(1, throttle.lock().toMinutes()));
    model.addAttribute("attemptsPerAccount", throttle.attemptsPerAccount());
    return "login";
  }

  /** The address people are given: their task list (Camunda's own redirect would lead to the Welcome page). */
  @GetMapping("/")
  public String home() {
    return "redirect:" + TASKLIST;
  }

  @GetMapping("/logout")
  public String logout() {
    return "logout";
  }
}
