package io.yizhan.common.pg;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * PostgreSQL's LISTEN/NOTIFY as a channel between the instances of one service: what one instance
 * NOTIFYs inside a transaction reaches every instance (itself included) once that transaction commits,
 * and never if it rolls back. One connection of its own, outside the pool, reconnecting every second
 * while the database is away; a message sent while an instance was disconnected is lost to it, so
 * listeners treat a message as a hint and keep a way to catch up (polling, a backstop job).
 */
@ApplicationScoped
public class PgChannels {

    private final Vertx vertx;
    private final PgConnectOptions options;
    private volatile PgSubscriber subscriber;

    // LISTEN holds a session: through PgBouncer in transaction mode (the reactive pool's way in k8s) it
    // would be lost between transactions, so it goes where the JDBC URL (Flyway's) goes, to the
    // database itself. NOTIFY itself is sent inside ordinary transactions and passes the pooler.
    public PgChannels(Vertx vertx,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") String user,
                      // empty where the server trusts local connections (the test database): no password then
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url.replaceFirst("^jdbc:", "")).setUser(user);
        password.ifPresent(options::setPassword);
    }

    /** Calls {@code handler} with the payload of each message on {@code channel}, on the listener's event loop. */
    public synchronized void listen(String channel, Consumer<String> handler) {
        if (subscriber == null) {
            subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
            subscriber.closeHandler(() -> Log.warn("LISTEN connection closed; reconnecting"));
            subscriber.channel(channel).handler(handler);
            connect(subscriber);
        } else {
            subscriber.channel(channel).handler(handler);
        }
    }

    /** The reconnect policy covers a connection lost later; a first connect that fails is tried again here. */
    private void connect(PgSubscriber s) {
        s.connect().subscribe().with(
                ok -> Log.debug("LISTEN connection open"),
                failure -> {
                    Log.warnf("LISTEN connection: %s (trying again in 1 s)", failure.getMessage());
                    vertx.setTimer(1_000, id -> {
                        if (s == subscriber) {
                            connect(s);
                        }
                    });
                });
    }

    void close(@Observes ShutdownEvent event) {
        PgSubscriber s;
        synchronized (this) {
            s = subscriber;
            subscriber = null;
        }
        if (s != null) {
            s.close().await().indefinitely();
        }
    }
}
