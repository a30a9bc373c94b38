package org.jinzai.reports;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jinzai.reports.PolicyTemplate.Field;
import org.jinzai.reports.PolicyTemplate.Part;

/**
 * The template the policy document is written into when the planner gives none, and the start of their own
 * ({@code jinzai policy-template}): the title with the organization's name, the date, the five sections of the 方針
 * (source 004 §2) each with the place of its part, the organization in the header and the page number in the footer.
 */
final class DefaultTemplate {

    /** The sections in the order of the 方針 template. */
    static final Part[] SECTIONS = { Part.BACKGROUND, Part.PERSONAS, Part.STANDARDS, Part.ANALYSIS, Part.MEASURES };

    private DefaultTemplate() {
    }

    static byte[] bytes(Texts texts) {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages word = WordPages.blank(doc, texts);
            XWPFParagraph title = word.paragraph(""); //$NON-NLS-1$
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(120);
            XWPFRun run = title.getRuns().get(0);
            run.setText(texts.get("docx.title", marker(Field.ORGANIZATION.placeName()))); //$NON-NLS-1$
            run.setBold(true);
            run.setFontSize(16);
            XWPFParagraph date = word.paragraph(marker(Field.DATE.placeName()));
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.setSpacingAfter(240);
            for (Part section : SECTIONS) {
                word.heading(1, texts.get(section.titleKey()));
                word.paragraph(marker(section.placeName()));
            }
            XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun organization = header.createRun();
            organization.setText(marker(Field.ORGANIZATION.placeName()));
            organization.setFontSize(9);
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            var page = footer.getCTP().addNewFldSimple();
            page.setInstr(" PAGE "); //$NON-NLS-1$
            page.addNewR().addNewT().setStringValue("1"); //$NON-NLS-1$
            return PackageBytes.of(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String marker(String name) {
        return "{{" + name + "}}"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
