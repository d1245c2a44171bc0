package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The shop's texts exist in every language the public pages speak, each key in each, and English is the fallback. */
class PageTextsTest {

    private static final String BUNDLE = "com/appconda/licensing/i18n/shop";

    @Test
    void germanHasEveryEnglishKeyAndNoOther() throws IOException {
        Properties english = load("");
        Properties german = load("_de");

        assertThat(english).isNotEmpty();
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(german.stringPropertyNames())
                .allSatisfy(key -> assertThat(german.getProperty(key)).as(key).isNotBlank());
    }

    /** h:outputFormat reads a text with arguments as a MessageFormat, where a lone ' quotes: it must be doubled. */
    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        for (String suffix : new String[] {"", "_de"}) {
            Properties texts = load(suffix);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches(".*\\{\\d}.*")) {
                    assertThat(text).as(key + suffix).doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    @Test
    void everyLanguageThePagesSpeakFindsItsOwnTextsAndEnglishNeverFallsToTheServersLocale() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BUNDLE.replace('/', '.'), Locale.ENGLISH)
                            .getString("shop.total"))
                    .isEqualTo("Total");
            assertThat(ResourceBundle.getBundle(BUNDLE.replace('/', '.'), Locale.GERMAN)
                            .getString("shop.total"))
                    .isEqualTo("Gesamt");
        } finally {
            Locale.setDefault(serverLocale);
            ResourceBundle.clearCache();
        }
        assertThat(PageLanguage.SPOKEN).containsExactly(Locale.ENGLISH, Locale.GERMAN);
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream file =
                PageTextsTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertThat(file).as(BUNDLE + suffix).isNotNull();
            properties.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
