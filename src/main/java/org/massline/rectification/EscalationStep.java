package org.massline.rectification;

/**
 * A rung of the ladder for rectification that lags (DOMAIN §5, seed 002), mildest first, as
 * {@code rectification-escalation.dmn} names them; who records it, if anyone before it is delivered.
 */
public enum EscalationStep {
  REMINDER("催办", Recorder.NOBODY),
  SUPERVISION_NOTICE("督办通知单（限期整改）", Recorder.SUPERVISION_GROUP),
  REDO("回炉补课", Recorder.SUPERVISION_GROUP),
  REMINDER_TALK("约谈提醒", Recorder.SUPERVISION_GROUP),
  ADMONITION("诫勉批评", Recorder.SUPERIOR),
  ACCOUNTABILITY("一案双查", Recorder.SUPERVISION_GROUP);

  /** Who writes the rung down before the owner and the principal receive it. */
  public enum Recorder {
    NOBODY, SUPERVISION_GROUP, SUPERIOR
  }

  private final String label;
  private final Recorder recorder;

  EscalationStep(String label, Recorder recorder) {
    this.label = label;
    this.recorder = recorder;
  }

  public String label() {
    return label;
  }

  public Recorder recorder() {
    return recorder;
  }
}
