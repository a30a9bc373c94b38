package org.jinzai.reports;

/**
 * Text for spreadsheet cells: a text that begins with {@code = + - @} (or a tab or carriage return) would be
 * taken by Excel as a formula, so a department or staff name could run one. Such text gets a leading apostrophe
 * and is shown as text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, made safe for a spreadsheet cell; null stays null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text; //$NON-NLS-1$
    }
}
