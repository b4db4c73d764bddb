// The contingency plan document as DOCX, through the `docx` package (no hand-written OOXML): Word's
// own Heading 1-3 styles, so Word builds the table of contents from them (a TOC field, pre-filled with
// the headings and updated when the document opens), page numbers in the footer, and the DRAFT mark in
// every page's header until the plan version is approved.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { IscpBlock, IscpDocument, IscpStep, IscpTreeItem } from "./document";

const FONT = "Calibri";
const SMALL = 18; // half-points: 9 pt in tables

const text = (t: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text: t, ...opts });

function cell(value: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [text(value, { bold: header, size: SMALL })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: "D9E2F3", color: "auto" } } : {}),
  });
}

function table(columns: readonly string[], rows: readonly string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function tree(items: readonly IscpTreeItem[], level: number, out: Paragraph[]) {
  for (const i of items) {
    out.push(new Paragraph({ text: i.text, bullet: { level: Math.min(level, 8) } }));
    tree(i.children, level + 1, out);
  }
}

function blocks(b: IscpBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "paragraph":
      return [new Paragraph({ text: b.text })];
    case "todo":
      return [new Paragraph({ children: [text("To add: ", { bold: true, color: "9C5700" }), text(b.text, { italics: true })] })];
    case "subheading":
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_3 })];
    case "list":
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case "tree": {
      const out: Paragraph[] = [];
      tree(b.items, 0, out);
      return out;
    }
    case "table":
      return [table(b.columns, b.rows), new Paragraph({ text: "" })];
    case "steps":
      return b.steps.map(stepParagraph);
  }
}

// Steps as one paragraph each rather than table rows: a runbook appendix of thousands of steps stays
// small and fast to write, and a long command keeps the page's full width (on its own line).
function stepParagraph(s: IscpStep): Paragraph {
  return new Paragraph({
    spacing: { before: 80 },
    children: [
      text(`${s.order}. ${s.title}`, { bold: true }),
      text(`  ${s.server} · start ${s.start} · estimate ${s.estimate} · escalate after ${s.escalateAfter} · ${s.who}`),
      ...(s.command ? [new TextRun({ text: s.command, font: "Consolas", size: SMALL, break: 1 })] : []),
    ],
  });
}

export function iscpDocx(doc: IscpDocument): Document {
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      text: `Deployment version ${doc.deploymentVersion}; NIST SP 800-34 Rev. 1 ${doc.level}-impact template; produced ${doc.producedOn}.`,
    }),
    ...(doc.draft ? [new Paragraph({ children: [text(doc.draft, { bold: true, color: "C00000" })] })] : []),
    new TableOfContents("Contents", {
      hyperlink: true,
      headingStyleRange: "1-2",
      cachedEntries: doc.sections.map((s) => ({ title: s.heading, level: s.level })),
    }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ text: s.heading, heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const b of s.blocks) children.push(...blocks(b));
  }
  const mark = doc.draft ? "DRAFT: not an approved plan version" : `Approved plan version ${doc.approval?.number}`;
  return new Document({
    creator: "OCS 2007 R2 backup and restore planner",
    title: doc.title,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  text(`${mark} · ${doc.deploymentName}`, { bold: !!doc.draft, color: doc.draft ? "C00000" : "595959", size: 16 }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 16, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The DOCX file's bytes. */
export async function renderIscpDocx(doc: IscpDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(iscpDocx(doc)));
}
