package org.massline.rectification;

import java.util.Optional;

import org.massline.app.Schedule;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every open ledger item on a rhythm (massline.rectification.escalation-every): from the
 * days it is past its deadline, the rungs climbed and its weight, rectification-escalation.dmn names
 * the next rung, if any. Each item in a transaction of its own; a rung is keyed by item and number,
 * so two nodes sweeping at once climb it once. The item itself is never closed or cancelled.
 */
@Component
public class LedgerEscalationSweep {

  private static final Logger log = LoggerFactory.getLogger(LedgerEscalationSweep.class);

  private final RectificationRepository repository;
  private final EscalationDecision decision;
  private final LedgerEscalations escalations;
  private final Schedule schedule;
  private final TransactionTemplate transaction;

  LedgerEscalationSweep(RectificationRepository repository, EscalationDecision decision,
      LedgerEscalations escalations, Schedule schedule, TransactionTemplate transaction) {
    this.repository = repository;
    this.decision = decision;
    this.escalations = escalations;
    this.schedule = schedule;
    this.transaction = transaction;
  }

  /** One sweep at Camunda's current time; answers how many rungs were climbed. */
  public int run() {
    int climbed = 0;
    for (LedgerItem item : repository.findItemsInProgress()) {
      long days = schedule.daysPast(item.createdAt().toInstant(), item.deadline());
      if (days < 1) {
        continue;
      }
      int rungs = repository.findEscalations(item.id()).size();
      Optional<EscalationStep> next = decision.next(rungs, days, item.weight());
      if (next.isEmpty()) {
        continue;
      }
      try {
        transaction.executeWithoutResult(status -> escalations.raise(item, rungs + 1, next.get(), days));
        climbed++;
      } catch (DuplicateKeyException e) {
        log.debug("Rung {} of ledger item {} was climbed by another node", rungs + 1, item.id());
      } catch (RuntimeException e) {
        log.warn("Ledger item {} not escalated this time: {}", item.id(), e.toString());
      }
    }
    return climbed;
  }
}
