// A load run ends: its counts and status (OK, FAILED, INTERRUPTED).
MATCH (r:LoadRun {id: $id})
SET r.finishedAt = $now, r.status = $status, r.added = $added, r.changed = $changed, r.deleted = $deleted,
    r.unchanged = $unchanged, r.failed = $failed, r.message = $message;
