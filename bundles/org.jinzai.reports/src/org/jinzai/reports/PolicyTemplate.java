package org.jinzai.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.osgi.util.NLS;

/**
 * The Word document (.docx) the policy document (方針) is written into: the municipality's own template, or the
 * default one that ships with the product ({@link #standard}). A template names the places the generated parts go
 * ({@link Part}) and may quote a few facts of the run in its text, headers and footers ({@link Field}); everything
 * else of it (styles, headers, footers, logo, page numbers) stays as it is. README lists the names.
 */
public final class PolicyTemplate {

    /**
     * The parts of the policy document a template can place: a paragraph whose whole text is {@code {{jinzai.NAME}}},
     * a content control tagged {@code jinzai.NAME}, or a bookmark {@code jinzai_NAME} (the part follows the bookmarked
     * paragraph, or replaces it when it is empty). A part comes without its own heading (the template has it); the
     * sections' parts bring the headings of their subsections.
     */
    public enum Part {
        /** The whole document, sections 1-5 with their headings. */
        DOCUMENT("docx.document"), //$NON-NLS-1$
        /** 1 背景: the placeholder paragraph the planner replaces. */
        BACKGROUND("docx.background"), //$NON-NLS-1$
        /** 2 求められる人材像: personas and their skill items. */
        PERSONAS("docx.personas"), //$NON-NLS-1$
        /** 3 スキル基準・育成段階: Step1-3 of each persona. */
        STANDARDS("docx.standards"), //$NON-NLS-1$
        /** 4 現状と数値目標: all of {@link #SUMMARY}, {@link #CURRENT}, {@link #TARGETS}, {@link #PROJECTION}. */
        ANALYSIS("docx.analysis"), //$NON-NLS-1$
        /** The summary table of every target and fiscal year. */
        SUMMARY("docx.summary"), //$NON-NLS-1$
        /** Staff by persona and step at the start. */
        CURRENT("docx.current"), //$NON-NLS-1$
        /** Each target per fiscal year with its chart. */
        TARGETS("docx.targets"), //$NON-NLS-1$
        /** The projection of each persona's steps (charts). */
        PROJECTION("docx.projection"), //$NON-NLS-1$
        /** 5 確保・育成施策と計画: all of {@link #PLAN}, {@link #APPLIED}, {@link #NEEDED}, {@link #APPOINTMENT}, {@link #ROTATION}. */
        MEASURES("docx.measures"), //$NON-NLS-1$
        /** Seats, hires and cost per fiscal year. */
        PLAN("docx.plan"), //$NON-NLS-1$
        /** The goal-seeks this plan applies. */
        APPLIED("docx.goalSeeks"), //$NON-NLS-1$
        /** For reference: what the targets would need, apart from the plan. */
        NEEDED("docx.goalSeeksNeeded"), //$NON-NLS-1$
        /** The appointment of DX推進員. */
        APPOINTMENT("docx.appointment"), //$NON-NLS-1$
        /** The rotation rules in force. */
        ROTATION("docx.rotation"); //$NON-NLS-1$

        private final String titleKey;

        Part(String titleKey) {
            this.titleKey = titleKey;
        }

        /** The key of the part's heading in the report texts. */
        String titleKey() {
            return titleKey;
        }

        /** The name a template uses: {@code jinzai.targets}. */
        public String placeName() {
            return "jinzai." + name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        }

        /** The part of a name after {@code jinzai.} (or {@code jinzai_}), or null. */
        static Part named(String name) {
            return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    /** Facts of the run a template may quote anywhere in its text, headers and footers as {@code {{jinzai.NAME}}}. */
    public enum Field {
        /** The organization's name (やまなみ町). */
        ORGANIZATION,
        /** The scenario's name. */
        SCENARIO,
        /** The baseline's name. */
        BASELINE,
        /** The fiscal years of the plan (令和8年度～令和12年度). */
        PERIOD,
        /** The date the document was made. */
        DATE;

        /** The name a template uses: {@code jinzai.organization}. */
        public String placeName() {
            return "jinzai." + name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        }

        static Field named(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    /** A template that cannot be used, said in the program's language with the file, the place and what to do. */
    public static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }

    private static final String TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"; //$NON-NLS-1$
    private static final String DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"; //$NON-NLS-1$

    private final String name;
    /** The template's bytes, made on first use for the default one (a run that writes no document never builds it). */
    private final java.util.function.Supplier<byte[]> bytes;

    private PolicyTemplate(String name, java.util.function.Supplier<byte[]> bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * Reads and checks a template: a Word document (.docx) with at least one place for a part and no name it does not
     * know. The file is only read.
     */
    public static PolicyTemplate read(Path file) throws TemplateException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TemplateException(NLS.bind(Messages.Template_missing, file));
        } catch (IOException e) {
            throw new TemplateException(NLS.bind(Messages.Template_unreadable, file, e.getLocalizedMessage()));
        }
        byte[] read = bytes;
        PolicyTemplate template = new PolicyTemplate(name, () -> read);
        try (XWPFDocument doc = template.open()) {
            if (doc.getPackagePart().getContentType().contains("macroEnabled")) { //$NON-NLS-1$
                throw new TemplateException(NLS.bind(Messages.Template_macro, name));
            }
            TemplatePlaces.find(doc, name);
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(NLS.bind(Messages.Template_notWord, name));
        }
        return template;
    }

    /** The default template in a language: a title, the five sections' headings each with its part, page numbers. */
    public static PolicyTemplate standard(Locale locale) {
        Texts texts = new Texts(locale);
        byte[][] made = new byte[1][];
        return new PolicyTemplate("default", () -> { //$NON-NLS-1$
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = DefaultTemplate.bytes(texts);
                }
                return made[0];
            }
        });
    }

    /** The template's bytes (the default one, to save as the start of the planner's own). */
    public byte[] bytes() {
        return bytes.get().clone();
    }

    /** The file name, for messages. */
    public String name() {
        return name;
    }

    /** A fresh copy of the template to fill. */
    XWPFDocument open() throws IOException {
        try {
            XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes.get()));
            // a Word template (.dotx) gives a document (.docx): Word refuses a .docx that says it is a template
            if (TEMPLATE_TYPE.equals(doc.getPackagePart().getContentType())) {
                doc.getPackage().replaceContentType(TEMPLATE_TYPE, DOCUMENT_TYPE);
            }
            return doc;
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException(e);
        }
    }

    /** The places of a fresh copy of this template, which was checked when it was read. */
    java.util.List<TemplatePlaces.Place> places(XWPFDocument doc) {
        try {
            return TemplatePlaces.find(doc, name);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every name a template may use, for messages: {@code jinzai.document, jinzai.background, ...}. */
    static String allNames() {
        return Arrays.stream(Part.values()).map(Part::placeName).collect(Collectors.joining(", ")) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                + Arrays.stream(Field.values()).map(Field::placeName).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
