package com.salesworkspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathGuardTest {
  @TempDir Path root;
  @TempDir Path outside;

  @Test
  void resolvesPlainRelativePathsInsideTheRoot() {
    PathGuard guard = new PathGuard(root);
    assertThat(guard.resolve("customers/acme/profile.yaml")).isEqualTo(root.resolve("customers/acme/profile.yaml"));
    assertThat(guard.resolve("customers/./acme")).isEqualTo(root.resolve("customers/acme"));
  }

  @Test
  void refusesParentSegmentsEvenWhenTheyWouldStayInside() {
    PathGuard guard = new PathGuard(root);
    assertThatThrownBy(() -> guard.resolve("../../etc/passwd")).hasMessageContaining("leaves the workspace");
    assertThatThrownBy(() -> guard.resolve("customers/../customers/acme")).hasMessageContaining("'..'");
    assertThatThrownBy(() -> guard.resolve("customers\\..\\..\\etc")).hasMessageContaining("'..'");
  }

  @Test
  void refusesAbsolutePathsNulBytesAndEmptyPaths() {
    PathGuard guard = new PathGuard(root);
    assertThatThrownBy(() -> guard.resolve("/etc/passwd")).hasMessageContaining("absolute");
    assertThatThrownBy(() -> guard.resolve("C:/Windows")).hasMessageContaining("absolute");
    assertThatThrownBy(() -> guard.resolve("customers/a\0b")).hasMessageContaining("NUL");
    assertThatThrownBy(() -> guard.resolve(" ")).hasMessageContaining("empty");
  }

  @Test
  void refusesSymbolicLinksThatPointOutside() throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createDirectories(root.resolve("customers"));
    Files.createSymbolicLink(root.resolve("customers/evil"), outside);
    PathGuard guard = new PathGuard(root);
    assertThatThrownBy(() -> guard.resolve("customers/evil/secret.txt")).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> guard.resolve("customers/evil/new-file.md")).hasMessageContaining("symbolic link");
  }

  @Test
  void allowsSymbolicLinksThatStayInside() throws Exception {
    Files.createDirectories(root.resolve("customers/acme"));
    Files.createSymbolicLink(root.resolve("customers/alias"), root.resolve("customers/acme"));
    assertThat(new PathGuard(root).resolve("customers/alias/profile.yaml")).isNotNull();
  }

  @Test
  void confinesAlreadyBuiltPaths() {
    PathGuard guard = new PathGuard(root);
    assertThatThrownBy(() -> guard.confine(outside.resolve("x"))).hasMessageContaining("outside");
    assertThat(guard.relativize(root.resolve("customers/acme"))).isEqualTo("customers/acme");
  }

  @Test
  void slugsAreLowerCaseLettersDigitsAndHyphens() {
    assertThat(Slugs.isValid("acme-logistics")).isTrue();
    assertThat(Slugs.isValid("3m")).isTrue();
    assertThat(Slugs.isValid("Acme")).isFalse();
    assertThat(Slugs.isValid("-acme")).isFalse();
    assertThat(Slugs.isValid("..")).isFalse();
    assertThat(Slugs.isValid("a/b")).isFalse();
    assertThat(Slugs.isValid("templates")).isFalse();
    assertThat(Slugs.isValid("a".repeat(64))).isFalse();
    assertThat(Slugs.fromName("Nordhavn Shipping A/S")).isEqualTo("nordhavn-shipping-a-s");
    assertThat(Slugs.fromName("Søren & Æbleskiver GmbH")).isEqualTo("soren-aebleskiver-gmbh");
  }
}
