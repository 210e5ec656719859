package org.massline.organization;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Forgetting cached rows an import changes: after its commit, or a reader would cache the old rows again. */
final class AfterCommit {

  private AfterCommit() {
  }

  static void run(Runnable forget) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          forget.run();
        }
      });
    } else {
      forget.run();
    }
  }
}
