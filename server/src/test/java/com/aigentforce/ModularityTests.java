package com.aigentforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no module reaches into another's internals, no cycles; documents the structure, and keeps the
 * dependency table of docs/architecture.md equal to the graph the code really has.
 */
class ModularityTests {

    private static final String PLATFORM = "platform";
    private static final Path ARCHITECTURE_DOC = Path.of("../docs/architecture.md");

    private final ApplicationModules modules = ApplicationModules.of(AiGentForceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    @Test
    void theArchitectureDocumentListsEachModulesRealDependencies() throws IOException {
        Map<String, Set<String>> documented = documentedDependencies();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : modules) {
            actual.put(
                    module.getName(),
                    module.getDirectDependencies(modules)
                            .uniqueModules()
                            .map(ApplicationModule::getName)
                            .filter(name -> !PLATFORM.equals(name))
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(documented)
                .as("the 'module | uses' table in docs/architecture.md (every module also uses platform)")
                .isEqualTo(actual);
    }

    /** Rows of the table under "Modules and their dependencies": {@code | module | uses, … | through |}. */
    private static Map<String, Set<String>> documentedDependencies() throws IOException {
        Map<String, Set<String>> table = new TreeMap<>();
        String section = Files.readString(ARCHITECTURE_DOC).split("## Modules and their dependencies", 2)[1];
        section.lines()
                .takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("| ") && !line.startsWith("| module ") && !line.startsWith("|---"))
                .forEach(line -> {
                    String[] cells = line.split("\\|");
                    Set<String> uses = new TreeSet<>();
                    for (String used : cells[2].split(",")) {
                        String name = used.strip();
                        if (!name.isEmpty() && !name.equals("—")) {
                            uses.add(name);
                        }
                    }
                    table.put(cells[1].strip(), uses);
                });
        return table;
    }
}
