package org.readingcorpus.cli;

import org.readingcorpus.annotator.RuleBasedAnnotator;
import picocli.CommandLine;

/** Prints the annotator's name and version. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {RuleBasedAnnotator.NAME + " " + RuleBasedAnnotator.VERSION};
    }
}
