// A load run begins: recorded at once, so a run killed mid-way stays visible as RUNNING.
CREATE (r:LoadRun {id: $id, source: $source, command: $command, owner: $owner, startedAt: $now, status: 'RUNNING'});
