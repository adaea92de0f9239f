package io.yizhan.volunteer.jobs;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.demo.DemoHistoryService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo province's past week of duty shifts ({@code yizhan.jobs.demo-history.every}), in the local stack
 * only (the service checks the switch); stations arrive by events after start-up, so it runs until they are
 * all there, then does nothing.
 */
@ApplicationScoped
public class DemoHistoryJob {

    private final DemoHistoryService history;

    public DemoHistoryJob(DemoHistoryService history) {
        this.history = history;
    }

    @Scheduled(identity = "demo-history", every = "${yizhan.jobs.demo-history.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> run() {
        return history.fillMissing().replaceWithVoid();
    }
}
