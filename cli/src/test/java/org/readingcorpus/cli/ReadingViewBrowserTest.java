package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;

/**
 * The reading view in a real browser: Debian's Chromium, headless, driven through its
 * chromedriver. Opens the site from the file system, selects a quote with the keyboard and with
 * the mouse, filters, toggles exercise mode, prints, and takes screenshots (into target/, and into
 * docs/ with {@code -Ddocs.update=true}). Skips where Chromium is not installed (.ci/run installs it).
 */
class ReadingViewBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static ChromeDriver browser;
    static Path site;
    static AnnotatedDocument article;
    static AnnotatedDocument withScareQuote;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver; .ci/run installs it)");
        SeedSite seeds = SeedSite.annotate(dir);
        site = seeds.site();
        article = seeds.article();
        withScareQuote = seeds.withScareQuote();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1100",
                "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    static String details() {
        return browser.findElement(By.id("details")).getText();
    }

    /** The first quote of the article with a named speaker, and its speaker's name. */
    static Attribution firstSpokenQuote() {
        return article.attributionsInTextOrder().stream()
                .filter(a -> a.speakerId() != null && article.content(a.contentId()).kind().isSpeech())
                .findFirst().orElseThrow();
    }

    @Test
    void theIndexListsEveryArticleWithItsProfileAndOpensWithoutNetwork() {
        open("index.html");
        assertEquals("Who speaks in these articles", browser.getTitle());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.articles tbody tr"));
        assertEquals(5, rows.size());
        assertTrue(browser.findElements(By.cssSelector("#profile svg.chart")).size() >= 3, "charts");
        assertTrue(browser.findElement(By.id("shared")).getText().contains("Speakers in several articles"));
        // nothing the page uses comes from the network
        Object external = script("return performance.getEntriesByType('resource')"
                + ".filter(function (r) { return !r.name.startsWith('file:'); }).length;");
        assertEquals(0L, external);
        rows.get(1).findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().endsWith(article.id() + ".html"), browser.getCurrentUrl());
    }

    @Test
    void selectingAQuoteWithTheKeyboardShowsWhoSpeaksAndWhy() {
        open(article.id() + ".html");
        Attribution quote = firstSpokenQuote();
        String speaker = article.speaker(quote.speakerId()).orElseThrow().canonicalName();
        // Tab from the top of the page reaches the passages
        Actions keys = new Actions(browser);
        boolean reached = false;
        for (int i = 0; i < 40 && !reached; i++) {
            keys.sendKeys(Keys.TAB).perform();
            reached = (Boolean) script("return document.activeElement.classList.contains('c');");
        }
        assertTrue(reached, "Tab reaches a passage");
        WebElement passage = browser.findElement(By.id("q-" + quote.id()));
        passage.sendKeys(Keys.ENTER);
        String shown = details();
        assertTrue(shown.contains(speaker), shown);
        assertTrue(shown.contains("Rule") && shown.contains(quote.provenance().evidence()), shown);
        assertTrue(passage.getAttribute("class").contains("sel"));
        screenshot("reading-view.png");
        passage.sendKeys(Keys.ESCAPE);
        assertFalse(passage.getAttribute("class").contains("sel"));
    }

    @Test
    void aScareQuoteSaysNobodySpeaks() {
        open(withScareQuote.id() + ".html");
        WebElement scare = browser.findElement(By.cssSelector(".c.k-scare"));
        scare.click();
        assertTrue(details().contains("nobody speaks"), details());
        assertEquals("quote marks, but nobody speaks", scare.getAttribute("title"));
    }

    @Test
    void filtersFadeTheOtherSpeakersAndKinds() {
        open(article.id() + ".html");
        Attribution quote = firstSpokenQuote();
        WebElement box = browser.findElement(By.cssSelector("input[data-filter-speaker='" + quote.speakerId() + "']"));
        box.click();
        WebElement passage = browser.findElement(By.id("q-" + quote.id()));
        assertTrue(passage.getAttribute("class").contains("dim"));
        box.sendKeys(Keys.SPACE);
        assertFalse(passage.getAttribute("class").contains("dim"));
        browser.findElement(By.cssSelector("input[data-filter-kind='direct']")).click();
        for (WebElement direct : browser.findElements(By.cssSelector(".c.k-direct"))) {
            assertTrue(direct.getAttribute("class").contains("dim"));
        }
    }

    @Test
    void exerciseModeHidesTheSpeakerUntilRevealedAndPrintsAWorksheet() {
        open(article.id() + ".html");
        Attribution quote = firstSpokenQuote();
        String speaker = article.speaker(quote.speakerId()).orElseThrow().canonicalName();
        WebElement toggle = browser.findElement(By.id("exercise"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertFalse(browser.findElement(By.id("legend")).getText().contains(speaker), "the legend hides the speakers");
        browser.findElement(By.id("q-" + quote.id())).click();
        assertFalse(details().contains(speaker), details());
        browser.findElement(By.cssSelector("#details textarea")).sendKeys("the man from the State Department");
        screenshot("reading-view-exercise.png");
        browser.findElement(By.id("reveal")).click();
        assertTrue(details().contains(speaker), details());
        assertTrue(details().contains("Rule"), details());

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(browser.findElement(By.cssSelector(".worksheet")).isDisplayed(), "the worksheet prints");
            assertFalse(browser.findElement(By.tagName("aside")).isDisplayed(), "the answers do not");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void everyHighlightKeepsItsTextReadable() {
        open(article.id() + ".html");
        // every speaker colour, as a passage and as a tag, beside those the article uses
        script("var p = document.querySelector('article p');"
                + "for (var i = 0; i < 8; i++) { ['c k-direct', 'tag'].forEach(function (k) {"
                + " var e = document.createElement('span'); e.className = k + ' sp-' + i; e.textContent = 'Aa';"
                + " p.appendChild(e); }); }");
        // WCAG contrast of the text on each passage's own background, as the browser computes them
        @SuppressWarnings("unchecked")
        List<Number> ratios = (List<Number>) script(
                "function lum(c) { var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) { x = x / 255;"
                + " return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
                + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
                + "return Array.prototype.map.call(document.querySelectorAll('.c, .tag'), function (e) {"
                + " var s = getComputedStyle(e); var bg = s.backgroundColor;"
                + " if (bg === 'rgba(0, 0, 0, 0)') { bg = 'rgb(255, 255, 255)'; }"
                + " var a = lum(s.color), b = lum(bg); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); });");
        assertFalse(ratios.isEmpty());
        for (Number ratio : ratios) {
            assertTrue(ratio.doubleValue() >= 4.5, "contrast " + ratio + " of " + ratios);
        }
    }

    static void screenshot(String name) {
        try {
            byte[] shot = browser.getScreenshotAs(OutputType.BYTES);
            Path target = Path.of(System.getProperty("user.dir"), "target", name);
            Files.createDirectories(target.getParent());
            Files.write(target, shot);
            if (Boolean.getBoolean("docs.update")) {
                Files.write(Path.of(System.getProperty("user.dir")).resolve("../docs").resolve(name).normalize(), shot);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
