package org.readingcorpus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corpus review import|agree}: the review loop's way back into the corpus. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Brings reviewers' decisions back into the corpus, and compares two reviewers.",
            "",
            "Reviewers fill in the Decision, Correct speaker, New speaker type, Comment and Reviewer columns "
                    + "of review.xlsx's Review sheet, in Excel or LibreOffice; its Instructions sheet says what "
                    + "each decision means."},
        subcommands = {ReviewImportCommand.class, ReviewAgreeCommand.class, CommandLine.HelpCommand.class})
public final class ReviewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a review command is required: import or agree");
    }
}
