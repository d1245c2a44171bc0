package com.appconda.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.FeatureGraph.Reference;
import com.appconda.licensing.engine.control.LicensingModels;
import com.example.seatcount.SampleSeatCountEvaluator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the features depending one way (the graph is in README's architecture section): no cycle between
 * features, no reference into another feature's boundary (the platform's shared base and the facade features
 * excepted), the platform on no feature; and keeps the licensing engine a functional core (no Jakarta EE, no JPA,
 * no system clock) whose SPI a custom model can be written against alone. Reads what the code really references:
 * the compiled classes' constant pools and the sources' imports and fully qualified names, all of {@code src/main}.
 */
class ArchitectureTest {

    /** Features that front the others by calling their facades, as a vendor or an existing client would. */
    static final Set<String> FACADES = Set.of("demo", "netlicensing");

    static final String SHARED = "platform";
    private static final List<String> CLOCK_CALLS = List.of(
            "java/time/Instant.now",
            "java/time/Clock.systemUTC",
            "java/time/Clock.systemDefaultZone",
            "java/lang/System.currentTimeMillis",
            "java/time/LocalDate.now",
            "java/time/LocalDateTime.now",
            "java/time/ZonedDateTime.now",
            "java/time/OffsetDateTime.now");

    private static FeatureGraph graph;

    @BeforeAll
    static void readTheCode() throws Exception {
        graph = FeatureGraph.read(classesRoot(), Path.of("src/main/java"));
        System.out.println("feature graph (feature -> what it depends on):");
        graph.edges().forEach((feature, targets) -> System.out.println("  " + feature + " -> " + targets));
    }

    @Test
    void featuresDependOnEachOtherInOneDirectionOnly() {
        assertThat(graph.edges())
                .as("features found")
                .containsKeys("broker", "catalog", "engine", "licensee", "platform", "usage", "vendor");
        assertThat(graph.cycles())
                .as("cycles between features, with one reference of each edge inside them: %s", graph.cycleExamples())
                .isEmpty();
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesBoundary() {
        assertThat(graph.boundaryReferences(FACADES, SHARED)).isEmpty();
    }

    @Test
    void platformDependsOnNoFeature() {
        assertThat(graph.referencesFrom(SHARED)).isEmpty();
    }

    @Test
    void theEngineDependsOnNothingButTheVerifiersJsonReader() {
        assertThat(graph.edges().get("engine")).containsOnly("verifier");
        assertThat(graph.edges().get("verifier")).isEmpty();
    }

    /** The client library ships alone in the vendor's software: the verifier is all it may take along. */
    @Test
    void theClientLibraryDependsOnTheVerifierOnlyAndNothingOnIt() {
        assertThat(graph.edges().get("client")).containsOnly("verifier");
        assertThat(graph.edges())
                .allSatisfy(
                        (feature, targets) -> assertThat(targets).as(feature).doesNotContain("client"));
    }

    @Test
    void aCycleIsFoundAlsoThroughAFullyQualifiedName() {
        FeatureGraph withCycle = FeatureGraph.of(List.of(
                new Reference("broker.boundary.ValidationBroker", "usage.control"),
                new Reference("usage.control.UsageRecorder", "broker.entity"),
                new Reference("usage.control.UsageRecorder", "platform.entity")));

        assertThat(withCycle.cycles()).containsExactly(Set.of("broker", "usage"));
        assertThat(withCycle.cycleExamples()).containsOnlyKeys("broker -> usage", "usage -> broker");
        assertThat(FeatureGraph.of(List.of(new Reference("usage.control.UsageRecorder", "broker.entity")))
                        .cycles())
                .isEmpty();
    }

    @Test
    void aReferenceIntoAnotherFeaturesBoundaryIsFoundUnlessFromAFacadeOrIntoThePlatform() {
        Reference intoBoundary = new Reference("dashboard.boundary.Dashboard", "audit.boundary");
        FeatureGraph references = FeatureGraph.of(List.of(
                intoBoundary,
                new Reference("dashboard.boundary.Dashboard", "audit.control"),
                new Reference("catalog.boundary.ProductsResource", "platform.boundary"),
                new Reference("demo.DemoCatalog", "catalog.boundary")));

        assertThat(references.boundaryReferences(FACADES, SHARED)).containsExactly(intoBoundary);
    }

    @Test
    void theRealCodeIsReadFromClassesAndSources() throws Exception {
        FeatureGraph real = FeatureGraph.read(classesRoot(), Path.of("src/main/java"));

        assertThat(real.referencesFrom("broker"))
                .extracting(Reference::toPackage)
                .contains("engine.spi", "catalog.entity", "licensee.entity", "platform.control");
        assertThat(real.referencesFrom("usage"))
                .extracting(Reference::toPackage)
                .contains("broker.entity");
    }

    @Test
    void everyFeatureSaysWhatItIsAndWhatItMayDependOn() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String feature : graph.edges().keySet()) {
            Path info = Path.of("src/main/java", FeatureGraph.BASE.replace('.', '/'), feature, "package-info.java");
            if (!Files.isRegularFile(info)
                    || !Files.readString(info).contains("May depend on")
                            && !Files.readString(info).contains("Depends on no feature")) {
                missing.add(feature);
            }
        }
        assertThat(missing)
                .as("features without a package-info.java naming what they may depend on")
                .isEmpty();
    }

    @Test
    void licensingEngineClassesReferenceNoJakartaTypesAndNoSystemClock() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Path> classes = filesUnder(classesRoot().resolve("com/appconda/licensing/engine"), ".class");
        for (Path file : classes) {
            ConstantPool pool = ConstantPool.read(file);
            pool.strings().stream()
                    .filter(s -> s.contains("jakarta/") || s.contains("javax/persistence/"))
                    .forEach(s -> violations.add(file.getFileName() + " references " + s));
            pool.methodCalls().stream()
                    .filter(CLOCK_CALLS::contains)
                    .forEach(call -> violations.add(file.getFileName() + " calls " + call));
        }
        assertThat(classes).as("compiled engine classes").hasSizeGreaterThan(20);
        assertThat(violations).isEmpty();
    }

    /** The report's aggregation rules are pure Java, as the engine's are: tested without a container. */
    @Test
    void theReportRulesReferenceNoJakartaTypesAndNoSystemClock() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Path> classes =
                new ArrayList<>(filesUnder(classesRoot().resolve("com/appconda/licensing/report/entity"), ".class"));
        classes.add(classesRoot().resolve("com/appconda/licensing/report/control/UsageAggregator.class"));
        classes.add(classesRoot().resolve("com/appconda/licensing/report/control/FactTally.class"));
        for (Path file : classes) {
            ConstantPool pool = ConstantPool.read(file);
            pool.strings().stream()
                    .filter(s -> s.contains("jakarta/") || s.contains("java/sql/"))
                    .forEach(s -> violations.add(file.getFileName() + " references " + s));
            pool.methodCalls().stream()
                    .filter(CLOCK_CALLS::contains)
                    .forEach(call -> violations.add(file.getFileName() + " calls " + call));
        }
        assertThat(classes).as("compiled report rule classes").hasSizeGreaterThan(8);
        assertThat(violations).isEmpty();
    }

    @Test
    void theLicensingModelSpiRefersToNothingButItselfAndTheJdk() throws Exception {
        Path spi = classesRoot().resolve("com/appconda/licensing/engine/spi");
        assertThat(outsideReferences(filesUnder(spi, ".class"))).isEmpty();
    }

    @Test
    void theSampleCustomModelCompilesAgainstTheSpiAlone() throws Exception {
        Path sample = Path.of(SampleSeatCountEvaluator.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("com/example/seatcount");
        List<Path> classes = filesUnder(sample, ".class");

        assertThat(classes).isNotEmpty();
        assertThat(outsideReferences(classes)).isEmpty();
    }

    /** Classes referred to that are neither the JDK's nor the SPI's (nor the sample's own). */
    private static List<String> outsideReferences(List<Path> classes) throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : classes) {
            ConstantPool.read(file).classes().stream()
                    .map(name -> name.replaceAll("^\\[*L|;$", ""))
                    .filter(name -> !name.startsWith("java/")
                            && !name.startsWith("com/appconda/licensing/engine/spi/")
                            && !name.startsWith("com/example/seatcount/")
                            && !name.startsWith("["))
                    .forEach(name -> outside.add(file.getFileName() + " -> " + name));
        }
        return outside;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(LicensingModels.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static List<Path> filesUnder(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
