package org.massline.forms;

import java.util.Set;

/**
 * The domain's rules for the forms of a feature, checked on the server after the form's own
 * schema: a Spring bean per feature, found by the form ids it names.
 */
public interface FormRules {

  Set<String> formIds();

  void check(Submission submission, Problems problems);
}
