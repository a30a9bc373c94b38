package org.jinzai.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jinzai.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The policy document written into the municipality's own Word template ({@code simulate --template}): the places
 * receive the parts, the fields their values, and the template's styles, headers, footers and own text stay; a
 * template that cannot be used is refused before the run with what and where; {@code policy-template} writes the
 * default one.
 */
class PolicyTemplateTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    /** Japanese Word names its heading styles by number: id "1", name "heading 1". */
    private static final String OWN_HEADING = "1";
    private static final String OWN_COLOUR = "1F4E79";

    @Test
    void aTemplatesPlacesAreFilledAndEverythingElseStays() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path template = temp.resolve("my-houshin.docx");
        writeOwnTemplate(template);
        byte[] before = Files.readAllBytes(template);
        Path out = temp.resolve("out");
        assertEquals(Cli.OK, simulate(folder, out, "--template", template.toString()), cli.err());
        assertArrayEquals(before, Files.readAllBytes(template), "the template is only read");

        try (InputStream in = Files.newInputStream(out.resolve("policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            // no place and no field is left, in the body, its tables, the headers or the footers
            assertFalse(allText(doc).contains("{{"), allText(doc));
            assertFalse(allText(doc).contains("jinzai"), allText(doc));
            // the fields, split over runs in the template, have their values
            String title = doc.getParagraphs().get(0).getText();
            assertEquals("やまなみ町 デジタル人材方針（令和8年度～令和12年度（2026～2030年度））", title);
            // the template's own header, footer, styles and text stay
            assertEquals("やまなみ町 総務課 人事係", text(doc.getHeaderList()));
            assertEquals("庁内限り", text(doc.getFooterList()));
            XWPFStyle own = doc.getStyles().getStyle(OWN_HEADING);
            assertEquals("heading 1", own.getName());
            assertEquals(OWN_COLOUR, own.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue());
            assertFalse(doc.getStyles().styleExist("Heading1"), "no heading style of ours beside the template's");
            assertTrue(paragraphTexts(doc).contains("この段落は自治体が書いたもので、そのまま残る。"));

            List<String> order = bodyOrder(doc);
            // the analysis follows the bookmarked chapter heading, which stays, before the template's own paragraph
            int chapter1 = order.indexOf("P:第1章 現状と目標");
            int own1 = order.indexOf("P:この段落は自治体が書いたもので、そのまま残る。");
            int chapter2 = order.indexOf("P:第2章 施策");
            assertTrue(chapter1 >= 0 && own1 > chapter1 + 4 && chapter2 > own1, order.toString());
            assertTrue(order.get(chapter1 + 1).startsWith("P:やまなみ町について、シナリオ"), order.get(chapter1 + 1));
            // its subsections' headings in a style named heading 2 (added: the template has none)
            List<String> headings2 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && "heading 2".equals(doc.getStyles().getStyle(p.getStyle()).getName())) {
                    headings2.add(p.getText());
                }
            }
            assertEquals(List.of("数値目標の一覧", "人材像別・ステップ別の現状", "数値目標", "人材像別・ステップ別の推計"), headings2);
            // the plan in the content control's place (the control is gone), then the rotation rules
            int plan = order.indexOf("T:種別");
            assertTrue(plan > chapter2, order.toString());
            assertEquals(1, doc.getDocument().getBody().sizeOfSdtArray(), "the tagged content control is replaced, the other stays");
            assertTrue(order.get(plan + 1).startsWith("P:"), "the rotation rules after the plan: " + order.get(plan + 1));
            // the section break of the rotation's place stays (without the marker's text)
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null
                    && p.getText().isEmpty()), "the section break is kept");
            // the tab stays between the text and the field's value
            XWPFParagraph dated = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("作成日")).findFirst().orElseThrow();
            assertTrue(dated.getText().matches("作成日\\t令和\\d+年\\d+月\\d+日"), dated.getText());
            // a field inside a content control is filled too
            assertTrue(doc.getDocument().getBody().getSdtArray(0).getSdtContent().xmlText().contains("やまなみ町の取組"),
                    "the field inside the content control");
            // tables span the template's own text width (20 mm margins), not the default's
            for (XWPFTable table : doc.getTables()) {
                assertEquals(11906 - 2 * 1134, Integer.parseInt(table.getWidth() + ""), "table width");
            }
        }
    }

    @Test
    void theExampleTemplateOfTheTownIsFilled() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path template = CliSession.copyExample(temp, "template").resolve("houshin-template.docx");
        Path out = temp.resolve("example");
        assertEquals(Cli.OK, simulate(folder, out, "--template", template.toString()), cli.err());
        try (InputStream in = Files.newInputStream(out.resolve("policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(allText(doc).contains("{{"), allText(doc));
            assertEquals(0, doc.getDocument().getBody().sizeOfSdtArray(), "its content control is filled");
            assertTrue(text(doc.getHeaderList()).startsWith("やまなみ町 総務課"), text(doc.getHeaderList()));
            List<String> chapters = doc.getParagraphs().stream().filter(p -> "1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("第1章　策定の趣旨", "第2章　求められる人材像", "第3章　スキル基準と育成段階", "第4章　現状と数値目標",
                    "第5章　確保・育成の施策と計画", "第6章　推進体制"), chapters, "the town's own chapters, in its own heading style");
            // personas, steps, the summary, current state, one per target, the plan: every table of the default document
            try (InputStream plain = Files.newInputStream(policyOf(folder)); XWPFDocument standard = new XWPFDocument(plain)) {
                assertEquals(standard.getTables().size(), doc.getTables().size());
                assertEquals(standard.getAllPictures().size(), doc.getAllPictures().size(), "every chart");
            }
        }
    }

    /** The policy document of the town in the default template. */
    private Path policyOf(Path folder) {
        Path out = temp.resolve("standard");
        assertEquals(Cli.OK, simulate(folder, out), cli.err());
        return out.resolve("policy.docx");
    }

    @Test
    void theDefaultTemplateWrittenByPolicyTemplateGivesTheDefaultDocument() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        Path template = temp.resolve("houshin.docx");
        assertEquals(Cli.OK, cli.run("policy-template", template.toString()), cli.err());
        assertTrue(cli.out().contains(template.getFileName().toString()), cli.out());
        try (InputStream in = Files.newInputStream(template); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(allText(doc).contains("{{jinzai.analysis}}") && allText(doc).contains("{{jinzai.organization}}"), allText(doc));
        }
        // the planner's own is never replaced
        byte[] written = Files.readAllBytes(template);
        assertEquals(3, cli.run("policy-template", template.toString()));
        assertTrue(cli.err().contains(template.toString()), cli.err());
        assertArrayEquals(written, Files.readAllBytes(template));

        assertEquals(Cli.OK, simulate(folder, temp.resolve("a")), cli.err());
        assertEquals(Cli.OK, simulate(folder, temp.resolve("b"), "--template", template.toString()), cli.err());
        assertArrayEquals(Files.readAllBytes(temp.resolve("a/policy.docx")), Files.readAllBytes(temp.resolve("b/policy.docx")),
                "the default template from the file gives the same document as without one");
        try (InputStream in = Files.newInputStream(temp.resolve("a/policy.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("やまなみ町 デジタル人材の確保・育成に係る方針", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getParagraphs().get(1).getText().matches("令和\\d+年\\d+月\\d+日"), doc.getParagraphs().get(1).getText());
            assertEquals("やまなみ町", text(doc.getHeaderList()));
            assertFalse(allText(doc).contains("{{"), allText(doc));
        }
    }

    @Test
    void aTemplateThatCannotBeUsedIsRefusedBeforeTheRunSayingWhatAndWhere() throws IOException {
        Path folder = CliSession.copyExample(temp, "town");
        // a name mistyped: the paragraph, the name and the names there are
        assertRefused(folder, doc -> paragraph(doc, "{{jinzai.tagets}}"), "{{jinzai.tagets}}", "jinzai.targets", "1");
        // a part inside a sentence
        assertRefused(folder, doc -> paragraph(doc, "ここに {{jinzai.plan}} を入れる"), "{{jinzai.plan}}", "ここに");
        // a part inside a table, or in a header
        assertRefused(folder, doc -> {
            paragraph(doc, "{{jinzai.plan}}");
            doc.createTable(1, 1).getRow(0).getCell(0).setText("{{jinzai.targets}}");
        }, "{{jinzai.targets}}");
        assertRefused(folder, doc -> {
            paragraph(doc, "{{jinzai.plan}}");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{jinzai.summary}}");
        }, "{{jinzai.summary}}");
        // the same part twice
        assertRefused(folder, doc -> {
            paragraph(doc, "{{jinzai.plan}}");
            paragraph(doc, "{{jinzai.plan}}");
        }, "jinzai.plan");
        // no place at all
        assertRefused(folder, doc -> paragraph(doc, "{{jinzai.organization}} の方針"), "jinzai.targets");
        // not a Word document
        Path text = temp.resolve("not-word.docx");
        Files.writeString(text, "this is text", StandardCharsets.UTF_8);
        assertEquals(3, simulate(folder, temp.resolve("x"), "--template", text.toString()));
        assertTrue(cli.err().contains("not-word.docx") && cli.err().contains(".docx"), cli.err());
        assertFalse(Files.exists(temp.resolve("x")), "nothing run, nothing written");
        // a file that is not there
        assertEquals(3, simulate(folder, temp.resolve("x"), "--template", temp.resolve("none.docx").toString()));
        assertTrue(cli.err().contains("none.docx"), cli.err());
        // goal-seek: the template of the applied plan, checked before the search; only with --apply
        assertEquals(2, cli.run("goal-seek", folder.resolve("status-quo.jzs").toString(), "--target", "target-dx-basics", "--year", "2030",
                "--lever", "seats:course-dx-basics", "--max", "5", "--template", text.toString()));
        assertTrue(cli.err().contains("--apply"), cli.err());
        assertEquals(2, cli.run("goal-seek", folder.resolve("status-quo.jzs").toString(), "--target", "target-dx-basics", "--year", "2030",
                "--lever", "seats:course-dx-basics", "--max", "5", "--apply", "new.jzs", "--template", text.toString()));
        assertTrue(cli.err().contains("not-word.docx"), cli.err());
        assertFalse(Files.exists(folder.resolve("new.jzs")), "no plan written");
        // a template without the document
        assertEquals(2, cli.run("simulate", folder.resolve("status-quo.jzs").toString(), "--format", "csv", "--template", text.toString()));
        assertTrue(cli.err().contains("docx"), cli.err());
    }

    // ------------------------------------------------------------------------------------------------------------

    private int simulate(Path folder, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("simulate", folder.resolve("status-quo.jzs").toString(), "--runs", "40", "--seed", "3",
                "--threads", "2", "--out", out.toString(), "--format", "docx", "--lang", "ja"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private interface Content {
        void write(XWPFDocument doc);
    }

    private void assertRefused(Path folder, Content content, String... told) throws IOException {
        Path template = temp.resolve("bad.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(template)) {
            content.write(doc);
            doc.write(out);
        }
        Path out = temp.resolve("refused");
        assertEquals(3, simulate(folder, out, "--template", template.toString()), cli.err());
        for (String part : told) {
            assertTrue(cli.err().contains(part), "'" + part + "' in: " + cli.err());
        }
        assertTrue(cli.err().contains("bad.docx"), cli.err());
        assertFalse(Files.exists(out), "nothing run, nothing written");
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    /**
     * A municipality's template as Japanese Word writes one: its heading style "1" in its colour, 20 mm margins,
     * a header and a footer of its own, a title quoting fields split over runs, a bookmarked chapter heading, a
     * paragraph of its own, a content control and a place paragraph.
     */
    private static void writeOwnTemplate(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(OWN_HEADING);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading 1");
            style.addNewRPr().addNewColor().setVal(OWN_COLOUR);
            doc.createStyles().addStyle(new XWPFStyle(style));
            var section = doc.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            var margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("やまなみ町 総務課 人事係");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("庁内限り");

            XWPFParagraph title = doc.createParagraph();
            // as Word splits a field it spell-checks: over four runs
            for (String piece : new String[] { "{{jinzai.", "organization}} デジタル人材方針（{{", "jinzai.period", "}}）" }) {
                title.createRun().setText(piece);
            }
            XWPFParagraph chapter1 = paragraph(doc, "第1章 現状と目標");
            chapter1.setStyle(OWN_HEADING);
            var bookmark = chapter1.getCTP().addNewBookmarkStart();
            bookmark.setName("jinzai_analysis");
            bookmark.setId(BigInteger.ONE);
            chapter1.getCTP().addNewBookmarkEnd().setId(BigInteger.ONE);
            paragraph(doc, "この段落は自治体が書いたもので、そのまま残る。");
            paragraph(doc, "第2章 施策").setStyle(OWN_HEADING);
            CTSdtBlock control = doc.getDocument().getBody().addNewSdt();
            control.addNewSdtPr().addNewTag().setVal("jinzai.plan");
            control.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("ここに計画の表が入ります");
            // a place that also ends a section (Word's section break sits in the paragraph's properties)
            paragraph(doc, "{{ jinzai.rotation }}").getCTP().addNewPPr().addNewSectPr();
            // a field after a tab in the same run, as LibreOffice writes it, and one in an untagged content control
            var run = doc.createParagraph().createRun();
            run.setText("作成日");
            run.addTab();
            run.setText("{{jinzai.date}}", 1);
            CTSdtBlock box = doc.getDocument().getBody().addNewSdt();
            box.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("{{jinzai.organization}}の取組");
            doc.write(out);
        }
    }

    /** The body in order: "P:" and a paragraph's text, "T:" and a table's first cell. */
    private static List<String> bodyOrder(XWPFDocument doc) {
        List<String> order = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                order.add("P:" + p.getText());
            } else if (element instanceof XWPFTable t) {
                order.add("T:" + t.getRow(0).getCell(0).getText());
            }
        }
        return order;
    }

    private static List<String> paragraphTexts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static String text(List<? extends XWPFHeaderFooter> parts) {
        return String.join("|", parts.stream().map(XWPFHeaderFooter::getText).map(String::strip).toList());
    }

    private static String allText(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
        all.append(text(doc.getHeaderList())).append('\n').append(text(doc.getFooterList()));
        return all.toString();
    }
}
