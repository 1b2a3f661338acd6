package com.wuye.complaints;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The module boundaries docs/architecture.md describes, checked on the compiled classes: one
 * package per feature, no cycles between them, {@code support} and {@code forms} below every
 * feature, and a feature's tables reached only through its own services (its repositories stay
 * inside it).
 */
class ModuleBoundariesTest {

  private static final String ROOT = "com.wuye.complaints";
  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
  }

  @Test
  void supportDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".support..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".support.."))))
        .check(production);
  }

  @Test
  void repositoriesAreUsedOnlyInsideTheirFeature() {
    classes()
        .that()
        .areAssignableTo(Repository.class)
        .and()
        .areInterfaces()
        .should(beAccessedOnlyFromTheirOwnPackage())
        .check(production);
  }

  private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
    return new ArchCondition<>("be used only by classes of their own feature package") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        for (JavaAccess<?> access : repository.getAccessesToSelf()) {
          JavaClass origin = access.getOriginOwner();
          if (!origin.getPackageName().equals(repository.getPackageName())) {
            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
          }
        }
        repository.getDirectDependenciesToSelf().stream()
            .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
      }
    };
  }
}
