package dev.kiln.site;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.processor.diagnostic.ErrorId;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The generated site in a real headless browser (Debian's chromium, driven through chromedriver):
 * every page reachable from the index renders with a title and main content and no console
 * errors, every internal link and fragment resolves, and every module and error id the processor
 * knows has its page.
 */
class SiteBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SITE = Path.of(System.getProperty("kiln.site", "target/site"));

  @TempDir static Path profile;

  private static ChromeDriver browser;
  /** Page file name -> the text of its h1, for every page the crawl reached. */
  private static final Map<String, String> headings = new LinkedHashMap<>();
  private static final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void crawlTheSite() throws IOException {
    String missing = !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)
        ? "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)"
        : !Files.isRegularFile(SITE.resolve("index.html")) ? SITE + " was not generated" : null;
    if (missing != null) {
      System.out.println("SKIPPED SiteBrowserIT: " + missing);
    }
    assumeTrue(missing == null, missing);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.resolve("chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    crawl();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Visits every page reachable from the index, checking each as it goes. */
  private static void crawl() {
    URI root = SITE.toAbsolutePath().normalize().toUri();
    Deque<String> work = new ArrayDeque<>(List.of("index.html"));
    List<String[]> fragments = new ArrayList<>();
    while (!work.isEmpty()) {
      String page = work.pop();
      if (headings.containsKey(page)) {
        continue;
      }
      browser.get(root.resolve(page).toString());
      String title = browser.getTitle();
      List<WebElement> main = browser.findElements(By.tagName("main"));
      List<WebElement> h1 = browser.findElements(By.tagName("h1"));
      if (title.isBlank() || !title.endsWith("— Kiln")) {
        problems.add(page + ": title is \"" + title + "\"");
      }
      if (main.size() != 1 || main.get(0).getText().isBlank() || h1.isEmpty()) {
        problems.add(page + ": no main content with a heading");
      }
      headings.put(page, h1.isEmpty() ? "" : h1.get(0).getText());
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
          problems.add(page + ": console: " + entry.getMessage());
        }
      }
      @SuppressWarnings("unchecked")
      List<String> links = (List<String>) ((JavascriptExecutor) browser).executeScript(
          "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
      for (String link : links) {
        if (!link.startsWith("file:")) {
          continue; // external: not followed, the site works offline
        }
        String[] parts = link.split("#", 2);
        Path target = Path.of(URI.create(parts[0]));
        if (!Files.isRegularFile(target)) {
          problems.add(page + ": broken link to " + link);
          continue;
        }
        String name = SITE.toAbsolutePath().normalize().relativize(target).toString();
        work.add(name);
        if (parts.length == 2 && !parts[1].isEmpty()) {
          fragments.add(new String[] {page, name, parts[1]});
        }
      }
    }
    for (String[] fragment : fragments) {
      browser.get(root.resolve(fragment[1]).toString());
      Object found = ((JavascriptExecutor) browser).executeScript(
          "return document.getElementById(arguments[0]) !== null;", fragment[2]);
      if (!Boolean.TRUE.equals(found)) {
        problems.add(fragment[0] + ": link to " + fragment[1] + "#" + fragment[2]
            + " names no element");
      }
    }
  }

  @Test
  void everyPageRendersWithoutConsoleErrorsAndEveryInternalLinkResolves() {
    assertWithMessage("problems found while crawling").that(problems).isEmpty();
    assertThat(headings.keySet()).containsAtLeast("index.html", "modules.html", "targets.html",
        "blueprints.html", "errors.html", "getting-started.html", "writing-a-module.html",
        "writing-a-blueprint.html", "deploying.html", "deploying-with-urunc.html");
  }

  @Test
  void everyGeneratedPageIsReachableFromTheIndex() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(SITE)) {
      list.filter(p -> p.toString().endsWith(".html"))
          .forEach(p -> files.add(p.getFileName().toString()));
    }
    assertThat(headings.keySet()).containsAtLeastElementsIn(files);
  }

  @Test
  void everyModuleTheProcessorSeesHasItsPage() throws IOException {
    Catalogue catalogue = CatalogueReader.read();
    assertThat(catalogue.modules()).isNotEmpty();
    for (Catalogue.Module module : catalogue.modules()) {
      String page = CataloguePages.moduleFile(module.qualifiedName());
      assertWithMessage(module.qualifiedName()).that(headings.get(page))
          .isEqualTo(module.simpleName());
    }
  }

  @Test
  void everyErrorIdHasItsPageWithAnExampleAndAFix() {
    browser.get(SITE.toAbsolutePath().resolve("errors.html").toUri().toString());
    String index = browser.findElement(By.tagName("main")).getText();
    for (ErrorId id : ErrorId.values()) {
      assertThat(index).contains(id.id());
      String page = CataloguePages.errorFile(id.id());
      assertWithMessage(id.id()).that(headings.get(page)).isEqualTo(id.id());
      browser.get(SITE.toAbsolutePath().resolve(page).toUri().toString());
      String text = browser.findElement(By.tagName("main")).getText();
      assertWithMessage(id.id()).that(text).contains("Fix");
      if (id != ErrorId.INTERNAL_ERROR) {
        assertWithMessage(id.id() + " example message").that(text).contains(id.tag());
      }
    }
  }

  @Test
  void theBlueprintPageListsEachBlueprintOrSaysThereIsNone() throws IOException {
    Catalogue catalogue = CatalogueReader.read();
    browser.get(SITE.toAbsolutePath().resolve("blueprints.html").toUri().toString());
    String text = browser.findElement(By.tagName("main")).getText();
    if (catalogue.blueprints().isEmpty()) {
      assertThat(text).contains("No blueprint is published");
    }
    for (Catalogue.Blueprint blueprint : catalogue.blueprints()) {
      assertThat(text).contains(blueprint.name());
    }
  }

}
