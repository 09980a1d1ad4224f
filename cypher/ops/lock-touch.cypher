// Takes the write lock on the load lock node (creating it the first time) for the rest of the
// transaction, so that the check in lock-acquire.cypher sees the last committed holder.
MERGE (l:LoadLock {name: $name})
SET l.touched = $now;
