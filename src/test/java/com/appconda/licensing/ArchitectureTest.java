package com.appconda.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.control.LicensingModels;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the licensing engine a functional core: no class of the engine may depend on
 * Jakarta EE or JPA, or read the system clock. It reads the compiled classes' constant pools (what the code really
 * references, including fully qualified names) and the source files' imports (what a reader sees).
 */
class ArchitectureTest {

    private static final List<String> CORE = List.of("com/appconda/licensing/engine/control",
            "com/appconda/licensing/engine/spi");
    private static final List<String> CLOCK_CALLS = List.of("java/time/Instant.now", "java/time/Clock.systemUTC",
            "java/time/Clock.systemDefaultZone", "java/lang/System.currentTimeMillis", "java/time/LocalDate.now",
            "java/time/LocalDateTime.now", "java/time/ZonedDateTime.now", "java/time/OffsetDateTime.now");

    @Test
    void licensingEngineClassesReferenceNoJakartaTypesAndNoSystemClock() throws Exception {
        List<String> violations = new ArrayList<>();
        List<Path> classes = filesUnder(classesRoot(), ".class");
        for (Path file : classes) {
            ConstantPool pool = ConstantPool.read(file);
            pool.strings().stream().filter(s -> s.contains("jakarta/") || s.contains("javax/persistence/"))
                    .forEach(s -> violations.add(file.getFileName() + " references " + s));
            pool.methodCalls().stream().filter(CLOCK_CALLS::contains)
                    .forEach(call -> violations.add(file.getFileName() + " calls " + call));
        }
        assertThat(classes).as("compiled engine classes").hasSizeGreaterThan(20);
        assertThat(violations).isEmpty();
    }

    @Test
    void licensingEngineSourcesImportNoJakarta() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources = filesUnder(Path.of("src/main/java"), ".java");
        for (Path source : sources) {
            Files.readAllLines(source).stream().filter(line -> line.matches("\\s*import\\s+(static\\s+)?jakarta\\..*"))
                    .forEach(line -> violations.add(source.getFileName() + ": " + line.trim()));
        }
        assertThat(sources).as("engine sources").isNotEmpty();
        assertThat(violations).isEmpty();
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(LicensingModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Path> filesUnder(Path root, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = root.resolve(pkg);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(suffix)).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** The parts of a class file's constant pool (JVMS 4.4) this test needs. */
    private record ConstantPool(Map<Integer, String> utf8, Map<Integer, int[]> refs) {

        static ConstantPool read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
                data.readInt();
                data.readUnsignedShort();
                data.readUnsignedShort();
                int count = data.readUnsignedShort();
                ConstantPool pool = new ConstantPool(new HashMap<>(), new HashMap<>());
                for (int index = 1; index < count; index++) {
                    index += pool.readEntry(index, data);
                }
                return pool;
            }
        }

        /** Reads one entry; returns 1 for the 8-byte constants that take two slots, else 0. */
        private int readEntry(int index, DataInputStream data) throws IOException {
            int tag = data.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(index, data.readUTF());
                case 7, 8, 16, 19, 20 -> refs.put(index, new int[] {tag, data.readUnsignedShort()});
                case 9, 10, 11, 12, 17, 18 -> refs.put(index,
                        new int[] {tag, data.readUnsignedShort(), data.readUnsignedShort()});
                case 3, 4 -> data.readInt();
                case 5, 6 -> {
                    data.readLong();
                    return 1;
                }
                case 15 -> {
                    data.readUnsignedByte();
                    data.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
            return 0;
        }

        List<String> strings() {
            return List.copyOf(utf8.values());
        }

        /** Every method reference as owner.name, e.g. {@code java/time/Instant.now}. */
        List<String> methodCalls() {
            return refs.values().stream().filter(ref -> ref[0] == 10 || ref[0] == 11).map(ref -> {
                String owner = utf8.get(refs.get(ref[1])[1]);
                String name = utf8.get(refs.get(ref[2])[1]);
                return owner + "." + name;
            }).toList();
        }
    }
}
