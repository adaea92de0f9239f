package io.yizhan.common.jobs;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.SkippedExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import io.quarkus.scheduler.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the scheduled jobs of this service have done: per job identity, how many runs finished (so a
 * test waits for "the job ran" rather than for a while), and whether a run is under way (so the
 * jobs can be paused at a point where none is half done).
 *
 * <p>The scheduler announces the end of each run (success or failure) and each skipped fire, but not
 * the start of a run: a run is taken to be under way when its trigger fired later than the last run
 * that ended, or when a fire was skipped because the previous run had not ended. A cron trigger
 * reports a "previous fire time" from its creation before it ever fires, so a job none of whose runs
 * has ended counts as fired only once that time moves on from the value first seen (which is noted
 * with every job event, so within a second of start-up).
 */
@ApplicationScoped
public class JobRuns {

    private static final class State {
        long finished;
        Instant lastAccounted;
        boolean runOverlapped;
        boolean seen;
        Instant firstSeenFire;
    }

    private final Scheduler scheduler;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public JobRuns(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    void succeeded(@Observes SuccessfulExecution event) {
        ended(event.getExecution());
    }

    void failed(@Observes FailedExecution event) {
        ended(event.getExecution());
    }

    void skipped(@Observes SkippedExecution event) {
        State state = state(event.getExecution().getTrigger().getId());
        synchronized (state) {
            account(state, event.getExecution().getFireTime());
            // a fire skipped for concurrency means the previous run is still going
            String detail = event.getDetail();
            state.runOverlapped |= detail != null && detail.contains("concurrently");
        }
    }

    private void ended(ScheduledExecution execution) {
        State state = state(execution.getTrigger().getId());
        synchronized (state) {
            state.finished++;
            state.runOverlapped = false;
            account(state, execution.getFireTime());
        }
        scheduler.getScheduledJobs().forEach(this::seen);
    }

    private void seen(Trigger trigger) {
        State state = state(trigger.getId());
        synchronized (state) {
            if (!state.seen) {
                state.seen = true;
                state.firstSeenFire = trigger.getPreviousFireTime();
            }
        }
    }

    private static void account(State state, Instant fireTime) {
        if (state.lastAccounted == null || fireTime.isAfter(state.lastAccounted)) {
            state.lastAccounted = fireTime;
        }
    }

    private State state(String identity) {
        return states.computeIfAbsent(identity, id -> new State());
    }

    /** Runs of the job {@code identity} that have ended (successfully or not) since the service started. */
    public long finished(String identity) {
        State state = state(identity);
        synchronized (state) {
            return state.finished;
        }
    }

    /** Whether no run of any job is under way. */
    public boolean idle() {
        return scheduler.getScheduledJobs().stream().allMatch(this::idle);
    }

    private boolean idle(Trigger trigger) {
        seen(trigger);
        Instant fired = trigger.getPreviousFireTime();
        State state = state(trigger.getId());
        synchronized (state) {
            if (state.runOverlapped) {
                return false;
            }
            if (fired == null) {
                return true;
            }
            if (state.lastAccounted == null) {
                return fired.equals(state.firstSeenFire);
            }
            // the scheduler keeps the previous fire time to the second
            return !state.lastAccounted.truncatedTo(ChronoUnit.SECONDS).isBefore(fired.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /**
     * Stops all jobs from starting and waits until none is running, so that the database changes only
     * through requests until {@link #resume()}. Fails if a run does not end within {@code timeout}.
     */
    public void pauseAndAwaitIdle(Duration timeout) throws InterruptedException {
        scheduler.pause();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!idle()) {
            if (System.nanoTime() > deadline) {
                List<String> running = running();
                scheduler.resume();
                throw new IllegalStateException("scheduled jobs still running after " + timeout + ": " + running);
            }
            Thread.sleep(20); // polling interval of the wait on the condition above
        }
    }

    /** The jobs with a run under way (for messages). */
    public List<String> running() {
        return scheduler.getScheduledJobs().stream().filter(t -> !idle(t)).map(Trigger::getId).toList();
    }

    public void resume() {
        scheduler.resume();
    }
}
