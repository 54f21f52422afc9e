package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.TextSource;

/**
 * Every kind of input a scraped corpus holds gets a clear answer: read exactly, or refused with the
 * file and the place of the problem, never decoded into something else. The inputs are made here,
 * byte by byte; none is committed.
 */
class BadInputTest {

    private static final String NEWS = "\"We will win the war,\" said Ann Lee.\nThe talks go on, according to officials.\n";

    @TempDir
    Path dir;

    /**
     * One input file and what the run must do with it.
     *
     * @param exit the exit code expected
     * @param message a fragment stderr must hold ("" when nothing in particular)
     * @param documents the documents the corpus must hold afterwards
     */
    record Case(String name, String fileName, byte[] bytes, List<String> options, int exit, String message,
            int documents) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                ok("UTF-8", "a.txt", utf8(NEWS)),
                ok("UTF-8 with a byte order mark", "a.txt", concat(bytes(0xEF, 0xBB, 0xBF), utf8(NEWS))),
                ok("UTF-16LE with a byte order mark", "a.txt", concat(bytes(0xFF, 0xFE), NEWS.getBytes(StandardCharsets.UTF_16LE))),
                ok("UTF-16BE with a byte order mark", "a.txt", concat(bytes(0xFE, 0xFF), NEWS.getBytes(StandardCharsets.UTF_16BE))),
                ok("CRLF line ends", "a.txt", utf8(NEWS.replace("\n", "\r\n"))),
                ok("CR line ends", "a.txt", utf8(NEWS.replace("\n", "\r"))),
                ok("an empty file", "a.txt", new byte[0]),
                ok("a file of blanks", "a.txt", utf8(" \n\t\r\n  ")),
                ok("a name with spaces and accents", "Café au lait – été.txt", utf8(NEWS)),
                ok("a name in another script", "Статья о войне.txt", utf8(NEWS)),
                ok("non-BMP characters", "a.txt", utf8("\"We 😀 will win 𝄞,\" said Ann Lee.")),
                new Case("Windows-1252 read as UTF-8", "a.txt", concat(utf8("caf"), bytes(0xE9), utf8(" ok")), List.of(),
                        ExitCode.SKIPPED, "a.txt: not valid UTF-8 at byte 3", 0),
                new Case("Windows-1252 declared", "a.txt", concat(utf8("caf"), bytes(0xE9), utf8(" \"ok,\" said Ann Lee.")),
                        List.of("--encoding", "windows-1252"), ExitCode.OK, "", 1),
                new Case("UTF-16 without a byte order mark", "a.txt", NEWS.getBytes(StandardCharsets.UTF_16LE), List.of(),
                        ExitCode.SKIPPED, "give --encoding UTF-16LE", 0),
                new Case("UTF-16LE declared", "a.txt", NEWS.getBytes(StandardCharsets.UTF_16LE),
                        List.of("--encoding", "UTF-16LE"), ExitCode.OK, "", 1),
                new Case("an image renamed .txt", "photo.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                        List.of(), ExitCode.SKIPPED, "photo.txt: holds a NUL byte at byte 8", 0),
                new Case("a control character", "a.txt", utf8("line one\nbell \u0007 here, \u001B[0m"), List.of(),
                        ExitCode.OK, "a.txt: 2 control characters that XML cannot carry shown by their Control Picture",
                        1),
                new Case("a form feed", "a.txt", utf8("\"We will win,\" said Ann Lee.\fpage two"), List.of(), ExitCode.OK,
                        "a.txt: 1 control character", 1),
                new Case("a NUL in UTF-16", "a.txt", concat(bytes(0xFF, 0xFE), "a\u0000b".getBytes(StandardCharsets.UTF_16LE)),
                        List.of(), ExitCode.SKIPPED, "a.txt: holds a NUL character at line 1, column 2", 0),
                new Case("a noncharacter", "a.txt", utf8("odd \uFFFF here"), List.of(), ExitCode.SKIPPED,
                        "noncharacter U+FFFF at line 1, column 5", 0),
                new Case("an encoded surrogate", "a.txt", concat(utf8("odd "), bytes(0xED, 0xA0, 0x80), utf8(" here")),
                        List.of(), ExitCode.SKIPPED, "not valid UTF-8 at byte 4", 0),
                new Case("a truncated UTF-8 sequence at the end", "a.txt", concat(utf8("caf"), bytes(0xC3)), List.of(),
                        ExitCode.SKIPPED, "not valid UTF-8 at byte 3", 0),
                new Case("--fail-fast on a bad file", "a.txt", bytes(0xFF, 0xFF, 'x'), List.of("--fail-fast"),
                        ExitCode.BAD_INPUT, "a.txt: not valid UTF-8 at byte 0", -1));
    }

    private static Case ok(String name, String fileName, byte[] bytes) {
        return new Case(name, fileName, bytes, List.of(), ExitCode.OK, "", 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersEveryInputClearly(Case c) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve(c.fileName()), c.bytes());
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("annotate", in.toString(), "--out", out.toString()));
        args.addAll(c.options());
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(c.exit(), run.exit(), run.err());
        assertTrue(run.err().contains(c.message()), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        if (!c.message().isEmpty()) {
            assertEquals(1, run.err().lines().filter(l -> !l.startsWith("annotated ")).count(), "one line: " + run.err());
        }
        if (c.documents() < 0) {
            assertFalse(Files.exists(out.resolve("corpus.xml")), "no output after --fail-fast");
            assertNoPartialFiles(out);
            return;
        }
        Corpus corpus = new CorpusXmlReader().readAll(out.resolve("corpus.xml"));
        assertEquals(c.documents(), corpus.documents().size());
        assertNoPartialFiles(out);
        for (AnnotatedDocument d : corpus.documents()) {
            TextSource source = d.document().metadata().source();
            assertEquals(c.fileName(), source.file());
            byte[] rebuilt = concat(source.byteOrderMark() ? bom(source.encoding()) : new byte[0],
                    source.originalText(d.document().text()).getBytes(Charset.forName(source.encoding())));
            assertArrayEquals(c.bytes(), rebuilt, "the text and its source record give back the file's bytes");
            Path brat = out.resolve("brat").resolve(d.document().id() + ".txt");
            assertEquals(d.document().text(), Files.readString(brat), "brat text is the text, line ends kept");
        }
    }

    @Test
    void findsTheSameQuotesWhateverTheLineEnds() throws Exception {
        List<String> covered = new ArrayList<>();
        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            Path in = Files.createDirectories(dir.resolve("in" + covered.size()));
            Files.writeString(in.resolve("a.txt"), NEWS.replace("\n", lineEnd + lineEnd));
            Path out = dir.resolve("out" + covered.size());
            assertEquals(ExitCode.OK, CliRun.of("annotate", in.toString(), "--out", out.toString(), "-q").exit());
            AnnotatedDocument d = new CorpusXmlReader().readAll(out.resolve("corpus.xml")).documents().get(0);
            covered.add(d.contents().stream().map(content -> content.span().coveredText(d.document().text()))
                    .collect(Collectors.joining("|")));
        }
        assertEquals(1, Set.copyOf(covered).size(), covered.toString());
        assertTrue(covered.get(0).contains("We will win the war"), covered.get(0));
    }

    @Test
    void keepsDuplicateNamesFromDifferentFoldersApart() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("one"));
        Files.createDirectories(in.resolve("two"));
        Files.writeString(in.resolve("one/story.txt"), NEWS);
        Files.writeString(in.resolve("two/story.txt"), NEWS.toUpperCase());
        Files.writeString(in.resolve("Story.txt"), NEWS);
        CliRun run = CliRun.of("annotate", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Corpus corpus = new CorpusXmlReader().readAll(dir.resolve("out/corpus.xml"));
        List<String> ids = corpus.documents().stream().map(d -> d.document().id()).toList();
        assertEquals(3, Set.copyOf(ids.stream().map(String::toLowerCase).toList()).size(), ids.toString());
        assertEquals(List.of("Story.txt", "one/story.txt", "two/story.txt"),
                corpus.documents().stream().map(d -> d.document().metadata().source().file()).toList());
        for (String id : ids) {
            assertTrue(Files.exists(dir.resolve("out/brat").resolve(id + ".ann")), id);
        }
    }

    @Test
    void passesOverLinkLoopsAndSaysSo() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), NEWS);
        Files.createSymbolicLink(in.resolve("loop1.txt"), in.resolve("loop2.txt"));
        Files.createSymbolicLink(in.resolve("loop2.txt"), in.resolve("loop1.txt"));
        Files.createSymbolicLink(in.resolve("self"), in);
        Files.createSymbolicLink(in.resolve("linked.txt"), in.resolve("a.txt"));
        Files.writeString(in.resolve("notes.md"), "not a text");
        CliRun run = CliRun.of("annotate", in.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains("loop1.txt: a symbolic link that leads nowhere"), run.err());
        assertTrue(run.err().contains("self: a symbolic link to a folder"), run.err());
        assertTrue(run.err().contains("left out 1 file not named *.txt"), run.err());
        assertEquals(2, new CorpusXmlReader().readAll(dir.resolve("out/corpus.xml")).documents().size());

        CliRun loop = CliRun.of("annotate", in.resolve("loop1.txt").toString(), "--out", dir.resolve("o2").toString());
        assertEquals(ExitCode.BAD_INPUT, loop.exit());
        assertTrue(loop.err().contains("loop1.txt: a symbolic link that leads nowhere"), loop.err());
    }

    @Test
    void annotatesTwentyThousandSmallFiles() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < 20_000; i++) {
            Files.writeString(in.resolve(String.format("n%05d.txt", i)), "\"Item " + i + " is ready,\" said Ann Lee.");
        }
        CliRun run = CliRun.of("annotate", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        try (Stream<Path> brat = Files.list(dir.resolve("out/brat"))) {
            assertEquals(2 * 20_000, brat.filter(p -> !p.toString().endsWith(".conf")).count());
        }
    }

    @Test
    void annotatesOneHugeSingleLineFile() throws Exception {
        int megabytes = Integer.getInteger("huge.megabytes", 10);
        Path in = Files.createDirectory(dir.resolve("in"));
        String sentence = "\"We will win,\" said Ann Lee, and the talks go on, according to officials. ";
        try (var writer = Files.newBufferedWriter(in.resolve("huge.txt"))) {
            for (long written = 0; written < megabytes * 1_000_000L; written += sentence.length()) {
                writer.write(sentence);
            }
        }
        CliRun run = CliRun.of("annotate", in.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(Files.size(dir.resolve("out/corpus.xml")) > megabytes * 1_000_000L);
    }

    @Test
    void refusesAnUnknownEncodingAsAUsageError() throws Exception {
        Files.writeString(dir.resolve("a.txt"), NEWS);
        CliRun run = CliRun.of("annotate", dir.resolve("a.txt").toString(), "--out", dir.resolve("o").toString(),
                "--encoding", "klingon-8");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("unknown encoding 'klingon-8'"), run.err());
    }

    @Test
    void saysWhenTheOutputCannotBeWritten() throws Exception {
        Files.writeString(dir.resolve("a.txt"), NEWS);
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun intoFile = CliRun.of("annotate", dir.resolve("a.txt").toString(), "--out", file.toString());
        assertEquals(ExitCode.OUTPUT, intoFile.exit());
        assertTrue(intoFile.err().contains("plain-file: exists and is not a folder"), intoFile.err());

        CliRun underFile = CliRun.of("annotate", dir.resolve("a.txt").toString(), "--out", file.resolve("out").toString());
        assertEquals(ExitCode.OUTPUT, underFile.exit());
        assertEquals(1, underFile.err().lines().count(), underFile.err());
        assertTrue(underFile.err().startsWith("corpus: cannot write"), underFile.err());
    }

    @Test
    void aFailedRunLeavesThePreviousOutputsAsTheyWere() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), NEWS);
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, CliRun.of("annotate", in.toString(), "--out", out.toString(), "-q").exit());
        byte[] xml = Files.readAllBytes(out.resolve("corpus.xml"));
        byte[] xlsx = Files.readAllBytes(out.resolve("review.xlsx"));
        Files.write(in.resolve("b.txt"), bytes(0xFF, 'x'));
        CliRun failed = CliRun.of("annotate", in.toString(), "--out", out.toString(), "--force", "--fail-fast");
        assertEquals(ExitCode.BAD_INPUT, failed.exit());
        assertArrayEquals(xml, Files.readAllBytes(out.resolve("corpus.xml")));
        assertArrayEquals(xlsx, Files.readAllBytes(out.resolve("review.xlsx")));
        assertTrue(Files.exists(out.resolve("brat/a.ann")));
        assertNoPartialFiles(out);
    }

    static void assertNoPartialFiles(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> files = Files.list(out)) {
            List<Path> hidden = files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), hidden, "temporary files left behind");
        }
    }

    private static byte[] bom(String encoding) {
        return switch (encoding) {
            case "UTF-8" -> bytes(0xEF, 0xBB, 0xBF);
            case "UTF-16LE" -> bytes(0xFF, 0xFE);
            case "UTF-16BE" -> bytes(0xFE, 0xFF);
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
