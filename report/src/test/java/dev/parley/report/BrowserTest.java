package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the report in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): no severe console entry, every chart laid out with a size, and a screenshot.
 */
class BrowserTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  @Test
  void report_opensInChromium_withoutConsoleErrors_andEveryChartHasASize(@TempDir Path dir)
      throws Exception {
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          CHROMIUM.canExecute() && DRIVER.canExecute(),
          "no /usr/bin/chromium and /usr/bin/chromedriver: browser test skipped;"
              + " .ci/run installs chromium and chromium-driver");
    }
    Path page = dir.resolve("report.html");
    Files.writeString(page, ReportFixture.html(), StandardCharsets.UTF_8);
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
        "--window-size=1100,1400");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.get(page.toUri().toString());
      List<WebElement> charts = driver.findElements(By.cssSelector("svg[id^=chart-]"));
      assertThat(charts).hasSizeGreaterThanOrEqualTo(6);
      for (WebElement chart : charts) {
        assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isGreaterThan(100);
        assertThat(chart.getSize().getHeight()).as(chart.getAttribute("id")).isGreaterThan(100);
      }
      List<LogEntry> severe =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .toList();
      assertThat(severe).isEmpty();
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      assertThat(png.length).isGreaterThan(10_000);
      Path shot = Path.of("target", "report-screenshot.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, png);
    } finally {
      driver.quit();
    }
  }
}
