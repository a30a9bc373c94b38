package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/**
 * The platform's own words on dialog buttons and standard dialogs (OK, Cancel, Yes, No, Finish…) come in Japanese from
 * our fragment of JFace (Babel's language packs are not on Maven Central): under Japanese every button a planner
 * clicks is Japanese; every key the fragment translates is one of JFace's (a misspelt key would leave the English
 * silently); under English nothing changes.
 */
class JFaceTranslationsTest {

    private static final String MESSAGES = "org.eclipse.jface.messages";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ClassLoader JFACE = JFaceResources.class.getClassLoader();

    @Test
    void theButtonsOfDialogsAreJapaneseUnderJapanese() {
        ResourceBundle ja = ResourceBundle.getBundle(MESSAGES, Locale.JAPANESE, JFACE, EXACT);
        assertEquals("キャンセル", ja.getString("cancel"));
        assertEquals("完了(&F)", ja.getString("finish"));
        for (String button : List.of("cancel", "yes", "no", "finish", "nextButton", "backButton", "close", "open", "apply", "help", "defaults",
                "copy", "yestoall", "notoall", "showDetails", "hideDetails", "error", "warning", "info", "question")) {
            assertTrue(ja.getString(button).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    button + ": " + ja.getString(button));
        }
        ResourceBundle en = ResourceBundle.getBundle(MESSAGES, Locale.ROOT, JFACE, EXACT);
        assertEquals("Cancel", en.getString("cancel"), "English unchanged");
    }

    @Test
    void everyTranslatedKeyIsOneOfJFaces() throws Exception {
        Properties translated = new Properties();
        try (InputStream in = JFACE.getResourceAsStream("org/eclipse/jface/messages_ja.properties")) {
            assertNotNull(in, "the fragment's Japanese is on JFace's class path");
            translated.load(in);
        }
        ResourceBundle base = ResourceBundle.getBundle(MESSAGES, Locale.ROOT, JFACE, EXACT);
        assertTrue(translated.size() > 40, "the fragment translates the dialogs' words: " + translated.size());
        for (String key : translated.stringPropertyNames()) {
            assertTrue(base.containsKey(key), "JFace has no message " + key);
        }
    }
}
