// Gives the load lock back, if we still hold it.
MATCH (l:LoadLock {name: $name})
WHERE l.owner = $owner
SET l.owner = null, l.expires = null, l.since = null;
