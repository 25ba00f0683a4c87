package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testkit.ProjectFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real Chromium (Debian's, with its driver; skipped when absent unless CI=true,
 * as the report's browser test): its main paths run with no severe console entry, and hostile
 * scenario and article text runs nothing.
 */
class WorkbenchBrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  /** Every way the hostile text tries to run code sets this flag. */
  private static final String HOSTILE =
      "<script>window.pwned=1</script> & \"<img src=x onerror=\"window.pwned=2\">\""
          + " <svg onload=window.pwned=3> </textarea><iframe src=javascript:window.pwned=4>";

  @BeforeEach
  void chromium() {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          CHROMIUM.canExecute() && DRIVER.canExecute(),
          "no /usr/bin/chromium and /usr/bin/chromedriver: browser test skipped;"
              + " .ci/run installs chromium and chromium-driver");
    }
  }

  private static ChromeDriver driver() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1300,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static WebDriverWait waiting(ChromeDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(240));
  }

  private static List<LogEntry> severe(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  private static void view(ChromeDriver driver, String name) {
    driver.findElement(By.cssSelector("#views button[data-view='" + name + "']")).click();
  }

  @Test
  void mainPaths_runWithNoSevereConsoleEntry(@TempDir Path dir) throws Exception {
    try (WebServer server =
            Fixture.start(
                Fixture.exampleWorkspace(dir), List.of(Fixture.ukraine(), Fixture.softened()));
        Closer closer = new Closer(driver())) {
      ChromeDriver driver = closer.driver;
      WebDriverWait wait = waiting(driver);
      driver.get(server.url());
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
      assertThat(driver.findElement(By.id("status")).getText()).contains("Russia-Ukraine");
      assertThat(driver.findElements(By.cssSelector("#chart-positions canvas"))).isNotEmpty();

      // the Monte Carlo run reports its progress, then the levers move the views
      wait.until(d -> text(driver, "mc-state").startsWith("done"));
      assertThat(driver.findElements(By.cssSelector("#mc-table tbody tr"))).hasSizeGreaterThan(1);
      String before = chartOption(driver, "chart-positions");
      driver.findElements(By.cssSelector("input.lever")).get(1).click();
      String after = chartOption(driver, "chart-positions");
      assertThat(after).isNotEqualTo(before);
      view(driver, "forecasts");
      assertThat(chartOption(driver, "chart-forecasts")).contains("with ");
      view(driver, "frontier");
      assertThat(driver.findElement(By.id("frontier-note")).getText()).startsWith("Lever ");

      // the softened scenario has a frontier
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("scenario")))
          .selectByValue("scenario-softened");
      wait.until(d -> text(driver, "frontier-note").startsWith("Baseline: "));
      assertThat(text(driver, "frontier-note")).doesNotContain("no package");

      // evidence: search, open a document, its span highlighted inside the document's text
      view(driver, "evidence");
      driver.findElement(By.id("evidence-search")).sendKeys("sanctions");
      driver.findElement(By.cssSelector("#evidence-form button")).click();
      wait.until(d -> text(driver, "evidence-count").contains("items"));
      List<WebElement> items = driver.findElements(By.cssSelector("#evidence-list li"));
      assertThat(items).isNotEmpty();
      items.get(0).click();
      WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("span")));
      assertThat(mark.getText()).isNotBlank();
      assertThat(driver.findElement(By.id("doc-text")).getText()).contains(mark.getText());

      // the scenario view locates each diagnostic in the text (the Ukraine example has warnings)
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("scenario")))
          .selectByValue("ukraine-2025");
      view(driver, "scenario");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagnostics li.warning")));
      WebElement first = driver.findElements(By.cssSelector("#diagnostics li.warning")).get(0);
      assertThat(first.getText()).contains("[red-lines-conflict]");
      assertThat(driver.findElements(By.cssSelector("#source li.flagged"))).isNotEmpty();
      first.click();

      assertThat(severe(driver)).isEmpty();
      Path shot = Path.of("target", "workbench-screenshot.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  void hostileScenarioAndArticle_runNothing_andShowTheirTextAsText(@TempDir Path dir)
      throws Exception {
    String quoted = "'" + HOSTILE.replace("'", "''") + "'";
    String yaml =
        Files.readString(
                ProjectFiles.resolve("io/src/test/resources/scenarios/harbour.yaml"),
                StandardCharsets.UTF_8)
            .replace("title: Harbour contract talks", "title: " + quoted)
            .replace("name: Dockworkers' Union", "name: " + quoted)
            .replace("name: Council retraining subsidy", "name: " + quoted)
            .replace("label: Full automation now", "label: " + quoted)
            .replace("note: floated informally; no source yet", "note: " + quoted);
    Path scenario = dir.resolve("hostile.yaml");
    Files.writeString(scenario, yaml, StandardCharsets.UTF_8);
    Path article = dir.resolve("hostile-article.txt");
    Files.writeString(
        article,
        "Harbour talks stall\n\nThe Port Authority rejected full automation now at the terminal, the"
            + " board said. "
            + HOSTILE
            + "\n\n\"We will not accept cranes without retraining "
            + HOSTILE
            + "\", the union's leader said on Monday.\n",
        StandardCharsets.UTF_8);
    Path page = dir.resolve("hostile-page.html");
    Files.writeString(
        page,
        "<html><head><title>"
            + HOSTILE.replace("<", "&lt;")
            + "</title>"
            + "<script>window.pwned=9</script></head><body><article><h1>Board digs in</h1>"
            + "<p>The Port Authority rejected full automation now &lt;script&gt;window.pwned=5"
            + "&lt;/script&gt; &lt;img src=x onerror=window.pwned=6&gt;, the board said.</p>"
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    Path ws = Fixture.workspace(dir, List.of(article, page));
    try (WebServer server = Fixture.start(ws, List.of(scenario));
        Closer closer = new Closer(driver())) {
      ChromeDriver driver = closer.driver;
      WebDriverWait wait = waiting(driver);
      driver.get(server.url());
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
      assertThat(driver.findElement(By.id("status")).getText()).contains("<script>window.pwned=1");
      assertThat(driver.findElement(By.id("levers")).getText()).contains("onerror=");
      driver.findElements(By.cssSelector("input.lever")).forEach(WebElement::click);
      for (String v : List.of("forecasts", "frontier", "scenario", "montecarlo", "evidence")) {
        view(driver, v);
      }
      assertThat(text(driver, "source")).contains("<img src=x onerror=");
      wait.until(d -> text(driver, "evidence-count").contains("items"));
      List<WebElement> items = driver.findElements(By.cssSelector("#evidence-list li"));
      assertThat(items).isNotEmpty();
      for (int i = 0; i < Math.min(items.size(), 6); i++) {
        driver.findElements(By.cssSelector("#evidence-list li")).get(i).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("span")));
      }
      String text =
          driver.findElement(By.id("doc-text")).getText()
              + driver.findElement(By.id("doc-title")).getText();
      assertThat(text).containsAnyOf("<script>", "onerror=");
      wait.until(d -> text(driver, "mc-state").startsWith("done"));

      JavascriptExecutor js = driver;
      assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
      assertThat(
              js.executeScript(
                  "return document.querySelectorAll('img, iframe, svg[onload], [onerror], [onload]').length"))
          .isEqualTo(0L);
      assertThat(js.executeScript("return document.scripts.length")).isEqualTo(2L);
      assertThat(severe(driver)).isEmpty();
    }
  }

  private static String text(ChromeDriver driver, String id) {
    return String.valueOf(driver.findElement(By.id(id)).getDomProperty("textContent"));
  }

  private static String chartOption(ChromeDriver driver, String id) {
    return String.valueOf(
        driver.executeScript(
            "return JSON.stringify(echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".getOption().series.map(s => [s.name, s.data]))",
            id));
  }

  /** Quits the browser at the end of a try-with-resources. */
  private record Closer(ChromeDriver driver) implements AutoCloseable {
    @Override
    public void close() {
      driver.quit();
    }
  }
}
