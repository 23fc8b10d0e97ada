package org.sstlib.rdf.store;

import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The {@link StoreContract} on {@link SstStore#memory()}. */
class MemoryStoreTest extends StoreContract {

  @Override
  protected SstStore newStore() {
    return SstStore.memory();
  }

  @Override
  protected SstStore newStoreFailingOn(String caseId) {
    return new LocalStore(new FailingDataset(DatasetGraphFactory.createTxnMem(), caseId), LocalStore.Union.VIEW,
        "the in-memory store (failing on " + caseId + ")", () -> { });
  }
}
