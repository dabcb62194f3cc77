package dev.reportsearch.api;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * One overall deadline per request (issue 12 item 5). A servlet filter starts it before any of our
 * handlers (so time spent waiting for a turn in {@link LoadShedding} counts) and makes sure it is
 * finished before the thread goes back to Jetty; Javalin's last step finishes it before the answer is
 * written and, when it passed, answers 503 with {@code Retry-After} in our JSON shape whatever the
 * handler had got to.
 */
final class Deadlines implements Filter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Deadlines.class);
    static final String CODE = "search_timeout";

    private final long millis;
    private final ScheduledThreadPoolExecutor alarms;

    Deadlines(long millis) {
        this.millis = millis;
        this.alarms = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("request-deadlines");
            t.setDaemon(true);
            return t;
        });
        // Nearly every alarm is cancelled: drop them at once rather than keep thousands queued for seconds.
        alarms.setRemoveOnCancelPolicy(true);
    }

    /** Installs the filter and the last step; {@link #close} stops the alarms. */
    void register(JavalinConfig cfg) {
        cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(this), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        cfg.routes.after(this::answerIfPassed);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        RequestDeadline deadline = RequestDeadline.start(millis, response::isCommitted, alarms);
        request.setAttribute(RequestDeadline.ATTRIBUTE, deadline);
        try {
            chain.doFilter(request, response);
        } finally {
            deadline.finish();
        }
    }

    /** Whether the request's deadline passed: an exception then is its effect, not a fault to log. */
    static boolean passed(Context ctx) {
        RequestDeadline deadline = ctx.attribute(RequestDeadline.ATTRIBUTE);
        return deadline != null && deadline.passed();
    }

    private void answerIfPassed(Context ctx) {
        RequestDeadline deadline = ctx.attribute(RequestDeadline.ATTRIBUTE);
        if (deadline == null || !deadline.finish() || ctx.res().isCommitted()) {
            return;
        }
        LOG.warn("Deadline of {} ms passed on {} {}: answering 503", deadline.millis(), ctx.method(), ctx.path());
        ctx.header("Retry-After", String.valueOf(Math.max(1, (deadline.millis() + 999) / 1000)));
        ApiServer.error(ctx, 503, CODE, "The search took longer than " + seconds(deadline.millis())
                + " s (Elasticsearch is slow or not answering) and was stopped. Try again in a moment.");
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    @Override
    public void close() {
        alarms.shutdownNow();
    }
}
