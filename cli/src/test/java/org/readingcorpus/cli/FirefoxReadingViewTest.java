package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;

/**
 * The reading view in Firefox (Debian's firefox-esr, headless). Debian has no geckodriver, so the
 * test speaks WebDriver BiDi, which Firefox serves itself, over a WebSocket: it opens the page,
 * selects a passage, toggles exercise mode and takes a screenshot. Skips without Firefox.
 */
class FirefoxReadingViewTest {

    static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");

    @TempDir
    static Path dir;

    static Process firefox;
    static Bidi bidi;
    static String context;
    static Path site;
    static AnnotatedDocument article;

    /** A WebDriver BiDi session: commands with ids, answers matched to them. */
    static final class Bidi implements WebSocket.Listener {
        private final Json json = new Json();
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        void connect(String url) throws Exception {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url + "/session"), this)
                    .get(30, TimeUnit.SECONDS);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> send(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(json.toJson(Map.of("id", id, "method", method, "params", params)), true).get();
            Map<String, Object> message = answer.get(60, TimeUnit.SECONDS);
            if ("error".equals(message.get("type"))) {
                throw new AssertionError(method + ": " + message.get("error") + " " + message.get("message"));
            }
            return (Map<String, Object>) message.get("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Map<String, Object> message = json.toType(partial.toString(), Json.MAP_TYPE);
                partial.setLength(0);
                Object id = message.get("id");
                if (id instanceof Number n && pending.containsKey(n.intValue())) {
                    pending.remove(n.intValue()).complete(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @BeforeAll
    static void startFirefox() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(FIREFOX),
                "Firefox is not installed (apt-get install firefox-esr; .ci/run installs it)");
        SeedSite seeds = SeedSite.annotate(dir);
        site = seeds.site();
        article = seeds.article();
        Files.createDirectories(dir.resolve("profile"));
        firefox = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote", "--profile",
                dir.resolve("profile").toString(), "--remote-debugging-port", "0", "--window-size=1400,1000")
                .redirectErrorStream(true).start();
        String url = listeningAddress(firefox);
        bidi = new Bidi();
        bidi.connect(url);
        bidi.send("session.new", Map.of("capabilities", Map.of()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contexts = (List<Map<String, Object>>) bidi.send("browsingContext.getTree", Map.of())
                .get("contexts");
        context = (String) contexts.get(0).get("context");
    }

    /** Firefox says where BiDi listens on its output; the rest of what it says is drained. */
    static String listeningAddress(Process process) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // Firefox's own chatter
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                }, "firefox-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("Firefox did not start its WebDriver BiDi server");
    }

    @AfterAll
    static void stopFirefox() throws Exception {
        if (firefox != null) {
            firefox.destroy();
            if (!firefox.waitFor(10, TimeUnit.SECONDS)) {
                firefox.destroyForcibly();
            }
        }
    }

    static Object evaluate(String expression) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) bidi.send("script.evaluate", Map.of("expression", expression,
                "target", Map.of("context", context), "awaitPromise", false)).get("result");
        return result.get("value");
    }

    @Test
    void selectsAPassageAndHidesTheSpeakerInExerciseMode() throws Exception {
        bidi.send("browsingContext.navigate", Map.of("context", context,
                "url", site.resolve(article.id() + ".html").toUri().toString(), "wait", "complete"));
        assertTrue(((String) evaluate("document.title")).endsWith("who speaks"));
        Attribution quote = article.attributionsInTextOrder().stream()
                .filter(a -> a.speakerId() != null && article.content(a.contentId()).kind().isSpeech())
                .findFirst().orElseThrow();
        String speaker = article.speaker(quote.speakerId()).orElseThrow().canonicalName();
        String passage = "document.getElementById('q-" + quote.id() + "')";
        evaluate(passage + ".focus(); " + passage + ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))");
        String details = (String) evaluate("document.getElementById('details').innerText");
        assertTrue(details.contains(speaker), details);
        assertTrue((Boolean) evaluate(passage + ".classList.contains('sel')"));

        evaluate("document.getElementById('exercise').click()");
        assertEquals("true", evaluate("document.getElementById('exercise').getAttribute('aria-pressed')"));
        evaluate(passage + ".click()");
        details = (String) evaluate("document.getElementById('details').innerText");
        assertFalse(details.contains(speaker), details);
        evaluate("document.getElementById('reveal').click()");
        details = (String) evaluate("document.getElementById('details').innerText");
        assertTrue(details.contains(speaker), details);

        String png = (String) bidi.send("browsingContext.captureScreenshot", Map.of("context", context)).get("data");
        byte[] bytes = Base64.getDecoder().decode(png);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        Path target = Path.of(System.getProperty("user.dir"), "target", "reading-view-firefox.png");
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }
}
