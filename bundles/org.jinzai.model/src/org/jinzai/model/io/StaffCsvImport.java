package org.jinzai.model.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.StaffMember;
import org.jinzai.model.io.RosterImport.LineError;
import org.jinzai.model.io.RosterImport.Result;

/**
 * Reads a staff roster (職員名簿) from CSV for {@link RosterImport}. Headers may be Japanese or English; the file may
 * be UTF-8 (with or without BOM) or Shift_JIS/CP932. The encoding is decided for the whole file; a byte that cannot
 * be read, a file mixing encodings, a quote never closed and a control character are reported with their line and
 * column, and every bad line with its number, column, value and reason.
 */
public final class StaffCsvImport {

    /** Shift_JIS as Windows writes it (Japanese HR systems' default). */
    public static final Charset CP932 = Charset.forName("windows-31j"); //$NON-NLS-1$

    private StaffCsvImport() {
    }

    /**
     * Reads a CSV file for a baseline.
     *
     * @param charset the file's encoding, or null to detect UTF-8 (valid UTF-8 or a BOM) versus CP932
     */
    public static Result read(Baseline baseline, Path file, Charset charset) throws IOException {
        return read(baseline, Files.readAllBytes(file), charset);
    }

    /** Reads CSV bytes; see {@link #read(Baseline, Path, Charset)}. */
    public static Result read(Baseline baseline, byte[] bytes, Charset charset) throws IOException {
        Charset actual = charset != null ? charset : detect(bytes);
        RosterImport.Places lines = (row, column) -> NLS.bind(Messages.Csv_line, row);
        RosterImport parser = new RosterImport(baseline, lines);
        List<StaffMember> staff = new ArrayList<>();
        String text = decode(parser.errors, lines, bytes, actual, charset == null);
        if (text != null) {
            CsvReader reader = new CsvReader(new StringReader(text));
            List<RosterImport.Row> rows = new ArrayList<>();
            for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(new RosterImport.Row(row.line(), row.fields()));
            }
            staff = parser.parse(new RosterImport.Table(rows, lines, nameOf(actual), true, List.of()));
            textProblems(parser.errors, lines, reader);
        }
        parser.errors.sort(java.util.Comparator.comparingInt(LineError::line));
        return new Result(baseline, staff, parser.errors, parser.lines, actual, nameOf(actual), parser.columnsRead());
    }

    /** An encoding as planners know it: UTF-8, Shift_JIS (CP932). */
    public static String nameOf(Charset charset) {
        return charset.equals(CP932) ? "Shift_JIS (CP932)" : charset.displayName(); //$NON-NLS-1$
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise CP932. */
    public static Charset detect(byte[] bytes) {
        return isUtf8(bytes, 0, bytes.length) ? StandardCharsets.UTF_8 : CP932;
    }

    private static boolean isUtf8(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Whether a line of a file that is not UTF-8 as a whole is a UTF-8 line in Japanese: valid UTF-8 holding Japanese
     * (kana, kanji, full-width forms) and nothing between U+0080 and U+2FFF. Half-width katakana in Shift_JIS are
     * often valid UTF-8 by chance (ﾅｶﾞｲ reads as "Ŷ޲"), but never as Japanese.
     */
    private static boolean looksLikeJapaneseUtf8(byte[] bytes, int from, int to) {
        if (!isUtf8(bytes, from, to)) {
            return false;
        }
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        boolean japanese = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c < 0x3000 && c != '\uFEFF') {
                return false;
            }
            japanese |= c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF;
        }
        return japanese;
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** The most problems of one kind reported for a file: the first ones say what to correct. */
    private static final int MOST = 20;

    /**
     * The file's text in its one encoding, decided on the whole file; null when a byte cannot be read in it or the
     * file mixes encodings, each such line reported with the column where reading stops. Lines end at LF bytes,
     * which neither UTF-8 nor Shift_JIS uses inside a character.
     */
    static String decode(List<LineError> errors, RosterImport.Places places, byte[] bytes, Charset charset, boolean detected) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0, i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lines.add(new int[] { start, i });
                start = i + 1;
            }
        }
        int utf8Line = 0;
        if (detected && !charset.equals(StandardCharsets.UTF_8)) {
            for (int n = 0; n < lines.size() && utf8Line == 0; n++) {
                int[] l = lines.get(n);
                if (hasNonAscii(bytes, l[0], l[1]) && looksLikeJapaneseUtf8(bytes, l[0], l[1])) {
                    utf8Line = n + 1;
                }
            }
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int reported = 0;
        boolean bad = false;
        for (int n = 0; n < lines.size(); n++) {
            int[] l = lines.get(n);
            if (utf8Line > 0) {
                // mixed: the lines that are not UTF-8 are the ones to correct
                if (hasNonAscii(bytes, l[0], l[1]) && !isUtf8(bytes, l[0], l[1])) {
                    bad = true;
                    if (reported++ < MOST) {
                        errors.add(new LineError(n + 1, "", "", NLS.bind(Messages.Csv_mixedEncoding, utf8Line), places.of(n + 1, -1))); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                continue;
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, l[0], l[1] - l[0]);
            CharBuffer out = CharBuffer.allocate((l[1] - l[0]) * 2 + 2);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                bad = true;
                if (reported++ < MOST) {
                    StringBuilder shown = new StringBuilder();
                    for (int b = in.position(); b < Math.min(in.position() + Math.max(result.length(), 1), l[1]); b++) {
                        shown.append(String.format(Locale.ROOT, "0x%02X ", bytes[b] & 0xFF)); //$NON-NLS-1$
                    }
                    errors.add(new LineError(n + 1, "", shown.toString().strip(), NLS.bind(Messages.Csv_undecodable, //$NON-NLS-1$
                            new Object[] { out.position() + 1, shown.toString().strip(), nameOf(charset) }), places.of(n + 1, -1)));
                }
                continue;
            }
            out.flip();
            text.append(out);
            if (n + 1 < lines.size()) {
                text.append('\n');
            }
        }
        return bad ? null : text.toString();
    }

    /** Control characters and an unclosed quote, first, in the order of the text: they explain the errors after them. */
    static void textProblems(List<LineError> errors, RosterImport.Places places, CsvReader reader) {
        List<CsvReader.Problem> problems = reader.problems().subList(0, Math.min(MOST, reader.problems().size()));
        for (CsvReader.Problem problem : problems) {
            if (problem.unclosedQuote()) {
                // after a quote that is never closed, the rest of the file is one value: its other errors say nothing
                errors.removeIf(e -> e.line() >= problem.line());
            } else if (problem.lineBreak()) {
                // a value over a line break: the record's other errors follow from it
                errors.removeIf(e -> e.line() == problem.line());
            }
        }
        for (CsvReader.Problem problem : problems) {
            String character = String.format(Locale.ROOT, "U+%04X", problem.character()); //$NON-NLS-1$
            if (problem.unclosedQuote()) {
                errors.add(new LineError(problem.line(), "", "\"", NLS.bind(Messages.Csv_unclosedQuote, problem.column()), //$NON-NLS-1$ //$NON-NLS-2$
                        places.of(problem.line(), -1)));
            } else if (problem.lineBreak()) {
                errors.add(new LineError(problem.line(), "", "\n", //$NON-NLS-1$ //$NON-NLS-2$
                        NLS.bind(Messages.Csv_lineBreakInValue, problem.column(), problem.endLine()), places.of(problem.line(), -1)));
            } else {
                errors.add(new LineError(problem.line(), "", character, NLS.bind(Messages.Csv_controlCharacter, problem.column(), character), //$NON-NLS-1$
                        places.of(problem.line(), -1)));
            }
        }
    }
}
