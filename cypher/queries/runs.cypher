// The last load runs (load, reload, watch): when, from which source, what they did and how they ended.
// A run whose process was killed stays RUNNING until the next run of its source marks it INCOMPLETE.
//   :params {source: null, skip: null, limit: null}
// skip/limit: a page of the runs, newest first (null = from the newest / the last 20).
MATCH (r:LoadRun)
WHERE $source IS NULL OR r.source = $source OR r.source ENDS WITH $source
RETURN r.id AS id, r.command AS command, r.source AS source, r.startedAt AS startedAt, r.finishedAt AS finishedAt,
       r.status AS status, r.added AS added, r.changed AS changed, r.deleted AS deleted, r.unchanged AS unchanged,
       r.failed AS failed, r.message AS message
ORDER BY startedAt DESC
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 20);
