package org.jinzai.model.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as Japanese HR systems export it: comma separated, fields optionally in double quotes
 * (with doubled quotes inside and line breaks allowed), CRLF or LF line ends, an optional byte-order mark.
 */
final class CsvReader {

    /** One record with the line on which it starts. */
    record Row(int line, List<String> fields) {
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Row next() throws IOException {
        while (true) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
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
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
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
