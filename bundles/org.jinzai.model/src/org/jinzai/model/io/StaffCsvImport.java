package org.jinzai.model.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepReached;
import org.jinzai.model.steps.StepRules;

/**
 * Imports a staff roster (職員名簿) from CSV into a baseline. Headers may be Japanese or English; the file may
 * be UTF-8 (with or without BOM) or Shift_JIS/CP932. Every bad line is reported with its number and reason,
 * and nothing is added to the baseline unless the whole file is good: read with {@link #read}, look at the
 * {@link Result}, then {@link Result#applyTo} it.
 *
 * <p>Columns (header in either language; order free; only the first four and 所属 are required):</p>
 * <pre>
 * 職員ID id | 氏名 name | 生年 birth_year | 採用年度 hire_fiscal_year | 所属 department | 任用形態 employment_type
 * 任期終了年度 term_end_fiscal_year | FTE fte | 職層 rank | 人材像 persona | 背番号 specialist_track
 * 現所属月数 months_in_post | 受講済研修 courses | スキル skills | DX案件リード月数 months_leading
 * 案件リード数 projects_led | 指導月数 months_mentoring
 * </pre>
 * <p>Lists (受講済研修) are separated by {@code ;} or {@code 、}; skills are {@code name:level} pairs, e.g.
 * {@code ITストラテジー:2;クラウドサービス活用:1}. Departments, personas, courses and skills are named by their
 * name or id in the baseline.</p>
 */
public final class StaffCsvImport {

    /** Shift_JIS as Windows writes it (Japanese HR systems' default). */
    public static final Charset CP932 = Charset.forName("windows-31j"); //$NON-NLS-1$

    /** The columns, with their English and Japanese headers (and accepted alternatives). */
    enum Column {
        ID(true, "id", "職員ID", "職員番号"), NAME(false, "name", "氏名"), BIRTH_YEAR(true, "birth_year", "生年"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        HIRE_YEAR(true, "hire_fiscal_year", "採用年度"), DEPARTMENT(true, "department", "所属", "所属課"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        EMPLOYMENT(false, "employment_type", "任用形態"), TERM_END(false, "term_end_fiscal_year", "任期終了年度"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        FTE(false, "fte", "FTE", "勤務割合"), RANK(false, "rank", "職層", "職位"), PERSONA(false, "persona", "人材像"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        SPECIALIST(false, "specialist_track", "背番号"), MONTHS_IN_POST(false, "months_in_post", "現所属月数"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        COURSES(false, "courses", "受講済研修"), SKILLS(false, "skills", "スキル"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        MONTHS_LEADING(false, "months_leading", "DX案件リード月数"), PROJECTS_LED(false, "projects_led", "案件リード数"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        MONTHS_MENTORING(false, "months_mentoring", "指導月数"); //$NON-NLS-1$ //$NON-NLS-2$

        final boolean required;
        final String[] headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = headers;
        }

        static Column of(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                for (String candidate : column.headers) {
                    if (candidate.toLowerCase(Locale.ROOT).equals(h)) {
                        return column;
                    }
                }
            }
            return null;
        }
    }

    /** A line that could not be imported. */
    public record LineError(int line, String column, String value, String message) {
        @Override
        public String toString() {
            return NLS.bind(Messages.Csv_lineError, new Object[] { line, message });
        }
    }

    /** What was read: the staff members (not yet in the baseline) or the errors. */
    public static final class Result {
        private final List<StaffMember> staff;
        private final List<LineError> errors;
        private final int lines;
        private final Charset charset;

        Result(List<StaffMember> staff, List<LineError> errors, int lines, Charset charset) {
            this.staff = staff;
            this.errors = errors;
            this.lines = lines;
            this.charset = charset;
        }

        /** The staff members read (empty when there are errors). */
        public List<StaffMember> staff() {
            return errors.isEmpty() ? staff : List.of();
        }

        /** Every problem, in line order. */
        public List<LineError> errors() {
            return errors;
        }

        /** Data lines read (without the header). */
        public int lines() {
            return lines;
        }

        /** The character set the file was read in. */
        public Charset charset() {
            return charset;
        }

        public boolean isOk() {
            return errors.isEmpty();
        }

        /** A one-line summary for the user. */
        public String summary() {
            return isOk() ? NLS.bind(Messages.Csv_summaryOk, new Object[] { lines, staff.size(), nameOf(charset) })
                    : NLS.bind(Messages.Csv_summaryErrors, new Object[] { lines, errors.size(), nameOf(charset) });
        }

        /**
         * Adds the staff to the baseline (replacing the roster when {@code replace}).
         *
         * @throws IllegalStateException when the file had errors: a partial import is never applied
         */
        public void applyTo(Baseline baseline, boolean replace) {
            if (!isOk()) {
                throw new IllegalStateException(summary());
            }
            if (replace) {
                baseline.getStaff().clear();
            }
            baseline.getStaff().addAll(staff);
        }
    }

    private final Baseline baseline;
    private final boolean replacing;
    private final List<LineError> errors = new ArrayList<>();
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, Persona> personas = new HashMap<>();
    private final Map<String, Course> courses = new HashMap<>();
    private final Map<String, SkillItem> skills = new HashMap<>();

    private StaffCsvImport(Baseline baseline, boolean replacing) {
        this.baseline = baseline;
        this.replacing = replacing;
        index(departments, baseline.getOrganization() == null ? List.of() : baseline.getOrganization().getDepartments());
        index(personas, baseline.getPersonas());
        for (Persona persona : baseline.getPersonas()) {
            if (persona.getShortName() != null) {
                personas.putIfAbsent(persona.getShortName(), persona);
            }
        }
        index(courses, baseline.getCourses());
        index(skills, baseline.getSkillItems());
    }

    private static <T extends NamedElement> void index(Map<String, T> map, List<T> elements) {
        for (T element : elements) {
            if (element.getId() != null) {
                map.put(element.getId(), element);
            }
        }
        for (T element : elements) {
            if (element.getName() != null) {
                map.putIfAbsent(element.getName(), element);
            }
        }
    }

    /**
     * Reads a CSV file for a baseline.
     *
     * @param charset the file's encoding, or null to detect UTF-8 (valid UTF-8 or a BOM) versus CP932
     * @param replace whether the import will replace the roster (ids need then be unique only in the file)
     */
    public static Result read(Baseline baseline, Path file, Charset charset, boolean replace) throws IOException {
        return read(baseline, Files.readAllBytes(file), charset, replace);
    }

    /** Reads CSV bytes; see {@link #read(Baseline, Path, Charset, boolean)}. */
    public static Result read(Baseline baseline, byte[] bytes, Charset charset, boolean replace) throws IOException {
        Charset actual = charset != null ? charset : detect(bytes);
        return new StaffCsvImport(baseline, replace).parse(bytes, actual, charset == null);
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
    private String decode(byte[] bytes, Charset charset, boolean detected) {
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
        for (int n = 0; n < lines.size(); n++) {
            int[] l = lines.get(n);
            if (utf8Line > 0) {
                // mixed: the lines that are not UTF-8 are the ones to correct
                if (hasNonAscii(bytes, l[0], l[1]) && !isUtf8(bytes, l[0], l[1]) && reported++ < MOST) {
                    errors.add(new LineError(n + 1, "", "", NLS.bind(Messages.Csv_mixedEncoding, utf8Line))); //$NON-NLS-1$ //$NON-NLS-2$
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
                if (reported++ < MOST) {
                    StringBuilder shown = new StringBuilder();
                    for (int b = in.position(); b < Math.min(in.position() + Math.max(result.length(), 1), l[1]); b++) {
                        shown.append(String.format(Locale.ROOT, "0x%02X ", bytes[b] & 0xFF)); //$NON-NLS-1$
                    }
                    errors.add(new LineError(n + 1, "", shown.toString().strip(), NLS.bind(Messages.Csv_undecodable, //$NON-NLS-1$
                            new Object[] { out.position() + 1, shown.toString().strip(), nameOf(charset) })));
                }
                continue;
            }
            out.flip();
            text.append(out);
            if (n + 1 < lines.size()) {
                text.append('\n');
            }
        }
        return errors.isEmpty() ? text.toString() : null;
    }

    private Result parse(byte[] bytes, Charset charset, boolean detected) throws IOException {
        List<StaffMember> staff = new ArrayList<>();
        String text = decode(bytes, charset, detected);
        if (text == null) {
            return new Result(staff, errors, 0, charset);
        }
        CsvReader reader = new CsvReader(new StringReader(text));
        CsvReader.Row header = reader.next();
        if (header == null) {
            errors.add(new LineError(1, "", "", Messages.Csv_empty)); //$NON-NLS-1$ //$NON-NLS-2$
            return new Result(staff, errors, 0, charset);
        }
        Map<Column, Integer> columns = columns(header);
        if (!errors.isEmpty()) {
            textProblems(reader);
            return new Result(staff, errors, 0, charset);
        }
        Set<String> ids = new HashSet<>();
        if (!replacing) {
            baseline.getStaff().forEach(s -> ids.add(s.getId()));
        }
        int lines = 0;
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            lines++;
            if (row.fields().size() != header.fields().size()) {
                errors.add(new LineError(row.line(), "", "", NLS.bind(Messages.Csv_fieldCount, //$NON-NLS-1$ //$NON-NLS-2$
                        row.fields().size(), header.fields().size())));
                continue;
            }
            StaffMember person = person(new Line(row, columns));
            if (person != null) {
                if (!ids.add(person.getId())) {
                    errors.add(new LineError(row.line(), header(Column.ID), person.getId(),
                            NLS.bind(Messages.Csv_duplicateId, person.getId())));
                } else {
                    staff.add(person);
                }
            }
        }
        if (lines == 0) {
            errors.add(new LineError(header.line(), "", "", Messages.Csv_noRows)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        textProblems(reader);
        return new Result(staff, errors, lines, charset);
    }

    /** Control characters and an unclosed quote, first, in the order of the text: they explain the errors after them. */
    private void textProblems(CsvReader reader) {
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
            errors.add(problem.unclosedQuote()
                    ? new LineError(problem.line(), "", "\"", NLS.bind(Messages.Csv_unclosedQuote, problem.column())) //$NON-NLS-1$ //$NON-NLS-2$
                    : problem.lineBreak()
                    ? new LineError(problem.line(), "", "\n", NLS.bind(Messages.Csv_lineBreakInValue, problem.column(), problem.endLine())) //$NON-NLS-1$ //$NON-NLS-2$
                    : new LineError(problem.line(), "", character, NLS.bind(Messages.Csv_controlCharacter, problem.column(), character))); //$NON-NLS-1$
        }
        errors.sort(java.util.Comparator.comparingInt(LineError::line));
    }

    private Map<Column, Integer> columns(CsvReader.Row header) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            Column column = Column.of(name);
            if (column == null) {
                errors.add(new LineError(header.line(), name, name, NLS.bind(Messages.Csv_unknownColumn, name)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new LineError(header.line(), name, name, NLS.bind(Messages.Csv_duplicateColumn, name)));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(new LineError(header.line(), header(column), "", //$NON-NLS-1$
                        NLS.bind(Messages.Csv_missingColumn, column.headers[1], column.headers[0])));
            }
        }
        return columns;
    }

    private static String header(Column column) {
        return column.headers[1];
    }

    /** The fields of one record by column. */
    private final class Line {
        final CsvReader.Row row;
        final Map<Column, Integer> columns;
        boolean bad;

        Line(CsvReader.Row row, Map<Column, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        String text(Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.fields().get(index).strip(); //$NON-NLS-1$
        }

        void error(Column column, String value, String message) {
            bad = true;
            errors.add(new LineError(row.line(), header(column), value, message));
        }

        /** A whole number in a range, or the default when empty and not required. */
        int number(Column column, int min, int max, int defaultValue) {
            String value = text(column);
            if (value.isEmpty()) {
                if (column.required) {
                    error(column, value, NLS.bind(Messages.Csv_required, header(column)));
                }
                return defaultValue;
            }
            try {
                int number = Integer.parseInt(toHalfWidth(value));
                if (number < min || number > max) {
                    error(column, value, NLS.bind(Messages.Csv_outOfRange, new Object[] { header(column), value, min, max }));
                }
                return number;
            } catch (NumberFormatException e) {
                error(column, value, NLS.bind(Messages.Csv_notANumber, header(column), value));
                return defaultValue;
            }
        }

        <T> T lookup(Column column, Map<String, T> map, boolean required) {
            String value = text(column);
            if (value.isEmpty()) {
                if (required) {
                    error(column, value, NLS.bind(Messages.Csv_required, header(column)));
                }
                return null;
            }
            T found = map.get(value);
            if (found == null) {
                error(column, value, NLS.bind(Messages.Csv_unknown, header(column), value));
            }
            return found;
        }
    }

    private StaffMember person(Line line) {
        StaffMember person = JinzaiFactory.eINSTANCE.createStaffMember();
        String id = line.text(Column.ID);
        if (id.isEmpty()) {
            line.error(Column.ID, id, NLS.bind(Messages.Csv_required, header(Column.ID)));
        }
        person.setId(id);
        if (!line.text(Column.NAME).isEmpty()) {
            person.setName(line.text(Column.NAME));
        }
        person.setBirthYear(line.number(Column.BIRTH_YEAR, 1930, 2015, 0));
        person.setHireFiscalYear(line.number(Column.HIRE_YEAR, 1960, 2100, 0));
        person.setDepartment(line.lookup(Column.DEPARTMENT, departments, true));
        person.setEmploymentType(employment(line));
        person.setTermEndFiscalYear(line.number(Column.TERM_END, 1960, 2100, 0));
        if (person.getEmploymentType() == EmploymentType.FIXED_TERM && person.getTermEndFiscalYear() == 0) {
            line.error(Column.TERM_END, "", Messages.Csv_termEndRequired); //$NON-NLS-1$
        }
        person.setFte(fte(line));
        person.setRank(rank(line));
        person.setPersona(line.lookup(Column.PERSONA, personas, false));
        person.setSpecialistTrack(flag(line));
        person.setMonthsInPost(line.number(Column.MONTHS_IN_POST, 0, 600, 0));
        person.setMonthsLeading(line.number(Column.MONTHS_LEADING, 0, 600, 0));
        person.setProjectsLed(line.number(Column.PROJECTS_LED, 0, 100, 0));
        person.setMonthsMentoring(line.number(Column.MONTHS_MENTORING, 0, 600, 0));
        for (String name : list(line.text(Column.COURSES))) {
            Course course = courses.get(name);
            if (course == null) {
                line.error(Column.COURSES, name, NLS.bind(Messages.Csv_unknown, header(Column.COURSES), name));
            } else if (!person.getCoursesCompleted().contains(course)) {
                person.getCoursesCompleted().add(course);
            }
        }
        for (String pair : list(line.text(Column.SKILLS))) {
            skill(line, person, pair);
        }
        if (person.getBirthYear() > 0 && person.getHireFiscalYear() > 0 && person.getHireFiscalYear() - person.getBirthYear() < 15) {
            line.error(Column.HIRE_YEAR, line.text(Column.HIRE_YEAR), NLS.bind(Messages.Csv_hiredTooYoung,
                    person.getHireFiscalYear(), person.getBirthYear()));
        }
        if (line.bad) {
            return null;
        }
        Persona persona = person.getPersona();
        if (persona != null && persona.isHasSteps()) {
            int step = StepRules.stepReached(person, persona);
            if (step > 0) {
                StepReached reached = JinzaiFactory.eINSTANCE.createStepReached();
                reached.setPersona(persona);
                reached.setStep(step);
                person.getStepsReached().add(reached);
            }
        }
        return person;
    }

    private void skill(Line line, StaffMember person, String pair) {
        int colon = Math.max(pair.lastIndexOf(':'), pair.lastIndexOf('：'));
        String name = colon < 0 ? pair : pair.substring(0, colon).strip();
        String levelText = colon < 0 ? "" : toHalfWidth(pair.substring(colon + 1).strip()).replaceFirst("(?i)^lv\\.?", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        SkillItem skill = skills.get(name);
        if (skill == null) {
            line.error(Column.SKILLS, pair, NLS.bind(Messages.Csv_unknown, header(Column.SKILLS), name));
            return;
        }
        int level;
        try {
            level = Integer.parseInt(levelText);
        } catch (NumberFormatException e) {
            level = -1;
        }
        if (level < 0 || level > 3) {
            line.error(Column.SKILLS, pair, NLS.bind(Messages.Csv_skillLevel, pair));
            return;
        }
        SkillLevel entry = JinzaiFactory.eINSTANCE.createSkillLevel();
        entry.setSkill(skill);
        entry.setLevel(level);
        person.getSkillLevels().add(entry);
    }

    private static final Map<String, EmploymentType> EMPLOYMENT = Map.of("常勤", EmploymentType.REGULAR, //$NON-NLS-1$
            "正規", EmploymentType.REGULAR, "任期付", EmploymentType.FIXED_TERM, "会計年度", EmploymentType.PART_TIME, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "会計年度任用", EmploymentType.PART_TIME, "非常勤", EmploymentType.PART_TIME, "特別職非常勤", EmploymentType.PART_TIME, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "委託", EmploymentType.OUTSOURCED, "シェア", EmploymentType.OUTSOURCED); //$NON-NLS-1$ //$NON-NLS-2$

    private static EmploymentType employment(Line line) {
        String value = line.text(Column.EMPLOYMENT);
        if (value.isEmpty()) {
            return EmploymentType.REGULAR;
        }
        EmploymentType type = EMPLOYMENT.get(value);
        if (type == null) {
            type = EmploymentType.get(value.toUpperCase(Locale.ROOT));
        }
        if (type == null) {
            line.error(Column.EMPLOYMENT, value, NLS.bind(Messages.Csv_unknown, header(Column.EMPLOYMENT), value));
            return EmploymentType.REGULAR;
        }
        return type;
    }

    private static final Map<String, Rank> RANKS = Map.of("主事", Rank.SHUJI, "主任", Rank.SHUNIN, "係長", Rank.KAKARICHO, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "課長補佐", Rank.KACHO_HOSA, "課長", Rank.KACHO, "部長", Rank.BUCHO); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static Rank rank(Line line) {
        String value = line.text(Column.RANK);
        if (value.isEmpty()) {
            return Rank.SHUJI;
        }
        Rank rank = RANKS.get(value);
        if (rank == null) {
            rank = Rank.get(value.toUpperCase(Locale.ROOT));
        }
        if (rank == null) {
            line.error(Column.RANK, value, NLS.bind(Messages.Csv_unknown, header(Column.RANK), value));
            return Rank.SHUJI;
        }
        return rank;
    }

    private static double fte(Line line) {
        String value = toHalfWidth(line.text(Column.FTE));
        if (value.isEmpty()) {
            return 1.0;
        }
        try {
            double fte = Double.parseDouble(value);
            if (fte > 0 && fte <= 1) {
                return fte;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        line.error(Column.FTE, value, NLS.bind(Messages.Csv_fte, value));
        return 1.0;
    }

    private static final Set<String> YES = Set.of("1", "true", "yes", "y", "はい", "○", "〇", "有"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final Set<String> NO = Set.of("", "0", "false", "no", "n", "いいえ", "×", "無", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private static boolean flag(Line line) {
        String value = line.text(Column.SPECIALIST).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (!NO.contains(value)) {
            line.error(Column.SPECIALIST, value, NLS.bind(Messages.Csv_flag, value));
        }
        return false;
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split("[;；、]")) { //$NON-NLS-1$
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Full-width digits (全角数字) as HR exports sometimes have them. */
    private static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return out.toString();
    }
}
