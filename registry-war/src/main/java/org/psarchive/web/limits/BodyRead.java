package org.psarchive.web.limits;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psarchive.web.Problems;

/**
 * Reads one request body without holding a request thread: the container calls {@link #onDataAvailable}
 * when bytes have arrived, so a client sending a byte a second costs a buffer, not a thread. When the
 * body is complete the request goes on to the application with the body in memory; a body past its
 * limit is answered 413, one that does not arrive in time 408, one that would overrun the budget 503.
 *
 * <p>Whoever ends the read first (the last byte, the limit, the deadline, a broken connection) wins one
 * compare-and-set and alone answers. No lock of ours is held while calling the container: the deadline
 * fires on another thread while the container may be closing the connection under its own locks, and
 * holding ours across {@code complete()} deadlocked the two.
 */
final class BodyRead implements ReadListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(BodyRead.class.getName());
    /** Budget is taken in steps of at least this many bytes while a body grows. */
    static final int STEP = 64 * 1024;
    /**
     * After a 413 the rest of the body is read and thrown away for this long and up to this many bytes
     * before the connection closes ("lingering close", as nginx does): a client that sends its whole body
     * before reading the answer then sees the 413 instead of a reset connection.
     */
    private static final long DRAIN_BYTES = 32L << 20;
    private static final long DRAIN_MILLIS = 5_000;

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BufferedBodyRequest request;
    private final BodyLimits.Family family;
    private final BodyBudget budget;
    private final String path;
    /** Content-Length, or -1 for a chunked body. */
    private final long declared;
    private final AtomicBoolean finished = new AtomicBoolean();
    /** Set once a 413 has been answered: what still arrives is discarded, then the request completes. */
    private volatile boolean draining;
    private long drained;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final byte[] chunk = new byte[16 * 1024];
    /** Touched by the container's read callbacks only, which it never runs two at a time. */
    private byte[] data;
    private int size;

    private final Object ledger = new Object();
    private long reserved;
    private boolean released;

    /**
     * Where the request goes once its body is complete. The filter's thread may still be inside the filter
     * when a container thread completes the body: then the filter runs the application itself, so that no
     * {@code dispatch()} is ever called while the request's first dispatch is still in the filter (a rare
     * request was left unanswered that way).
     */
    private final AtomicInteger handoff = new AtomicInteger(IN_FILTER);
    private static final int IN_FILTER = 0;
    private static final int LEFT_FILTER = 1;
    private static final int COMPLETE_IN_FILTER = 2;
    private static final int DISPATCHING = 3;
    private static final int DISPATCH_ARRIVED = 4;
    private static final int DISPATCH_ABANDONED = 5;
    /** How long a dispatched request may take to reach the filter again before it is answered 503. */
    private static final long DISPATCH_GRACE_MILLIS = 10_000;
    /** System.nanoTime() after which {@link Deadlines} ends this read; Long.MAX_VALUE for none. */
    private volatile long deadline = Long.MAX_VALUE;
    private volatile Deadlines deadlines;
    private volatile Duration timeout;

    BodyRead(AsyncContext async, ServletInputStream in, BufferedBodyRequest request, BodyLimits.Family family,
            BodyBudget budget, long declared, long reserved, String path) {
        this.declared = declared;
        this.async = async;
        this.in = in;
        this.request = request;
        this.family = family;
        this.budget = budget;
        this.reserved = reserved;
        this.path = path;
        this.data = new byte[(int) reserved];
    }

    void arm(Deadlines watch, Duration readTimeout) {
        this.deadlines = watch;
        this.timeout = readTimeout;
        this.deadline = System.nanoTime() + readTimeout.toNanos();
        watch.watch(this);
    }

    boolean expired(long now) {
        return now - deadline > 0;
    }

    /** The deadline passed: a read still going is answered 408, a drain after a 413 simply ends. */
    void expire() {
        if (draining) {
            complete();
        } else if (handoff.compareAndSet(DISPATCHING, DISPATCH_ABANDONED)) {
            // the body was complete and dispatched, but the dispatch never came back: answer rather than hang
            LOG.warning(() -> "the ASYNC dispatch of " + path + " did not arrive within " + DISPATCH_GRACE_MILLIS
                    + " ms of its body's end: answered 503");
            try {
                HttpServletResponse response = (HttpServletResponse) async.getResponse();
                response.setHeader("Retry-After", "1");
                Problems.send(response, 503, "Service Unavailable", "The request could not be handed to the application;"
                        + " send it again.", path);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "could not answer 503 for " + path, e);
            } finally {
                complete();
            }
        } else if (handoff.get() != DISPATCHING && handoff.get() != DISPATCH_ARRIVED) {
            timedOut();
        }
    }

    /**
     * Called by the filter when {@code setReadListener} has returned: true when the whole body arrived
     * meanwhile (the container called back in the filter's own thread), so the filter chain goes on at
     * once, as for any request. A body still arriving is dispatched to the application when complete.
     */
    boolean leftFilter() {
        return !handoff.compareAndSet(IN_FILTER, LEFT_FILTER);
    }

    /**
     * Called by the filter when the ASYNC dispatch reached it: true when the application is to run (false
     * when the dispatch came so late that the request was answered 503 meanwhile).
     */
    boolean dispatchArrived() {
        if (handoff.compareAndSet(DISPATCHING, DISPATCH_ARRIVED)) {
            cancelDeadline();
            return true;
        }
        return false;
    }

    @Override
    public void onDataAvailable() throws IOException {
        if (draining) {
            drain();
            return;
        }
        while (!finished.get() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            if ((long) size + read > family.limit()) {
                refuseTooLarge();
                drain(); // the container calls again only once isReady() has said false
                return;
            }
            if (size + read > data.length && !grow(size + read)) {
                end(503, "Service Unavailable", BodyLimitFilter.BUSY);
                return;
            }
            System.arraycopy(chunk, 0, data, size, read);
            size += read;
            if (size == declared) {
                // All that Content-Length announced: done, whether or not the container says so. It does
                // not for a request carrying an Upgrade header (Java's HttpClient asks for h2c on every
                // first request), whose content Grizzly leaves unframed once HTTP/2 is off.
                onAllDataRead();
                return;
            }
        }
    }

    /**
     * Answers 413 at once, then reads what the client still sends and throws it away, within bounds, before
     * completing: see {@link #DRAIN_BYTES}. Called by the filter for a declared length over the limit.
     */
    void refuseTooLarge() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        cancelDeadline();
        try {
            Problems.send((HttpServletResponse) async.getResponse(), 413, "Content Too Large", family.tooLarge(), path);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not answer 413 for " + path, e);
            complete();
            return;
        }
        data = null;
        draining = true;
        Deadlines watch = deadlines;
        if (watch != null) {
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
            watch.watch(this);
        }
    }

    private void drain() throws IOException {
        while (!completed.get() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            drained += read;
            if (drained > DRAIN_BYTES) {
                complete();
                return;
            }
        }
    }

    private void complete() {
        if (completed.compareAndSet(false, true)) {
            cancelDeadline();
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // the container ended the request first (the client went away)
            }
        }
    }

    @Override
    public void onAllDataRead() {
        if (draining) {
            complete();
            return;
        }
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        request.body(data, size);
        if (handoff.compareAndSet(IN_FILTER, COMPLETE_IN_FILTER)) {
            cancelDeadline(); // the filter's own thread runs the application
            return;
        }
        // the filter has been left: dispatch, and keep a deadline until the dispatch arrives (dispatchArrived)
        handoff.set(DISPATCHING);
        Deadlines watch = deadlines;
        if (watch != null) {
            deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DISPATCH_GRACE_MILLIS);
        } else {
            cancelDeadline();
        }
        async.dispatch();
    }

    @Override
    public void onError(Throwable failure) {
        // the client went away or the connection broke: nobody is left to answer
        LOG.log(Level.FINE, "request body of " + path + " not read", failure);
        if (finished.compareAndSet(false, true) || draining) {
            complete();
        }
    }

    private void timedOut() {
        end(408, "Request Timeout", "The request body did not arrive within " + timeout
                + " (PSARCHIVE_BODY_READ_TIMEOUT).");
    }

    private boolean grow(int needed) {
        long grown = Math.min(Math.max((long) data.length * 2, (long) needed + STEP), family.limit());
        synchronized (ledger) {
            if (released || !budget.reserve(grown - reserved)) {
                return false;
            }
            reserved = grown;
        }
        data = Arrays.copyOf(data, (int) grown);
        return true;
    }

    private void end(int status, String title, String detail) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        cancelDeadline();
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            if (status == 503) {
                response.setHeader("Retry-After", "5");
            }
            Problems.send(response, status, title, detail, path);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not answer " + status + " for " + path, e);
        } finally {
            complete();
        }
    }

    private void cancelDeadline() {
        deadline = Long.MAX_VALUE;
        Deadlines watch = deadlines;
        if (watch != null) {
            watch.forget(this);
        }
    }

    // AsyncListener: the budget is given back once the request is over, whichever way it ended.

    @Override
    public void onComplete(AsyncEvent event) {
        release();
    }

    @Override
    public void onError(AsyncEvent event) {
        release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        // the container's own timeout is off (BodyLimitFilter sets 0): the read deadline is ours
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the application started an asynchronous cycle of its own: keep listening for the end
        event.getAsyncContext().addListener(this);
    }

    private void release() {
        synchronized (ledger) {
            if (!released) {
                released = true;
                budget.release(reserved);
            }
        }
    }
}
