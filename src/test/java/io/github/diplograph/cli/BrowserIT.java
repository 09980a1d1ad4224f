package io.github.diplograph.cli;

import io.github.diplograph.Diplograph;
import io.github.diplograph.graph.ConnectionSettings;
import io.github.diplograph.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst's first minute, in a real browser: the embedded Neo4j served as `serve` serves it (Browser,
 * guide, style), headless Chromium connects, runs the guide's meetings query for 2019 and sees Putin and
 * Maduro; a screenshot is kept in target/. Skipped where Debian's chromium and chromedriver are missing
 * (.ci/run installs them).
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void theGuidesMeetingsQueryShowsTheKremlinMeeting() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: install Debian's chromium and chromium-driver to run this test");
        Path store = dir.resolve("store");
        try (Diplograph dg = Diplograph.open(ConnectionSettings.embedded(store))) {
            dg.load(Path.of("seeds"), m -> { });
        }
        int http = freePort();
        int bolt = freePort();
        try (BrowserGuide guide = BrowserGuide.start("127.0.0.1", 0);
             EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, new EmbeddedNeo4j.Serving("127.0.0.1", bolt, http, null,
                     "style http://127.0.0.1:" + guideUrlPort(guide) + "/style.grass; guide http://127.0.0.1:" + guideUrlPort(guide) + "/guide.html"))) {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            try {
                driver.get("http://127.0.0.1:" + http + "/browser/?connectURL=bolt://127.0.0.1:" + bolt);
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
                // The connect form, as an analyst fills it: the Bolt URL is already the one served; no authentication.
                WebElement auth = wait.until(d -> d.findElements(By.tagName("select")).stream()
                        .filter(s -> s.getText().contains("No authentication")).findFirst().orElse(null));
                new org.openqa.selenium.support.ui.Select(auth).selectByVisibleText("No authentication");
                driver.findElements(By.tagName("button")).stream().filter(b -> b.getText().strip().equals("Connect"))
                        .findFirst().orElseThrow().click();
                // Connected: Browser applies our style and opens our guide.
                wait.until(d -> d.getPageSource().contains("who met whom"));
                runFromGuide(driver, wait, ":params {year: 2019");
                runFromGuide(driver, wait, "Which officials met");
                wait.until(d -> d.getPageSource().contains("Vladimir Putin") && d.getPageSource().contains("Maduro"));
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.createDirectories(Path.of("target"));
                Files.copy(shot.toPath(), Path.of("target/browser-meetings-2019.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                assertTrue(driver.getPageSource().contains("Vladimir Putin"));
            } catch (RuntimeException e) {
                // What the analyst would have seen, for whoever reads the failure.
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.createDirectories(Path.of("target"));
                Files.copy(shot.toPath(), Path.of("target/browser-failure.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                throw new AssertionError("Browser did not show the answer; see target/browser-failure.png. Page text: "
                        + driver.findElement(By.tagName("body")).getText().lines().limit(40).toList(), e);
            } finally {
                driver.quit();
            }
        }
    }

    /** Clicks the guide's runnable block holding {@code text} (Browser puts it in the editor) and runs it. */
    private static void runFromGuide(WebDriver driver, WebDriverWait wait, String text) {
        WebElement block = null;
        for (int slide = 0; slide < 12 && block == null; slide++) {
            block = driver.findElements(By.cssSelector("pre.runnable")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
            if (block == null) {
                // On to the guide's next slide.
                driver.findElements(By.xpath("//*[normalize-space(text())='Next']")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElseThrow(() -> new IllegalStateException("no guide slide shows " + text)).click();
            }
        }
        if (block == null) {
            throw new IllegalStateException("no guide slide shows " + text);
        }
        block.click();
        List<WebElement> editors = driver.findElements(By.cssSelector(".monaco-editor textarea"));
        WebElement editor = editors.isEmpty() ? driver.switchTo().activeElement() : editors.get(0);
        new Actions(driver).click(editor).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    private static int guideUrlPort(BrowserGuide guide) {
        return guide.port();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
