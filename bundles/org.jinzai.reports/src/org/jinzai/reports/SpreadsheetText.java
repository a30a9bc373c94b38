package org.jinzai.reports;

/**
 * Text for spreadsheets: a text that begins with {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠}, or a tab,
 * carriage return or line feed may be taken by Excel or LibreOffice as a formula, so a department or staff name could
 * run one. In CSV such text gets a leading apostrophe; in a workbook it is stored as text with the "quote prefix"
 * style, which shows no apostrophe. A single character (a lone "-") is never a formula and stays as it is.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n"; //$NON-NLS-1$

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        return text != null && text.length() > 1 && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text, made safe for a CSV field (a leading apostrophe where needed); null stays null. */
    public static String safe(String text) {
        return looksLikeFormula(text) ? "'" + text : text; //$NON-NLS-1$
    }
}
