package com.appconda.licensing.components;

import com.appconda.licensing.engine.control.LicensingModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The application's concrete bean classes (scope-annotated, under the compiled classes), as CDI would discover them. */
final class BeanClasses {

    private static List<Class<?>> all;

    private BeanClasses() {}

    static synchronized List<Class<?>> assignableTo(Class<?> type) {
        if (all == null) {
            all = discover();
        }
        return all.stream().filter(type::isAssignableFrom).toList();
    }

    private static List<Class<?>> discover() {
        try {
            Path root = Path.of(LicensingModels.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f ->
                                f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f ->
                                root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(name -> !name.endsWith("package-info"))
                        .map(BeanClasses::load)
                        .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                        .filter(c -> c.isAnnotationPresent(ApplicationScoped.class)
                                || c.isAnnotationPresent(RequestScoped.class)
                                || c.isAnnotationPresent(Dependent.class))
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
