package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a request's deadline interrupts its thread, and that the thread always ends up cleared. */
class RequestDeadlineTest {
    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        alarms.shutdownNow();
    }

    @Test
    void aWaitPastTheDeadlineIsInterruptedAndTheThreadLeftCleared() {
        RequestDeadline deadline = RequestDeadline.start(100, () -> false, alarms);
        boolean interrupted = waitInterruptibly(5_000);
        assertThat(interrupted).as("interrupted at the deadline").isTrue();
        assertThat(deadline.passed()).isTrue();
        Thread.currentThread().interrupt(); // as the Elasticsearch client re-asserts it
        assertThat(deadline.finish()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("cleared by finish").isFalse();
    }

    @Test
    void workFinishedInTimeIsNeverInterruptedLater() throws InterruptedException {
        RequestDeadline deadline = RequestDeadline.start(100, () -> false, alarms);
        assertThat(deadline.finish()).isFalse();
        Thread.sleep(300);
        assertThat(Thread.interrupted()).isFalse();
        assertThat(deadline.passed()).isFalse();
    }

    /** An export already streaming to a slow client is let finish: the deadline bounds the wait for an answer. */
    @Test
    void anAnswerAlreadyBegunIsNotCut() {
        RequestDeadline deadline = RequestDeadline.start(100, () -> true, alarms);
        assertThat(waitInterruptibly(400)).isFalse();
        assertThat(deadline.finish()).isFalse();
    }

    private static boolean waitInterruptibly(long millis) {
        try {
            new CountDownLatch(1).await(millis, TimeUnit.MILLISECONDS); // nobody counts down: only time or an interrupt ends it
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
