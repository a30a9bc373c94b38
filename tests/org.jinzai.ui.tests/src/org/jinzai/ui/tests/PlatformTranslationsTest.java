package org.jinzai.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The platform's own words come in Japanese from our fragments (Babel's language packs are not on Maven Central):
 * JFace's dialog buttons and standard dialogs (OK, Cancel, Yes, No, Finish…), the workbench's menus (File, Edit,
 * Window, Help) and its save question. Under Japanese every word a planner clicks is Japanese; every key a fragment
 * translates is one of the platform's (a misspelt or renamed key would silently leave the English); under English
 * nothing changes.
 */
class PlatformTranslationsTest {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HIRAGANA, KATAKANA, HAN -> true;
            default -> false;
        });
    }

    /** A messages bundle of a platform bundle (its class loader) and the keys that must be Japanese. */
    private static void check(ClassLoader host, String bundle, List<String> clicked, String key, String english, int atLeast) throws Exception {
        ResourceBundle ja = ResourceBundle.getBundle(bundle, Locale.JAPANESE, host, EXACT);
        for (String word : clicked) {
            assertTrue(japanese(ja.getString(word)), word + ": " + ja.getString(word));
        }
        ResourceBundle base = ResourceBundle.getBundle(bundle, Locale.ROOT, host, EXACT);
        assertEquals(english, base.getString(key), "English unchanged");
        Properties translated = new Properties();
        try (InputStream in = host.getResourceAsStream(bundle.replace('.', '/') + "_ja.properties")) {
            assertNotNull(in, "the fragment's Japanese is on the class path of " + bundle);
            translated.load(in);
        }
        assertTrue(translated.size() >= atLeast, bundle + " translates " + translated.size());
        for (String translatedKey : translated.stringPropertyNames()) {
            assertTrue(base.containsKey(translatedKey), bundle + " has no message " + translatedKey);
        }
    }

    @Test
    void theButtonsOfDialogsAreJapanese() throws Exception {
        check(JFaceResources.class.getClassLoader(), "org.eclipse.jface.messages",
                List.of("cancel", "yes", "no", "finish", "nextButton", "backButton", "close", "open", "apply", "help", "defaults", "copy",
                        "yestoall", "notoall", "showDetails", "hideDetails", "error", "warning", "info", "question"),
                "cancel", "Cancel", 40);
        assertEquals("キャンセル", ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.JAPANESE, JFaceResources.class.getClassLoader(), EXACT)
                .getString("cancel"));
    }

    @Test
    void theWorkbenchMenusAreJapanese() throws Exception {
        check(PlatformUI.class.getClassLoader(), "org.eclipse.ui.internal.messages",
                List.of("CloseEditorAction_text", "CloseAllAction_text", "SaveAction_text", "SaveAs_text", "SaveAll_text", "Workbench_revert",
                        "Workbench_print", "Workbench_refresh", "ImportResourcesAction_text", "ExportResourcesAction_text", "Workbench_properties",
                        "Exit_text", "Workbench_undo", "Workbench_redo", "Workbench_cut", "Workbench_copy", "Workbench_paste", "Workbench_delete",
                        "Workbench_selectAll", "Workbench_findReplace", "ResetPerspective_text", "OpenPreferences_text", "AboutAction_text",
                        "EditorManager_saveChangesQuestion", "Save_Resource", "Dont_Save", "SaveableHelper_Save", "SaveableHelper_Dont_Save",
                        "SaveableHelper_Cancel"),
                "SaveAction_text", "&Save", 60);
    }

    /**
     * Every fragment of ours (org.jinzai.nls.*) translates only keys its host has, file by file: a key the platform renamed
     * or removed would silently leave the English (README, "Keeping the platform's Japanese current").
     */
    @Test
    void everyTranslatedKeyIsOneOfTheHosts() throws Exception {
        int fragments = 0;
        int files = 0;
        for (org.osgi.framework.Bundle fragment : org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            String host = fragment.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST); //$NON-NLS-1$
            if (!fragment.getSymbolicName().startsWith("org.jinzai.nls.") || host == null) { //$NON-NLS-1$
                continue;
            }
            fragments++;
            org.osgi.framework.Bundle hostBundle = org.eclipse.core.runtime.Platform.getBundle(host.split(";")[0].trim()); //$NON-NLS-1$
            assertNotNull(hostBundle, host);
            var entries = fragment.findEntries("/", "*_ja.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
            assertNotNull(entries, fragment.getSymbolicName() + " has translations");
            for (java.net.URL entry : java.util.Collections.list(entries)) {
                String path = entry.getPath().substring(1);
                if (path.startsWith(OWN_NAMES)) {
                    continue; // the fragment's own name, not a translation of its host
                }
                Properties translated = new Properties();
                try (InputStream in = entry.openStream()) {
                    translated.load(in);
                }
                Properties base = new Properties();
                java.net.URL original = hostBundle.getEntry(path.replace("_ja.properties", ".properties")); //$NON-NLS-1$ //$NON-NLS-2$
                assertNotNull(original, path + " translates a file " + host + " has");
                try (InputStream in = original.openStream()) {
                    base.load(in);
                }
                for (String key : translated.stringPropertyNames()) {
                    assertTrue(base.containsKey(key), host + " " + path + " has no key " + key);
                    assertFalse(LanguageWalkTest.wrongLanguage(translated.getProperty(key), true), path + " " + key + " = " + translated.getProperty(key));
                }
                files++;
            }
        }
        assertTrue(fragments >= 12 && files >= 21, fragments + " fragments, " + files + " files");
    }

    /** Where each bundle of ours keeps its own name and vendor (its manifest's Bundle-Localization), when not in plugin. */
    private static final String OWN_NAMES = "OSGI-INF/l10n/jinzai"; //$NON-NLS-1$

    /**
     * Every bundle and fragment of ours is named in Japanese under Japanese and in English otherwise, as Help ▸ About ▸
     * Installation Details ▸ Plug-ins lists them.
     */
    @Test
    void ourBundlesAreNamedInTheUsersLanguage() {
        int ours = 0;
        for (org.osgi.framework.Bundle bundle : org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.jinzai.") || bundle.getSymbolicName().endsWith(".tests")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            ours++;
            String ja = bundle.getHeaders("ja").get(org.osgi.framework.Constants.BUNDLE_NAME); //$NON-NLS-1$
            String en = bundle.getHeaders("en").get(org.osgi.framework.Constants.BUNDLE_NAME); //$NON-NLS-1$
            assertTrue(japanese(ja), bundle.getSymbolicName() + " under Japanese: " + ja);
            assertFalse(japanese(en) || en.startsWith("%"), bundle.getSymbolicName() + " under English: " + en); //$NON-NLS-1$
        }
        assertTrue(ours >= 20, ours + " bundles of ours");
    }
}
