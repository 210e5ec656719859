package org.massline.meeting;

/** Where one heart-to-heart talk stands: planned, recorded, confirmed by the other side or disputed. */
public enum TalkStatus {
  PLANNED, RECORDED, CONFIRMED, DISPUTED
}
