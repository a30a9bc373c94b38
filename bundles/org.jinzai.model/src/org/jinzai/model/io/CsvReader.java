package org.jinzai.model.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as Japanese HR systems export it: comma separated, fields optionally in double quotes
 * (with doubled quotes inside and line breaks allowed), CRLF or LF line ends, an optional byte-order mark.
 *
 * <p>What a file should not hold is kept as a {@link Problem} with its line and column, for the import to refuse
 * the file: a control character (other than tab and line ends), and a quote that is never closed (which would
 * otherwise swallow the rest of the file into one value).</p>
 */
final class CsvReader {

    /** One record with the line on which it starts. */
    record Row(int line, List<String> fields) {
    }

    /**
     * Something wrong in the text at a line and column (1-based): a control character ({@code character}), a quote never
     * closed ({@code character} -1), or a quoted value that runs over a line break ({@code character} -2, closed on
     * {@code endLine}: no roster value holds a line break, so two stray quotes would merge records).
     */
    record Problem(int line, int column, int character, int endLine) {
        boolean unclosedQuote() {
            return character == -1;
        }

        boolean lineBreak() {
            return character == -2;
        }
    }

    private final Reader in;
    private int line = 1;
    private int column;
    private int pushedBack = -2;
    private final List<Problem> problems = new ArrayList<>();

    /** The problems found so far, in the order of the text. */
    List<Problem> problems() {
        return problems;
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    CsvReader(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (c == '\n') {
            column = 0;
        } else if (c != -1 && !(c == '\uFEFF' && line == 1 && column == 0)) {
            column++;
            if (isControl(c)) {
                problems.add(new Problem(line, column, c, line));
            }
        }
        return c;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Row next() throws IOException {
        while (true) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int quoteLine = 0;
            int quoteColumn = 0;
            boolean any = false;
            int c;
            while ((c = read()) != -1) {
                any = true;
                if (c == '\uFEFF' && fields.isEmpty() && field.length() == 0 && start == 1) {
                    continue;
                }
                if (quoted) {
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            pushedBack = next;
                            if (line != quoteLine) {
                                problems.add(new Problem(quoteLine, quoteColumn, -2, line));
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    quoteLine = line;
                    quoteColumn = column;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    // CRLF: the LF ends the record
                } else if (c == '\n') {
                    line++;
                    break;
                } else {
                    field.append((char) c);
                }
            }
            if (!any) {
                return null;
            }
            if (quoted) {
                problems.add(new Problem(quoteLine, quoteColumn, -1, line));
            }
            fields.add(field.toString());
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                if (c == -1) {
                    return null;
                }
                continue;
            }
            return new Row(start, fields);
        }
    }
}
