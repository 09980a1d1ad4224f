// The load lock is free when nobody holds it, its holder's lease expired (a crashed holder), its holder
// is a process of this machine that no longer runs ($deadOwner), or we hold it already; then it is ours
// until $expires.
MATCH (l:LoadLock {name: $name})
WITH l, (l.owner IS NULL OR l.expires < $now OR l.owner = $owner OR l.owner = $deadOwner) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.since = CASE WHEN free AND l.owner <> $owner THEN $now WHEN free AND l.since IS NULL THEN $now ELSE l.since END,
    l.expires = CASE WHEN free THEN $expires ELSE l.expires END
RETURN free, l.owner AS owner, l.since AS since, l.expires AS expires;
