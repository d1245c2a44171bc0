package com.appconda.licensing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.verifier.JsonText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void whatItWritesReadsBackAsTheSameValues() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productNumber", "P\"1\\\n\t\u0001");
        body.put("modules", Map.of("M1", Map.of("usedQuantity", 3)));
        body.put("flags", List.of(true, false));
        body.put("nothing", null);

        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) JsonText.parse(JsonWriter.write(body));

        assertThat(read)
                .containsEntry("productNumber", "P\"1\\\n\t\u0001")
                .containsEntry("modules", Map.of("M1", Map.of("usedQuantity", new BigDecimal(3))))
                .containsEntry("flags", List.of(true, false))
                .containsEntry("nothing", null)
                .hasSize(4);
    }

    @Test
    void aNumberJsonCannotHoldOrAnObjectOfNoJsonShapeIsRefused() {
        assertThatThrownBy(() -> JsonWriter.write(Map.of("q", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Map.of("q", Float.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Map.of("q", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonWriter.write(Map.of("q", 1.5))).isEqualTo("{\"q\":1.5}");
    }
}
