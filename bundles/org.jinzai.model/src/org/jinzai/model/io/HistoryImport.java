package org.jinzai.model.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.io.RosterImport.LineError;

/**
 * Reads one file of a staff history (past 職員名簿): a roster of one fiscal year, or of several with a 年度 column, as
 * CSV in UTF-8 or Shift_JIS (CP932), read and checked like a roster to import ({@link StaffCsvImport}). Only the columns
 * a history needs are read; others (氏名, ...) are left alone, so an HR system's export can be given as it is:
 * <pre>
 * 年度 fiscal_year (or a fiscal year in the file name: roster-2024.csv) | 職員ID id | 生年 birth_year | 所属 department
 * 任用形態 employment_type | 人材像 persona | 退職理由 leaving_reason (定年, 任期満了, 普通退職, 退職)
 * 現所属月数 months_in_post | 受講済研修 courses (「基礎研修；DX研修」) | 到達段階 step (Step1, Step2, Step3, なし)
 * </pre>
 * Every bad line is reported with its number, column, value and what to do; a file with any is not used.
 */
public final class HistoryImport {

    /** Why someone left after a year, as a history says it. */
    public enum Leaving {
        NOT_SAID, RETIREMENT, TERM_END, RESIGNATION
    }

    /**
     * One member on one fiscal year's roster, and the line it was read from; the months in the current post (-1: not
     * said), the courses completed so far (null: the file has no such column) and the step reached of the member's
     * persona (0 none, 1-3; -1: not said).
     */
    public record Row(String id, int fiscalYear, int birthYear, EmploymentType employment, String department, String persona, Leaving leaving,
            int line, int monthsInPost, List<String> courses, int step) {

        public Row {
            courses = courses == null ? null : List.copyOf(courses);
        }

        /** A row of a file without months in post or courses. */
        public Row(String id, int fiscalYear, int birthYear, EmploymentType employment, String department, String persona, Leaving leaving,
                int line) {
            this(id, fiscalYear, birthYear, employment, department, persona, leaving, line, -1, null, -1);
        }
    }

    /** What a file gave: its rows, or the errors that keep it from being used. */
    public record Result(List<Row> rows, List<LineError> errors, String encoding) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private enum Column {
        FISCAL_YEAR("fiscal_year", "年度"), ID("id", "職員ID", "職員番号"), BIRTH_YEAR("birth_year", "生年"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        DEPARTMENT("department", "所属", "所属課"), EMPLOYMENT("employment_type", "任用形態"), PERSONA("persona", "人材像"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        LEAVING("leaving_reason", "退職理由"), MONTHS_IN_POST("months_in_post", "現所属月数"), COURSES("courses", "受講済研修"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        STEP("step", "到達段階", "ステップ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        final String[] headers;

        Column(String... headers) {
            this.headers = headers;
        }

        static Column of(String header) {
            String h = header.strip();
            for (Column c : values()) {
                for (String name : c.headers) {
                    if (name.equalsIgnoreCase(h)) {
                        return c;
                    }
                }
            }
            return null;
        }

        /** The header as the user's language names it, with the other: 生年 (birth_year). */
        String label() {
            return headers[1] + " (" + headers[0] + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final Map<String, Leaving> LEAVING = Map.of("定年", Leaving.RETIREMENT, "定年退職", Leaving.RETIREMENT, //$NON-NLS-1$ //$NON-NLS-2$
            "任期満了", Leaving.TERM_END, "普通退職", Leaving.RESIGNATION, "退職", Leaving.RESIGNATION, "自己都合", Leaving.RESIGNATION, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "retirement", Leaving.RETIREMENT, "term_end", Leaving.TERM_END, "resignation", Leaving.RESIGNATION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])"); //$NON-NLS-1$
    private static final int MOST = 50;

    private HistoryImport() {
    }

    /**
     * Reads a history file.
     *
     * @param charset the file's encoding, or null to detect UTF-8 versus CP932
     */
    public static Result read(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset actual = charset != null ? charset : StaffCsvImport.detect(bytes);
        RosterImport.Places places = (row, column) -> NLS.bind(Messages.Csv_line, row);
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String text = StaffCsvImport.decode(errors, places, bytes, actual, charset == null);
        if (text != null) {
            CsvReader reader = new CsvReader(new StringReader(text));
            List<CsvReader.Row> lines = new ArrayList<>();
            for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                if (!row.fields().stream().allMatch(String::isBlank)) {
                    lines.add(row);
                }
            }
            parse(lines, yearIn(file.getFileName().toString()), rows, errors, places);
            StaffCsvImport.textProblems(errors, places, reader);
        }
        return result(rows, errors, StaffCsvImport.nameOf(actual));
    }

    /**
     * Reads a history from a table (a workbook's sheet): the first row is the header. The fiscal year comes from a 年度
     * column, else from the first year in {@code names} (the sheet's name, then the file's: 「2024年度」, roster-2024.xlsx).
     */
    public static Result read(RosterImport.Table table, String... names) {
        List<CsvReader.Row> lines = new ArrayList<>();
        int width = table.rows().isEmpty() ? 0 : table.rows().get(0).cells().size();
        for (RosterImport.Row row : table.rows()) {
            // a sheet leaves the empty cells at the end of a row out: they are empty values, not missing ones
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < width) {
                cells.add(""); //$NON-NLS-1$
            }
            lines.add(new CsvReader.Row(row.number(), cells));
        }
        int yearOfName = 0;
        for (String name : names) {
            if (yearOfName == 0) {
                yearOfName = yearIn(name);
            }
        }
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        parse(lines, yearOfName, rows, errors, table.places());
        // what the reader found wrong in a cell (an error value, a formula never computed) replaces what the checks say of it
        java.util.Set<String> places = new java.util.HashSet<>();
        table.problems().forEach(problem -> places.add(problem.place()));
        errors.removeIf(error -> places.contains(error.place()));
        errors.addAll(table.problems());
        return result(rows, errors, table.source());
    }

    /** The rows when there is no error, else the errors by line (the first {@value #MOST}). */
    private static Result result(List<Row> rows, List<LineError> errors, String source) {
        errors.sort(Comparator.comparingInt(LineError::line));
        return new Result(errors.isEmpty() ? rows : List.of(), List.copyOf(errors.subList(0, Math.min(MOST, errors.size()))), source);
    }

    /** A Reiwa year in a name: 令和6年度, R6 (令和1 = 2019). */
    private static final Pattern REIWA_IN_NAME = Pattern.compile("(?:令和|(?<![A-Za-z])[RＲ])\\s*([0-9]{1,2})(?![0-9])"); //$NON-NLS-1$

    /** The fiscal year a name holds (2024, 2024年度, 令和6年度, R6), or 0. */
    static int yearIn(String name) {
        Matcher year = YEAR_IN_NAME.matcher(name);
        if (year.find()) {
            return Integer.parseInt(year.group(1));
        }
        Matcher reiwa = REIWA_IN_NAME.matcher(name);
        return reiwa.find() && Integer.parseInt(reiwa.group(1)) > 0 ? 2018 + Integer.parseInt(reiwa.group(1)) : 0;
    }

    /** What a file that cannot be read as a history gave: one error, said of the whole file. */
    public static Result refused(String message) {
        return new Result(List.of(), List.of(new LineError(0, "", "", message, "")), ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static void parse(List<CsvReader.Row> lines, int yearOfName, List<Row> rows, List<LineError> errors, RosterImport.Places places) {
        if (lines.isEmpty()) {
            errors.add(new LineError(1, "", "", Messages.Csv_empty, places.of(1, -1))); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        CsvReader.Row header = lines.get(0);
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int k = 0; k < header.fields().size(); k++) {
            Column c = Column.of(header.fields().get(k));
            if (c != null) {
                at.putIfAbsent(c, k);
            }
        }
        for (Column required : new Column[] { Column.ID, Column.BIRTH_YEAR, Column.DEPARTMENT }) {
            if (!at.containsKey(required)) {
                errors.add(new LineError(header.line(), required.headers[1], "", //$NON-NLS-1$
                        NLS.bind(Messages.Csv_missingColumn, required.headers[1], required.headers[0]), places.of(header.line(), -1)));
            }
        }
        if (!at.containsKey(Column.FISCAL_YEAR) && yearOfName == 0) {
            errors.add(new LineError(header.line(), Column.FISCAL_YEAR.headers[1], "", Messages.History_noYear, places.of(header.line(), -1))); //$NON-NLS-1$
        }
        if (!errors.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            errors.add(new LineError(header.line(), "", "", Messages.Csv_noRows, places.of(header.line(), -1))); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        for (CsvReader.Row line : lines.subList(1, lines.size())) {
            if (line.fields().size() != header.fields().size()) {
                errors.add(new LineError(line.line(), "", "", NLS.bind(Messages.Csv_fieldCount, line.fields().size(), header.fields().size()), //$NON-NLS-1$ //$NON-NLS-2$
                        places.of(line.line(), -1)));
                continue;
            }
            Reader r = new Reader(line, at, errors, places);
            String id = r.required(Column.ID);
            int fiscalYear = at.containsKey(Column.FISCAL_YEAR) ? r.year(Column.FISCAL_YEAR) : yearOfName;
            int birthYear = r.year(Column.BIRTH_YEAR);
            String department = r.required(Column.DEPARTMENT);
            String employmentText = r.text(Column.EMPLOYMENT);
            EmploymentType employment = employmentText.isEmpty() ? EmploymentType.REGULAR : RosterImport.employmentType(employmentText);
            if (employment == null) {
                r.error(Column.EMPLOYMENT, employmentText, NLS.bind(Messages.History_unknownValue, new Object[] { Column.EMPLOYMENT.headers[1],
                    employmentText, "常勤, 任期付, 会計年度任用, 委託" })); //$NON-NLS-1$
            }
            String leavingText = r.text(Column.LEAVING);
            Leaving leaving = leavingText.isEmpty() ? Leaving.NOT_SAID : LEAVING.get(leavingText.toLowerCase(Locale.ROOT));
            if (leaving == null) {
                r.error(Column.LEAVING, leavingText, NLS.bind(Messages.History_unknownValue, new Object[] { Column.LEAVING.headers[1], leavingText,
                    "定年, 任期満了, 普通退職, 退職" })); //$NON-NLS-1$
            }
            int monthsInPost = at.containsKey(Column.MONTHS_IN_POST) ? r.months(Column.MONTHS_IN_POST) : -1;
            int step = at.containsKey(Column.STEP) ? r.step(Column.STEP) : -1;
            List<String> courses = at.containsKey(Column.COURSES) ? RosterImport.list(r.text(Column.COURSES)) : null;
            if (!r.bad) {
                rows.add(new Row(id, fiscalYear, birthYear, employment, department, r.text(Column.PERSONA), leaving, line.line(), monthsInPost, courses,
                        step));
            }
        }
    }

    /** The cells of one line, each checked with the column's header in messages. */
    private static final class Reader {
        private final CsvReader.Row line;
        private final Map<Column, Integer> at;
        private final List<LineError> errors;
        private final RosterImport.Places places;
        boolean bad;

        Reader(CsvReader.Row line, Map<Column, Integer> at, List<LineError> errors, RosterImport.Places places) {
            this.line = line;
            this.at = at;
            this.errors = errors;
            this.places = places;
        }

        String text(Column c) {
            Integer k = at.get(c);
            return k == null ? "" : line.fields().get(k).strip(); //$NON-NLS-1$
        }

        String required(Column c) {
            String value = text(c);
            if (value.isEmpty()) {
                error(c, value, NLS.bind(Messages.Csv_required, c.headers[1]));
            }
            return value;
        }

        int year(Column c) {
            String value = required(c);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                int year = Integer.parseInt(value);
                if (year < 1900 || year > 2100) {
                    error(c, value, NLS.bind(Messages.Csv_outOfRange, new Object[] { c.headers[1], value, 1900, 2100 }));
                }
                return year;
            } catch (NumberFormatException e) {
                error(c, value, NLS.bind(Messages.Csv_notANumber, c.headers[1], value));
                return 0;
            }
        }

        /** A step (「Step1」, 「ステップ2」, 「1」; 0 or 「なし」 none), or -1 when the cell is empty (not said). */
        int step(Column c) {
            String value = RosterImport.toHalfWidth(text(c)).replaceFirst("(?i)^(step|ステップ)\\s*", ""); //$NON-NLS-1$
            if (value.isEmpty()) {
                return -1;
            }
            if (value.equals("なし") || value.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
                return 0;
            }
            if (!value.matches("[0-3]")) { //$NON-NLS-1$
                error(c, text(c), NLS.bind(Messages.History_unknownValue, new Object[] { c.headers[1], text(c), "Step1, Step2, Step3, なし" })); //$NON-NLS-1$
                return -1;
            }
            return Integer.parseInt(value);
        }

        /** Months (0–600), or -1 when the cell is empty (not said). */
        int months(Column c) {
            String value = RosterImport.toHalfWidth(text(c));
            if (value.isEmpty()) {
                return -1;
            }
            try {
                int months = Integer.parseInt(value);
                if (months < 0 || months > 600) {
                    error(c, value, NLS.bind(Messages.Csv_outOfRange, new Object[] { c.headers[1], value, 0, 600 }));
                }
                return months;
            } catch (NumberFormatException e) {
                error(c, value, NLS.bind(Messages.Csv_notANumber, c.headers[1], value));
                return -1;
            }
        }

        void error(Column c, String value, String message) {
            bad = true;
            Integer k = at.get(c);
            errors.add(new LineError(line.line(), c.headers[1], value, message, places.of(line.line(), k == null ? -1 : k)));
        }
    }
}
