package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped half-way (Ctrl-C, kill) leaves the previous outputs as they were and no partial
 * files: the command runs in a separate JVM here, which the test terminates once it is writing.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedRunLeavesThePreviousOutputsAndNoPartialFiles() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        Files.writeString(small.resolve("a.txt"), "\"We will win,\" said Ann Lee.");
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, CliRun.of("annotate", small.toString(), "--out", out.toString(), "-q").exit());
        byte[] before = Files.readAllBytes(out.resolve("corpus.xml"));

        Path big = Files.createDirectory(dir.resolve("big"));
        String article = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../texts")
                .resolve("001_cc85c02ca42a962c.txt").normalize(), java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 4_000; i++) {
            Files.writeString(big.resolve(String.format("n%05d.txt", i)), article);
        }
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CorpusCommand.class.getName(),
                "annotate", big.toString(), "--out", out.toString(), "--force", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hasPartialFiles(out) && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertTrue(run.isAlive(), "the run ended before it could be interrupted: " + Files.readString(dir.resolve("log.txt")));
        run.destroy(); // SIGTERM, as kill or a closing terminal sends
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));

        assertArrayEquals(before, Files.readAllBytes(out.resolve("corpus.xml")), "the previous corpus.xml is intact");
        BadInputTest.assertNoPartialFiles(out);
    }

    private static boolean hasPartialFiles(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".corpus.xml"));
        }
    }
}
