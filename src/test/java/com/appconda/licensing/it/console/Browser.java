package com.appconda.licensing.it.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's chromedriver (no download: Selenium Manager is never
 * asked), with the waits PrimeFaces pages need and screenshots under
 * {@code target/browser-screenshots/<journey>/}, numbered in the order they were taken. It records every content
 * security policy violation of every page it opens ({@link #cspViolations()}).
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * Runs in every document before the page's own scripts (so it sees what they cause) and whatever the page's
     * policy says; it keeps each violation in the tab's session storage, which outlives navigations.
     */
    private static final String VIOLATION_RECORDER = "document.addEventListener('securitypolicyviolation', e => {"
            + " const seen = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
            + " seen.push(e.effectiveDirective + ' refused ' + (e.blockedURI || '?') + ' on ' + e.documentURI"
            + " + (e.sample ? ': ' + e.sample : ''));"
            + " sessionStorage.setItem('cspViolations', JSON.stringify(seen)); });";

    private final WebDriver driver;
    private final URL base;
    private final Path folder;
    private int shots;

    private Browser(WebDriver driver, URL base, Path folder) {
        this.driver = driver;
        this.base = base;
        this.folder = folder;
    }

    /**
     * Whether Chromium and its driver are installed. Without them the journeys are skipped with a message, unless
     * {@code APPLICENSING_BROWSER_TESTS=required} (set by .ci/run, which installs them): then they fail.
     */
    public static boolean requireInstalled() {
        boolean installed = Files.isExecutable(Path.of(binary())) && Files.isExecutable(Path.of(driver()));
        if (!installed && "required".equals(System.getenv("APPLICENSING_BROWSER_TESTS"))) {
            throw new IllegalStateException(binary() + " or " + driver() + " is missing, and browser tests are required"
                    + " (apt-get install chromium chromium-driver)");
        }
        return installed;
    }

    private static String binary() {
        return System.getProperty("browser.binary", "/usr/bin/chromium");
    }

    private static String driver() {
        return System.getProperty("browser.driver", "/usr/bin/chromedriver");
    }

    /** A fresh browser (no cookies) for one journey, 1280 × 900 pixels. */
    public static Browser open(URL base, String journey) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver()).toFile())
                .build();
        Path folder = SCREENSHOTS.resolve(journey);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_RECORDER));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        folder.resolve("downloads").toAbsolutePath().toString()));
        return new Browser(driver, base, folder);
    }

    /** Opens a path of the application, e.g. {@code console/index.xhtml}. */
    public void go(String path) {
        driver.get(base.toString() + path);
        settle();
    }

    /** Opens an absolute URL, such as the shop URL the API answered. */
    public void open(String url) {
        driver.get(url);
        settle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement element(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public WebElement visible(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return visible(id).getText();
    }

    /**
     * Types into the input, looked up afresh: a page that has just loaded can be replaced once more (the login's
     * redirect), so an input that went stale under the typing is found again, up to three times.
     */
    public void type(String id, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = visible(id);
                input.clear();
                input.sendKeys(text);
                return;
            } catch (WebDriverException replaced) {
                if (attempt == 3 || !isReplacedNode(replaced)) {
                    throw replaced;
                }
                settle();
            }
        }
    }

    private static boolean isReplacedNode(WebDriverException failure) {
        return failure instanceof StaleElementReferenceException
                || String.valueOf(failure.getMessage()).contains("does not belong to the document");
    }

    /** Types into the input whose label starts with the text. */
    public void typeLabelled(String labelText, String text) {
        By label = By.xpath("//label[starts-with(normalize-space(.), '" + labelText + "')]");
        type(
                new WebDriverWait(driver, WAIT)
                        .until(ExpectedConditions.visibilityOfElementLocated(label))
                        .getAttribute("for"),
                text);
    }

    /** Clicks and waits until the page or its ajax update has settled. */
    public void click(String id) {
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
        settle();
    }

    /**
     * Clicks a button that posts the whole page ({@code ajax="false"}) and waits until the next page has replaced it.
     * Right after the click the old page is still complete, so {@link #click} alone can read it, or find its elements
     * gone stale mid-read.
     */
    public void submit(String id) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(oldPage));
        settle();
    }

    /**
     * Whether the element left the document. Chromedriver answers a page that was replaced while it looked not
     * only with a stale reference but also with "does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            if (isReplacedNode(replaced)) {
                return true;
            }
            throw replaced;
        }
    }

    public void clickLink(String text) {
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.linkText(text)))
                .click();
        settle();
    }

    /**
     * Picks an entry of a PrimeFaces selectOneMenu by its label and checks that the menu shows it. After an ajax
     * update the replaced menu's panel can linger in the page (behind a dialog's mask), so each matching entry is
     * tried until one takes the click, and the pick is tried again if the menu does not show it.
     */
    public void choose(String menuId, String label) {
        By items = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label.replace("'", "\\'") + "']");
        for (int attempt = 1; attempt <= 3; attempt++) {
            click(menuId);
            new WebDriverWait(driver, WAIT)
                    .until(d -> d.findElements(items).stream().anyMatch(WebElement::isDisplayed));
            for (WebElement item : driver.findElements(items)) {
                if (clicked(item)) {
                    break;
                }
            }
            settle();
            if (label.equals(element(menuId + "_label").getText())) {
                return;
            }
        }
        throw new AssertionError("the menu " + menuId + " does not show '" + label + "' after three picks");
    }

    private static boolean clicked(WebElement item) {
        try {
            if (!item.isDisplayed()) {
                return false;
            }
            item.click();
            return true;
        } catch (ElementNotInteractableException | StaleElementReferenceException covered) {
            // Covered by a lingering mask (ElementClickInterceptedException is one of these), still opening, or
            // replaced by an ajax update: the caller tries the next entry, then opens the menu again.
            return false;
        }
    }

    /** Ticks the checkbox of a selectManyCheckbox entry whose label contains the text. */
    public void tick(String text) {
        By label = By.xpath("//label[contains(normalize-space(.), '" + text + "')]");
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(label))
                .click();
        settle();
    }

    /** Answers "Yes" in the console's confirmation dialog. */
    public void confirm() {
        click("confirmYes");
    }

    /** Rows of a table body, as their text. */
    public List<String> rows(String tableId) {
        return element(tableId).findElements(By.cssSelector("tbody > tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public void waitForText(String id, String expected) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    /** Waits until an element matching the CSS selector is in the page. */
    public WebElement appears(String cssSelector) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Runs a script of the test in the page (WebDriver runs it whatever the page's policy) and answers its value. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Waits until a script of the test, run in the page, answers true. */
    public void waitUntil(String javascriptCondition) {
        new WebDriverWait(driver, WAIT)
                .until(d ->
                        Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return " + javascriptCondition)));
    }

    /**
     * Every content security policy violation reported in this tab since the last {@link #forgetCspViolations()}:
     * the directive, what it refused and on which page. Read it on a page of the application (session storage
     * belongs to the origin).
     */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        settle();
        return (List<String>) script("return JSON.parse(sessionStorage.getItem('cspViolations') || '[]');");
    }

    public void forgetCspViolations() {
        script("sessionStorage.removeItem('cspViolations');");
    }

    /** Scrolls an element into view, for a screenshot of what lies below the fold. */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element(id));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        settle();
    }

    /** Waits for a file the page downloaded (to {@code <journey>/downloads/}) to be complete and answers its text. */
    public String downloaded(String fileName) {
        Path file = folder.resolve("downloads").resolve(fileName);
        Path partial = folder.resolve("downloads").resolve(fileName + ".crdownload");
        new WebDriverWait(driver, WAIT).until(d -> Files.exists(file) && !Files.exists(partial));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a full-window screenshot and answers its path. */
    public Path screenshot(String name) {
        settle();
        Path file = folder.resolve(String.format("%02d-%s.png", ++shots, name));
        try {
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Waits for the document to load, for jQuery's and PrimeFaces' ajax queues to drain and animations to end. */
    private void settle() {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
