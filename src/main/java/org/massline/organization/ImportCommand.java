package org.massline.organization;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar massline.jar --import=FILE}: imports an organization file from the command line,
 * prints every problem with its line number, and exits with 1 if the file was refused.
 */
@Component
@Order(1)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

  private final OrganizationImporter importer;
  private int exitCode;

  public ImportCommand(OrganizationImporter importer) {
    this.importer = importer;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    List<String> files = args.getOptionValues("import");
    if (files == null) {
      return;
    }
    for (String file : files) {
      try (Reader reader = new StrictUtf8Reader(Files.newInputStream(Path.of(file)))) {
        ImportReport report = importer.importFile(reader);
        if (report.imported()) {
          System.out.printf("%s: imported %d units, %d supervision groups, %d persons (%d changes)%n", file,
              report.units(), report.supervisionGroups(), report.persons(), report.changes());
        } else {
          System.out.printf("%s: refused, nothing written (%d problems)%n", file, report.problems().size());
          report.problems().forEach(p -> System.out.printf("  line %d: %s%n", p.line(), p.reason()));
          exitCode = 1;
        }
      }
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
