package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only one, for real: a tiny tmpfs mounted for the test. Needs the right to
 * mount (root in a container that allows it, as on CI here); skipped with the reason elsewhere.
 */
class FullOrReadOnlyDiskTest {

    @TempDir
    Path dir;

    private Path mounted;

    private void mountTmpfs(String options) throws Exception {
        Path point = Files.createDirectory(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString())
                .redirectErrorStream(true).start();
        boolean done = mount.waitFor(20, TimeUnit.SECONDS);
        String said = new String(mount.getInputStream().readAllBytes());
        assumeTrue(done && mount.exitValue() == 0, "cannot mount a tmpfs here (" + said.strip() + "); skipped");
        mounted = point;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Path seeds() {
        return Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
    }

    @Test
    void saysSoWhenTheDiskIsFullAndLeavesNothingBehind() throws Exception {
        mountTmpfs("size=40k");
        Path out = mounted.resolve("out");
        CliRun run = CliRun.of("annotate", seeds().toString(), "--out", out.toString(), "-q");
        assertEquals(ExitCode.OUTPUT, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no space left on device"), run.err());
        BadInputTest.assertNoPartialFiles(out);
    }

    @Test
    void saysSoWhenTheDiskIsReadOnly() throws Exception {
        mountTmpfs("size=1m,ro");
        CliRun run = CliRun.of("annotate", seeds().toString(), "--out", mounted.resolve("out").toString(), "-q");
        assertEquals(ExitCode.OUTPUT, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("read-only"), run.err());
    }
}
