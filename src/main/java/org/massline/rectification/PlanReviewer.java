package org.massline.rectification;

/** Who reviews a rectification plan: the supervision group gives its opinion, the superior decides. */
public enum PlanReviewer {
  SUPERVISION, SUPERIOR
}
