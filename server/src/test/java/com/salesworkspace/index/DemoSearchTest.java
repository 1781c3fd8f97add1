package com.salesworkspace.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.YamlSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Search finds the facts planted in the demo workspace (listed in src/test/resources/demo-facts). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSearchTest {
  @TempDir static Path dir;
  Index lucene;
  Index fts5;

  @BeforeAll
  void indexTheDemo() {
    Path demo = TestWorkspace.copyDemo(dir.resolve("demo"));
    lucene = Index.open(demo, dir.resolve("state-lucene"), Index.Engine.LUCENE);
    fts5 = Index.open(demo, dir.resolve("state-fts5"), Index.Engine.FTS5);
    assertThat(lucene.refresh(Progress.NONE).problems()).isEmpty();
    assertThat(fts5.refresh(Progress.NONE).problems()).isEmpty();
  }

  @AfterAll
  void close() {
    lucene.close();
    fts5.close();
  }

  @TestFactory
  Stream<DynamicTest> everyPlantedFactIsFoundInTheTopFive() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> facts : facts()) {
      String customer = (String) facts.get("customer");
      for (Map<String, Object> fact : list(facts.get("search_facts"))) {
        String query = "\"" + fact.get("query") + "\"";
        String expected = "customers/" + customer + "/interactions/" + fact.get("interaction") + ".md";
        tests.add(DynamicTest.dynamicTest(customer + ": " + query, () -> {
          for (Index index : List.of(lucene, fts5)) {
            SearchHits hits = index.search(SearchRequest.of(query, 5));
            assertThat(hits.hits()).as(index.engineName() + " top 5 for " + query)
                .extracting(SearchHits.Hit::path).contains(expected);
          }
        }));
      }
      for (Map<String, Object> signal : list(facts.get("signals"))) {
        String phrase = "\"" + signal.get("phrase") + "\"";
        String expected = "customers/" + customer + "/interactions/" + signal.get("interaction") + ".md";
        tests.add(DynamicTest.dynamicTest(customer + " signal " + phrase, () -> {
          SearchRequest inCustomer = new SearchRequest(phrase, List.of(customer), List.of("interaction"), null, null,
              null, null, null, null, 0, 20, false);
          assertThat(lucene.search(inCustomer).hits()).extracting(SearchHits.Hit::path).contains(expected);
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> bothEnginesAgreeOnTheBestHit() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> facts : facts()) {
      for (Map<String, Object> fact : list(facts.get("search_facts"))) {
        String query = "\"" + fact.get("query") + "\"";
        tests.add(DynamicTest.dynamicTest(query, () -> assertThat(top(fts5, query)).isEqualTo(top(lucene, query))));
      }
    }
    return tests.stream();
  }

  private static String top(Index index, String query) {
    return index.search(new SearchRequest(query, null, List.of("interaction"), null, null, null, null, null, null, 0,
        1, false)).hits().get(0).path();
  }

  static List<Map<String, Object>> facts() throws IOException {
    Path folder = TestWorkspace.projectRoot().resolve("server/src/test/resources/demo-facts");
    List<Map<String, Object>> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        all.add(YamlSupport.requireMapping(YamlSupport.parse(Files.readString(file), file.toString()), file.toString()));
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
