// Who holds the load lock now ("pid@host"), to tell a dead holder on this machine.
MATCH (l:LoadLock {name: $name})
RETURN l.owner AS owner;
