package org.massline.organization;

/** A supervision group (督导组): also a Camunda group with the same id. */
public record SupervisionGroup(String id, String name, String region) {
}
