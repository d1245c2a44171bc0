package com.appconda.licensing.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps that keep the order they were written in: {@code Map.of} iterates in a new order each run. */
final class Ordered {

    private Ordered() {}

    /** A map of alternating names and values, in that order. */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
