package org.jinzai.ui.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;

/**
 * How the example municipalities are named in the workspace in one language: a Japanese planner gets the project
 * 「サンプル自治体」 with the folder 「やまなみ町」 holding 「やまなみ町.jzb」 and 「現状維持.jzs」, an English one
 * {@code jinzai-examples/town/yamanami-cho.jzb} and {@code status-quo.jzs}, as the examples are named in the repository
 * (and by the command line's tests). Both are made from the same files: each English name (a folder, or a file without
 * its extension) has the key of its name in {@code messages.properties}; the references between the files (a scenario's
 * baseline, a copy's 複製元) are renamed with them.
 */
public final class ExampleNames {

    /** The one table: the repository's name of each folder and file (without extension) → the key of its name. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();
    static {
        KEYS.put("jinzai-examples", "Examples_project"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("town", "Examples_town"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("city", "Examples_city"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("special-ward", "Examples_specialWard"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("designated-city", "Examples_designatedCity"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("yamanami-cho", "Examples_yamanamiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("sakura-shi", "Examples_sakuraShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("minami-ku", "Examples_minamiKu"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("ominato-shi", "Examples_ominatoShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("status-quo", "Examples_statusQuo"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("ict-hiring", "Examples_ictHiring"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("more-training", "Examples_moreTraining"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("rotation-rules", "Examples_rotationRules"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("history", "Examples_history"); //$NON-NLS-1$ //$NON-NLS-2$
        // the example region: its folder, its file, and each member (a folder holding its baseline)
        KEYS.put("aoba-cho", "Examples_aobaCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("izumi-cho", "Examples_izumiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("umibe-cho", "Examples_umibeCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("kawase-cho", "Examples_kawaseCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("kitayama-cho", "Examples_kitayamaCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("kusunoki-cho", "Examples_kusunokiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("sakae-cho", "Examples_sakaeCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("shirakaba-cho", "Examples_shirakabaCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("suzukake-cho", "Examples_suzukakeCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("takano-cho", "Examples_takanoCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("chitose-cho", "Examples_chitoseCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("tsubaki-cho", "Examples_tsubakiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("tokiwa-cho", "Examples_tokiwaCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("nagisa-cho", "Examples_nagisaCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("nijino-cho", "Examples_nijinoCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("harukaze-cho", "Examples_harukazeCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("hikari-cho", "Examples_hikariCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("fujimi-cho", "Examples_fujimiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("mizuho-cho", "Examples_mizuhoCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("momiji-cho", "Examples_momijiCho"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("minato-shi", "Examples_minatoShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("yamato-shi", "Examples_yamatoShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("region", "Examples_region"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("midori-ken", "Examples_midoriKen"); //$NON-NLS-1$ //$NON-NLS-2$
        // the Tokyo-like example region
        KEYS.put("umikaze-ku", "Examples_umikazeKu"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("sakuragawa-ku", "Examples_sakuragawaKu"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("tokiwadai-ku", "Examples_tokiwadaiKu"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("hanazono-shi", "Examples_hanazonoShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("hibari-shi", "Examples_hibariShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("komorebi-shi", "Examples_komorebiShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("midorino-shi", "Examples_midorinoShi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("mizunagi-machi", "Examples_mizunagiMachi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("yamabiko-machi", "Examples_yamabikoMachi"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("shimakaze-mura", "Examples_shimakazeMura"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("region-metro", "Examples_regionMetro"); //$NON-NLS-1$ //$NON-NLS-2$
        KEYS.put("higashi-to", "Examples_higashiTo"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A past roster of the history folders, {@code roster-2024}: named by the pattern of {@code Examples_roster} with its year. */
    private static final Pattern ROSTER = Pattern.compile("roster-(20[0-9]{2})"); //$NON-NLS-1$
    private static final String ROSTER_KEY = "Examples_roster"; //$NON-NLS-1$

    /** The repository's name of the examples project. */
    public static final String ENGLISH_PROJECT = "jinzai-examples"; //$NON-NLS-1$

    private static final String MESSAGES = "org.jinzai.ui.internal.messages"; //$NON-NLS-1$

    private final Locale locale;
    private final Map<String, String> names;

    private ExampleNames(Locale locale, Map<String, String> names) {
        this.locale = locale;
        this.names = names;
    }

    /**
     * The names in a language, read from that language's messages (the same files as {@link Messages}, whatever the
     * workbench's own language); a language without its own messages gets the English names.
     */
    public static ExampleNames of(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale, ExampleNames.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : KEYS.entrySet()) {
            String name;
            try {
                name = messages.getString(entry.getValue()).strip();
            } catch (MissingResourceException e) {
                name = entry.getKey();
            }
            names.put(entry.getKey(), name.isEmpty() ? entry.getKey() : name);
        }
        String roster;
        try {
            roster = messages.getString(ROSTER_KEY).strip();
        } catch (MissingResourceException e) {
            roster = "roster-{0}"; //$NON-NLS-1$
        }
        names.put(ROSTER_KEY, roster.contains("{0}") ? roster : "roster-{0}"); //$NON-NLS-1$ //$NON-NLS-2$
        return new ExampleNames(locale, names);
    }

    /**
     * The names in the workbench's language (the one its menus are in); the English ones when the file system's encoding
     * of file names cannot hold them (Java started under the C locale, where Japanese names would become question marks).
     */
    public static ExampleNames current() {
        ExampleNames names = of(workbenchLocale());
        return names.fitFileNames() ? names : of(Locale.ENGLISH);
    }

    private boolean fitFileNames() {
        return names.values().stream().allMatch(ExampleNames::fitsFileName);
    }

    /**
     * Whether the file system's encoding of file names can hold a name (under the C locale Java writes Japanese
     * names as question marks).
     */
    public static boolean fitsFileName(String name) {
        String encoding = System.getProperty("sun.jnu.encoding"); //$NON-NLS-1$
        try {
            CharsetEncoder encoder = encoding == null ? null : Charset.forName(encoding).newEncoder();
            return encoder == null || encoder.canEncode(name);
        } catch (IllegalArgumentException e) {
            return true; // an encoding Java does not know: as the platform does
        }
    }

    /** The names in the workbench's language first, then in the other languages the product speaks. */
    public static List<ExampleNames> everyLanguage() {
        List<ExampleNames> all = new ArrayList<>();
        all.add(current());
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            if (all.stream().noneMatch(names -> names.names.equals(of(locale).names))) {
                all.add(of(locale));
            }
        }
        return all;
    }

    private static Locale workbenchLocale() {
        String nl = Platform.getNL();
        return nl == null || nl.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
    }

    public Locale locale() {
        return locale;
    }

    /** The name of the examples project. */
    public String project() {
        return names.get(ENGLISH_PROJECT);
    }

    /** Whether every folder and file of the repository's examples has a name here (so none is left in English). */
    public static boolean names(String englishPath) {
        for (String segment : IPath.fromPortableString(englishPath).segments()) {
            if (!KEYS.containsKey(stem(segment)) && !ROSTER.matcher(stem(segment)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A path inside the examples project ({@code town/status-quo.jzs}) under these names ({@code やまなみ町/現状維持.jzs}). */
    public IPath path(String englishPath) {
        IPath path = IPath.fromPortableString(englishPath);
        IPath named = IPath.EMPTY;
        for (String segment : path.segments()) {
            named = named.append(name(segment));
        }
        return named;
    }

    /** A folder or file name under these names; one not in the table keeps its name. */
    private String name(String segment) {
        String stem = stem(segment);
        Matcher roster = ROSTER.matcher(stem);
        String name = roster.matches() ? names.get(ROSTER_KEY).replace("{0}", roster.group(1)) : names.getOrDefault(stem, stem); //$NON-NLS-1$
        return segment.length() == stem.length() ? name : name + segment.substring(stem.length());
    }

    private static String stem(String segment) {
        int dot = segment.lastIndexOf('.');
        return dot > 0 ? segment.substring(0, dot) : segment;
    }

    /**
     * A file name of a reference: a baseline, a scenario, results or an experiment beside the file holding it, or in a
     * folder below it (a region's members).
     */
    private static final Pattern REFERENCE = Pattern.compile("(?<=[\"\\s])((?:[A-Za-z0-9_-]+/)*)([A-Za-z0-9_-]+)(\\.jz[bsrxg])(?=[#\"\\s])"); //$NON-NLS-1$

    /**
     * The content of an example file with its references renamed: {@code baseline="yamanami-cho.jzb#…"} becomes
     * {@code baseline="やまなみ町.jzb#…"}, {@code derivedFrom="status-quo.jzs"} {@code derivedFrom="現状維持.jzs"},
     * {@code scenario="aoba-cho/status-quo.jzs#…"} {@code scenario="あおば町/現状維持.jzs#…"}. The examples refer only to
     * files beside them or in folders below them, by their bare names, so a file name in the table followed by the end of
     * the attribute or a fragment is a reference.
     */
    public byte[] rewrite(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            // a region refers to its members' files in their folders: aoba-cho/status-quo.jzs → あおば町/現状維持.jzs
            StringBuilder replacement = new StringBuilder();
            for (String folder : matcher.group(1).split("/")) { //$NON-NLS-1$
                if (!folder.isEmpty()) {
                    replacement.append(KEYS.containsKey(folder) ? names.get(folder) : folder).append('/');
                }
            }
            String stem = matcher.group(2);
            replacement.append(KEYS.containsKey(stem) ? names.get(stem) : stem).append(matcher.group(3));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        matcher.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return locale + " " + names; //$NON-NLS-1$
    }
}
