package com.salesworkspace.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesworkspace.testing.TestWorkspace;
import com.salesworkspace.util.Progress;
import com.salesworkspace.workspace.FileProblem;
import com.salesworkspace.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
  @TempDir Path dir;

  @Test
  void theDemoWorkspaceHasNoErrorsOrWarnings() {
    Workspace demo = Workspace.open(TestWorkspace.projectRoot());
    Doctor.DoctorReport report = new Doctor(demo).run(Progress.NONE);
    assertThat(report.problems()).isEmpty();
    assertThat(report.customers()).isGreaterThanOrEqualTo(10);
    assertThat(report.interactions()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void aCleanFixturePasses() {
    Doctor.DoctorReport report = new Doctor(TestWorkspace.minimal(dir).withAcme().open()).run(Progress.NONE);
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void namesEveryProblemInABrokenWorkspace() throws Exception {
    TestWorkspace ws = TestWorkspace.minimal(dir).withAcme();
    ws.write("customers/acme/contacts.yaml", "contacts:\n  - name: Maria Chen\n    email: maria.chen@acme.com\n"
        + "  - email: nobody@acme.com\n");
    ws.write("customers/globex/contacts.yaml", "contacts:\n  - name: Hank Scorpio\n    email: hank@globex\n"
        + "    role: chief\n");
    ws.write("customers/acme/deals.yaml", "deals:\n  - id: D-1\n    name: X\n    stage: haggling\n"
        + "  - id: D-1\n    name: Y\n    stage: discovery\n    probability: 140\n");
    ws.write("customers/globex/profile.yaml", "name: Globex\nowner: nobody.here\nhealth: {score: 140}\n"
        + "lifecycle_stage: dreaming\n");
    ws.write("customers/initech/profile.yaml", "industry: [unclosed\n");
    ws.mkdir("customers/NotASlug");
    ws.mkdir("customers/hooli");
    ws.interaction("globex", "2026-09-02-gong-ff00ff", "call", "2026-09-02T10:00:00Z", "zoom", null,
        "Stranger <stranger@else.com>", "sideways", "x");
    ws.write("customers/globex/interactions/2026-09-03-gong-aa00aa.md", "---\nid: wrong-id\ntype: call\n"
        + "date: 2026-09-03T10:00:00Z\nsource: gong\n---\nx\n");
    ws.write("customers/globex/interactions/2026-09-04-gong-bb00bb.md", "no front matter");
    Files.delete(ws.root().resolve("reporting/pulse"));

    List<FileProblem> problems = new Doctor(ws.open()).run(Progress.NONE).problems();
    List<String> lines = problems.stream().map(FileProblem::toString).toList();

    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("reporting/pulse").contains("missing"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("acme/contacts.yaml:4").contains("has no 'name'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("customers/initech/profile.yaml:1").contains("YAML"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("customers/NotASlug").contains("slug"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("customers/hooli/profile.yaml").contains("needs a profile"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("deals.yaml:4").contains("stage 'haggling'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("deals.yaml:5").contains("'D-1' is also used"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("deals.yaml:8").contains("probability must be 0-100"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("globex/profile.yaml:2").contains("owner 'nobody.here'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("profile.yaml:3").contains("health.score must be between"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("profile.yaml:4").contains("lifecycle_stage 'dreaming'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("ff00ff.md:5").contains("source 'zoom'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("ff00ff.md:7").contains("direction 'sideways'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("globex/contacts.yaml:3").contains("invalid email"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("warning").contains("stranger@else.com"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("2026-09-03-gong-aa00aa.md:2").contains("must equal"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("2026-09-04-gong-bb00bb.md:1").contains("'---'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("globex/contacts.yaml:4").contains("contact 'Hank Scorpio' has role 'chief'"));
    // Problems in one file do not hide the others: acme's interactions still parsed fine.
    assertThat(lines).noneSatisfy(l -> assertThat(l).contains("2026-10-22-gmail-aa11bb").contains("error"));
  }
}
