package org.massline.organization;

/** A person: also a Camunda user with the same id. */
public record Person(String id, String name, String email) {
}
