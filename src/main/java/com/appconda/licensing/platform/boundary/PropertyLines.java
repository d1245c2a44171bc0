package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Custom properties as a console text area shows them: one {@code name=value} per line, sorted by name. Reading
 * the text back gives the changes to send (a removed line removes its property), so that editing the text is
 * all a vendor does, as with a {@code .properties} file.
 */
public final class PropertyLines {

    private PropertyLines() {}

    public static String format(Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(properties)
                .forEach((name, value) ->
                        text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    /**
     * The changes that turn {@code current} into what {@code text} lists: every listed property with its value,
     * and every current one no longer listed with an empty value (which removes it). Blank lines are skipped; a
     * line without {@code =}, or a name given twice, is refused naming {@code field} and the line.
     */
    public static Map<String, String> changes(Map<String, String> current, String text, String field) {
        Map<String, String> listed = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new InvalidInputException(field, "line " + (i + 1) + " needs the form name=value");
            }
            String name = line.substring(0, equals).strip();
            if (listed.put(name, line.substring(equals + 1).strip()) != null) {
                throw new InvalidInputException(field, "line " + (i + 1) + " names '" + name + "' a second time");
            }
        }
        Map<String, String> changes = new LinkedHashMap<>(listed);
        current.keySet().stream().filter(name -> !listed.containsKey(name)).forEach(name -> changes.put(name, ""));
        return changes;
    }
}
