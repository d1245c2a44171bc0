package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyLinesTest {

    @Test
    void propertiesAreShownOnePerLineSortedByName() {
        assertThat(PropertyLines.format(Map.of("seats", "5", "region", "EU"))).isEqualTo("region=EU\nseats=5\n");
        assertThat(PropertyLines.format(Map.of())).isEmpty();
    }

    @Test
    void aRemovedLineRemovesItsPropertyAndAChangedOneSetsIt() {
        Map<String, String> changes = PropertyLines.changes(
                Map.of("region", "EU", "seats", "5"), "seats = 7\n\n  tier=gold=plus  \r\n", "properties");

        assertThat(changes)
                .containsExactly(Map.entry("seats", "7"), Map.entry("tier", "gold=plus"), Map.entry("region", ""));
    }

    @Test
    void emptyTextRemovesEveryProperty() {
        assertThat(PropertyLines.changes(Map.of("region", "EU"), "", "properties"))
                .containsExactly(Map.entry("region", ""));
        assertThat(PropertyLines.changes(Map.of(), null, "properties")).isEmpty();
    }

    @Test
    void aLineWithoutNameOrEqualsOrARepeatedNameIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> PropertyLines.changes(Map.of(), "a=1\njust text", "properties"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2 needs the form name=value");
        assertThatThrownBy(() -> PropertyLines.changes(Map.of(), "=1", "properties"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> PropertyLines.changes(Map.of(), "a=1\na=2", "properties"))
                .hasMessageContaining("line 2 names 'a' a second time");
    }
}
