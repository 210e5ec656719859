package org.massline.cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.massline.support.Rest;

/** Waiting, over a node's REST API, for the deadline sweep and the job executor to have caught up. */
final class Sweeps {

  /** The nodes sweep twice a second and a day of the schedule lasts half a second. */
  static final String[] FAST = {"--massline.schedule.time-scale=172800", "--massline.schedule.sweep-every=PT0.5S"};

  private Sweeps() {
  }

  /**
   * Waits at least {@code atLeast}, then until no job is due and every open task that fell due more
   * than two seconds ago carries its reminder (a reminded task has the raised priority).
   */
  static void awaitSwept(Rest admin, Duration atLeast) throws InterruptedException {
    Instant start = Instant.now();
    Instant end = start.plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      Thread.sleep(1000);
      String dueBefore = URLEncoder.encode(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
          .format(new Date(System.currentTimeMillis() - 2000)), StandardCharsets.UTF_8);
      long unreminded = admin.get("/engine-rest/task/count?maxPriority=79&dueBefore=" + dueBefore).json()
          .path("count").asLong();
      long due = admin.get("/engine-rest/job/count?executable=true").json().path("count").asLong();
      if (unreminded == 0 && due == 0 && Duration.between(start, Instant.now()).compareTo(atLeast) >= 0) {
        return;
      }
    }
    throw new AssertionError("overdue tasks still not reminded, or jobs still due, after 3 minutes: stuck");
  }
}
