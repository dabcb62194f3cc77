package dev.reportsearch.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by its own chromedriver: both paths are set, so
 * Selenium Manager never looks for (or downloads) a browser. One per test class; always closed.
 */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;
    final String base;
    private final Path profile;
    private final ChromeDriverService service;

    Browser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String binary = System.getProperty("reportsearch.chromium", "/usr/bin/chromium");
        String driverPath = System.getProperty("reportsearch.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=zh-CN",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        try {
            // Lets navigator.clipboard work in headless; the page also records what it copied.
            driver.setPermission("clipboard-read", "granted");
            driver.setPermission("clipboard-write", "granted");
        } catch (RuntimeException ignored) {
            // older drivers: the page's textarea fallback and its data-copied record still apply
        }
    }

    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the view's container (#results, #region-reports, #report) shows the current URL, settled. */
    void settled(String containerId) {
        until("#" + containerId + " settled on the current URL", d -> Boolean.TRUE.equals(js(
                "const b = document.getElementById(arguments[0]);"
                        + "return !!b && b.dataset.state === 'done' && b.dataset.for === location.pathname + location.search;",
                containerId)));
    }

    /** Waits until the URL's query holds the given text (URL-decoded). */
    void urlHas(String text) {
        until("URL holding " + text, d -> decodedUrl().contains(text));
    }

    void urlLacks(String text) {
        until("URL without " + text, d -> !decodedUrl().contains(text));
    }

    String decodedUrl() {
        return java.net.URLDecoder.decode(driver.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
    }

    String pathAndQuery() {
        return (String) js("return location.pathname + location.search;");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return until(css + " visible", d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Saves a screenshot of the viewport as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("reportsearch.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path to = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile
            }
        }
    }
}
