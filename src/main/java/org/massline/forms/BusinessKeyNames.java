package org.massline.forms;

import java.util.Optional;

/** What a business key stands for, in words people read (a unit's id → its name), for task titles. */
public interface BusinessKeyNames {

  Optional<String> nameOf(String businessKey);
}
