package org.massline.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page, and the logout confirmation the webapps' "log out" link leads to. */
@Controller
public class LoginController {

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

  @GetMapping("/logout")
  public String logout() {
    return "logout";
  }
}
