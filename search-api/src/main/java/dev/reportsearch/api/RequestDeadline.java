package dev.reportsearch.api;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One request's deadline. When it passes, the thread serving the request is interrupted: the
 * Elasticsearch client waits for its answers interruptibly, so a hanging node, or several tried in
 * turn, stop holding the request at once (and every later call of the request fails at once too).
 * It bounds the wait for an answer, not its delivery: once the answer has begun (an export streaming
 * to a slow client), it is let finish, each Elasticsearch call still bounded by the client's timeouts.
 *
 * <p>The lock makes {@link #finish} and the interrupt exclusive: once {@code finish} returns, no
 * interrupt can arrive any more, and one that arrived has been cleared, so the thread goes back to
 * Jetty's pool (or on to write the answer) uninterrupted.
 */
final class RequestDeadline {
    static final String ATTRIBUTE = RequestDeadline.class.getName();

    private final long millis;
    private final Thread thread;
    private final BooleanSupplier answerBegun;
    private final ScheduledFuture<?> alarm;
    private boolean finished;
    private boolean passed;

    private RequestDeadline(long millis, Thread thread, BooleanSupplier answerBegun, ScheduledExecutorService alarms) {
        this.millis = millis;
        this.thread = thread;
        this.answerBegun = answerBegun;
        this.alarm = alarms.schedule(this::expire, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * A deadline for the request the current thread is serving, {@code millis} from now.
     *
     * @param answerBegun whether the answer has begun (its status and first bytes are sent)
     */
    static RequestDeadline start(long millis, BooleanSupplier answerBegun, ScheduledExecutorService alarms) {
        return new RequestDeadline(millis, Thread.currentThread(), answerBegun, alarms);
    }

    private synchronized void expire() {
        if (!finished && !answerBegun.getAsBoolean()) {
            passed = true;
            thread.interrupt();
        }
    }

    /**
     * Called by the serving thread when the request's work is done: no interrupt comes after this.
     *
     * @return whether the deadline passed before
     */
    synchronized boolean finish() {
        if (!finished) {
            finished = true;
            alarm.cancel(false);
            if (passed) {
                Thread.interrupted();
            }
        }
        return passed;
    }

    synchronized boolean passed() {
        return passed;
    }

    long millis() {
        return millis;
    }
}
