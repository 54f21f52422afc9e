package org.readingcorpus.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The project's folder, found from where this code runs: cli/target/corpus.jar or cli/target/classes. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    static Path find() {
        try {
            Path here = Path.of(ProjectRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = here.getParent();
            return target == null || target.getParent() == null || target.getParent().getParent() == null
                    ? Path.of(".") : target.getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }
}
