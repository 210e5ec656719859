package org.massline.organization;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region (a fictional city, see {@code demo/demo-region.csv}) on the first start of
 * the try-it-out setup, through the same importer as any organization file.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "massline.demo.enabled", havingValue = "true")
public class DemoRegion implements ApplicationRunner {

  static final String FILE = "demo/demo-region.csv";
  private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

  private final OrganizationRepository repository;
  private final OrganizationImporter importer;

  public DemoRegion(OrganizationRepository repository, OrganizationImporter importer) {
    this.repository = repository;
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (repository.countUnits() > 0) {
      return;
    }
    try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
      ImportReport report = importer.importFile(reader);
      if (!report.imported()) {
        throw new IllegalStateException("The demo region file is invalid: " + report.problems());
      }
      log.info("Demo region loaded: {} units, {} persons", report.units(), report.persons());
    }
  }
}
