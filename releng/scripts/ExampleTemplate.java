import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes examples/template/houshin-template.docx: a town's own Word template for the policy document, as a
 * municipality would make it in Japanese Word (heading styles with the ids "1" and "2", its own fonts, colours and
 * margins, a cover, a header and a footer, chapters of its own naming, paragraphs it writes itself), with the places
 * and fields Jinzai fills (README, "--template"). Run by releng/scripts/example-template with the product's bundles.
 */
public class ExampleTemplate {

    public static void main(String[] args) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            XWPFStyles styles = doc.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setEastAsia("ＭＳ 明朝");
            fonts.setAscii("Century");
            fonts.setHAnsi("Century");
            styles.setDefaultFonts(fonts);
            styles.addStyle(heading("1", "heading 1", 0, 28, "1E5631"));
            styles.addStyle(heading("2", "heading 2", 1, 22, "2E7D32"));
            CTStyle grid = CTStyle.Factory.newInstance();
            grid.setStyleId("a3");
            grid.setType(STStyleType.TABLE);
            grid.addNewName().setVal("Table Grid");
            styles.addStyle(new XWPFStyle(grid));

            var section = doc.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            var margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1701));
            margins.setBottom(BigInteger.valueOf(1418));
            margins.setLeft(BigInteger.valueOf(1304));
            margins.setRight(BigInteger.valueOf(1304));

            XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun headerRun = header.createRun();
            headerRun.setText("{{jinzai.organization}} 総務課 ｜ デジタル人材の確保・育成に係る方針");
            headerRun.setFontSize(8);
            headerRun.setColor("666666");
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.createRun().setText("－ ");
            var page = footer.getCTP().addNewFldSimple();
            page.setInstr(" PAGE ");
            page.addNewR().addNewT().setStringValue("1");
            footer.createRun().setText(" －");

            // the cover
            for (int i = 0; i < 6; i++) {
                doc.createParagraph();
            }
            XWPFParagraph name = centred(doc, "{{jinzai.organization}}", 20, true);
            name.setSpacingAfter(240);
            centred(doc, "デジタル人材の確保・育成に係る方針", 24, true);
            centred(doc, "（計画期間 {{jinzai.period}}）", 12, false).setSpacingAfter(2400);
            centred(doc, "{{jinzai.date}}", 12, false);
            XWPFParagraph issuer = centred(doc, "{{jinzai.organization}}　総務課", 12, false);
            issuer.setPageBreak(false);
            doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);

            chapter(doc, "第1章　策定の趣旨");
            text(doc, "本町では、人口減少と職員数の減少が続く中で、行政サービスの質を保ちながら業務の効率化を進めるため、"
                    + "自治体DXの推進が急務となっている。本方針は、町のDX推進計画を支える人材面の方針として、"
                    + "デジタル人材の確保と育成の考え方、数値目標及び施策を定めるものである。");
            chapter(doc, "第2章　求められる人材像");
            place(doc, "{{jinzai.personas}}");
            chapter(doc, "第3章　スキル基準と育成段階");
            // a content control, as Word's developer tab makes one: its tag names the part
            CTSdtBlock control = doc.getDocument().getBody().addNewSdt();
            control.addNewSdtPr().addNewTag().setVal("jinzai.standards");
            control.getSdtPr().addNewAlias().setVal("スキル基準（Jinzai が差し込み）");
            control.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("［ここにスキル基準の表が入ります］");
            chapter(doc, "第4章　現状と数値目標");
            place(doc, "{{jinzai.analysis}}");
            chapter(doc, "第5章　確保・育成の施策と計画");
            place(doc, "{{jinzai.measures}}");
            chapter(doc, "第6章　推進体制");
            text(doc, "本方針は、CIO（副町長）の下、総務課が各課のDX推進員と連携して推進する。"
                    + "毎年度、数値目標の達成状況を確認し、必要に応じて施策を見直す。");
            XWPFParagraph end = doc.createParagraph();
            end.setAlignment(ParagraphAlignment.RIGHT);
            end.setSpacingBefore(480);
            end.createRun().setText("以上");
            doc.write(out);
        }
    }

    private static XWPFStyle heading(String id, String name, int level, int halfPoints, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("a");
        style.addNewNext().setVal("a");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 0 ? 360 : 200));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        if (level == 0) {
            var bottom = paragraph.addNewPBdr().addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(8));
            bottom.setColor(colour);
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewColor().setVal(colour);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia("ＭＳ ゴシック");
        return new XWPFStyle(style);
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        return p;
    }

    private static void chapter(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("1");
        p.createRun().setText(title);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(210);
        p.createRun().setText(text);
    }

    private static void place(XWPFDocument doc, String marker) {
        doc.createParagraph().createRun().setText(marker);
    }
}
