// Earlier runs of a source that never finished (the process was killed): marked INCOMPLETE and returned.
MATCH (r:LoadRun {source: $source, status: 'RUNNING'})
WHERE r.id <> $id
SET r.status = 'INCOMPLETE'
RETURN r.id AS id, r.startedAt AS startedAt
ORDER BY startedAt;
