package org.massline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages' arrows point one way: the platform (the application and the engine plumbing in
 * {@code forms}, with no domain words) knows nothing of security, security nothing of the
 * organization, the organization nothing of the features that run on it.
 */
@AnalyzeClasses(packages = "org.massline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Platform").definedBy("org.massline.app..", "org.massline.forms..")
      .layer("Security").definedBy("org.massline.security..")
      .layer("Organization").definedBy("org.massline.organization..")
      .layer("Features").definedBy("org.massline.meeting..", "org.massline.organizationallife..", "org.massline.rectification..",
          "org.massline.supervision..", "org.massline.campaign..")
      .whereLayer("Features").mayNotBeAccessedByAnyLayer()
      .whereLayer("Organization").mayOnlyBeAccessedByLayers("Features")
      .whereLayer("Security").mayOnlyBeAccessedByLayers("Organization", "Features");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.massline.(*)..").should().beFreeOfCycles();

  /** Supervision serves every feature; it must not know any of them. */
  @ArchTest
  static final ArchRule supervisionKnowsNoFeature = noClasses()
      .that().resideInAPackage("org.massline.supervision..")
      .should().dependOnClassesThat().resideInAnyPackage("org.massline.meeting..", "org.massline.organizationallife..",
          "org.massline.rectification..", "org.massline.campaign..");
}
