package com.appconda.licensing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature of {@code com.appconda.licensing} refers to which other, read from what the code really
 * references: the compiled classes' constant pools (imports, fully qualified names, signatures, annotations) and the
 * sources' imports and fully qualified names (a {@code static final} constant of another feature is inlined by the
 * compiler and leaves no trace in the class file, so the sources are read too). A feature is the first package
 * below the base package; its layer, where it has one, the second.
 */
final class FeatureGraph {

    static final String BASE = "com.appconda.licensing";
    private static final Pattern CLASS_REFERENCE =
            Pattern.compile("com/appconda/licensing/([A-Za-z0-9_$]+)((?:/[a-z0-9_]+)*)/");
    private static final Pattern SOURCE_REFERENCE = Pattern.compile(
            "\\bcom\\s*\\.\\s*appconda\\s*\\.\\s*licensing\\s*\\.\\s*([A-Za-z0-9_]+)((?:\\s*\\.\\s*[a-z0-9_]+)*)");

    /**
     * One reference from a class to a package of another feature.
     *
     * @param from      the referring class, e.g. {@code broker.boundary.ValidationBroker}
     * @param toPackage the package referred to, below the base, e.g. {@code catalog.control}
     */
    record Reference(String from, String toPackage) {

        String fromFeature() {
            return featureOf(from);
        }

        String toFeature() {
            return featureOf(toPackage);
        }

        /** The referred package's layer ({@code boundary}, {@code control}, ...), empty for a flat feature's. */
        String toLayer() {
            String[] parts = toPackage.split("\\.");
            return parts.length > 1 ? parts[1] : "";
        }

        @Override
        public String toString() {
            return from + " -> " + toPackage;
        }
    }

    private final List<Reference> references;

    private FeatureGraph(List<Reference> references) {
        this.references = List.copyOf(references);
    }

    static FeatureGraph of(List<Reference> references) {
        return new FeatureGraph(references);
    }

    /** Every reference between features in the compiled classes below {@code classes} and the sources below {@code sources}. */
    static FeatureGraph read(Path classes, Path sources) throws IOException {
        List<Reference> references = new ArrayList<>();
        Path classRoot = classes.resolve(BASE.replace('.', '/'));
        for (Path file : files(classRoot, ".class")) {
            String from = name(classRoot, file, ".class");
            for (String text : ConstantPool.read(file).strings()) {
                Matcher match = CLASS_REFERENCE.matcher(text);
                while (match.find()) {
                    add(references, from, match.group(1) + match.group(2).replace('/', '.'));
                }
            }
        }
        Path sourceRoot = sources.resolve(BASE.replace('.', '/'));
        for (Path file : files(sourceRoot, ".java")) {
            String from = name(sourceRoot, file, ".java");
            Matcher match = SOURCE_REFERENCE.matcher(JavaText.code(Files.readString(file)));
            while (match.find()) {
                String rest = match.group(2).replaceAll("\\s", "");
                add(references, from, match.group(1) + rest);
            }
        }
        return new FeatureGraph(references);
    }

    private static void add(List<Reference> references, String from, String toPackage) {
        Reference reference = new Reference(from, toPackage);
        if (!reference.fromFeature().equals(reference.toFeature()) && !references.contains(reference)) {
            references.add(reference);
        }
    }

    /** Feature to the features it refers to, sorted. */
    Map<String, Set<String>> edges() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Reference reference : references) {
            edges.computeIfAbsent(reference.fromFeature(), feature -> new TreeSet<>())
                    .add(reference.toFeature());
            edges.computeIfAbsent(reference.toFeature(), feature -> new TreeSet<>());
        }
        return edges;
    }

    /** The first reference found for each edge, as an example to show. */
    /** One reference of each edge that lies inside a cycle: what to look at to break it. */
    Map<String, Reference> cycleExamples() {
        Map<String, Reference> examples = new TreeMap<>();
        for (Set<String> cycle : cycles()) {
            references.stream()
                    .filter(r -> cycle.contains(r.fromFeature()) && cycle.contains(r.toFeature()))
                    .forEach(r -> examples.putIfAbsent(r.fromFeature() + " -> " + r.toFeature(), r));
        }
        return examples;
    }

    /** Every group of features that reach one another (strongly connected, more than one feature). */
    List<Set<String>> cycles() {
        return new Tarjan(edges()).cycles();
    }

    /**
     * References into another feature's boundary. Allowed into {@code shared} (the platform's shared base) and
     * from the {@code facades}, which front the other features by calling their facades (demo data, the NetLicensing
     * API).
     */
    List<Reference> boundaryReferences(Set<String> facades, String shared) {
        return references.stream()
                .filter(r -> r.toLayer().equals("boundary"))
                .filter(r -> !r.toFeature().equals(shared) && !facades.contains(r.fromFeature()))
                .toList();
    }

    /** What {@code feature} refers to. */
    List<Reference> referencesFrom(String feature) {
        return references.stream().filter(r -> r.fromFeature().equals(feature)).toList();
    }

    static String featureOf(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        return Character.isUpperCase(first.charAt(0)) ? "(root)" : first;
    }

    private static String name(Path root, Path file, String suffix) {
        String relative =
                root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - suffix.length());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Tarjan's strongly connected components over the feature graph. */
    private static final class Tarjan {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<Set<String>> cycles() {
            edges.keySet().forEach(feature -> {
                if (!index.containsKey(feature)) {
                    visit(feature);
                }
            });
            return components.stream().filter(component -> component.size() > 1).toList();
        }

        private void visit(String feature) {
            index.put(feature, index.size());
            low.put(feature, index.get(feature));
            stack.add(feature);
            for (String next : edges.getOrDefault(feature, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(feature, Math.min(low.get(feature), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(feature, Math.min(low.get(feature), index.get(next)));
                }
            }
            if (low.get(feature).equals(index.get(feature))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(feature));
                components.add(component);
            }
        }
    }
}
