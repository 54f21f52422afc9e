package org.readingcorpus.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs a job on each input with a pool of worker threads and hands the results back in input
 * order: {@code prepare} turns an input into a work item on the calling thread, {@code job}
 * completes it on a worker. At most a window of jobs is under way or waiting, so memory stays flat however many
 * inputs there are. A job's checked failure ({@link AnnotateCommand.SkippedText}) comes back from
 * {@link #next()} in its place.
 */
final class InOrder<I, W> implements AutoCloseable {

    /** Turns an input into the job's input; runs on the calling thread, so it may use unshared state. */
    @FunctionalInterface
    interface Prepare<I, W> {
        W apply(I input) throws UserError;
    }

    /** The job; runs on a worker thread. */
    @FunctionalInterface
    interface Job<W> {
        W apply(W work) throws AnnotateCommand.SkippedText;
    }

    private final ExecutorService pool;
    private final Iterator<I> inputs;
    private final Prepare<I, W> prepare;
    private final Job<W> job;
    private final int window;
    private final Deque<Future<W>> pending = new ArrayDeque<>();

    InOrder(int threads, Iterator<I> inputs, Prepare<I, W> prepare, Job<W> job) {
        ThreadFactory daemons = runnable -> {
            Thread t = new Thread(runnable, "corpus-annotator");
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, daemons);
        this.inputs = inputs;
        this.prepare = prepare;
        this.job = job;
        this.window = threads * 4;
    }

    boolean hasNext() {
        return !pending.isEmpty() || inputs.hasNext();
    }

    W next() throws AnnotateCommand.SkippedText, UserError {
        while (pending.size() < window && inputs.hasNext()) {
            W work = prepare.apply(inputs.next());
            pending.add(pool.submit(() -> job.apply(work)));
        }
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        try {
            return pending.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AnnotateCommand.SkippedText skipped) {
                throw skipped;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
