package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.jinzai.ui.JinzaiUi;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every English string has a Japanese translation and the other way round. */
class TranslationsTest {

    private final Bundle ui = FrameworkUtil.getBundle(JinzaiUi.class);

    @Test
    void pluginPropertiesAreTranslated() throws IOException {
        assertSameKeys("plugin.properties", "plugin_ja.properties");
    }

    @Test
    void messagesAreTranslated() throws IOException {
        assertSameKeys("org/jinzai/ui/internal/messages.properties", "org/jinzai/ui/internal/messages_ja.properties");
    }

    private void assertSameKeys(String english, String japanese) throws IOException {
        Properties en = load(english);
        Properties ja = load(japanese);
        assertFalse(en.isEmpty(), english + " has strings");
        assertEquals(en.stringPropertyNames(), ja.stringPropertyNames(), japanese + " translates exactly " + english);
        for (String key : ja.stringPropertyNames()) {
            String value = ja.getProperty(key);
            assertFalse(value.isBlank(), key + " is empty in " + japanese);
            // Properties.load reads ISO-8859-1: unescaped Japanese would come out as mojibake (Latin-1 letters)
            assertTrue(value.chars().noneMatch(c -> c >= 0x80 && c <= 0xff), key + " is not \\u-escaped in " + japanese);
        }
    }

    private Properties load(String path) throws IOException {
        URL url = ui.getEntry(path);
        if (url == null) {
            url = ui.getResource(path);
        }
        assertNotNull(url, path + " is in the bundle");
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
