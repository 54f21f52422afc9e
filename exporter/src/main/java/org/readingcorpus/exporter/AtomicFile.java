package org.readingcorpus.exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written beside its target and moved into place only when complete, so a failed or
 * interrupted run leaves the previous file as it was. Closing without {@link #commit()} deletes
 * the temporary file.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream out;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temporary = createHidden(dir, this.target.getFileName().toString());
        this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    /**
     * A new hidden file beside the target. Not {@link Files#createTempFile}: that makes files only
     * the owner can read, and the output would keep those permissions; this one gets the usual ones.
     */
    private static Path createHidden(Path dir, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(dir.resolve(hiddenName(name) + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
    }

    /** A name for a hidden file or folder beside {@code name}, unlikely to exist. */
    public static String hiddenName(String name) {
        return "." + name + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Writes a whole file in one call. */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            body.accept(file.stream());
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A consumer that may throw {@link IOException}. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
