package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void sortWithLeadingDashIsDescending() {
        PageRequest request = PageRequest.of(2, 10, "-name");
        assertThat(request.descending()).isTrue();
        assertThat(request.sortPath(Map.of("name", "name"))).isEqualTo("name");
        assertThat(request.firstResult()).isEqualTo(20);
    }

    @Test
    void unknownSortKeysNeverReachAQuery() {
        assertThatThrownBy(
                        () -> PageRequest.of(0, 10, "name; drop table product").sortPath(Map.of("name", "name")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sort");
    }

    @Test
    void pagesWhoseOffsetOverflowsAnIntAreBeyondReach() {
        assertThat(PageRequest.of(0, 500, null).isBeyondReach()).isFalse();
        assertThat(PageRequest.of(4_294_966, 500, null).isBeyondReach())
                .as("offset 2147483000 + 500 fits")
                .isFalse();
        assertThat(PageRequest.of(4_294_967, 500, null).isBeyondReach()).isTrue();
        assertThat(PageRequest.of(Integer.MAX_VALUE, 2, null).isBeyondReach()).isTrue();
    }

    @Test
    void pageAndSizeAreBounded() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 501, null)).isInstanceOf(InvalidInputException.class);
        assertThat(PageRequest.of(0, 500, null).sort()).isEqualTo("number");
    }

    @Test
    void lastPageHasNoNext() {
        assertThat(new Page<>(List.of(1, 2), 1, 2, 4).hasNext()).isFalse();
        assertThat(new Page<>(List.of(1, 2), 0, 2, 4).hasNext()).isTrue();
        assertThat(new Page<>(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(new Page<>(List.of(1), 0, 20, 41).totalPages()).isEqualTo(3);
    }

    @Test
    void fieldsParseTextStrictly() {
        assertThat(Fields.booleanValue("active", "TRUE")).isTrue();
        assertThat(Fields.booleanValue("active", null)).isNull();
        assertThatThrownBy(() -> Fields.booleanValue("active", "yes")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fields.intValue("page", "1e3", 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fields.enumValue(Role.class, "role", "ROOT"))
                .hasMessageContaining("BROKER, READ_ONLY, ADMIN");
        assertThat(Fields.enumValue(Role.class, "role", "read_only")).isEqualTo(Role.READ_ONLY);
    }

    @Test
    void rolesIncludeTheLowerOnes() {
        assertThat(Role.ADMIN.includes(Role.BROKER)).isTrue();
        assertThat(Role.READ_ONLY.includes(Role.READ_ONLY)).isTrue();
        assertThat(Role.BROKER.includes(Role.READ_ONLY)).isFalse();
    }
}
