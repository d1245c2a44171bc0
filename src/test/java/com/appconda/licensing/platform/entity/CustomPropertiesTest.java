package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomPropertiesTest {

    private final Map<String, String> current = new HashMap<>(Map.of("keep", "1", "drop", "2"));

    @Test
    void emptyValueDeletesOthersSetAndUnmentionedStay() {
        Map<String, String> changes = new HashMap<>();
        changes.put("drop", "");
        changes.put("add", "3");
        CustomProperties.apply(current, changes, Set.of());
        assertThat(current).containsOnly(Map.entry("keep", "1"), Map.entry("add", "3"));
    }

    @Test
    void nullChangesChangeNothing() {
        CustomProperties.apply(current, null, Set.of());
        assertThat(current).hasSize(2);
    }

    @Test
    void builtInFieldNamesAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> CustomProperties.apply(current, Map.of("ok", "x", "name", "y"), Set.of("name")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("properties.name");
        assertThat(current).containsOnlyKeys("keep", "drop");
    }

    @Test
    void badNamesAndOversizedValuesAreRefused() {
        assertThatThrownBy(() -> CustomProperties.apply(current, Map.of("1abc", "x"), Set.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomProperties.apply(current, Map.of("big", "x".repeat(4001)), Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void atMostOneHundredProperties() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 99; i++) {
            many.put("p" + i, "v");
        }
        assertThatThrownBy(() -> CustomProperties.apply(current, many, Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 100");
        assertThat(current).hasSize(2);
    }
}
