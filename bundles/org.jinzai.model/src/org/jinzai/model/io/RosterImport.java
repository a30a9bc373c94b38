package org.jinzai.model.io;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.jinzai.model.Baseline;
import org.jinzai.model.Course;
import org.jinzai.model.Department;
import org.jinzai.model.EmploymentType;
import org.jinzai.model.JinzaiFactory;
import org.jinzai.model.JinzaiPackage.Literals;
import org.jinzai.model.NamedElement;
import org.jinzai.model.Persona;
import org.jinzai.model.Rank;
import org.jinzai.model.SkillItem;
import org.jinzai.model.SkillLevel;
import org.jinzai.model.StaffMember;
import org.jinzai.model.StepReached;
import org.jinzai.model.steps.StepRules;

/**
 * Reads a staff roster (職員名簿) from rows of cell texts into staff members of a baseline, whatever the rows came
 * from: the lines of a CSV file ({@link StaffCsvImport}) or the rows of an Excel sheet (the reports bundle, which has
 * Apache POI). Every bad row is reported at the place the user finds it (a line of the file, a sheet's cell) with its
 * column, value and reason, and nothing reaches the baseline unless every row is good: read, look at the
 * {@link Result}, then apply {@link Result#changes its changes}.
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
public final class RosterImport {

    /** The columns, with the feature each sets and their English and Japanese headers (and accepted alternatives). */
    enum Column {
        ID(true, Literals.NAMED_ELEMENT__ID, "id", "職員ID", "職員番号"), NAME(false, Literals.NAMED_ELEMENT__NAME, "name", "氏名"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        BIRTH_YEAR(true, Literals.STAFF_MEMBER__BIRTH_YEAR, "birth_year", "生年"), //$NON-NLS-1$ //$NON-NLS-2$
        HIRE_YEAR(true, Literals.STAFF_MEMBER__HIRE_FISCAL_YEAR, "hire_fiscal_year", "採用年度"), //$NON-NLS-1$ //$NON-NLS-2$
        DEPARTMENT(true, Literals.STAFF_MEMBER__DEPARTMENT, "department", "所属", "所属課"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        EMPLOYMENT(false, Literals.STAFF_MEMBER__EMPLOYMENT_TYPE, "employment_type", "任用形態"), //$NON-NLS-1$ //$NON-NLS-2$
        TERM_END(false, Literals.STAFF_MEMBER__TERM_END_FISCAL_YEAR, "term_end_fiscal_year", "任期終了年度"), //$NON-NLS-1$ //$NON-NLS-2$
        FTE(false, Literals.STAFF_MEMBER__FTE, "fte", "FTE", "勤務割合"), RANK(false, Literals.STAFF_MEMBER__RANK, "rank", "職層", "職位"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        PERSONA(false, Literals.STAFF_MEMBER__PERSONA, "persona", "人材像"), //$NON-NLS-1$ //$NON-NLS-2$
        SPECIALIST(false, Literals.STAFF_MEMBER__SPECIALIST_TRACK, "specialist_track", "背番号"), //$NON-NLS-1$ //$NON-NLS-2$
        MONTHS_IN_POST(false, Literals.STAFF_MEMBER__MONTHS_IN_POST, "months_in_post", "現所属月数"), //$NON-NLS-1$ //$NON-NLS-2$
        COURSES(false, Literals.STAFF_MEMBER__COURSES_COMPLETED, "courses", "受講済研修"), //$NON-NLS-1$ //$NON-NLS-2$
        SKILLS(false, Literals.STAFF_MEMBER__SKILL_LEVELS, "skills", "スキル"), //$NON-NLS-1$ //$NON-NLS-2$
        MONTHS_LEADING(false, Literals.STAFF_MEMBER__MONTHS_LEADING, "months_leading", "DX案件リード月数"), //$NON-NLS-1$ //$NON-NLS-2$
        PROJECTS_LED(false, Literals.STAFF_MEMBER__PROJECTS_LED, "projects_led", "案件リード数"), //$NON-NLS-1$ //$NON-NLS-2$
        MONTHS_MENTORING(false, Literals.STAFF_MEMBER__MONTHS_MENTORING, "months_mentoring", "指導月数"); //$NON-NLS-1$ //$NON-NLS-2$

        final boolean required;
        /** What the column sets on a staff member: an update changes only the features of the file's columns. */
        final EStructuralFeature feature;
        final String[] headers;

        Column(boolean required, EStructuralFeature feature, String... headers) {
            this.required = required;
            this.feature = feature;
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

    /** One row of a roster table: its number as the user sees it (a file's line, a sheet's row) and its cell texts. */
    public record Row(int number, List<String> cells) {
    }

    /** How a table names the place of a problem. */
    public interface Places {
        /** The place of a row ({@code column} -1) or of a cell of it (its 0-based index in the row). */
        String of(int row, int column);
    }

    /**
     * A roster as rows: the first row is the header; blank rows are already left out.
     *
     * @param source how the rows were read, for the summary ("UTF-8", "シート「職員名簿」")
     * @param strictWidth whether every row must have as many cells as the header (CSV); otherwise (a sheet) missing
     *            cells are empty and only a value beyond the header's columns is an error
     * @param problems what the reader found wrong in cells (an error value, a formula never computed); these replace
     *            what the rows' checks say about the same cells
     */
    public record Table(List<Row> rows, Places places, String source, boolean strictWidth, List<LineError> problems) {
    }

    /** Whether a text is the header of a column (in either language), e.g. to find the header row below a title. */
    public static boolean isHeader(String text) {
        return Column.of(text) != null;
    }

    /** A row, or the file, that could not be imported; {@code line} is the row's number (0 for the whole file). */
    public record LineError(int line, String column, String value, String message, String place) {
        @Override
        public String toString() {
            return place.isEmpty() ? message : NLS.bind(Messages.Roster_problem, place, message);
        }
    }

    /** What was read: the staff members (not yet in the baseline) or the errors. */
    public static final class Result {
        private final Baseline baseline;
        private final List<StaffMember> staff;
        private final List<LineError> errors;
        private final int lines;
        private final Charset charset;
        private final String source;
        private final Set<Column> columns;

        Result(Baseline baseline, List<StaffMember> staff, List<LineError> errors, int lines, Charset charset, String source,
                Set<Column> columns) {
            this.baseline = baseline;
            this.staff = staff;
            this.errors = errors;
            this.lines = lines;
            this.charset = charset;
            this.source = source;
            this.columns = columns;
        }

        /** The staff members read (empty when there are errors). */
        public List<StaffMember> staff() {
            return errors.isEmpty() ? staff : List.of();
        }

        /** Every problem, in row order. */
        public List<LineError> errors() {
            return errors;
        }

        /** Data rows read (without the header). */
        public int lines() {
            return lines;
        }

        /** The character set a CSV file was read in, or null (a workbook). */
        public Charset charset() {
            return charset;
        }

        /** How the rows were read: an encoding or a sheet. */
        public String source() {
            return source;
        }

        /** The baseline the rows were read for (their departments, personas, courses and skills are its own). */
        public Baseline baseline() {
            return baseline;
        }

        public boolean isOk() {
            return errors.isEmpty();
        }

        /** A one-line summary for the user. */
        public String summary() {
            return isOk() ? NLS.bind(Messages.Csv_summaryOk, new Object[] { lines, staff.size(), source })
                    : NLS.bind(Messages.Csv_summaryErrors, new Object[] { lines, errors.size(), source });
        }

        /**
         * What importing would change in the baseline: by default staff are added or updated by 職員ID and nobody is
         * removed; with {@code replace} the roster becomes the file's (staff not in it are removed). An update sets
         * only what the file's columns say (an empty cell sets the column's default); the rest of the member stays.
         * Nothing is changed until {@link RosterChange#apply()} (or the workbench's command) applies it.
         *
         * @throws IllegalStateException when the file had errors: a partial import is never applied
         */
        public RosterChange changes(boolean replace) {
            if (!isOk()) {
                throw new IllegalStateException(summary());
            }
            return RosterChange.of(baseline, staff, columns, replace);
        }
    }

    /**
     * A result that reads nothing: the file as a whole cannot be read (not a workbook, no such sheet…).
     *
     * @param place where, or "" for the whole file (the message then stands alone)
     * @param source the file or sheet, for the summary
     */
    public static Result refused(Baseline baseline, String place, String message, String source) {
        return new Result(baseline, List.of(), List.of(new LineError(0, "", "", message, place)), 0, null, source, Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reads the rows of a table (a sheet) for a baseline. */
    public static Result read(Baseline baseline, Table table) {
        RosterImport parser = new RosterImport(baseline, table.places());
        List<StaffMember> staff = parser.parse(table);
        Set<String> places = new HashSet<>();
        table.problems().forEach(problem -> places.add(problem.place()));
        parser.errors.removeIf(error -> places.contains(error.place()));
        parser.errors.addAll(table.problems());
        parser.errors.sort(java.util.Comparator.comparingInt(LineError::line));
        return new Result(baseline, staff, parser.errors, parser.lines, null, table.source(), parser.columnsRead());
    }

    private final Baseline baseline;
    private final Places places;
    final List<LineError> errors = new ArrayList<>();
    int lines;
    private Map<Column, Integer> columns = Map.of();
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, Persona> personas = new HashMap<>();
    private final Map<String, Course> courses = new HashMap<>();
    private final Map<String, SkillItem> skills = new HashMap<>();

    RosterImport(Baseline baseline, Places places) {
        this.baseline = baseline;
        this.places = places;
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

    Baseline baseline() {
        return baseline;
    }

    Set<Column> columnsRead() {
        return columns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(columns.keySet()));
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

    /** An error of a row ({@code column} -1) or a cell. */
    void error(int row, int column, String header, String value, String message) {
        errors.add(new LineError(row, header, value, message, places.of(row, column)));
    }

    /** The staff members of the rows (the header first); the problems are in {@link #errors}. */
    List<StaffMember> parse(Table table) {
        List<StaffMember> staff = new ArrayList<>();
        if (table.rows().isEmpty()) {
            error(1, -1, "", "", Messages.Csv_empty); //$NON-NLS-1$ //$NON-NLS-2$
            return staff;
        }
        Row header = table.rows().get(0);
        Set<Integer> unnamed = new HashSet<>();
        columns = columns(header, table.strictWidth(), unnamed);
        if (!errors.isEmpty()) {
            return staff;
        }
        int width = header.cells().size();
        Set<String> ids = new HashSet<>();
        for (Row row : table.rows().subList(1, table.rows().size())) {
            lines++;
            List<String> cells = row.cells();
            if (table.strictWidth() && cells.size() != width) {
                error(row.number(), -1, "", "", NLS.bind(Messages.Csv_fieldCount, cells.size(), width)); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            if (!table.strictWidth()) {
                // a sheet: a value under no header is an error; missing cells are empty
                boolean outside = false;
                for (int i = 0; i < cells.size(); i++) {
                    if ((i >= width || unnamed.contains(i)) && !cells.get(i).isBlank()) {
                        error(row.number(), i, "", cells.get(i), NLS.bind(Messages.Roster_outsideColumns, cells.get(i).strip())); //$NON-NLS-1$
                        outside = true;
                    }
                }
                if (outside) {
                    continue;
                }
                List<String> padded = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
                while (padded.size() < width) {
                    padded.add(""); //$NON-NLS-1$
                }
                row = new Row(row.number(), padded);
            }
            StaffMember person = person(new Line(row, columns));
            if (person != null) {
                if (!ids.add(person.getId())) {
                    error(row.number(), columns.get(Column.ID), header(Column.ID), person.getId(),
                            NLS.bind(Messages.Csv_duplicateId, person.getId()));
                } else {
                    staff.add(person);
                }
            }
        }
        if (lines == 0) {
            error(header.number(), -1, "", "", Messages.Csv_noRows); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return staff;
    }

    /** The columns of a header; a sheet's cells without a header are left out ({@code unnamed}), a file's are errors. */
    private Map<Column, Integer> columns(Row header, boolean strict, Set<Integer> unnamed) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i);
            Column column = Column.of(name);
            if (column == null) {
                if (name.isBlank() && !strict) {
                    unnamed.add(i);
                } else {
                    error(header.number(), i, name, name, NLS.bind(Messages.Csv_unknownColumn, name));
                }
            } else if (found.putIfAbsent(column, i) != null) {
                error(header.number(), i, name, name, NLS.bind(Messages.Csv_duplicateColumn, name));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                error(header.number(), -1, header(column), "", //$NON-NLS-1$
                        NLS.bind(Messages.Csv_missingColumn, column.headers[1], column.headers[0]));
            }
        }
        return found;
    }

    private static String header(Column column) {
        return column.headers[1];
    }

    /** The fields of one record by column. */
    private final class Line {
        final Row row;
        final Map<Column, Integer> columns;
        boolean bad;

        Line(Row row, Map<Column, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        String text(Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cells().get(index).strip(); //$NON-NLS-1$
        }

        void error(Column column, String value, String message) {
            bad = true;
            Integer index = columns.get(column);
            RosterImport.this.error(row.number(), index == null ? -1 : index, header(column), value, message);
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
        recordStep(person);
        return person;
    }

    /**
     * Records the step the person has reached for their persona by the baseline's step rules (as a new member of the
     * roster gets it); steps recorded for other personas stay (the skill stays when the role changes).
     */
    static void recordStep(StaffMember person) {
        Persona persona = person.getPersona();
        if (persona == null || !persona.isHasSteps()) {
            return;
        }
        int step = StepRules.stepReached(person, persona);
        StepReached recorded = null;
        for (StepReached reached : person.getStepsReached()) {
            if (reached.getPersona() == persona) {
                recorded = reached;
                break;
            }
        }
        if (step == 0) {
            if (recorded != null) {
                person.getStepsReached().remove(recorded);
            }
        } else if (recorded != null) {
            recorded.setStep(step);
        } else {
            StepReached reached = JinzaiFactory.eINSTANCE.createStepReached();
            reached.setPersona(persona);
            reached.setStep(step);
            person.getStepsReached().add(reached);
        }
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

    /** An employment type as a roster writes it (常勤, 任期付, 会計年度任用, 委託, ... or REGULAR, ...), or null. */
    static EmploymentType employmentType(String value) {
        EmploymentType type = EMPLOYMENT.get(value);
        return type != null ? type : EmploymentType.get(value.toUpperCase(Locale.ROOT));
    }

    private static EmploymentType employment(Line line) {
        String value = line.text(Column.EMPLOYMENT);
        if (value.isEmpty()) {
            return EmploymentType.REGULAR;
        }
        EmploymentType type = employmentType(value);
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

    /** The items of a cell that lists several (「基礎研修；DX研修」). */
    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split("[;；、]")) { //$NON-NLS-1$
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Full-width digits (全角数字) as HR exports sometimes have them. */
    static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
        }
        return out.toString();
    }
}
