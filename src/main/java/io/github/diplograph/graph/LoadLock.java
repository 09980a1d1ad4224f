package io.github.diplograph.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A lock held in the graph itself ({@code :LoadLock} node), so that two loads against one server —
 * from two machines, two cron jobs, a {@code watch} and a manual {@code reload} — never interleave. It is
 * taken in a transaction of its own with an owner and a lease; the holder renews the lease as it works,
 * and a crashed holder's lease runs out, so a lock is never held forever.
 */
public final class LoadLock implements AutoCloseable {

    static final String NAME = "load";

    private final GraphConnection connection;
    private final String owner;
    private final Duration lease;
    private boolean held;

    private LoadLock(GraphConnection connection, String owner, Duration lease) {
        this.connection = connection;
        this.owner = owner;
        this.lease = lease;
    }

    /**
     * Takes the lock, waiting up to {@code wait} (polling) while another owner holds it.
     *
     * @throws LoadLockedException if it is still held by another owner after {@code wait}
     */
    public static LoadLock acquire(GraphConnection connection, String owner, Duration lease, Duration wait) {
        LoadLock lock = new LoadLock(connection, owner, lease);
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Record r = lock.tryAcquire();
            if (r.get("free").asBoolean()) {
                lock.held = true;
                return lock;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new LoadLockedException("another load holds the graph's load lock: " + r.get("owner").asString()
                        + " since " + r.get("since").asString("?") + " (lease until " + r.get("expires").asString("?")
                        + "); try again later or wait with --wait");
            }
            try {
                Thread.sleep(Math.min(2000, Math.max(100, Duration.between(Instant.now(), deadline).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadLockedException("interrupted while waiting for the load lock");
            }
        }
    }

    /** Extends the lease: called as the load makes progress, so a long load keeps its lock. */
    public void renew() {
        if (held) {
            tryAcquire();
        }
    }

    private Record tryAcquire() {
        String now = Instant.now().toString();
        String expires = Instant.now().plus(lease).toString();
        try (Session session = connection.session()) {
            return session.executeWrite(tx -> {
                tx.run(CypherFiles.statement("ops/lock-touch"), Map.of("name", NAME, "now", now)).consume();
                Record holder = tx.run(CypherFiles.statement("ops/lock-holder"), Map.of("name", NAME)).single();
                String dead = holder.get("owner").isNull() || !deadHereAndNow(holder.get("owner").asString())
                        ? "" : holder.get("owner").asString();
                return tx.run(CypherFiles.statement("ops/lock-acquire"),
                        Map.of("name", NAME, "owner", owner, "now", now, "expires", expires, "deadOwner", dead)).single();
            });
        }
    }

    /**
     * Is {@code holder} ("pid@host") a process of this machine that has died? Then its lock is stale at once
     * — a killed load on an embedded store must not block the next one for a whole lease.
     */
    static boolean deadHereAndNow(String holder) {
        int at = holder.indexOf('@');
        if (at <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(holder.substring(0, at));
            String host = java.net.InetAddress.getLocalHost().getHostName();
            return holder.substring(at + 1).equals(host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException | java.io.IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (held) {
            held = false;
            try (Session session = connection.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(CypherFiles.statement("ops/lock-release"),
                        Map.of("name", NAME, "owner", owner)).consume());
            }
        }
    }
}
