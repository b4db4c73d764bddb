// The contingency plan document as PDF, written with pdfkit (the PDF library under @react-pdf/renderer)
// directly. @react-pdf lays out every text node with its flexbox and line-breaking engine, about 5-10 ms
// a line here: the 500-server deployment's runbook appendix (some 9,000 steps) took minutes. pdfkit
// wraps text greedily and writes pages as it goes. Built-in fonts only (Helvetica, Courier): nothing
// fetched. Every page carries the DRAFT mark (or the approved version) in its header and "Page n of
// m" in its footer, written once all pages exist.
import PDFDocument from "pdfkit";
import type { IscpBlock, IscpDocument, IscpStep, IscpTreeItem } from "./document";

const MARGIN = 50;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const ITALIC = "Helvetica-Oblique";
const MONO = "Courier";

type Pdf = PDFKit.PDFDocument;

function ensureRoom(pdf: Pdf, height: number) {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

const width = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;

function heading(pdf: Pdf, text: string, size: number, newPage: boolean) {
  if (newPage) pdf.addPage();
  else ensureRoom(pdf, size * 4);
  pdf
    .moveDown(0.6)
    .font(BOLD)
    .fontSize(size)
    .fillColor("#0f172a")
    .text(text, MARGIN, pdf.y, { width: width(pdf) });
  pdf.moveDown(0.3).font(FONT).fontSize(9.5);
}

function paragraph(pdf: Pdf, text: string, font = FONT, color = "#0f172a") {
  pdf
    .font(font)
    .fontSize(9.5)
    .fillColor(color)
    .text(text, MARGIN, pdf.y, { width: width(pdf) });
  pdf.moveDown(0.4);
}

function tree(pdf: Pdf, items: readonly IscpTreeItem[], depth: number) {
  for (const i of items) {
    pdf
      .font(FONT)
      .fontSize(9.5)
      .fillColor("#0f172a")
      .text(`• ${i.text}`, MARGIN + depth * 14, pdf.y, { width: width(pdf) - depth * 14 });
    tree(pdf, i.children, depth + 1);
  }
}

function table(pdf: Pdf, columns: readonly string[], rows: readonly string[][]) {
  const w = width(pdf) / columns.length;
  const row = (cells: readonly string[], header: boolean) => {
    pdf.font(header ? BOLD : FONT).fontSize(8);
    const height = Math.max(...cells.map((c) => pdf.heightOfString(c || " ", { width: w - 6 }))) + 6;
    ensureRoom(pdf, height);
    const top = pdf.y;
    if (header) pdf.rect(MARGIN, top, width(pdf), height).fill("#e2e8f0");
    pdf.fillColor("#0f172a");
    cells.forEach((c, i) => pdf.text(c, MARGIN + i * w + 3, top + 3, { width: w - 6 }));
    pdf
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width(pdf), top + height)
      .lineWidth(0.5)
      .strokeColor("#cbd5e1")
      .stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  row(columns, true);
  for (const r of rows) row(r, false);
  pdf.moveDown(0.6);
}

function step(pdf: Pdf, s: IscpStep) {
  const meta = `   ${s.server} · start ${s.start} · estimate ${s.estimate} · escalate after ${s.escalateAfter} · ${s.who}`;
  // Room for two lines and a command line; a longer step may still break across pages (measuring every
  // step first doubles the time of a 9,000-step appendix).
  ensureRoom(pdf, s.command ? 36 : 24);
  pdf
    .font(BOLD)
    .fontSize(8.5)
    .fillColor("#0f172a")
    .text(`${s.order}. ${s.title}`, MARGIN, pdf.y, { width: width(pdf) });
  pdf
    .font(FONT)
    .fontSize(8)
    .text(meta.trim(), MARGIN + 12, pdf.y, { width: width(pdf) - 12 });
  if (s.command)
    pdf
      .font(MONO)
      .fontSize(7.5)
      .text(s.command, MARGIN + 12, pdf.y, { width: width(pdf) - 12 });
  pdf.moveDown(0.3);
}

function block(pdf: Pdf, b: IscpBlock) {
  switch (b.kind) {
    case "paragraph":
      return paragraph(pdf, b.text);
    case "todo":
      return paragraph(pdf, `To add: ${b.text}`, ITALIC, "#92400e");
    case "subheading":
      return heading(pdf, b.text, 10.5, false);
    case "list":
      for (const i of b.items)
        pdf
          .font(FONT)
          .fontSize(9.5)
          .fillColor("#0f172a")
          .text(`• ${i}`, MARGIN + 6, pdf.y, { width: width(pdf) - 6 });
      pdf.moveDown(0.4);
      return;
    case "tree":
      tree(pdf, b.items, 0);
      pdf.moveDown(0.4);
      return;
    case "table":
      return table(pdf, b.columns, b.rows);
    case "steps":
      for (const s of b.steps) step(pdf, s);
      pdf.moveDown(0.4);
  }
}

export function renderIscpPdf(doc: IscpDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: doc.title, Author: "OCS 2007 R2 Backup Planner", Subject: "Information System Contingency Plan" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf
    .font(BOLD)
    .fontSize(20)
    .text(doc.title, MARGIN, 150, { width: width(pdf) });
  pdf
    .moveDown(0.5)
    .font(FONT)
    .fontSize(11)
    .fillColor("#334155")
    .text(`Deployment version ${doc.deploymentVersion}; NIST SP 800-34 Rev. 1 ${doc.level}-impact template; produced ${doc.producedOn}.`);
  if (doc.draft) pdf.moveDown(0.8).font(BOLD).fontSize(13).fillColor("#b91c1c").text(doc.draft);
  heading(pdf, "Contents", 15, true);
  for (const s of doc.sections)
    pdf
      .font(FONT)
      .fontSize(9.5)
      .fillColor("#0f172a")
      .text(s.heading, MARGIN + (s.level === 2 ? 14 : 0), pdf.y, { width: width(pdf) });
  for (const s of doc.sections) {
    heading(pdf, s.heading, s.level === 1 ? 15 : 12, s.level === 1);
    for (const b of s.blocks) block(pdf, b);
  }

  const mark = doc.draft ? "DRAFT: not an approved plan version" : `Approved plan version ${doc.approval?.number}`;
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Header and footer sit in the margins: no automatic page break may follow them.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font(doc.draft ? BOLD : FONT)
      .fontSize(8)
      .fillColor(doc.draft ? "#b91c1c" : "#64748b")
      .text(`${mark} · ${doc.deploymentName}`, MARGIN, 22, {
        width: width(pdf),
        align: "right",
        lineBreak: false,
        height: 10,
        ellipsis: true,
      });
    pdf
      .font(FONT)
      .fontSize(8)
      .fillColor("#64748b")
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, pdf.page.height - 32, { width: width(pdf), align: "center", lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
