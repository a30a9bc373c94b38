package org.jinzai.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the reports (texts.properties, texts_ja.properties) in the language a report is written in,
 * which may differ from the program's (the command line's {@code --lang}).
 */
final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.jinzai.reports.texts", locale, Texts.class.getClassLoader(), //$NON-NLS-1$
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }

    boolean japanese() {
        return "ja".equals(locale.getLanguage()); //$NON-NLS-1$
    }
}
