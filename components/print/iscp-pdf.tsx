// The contingency plan document as PDF, rendered on the server with @react-pdf/renderer like the
// runbooks (built-in fonts, nothing fetched). The same IscpDocument the Markdown and DOCX render.
// Runbook steps are single Text elements rather than table rows: thousands of them lay out quickly.
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { IscpBlock, IscpDocument, IscpSection, IscpTreeItem } from "@/lib/print/iscp/document";

// Break lines only between words: a hyphen inserted into a command would corrupt it.
Font.registerHyphenationCallback((word) => [word]);

const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 44, fontFamily: "Helvetica", fontSize: 9.5, color: "#0f172a" },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", marginTop: 100, marginBottom: 10 },
  line: { fontSize: 11, marginBottom: 6, color: "#334155" },
  h1: { fontSize: 15, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 8 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 6 },
  h3: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 5, lineHeight: 1.3 },
  todo: { marginBottom: 5, color: "#92400e", fontFamily: "Helvetica-Oblique" },
  item: { marginBottom: 2 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 2 },
  th: { fontFamily: "Helvetica-Bold", backgroundColor: "#e2e8f0" },
  td: { flex: 1, paddingRight: 4, fontSize: 8 },
  table: { marginBottom: 8 },
  step: { marginBottom: 4, fontSize: 8.5 },
  stepTitle: { fontFamily: "Helvetica-Bold" },
  command: { fontFamily: "Courier", fontSize: 7.5 },
  draft: {
    fontSize: 13,
    fontFamily: "Helvetica-Bold",
    color: "#b91c1c",
    borderWidth: 2,
    borderColor: "#b91c1c",
    padding: 6,
    marginBottom: 10,
  },
  header: { position: "absolute", top: 20, left: 44, right: 44, fontSize: 8, textAlign: "right", color: "#64748b" },
  headerDraft: { color: "#b91c1c", fontFamily: "Helvetica-Bold" },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, fontSize: 8, textAlign: "center", color: "#64748b" },
  toc: { marginBottom: 2 },
});

function Tree({ items, depth }: { items: readonly IscpTreeItem[]; depth: number }) {
  return (
    <>
      {items.map((i, n) => (
        <View key={n}>
          <Text style={[s.item, { marginLeft: depth * 12 }]}>• {i.text}</Text>
          <Tree items={i.children} depth={depth + 1} />
        </View>
      ))}
    </>
  );
}

function Block({ b }: { b: IscpBlock }) {
  switch (b.kind) {
    case "paragraph":
      return <Text style={s.p}>{b.text}</Text>;
    case "todo":
      return <Text style={s.todo}>To add: {b.text}</Text>;
    case "subheading":
      return (
        <Text style={s.h3} minPresenceAhead={40}>
          {b.text}
        </Text>
      );
    case "list":
      return (
        <View style={s.p}>
          {b.items.map((i, n) => (
            <Text key={n} style={s.item}>
              • {i}
            </Text>
          ))}
        </View>
      );
    case "tree":
      return (
        <View style={s.p}>
          <Tree items={b.items} depth={0} />
        </View>
      );
    case "table":
      return (
        <View style={s.table}>
          <View style={[s.tr, s.th]} fixed={false}>
            {b.columns.map((c, n) => (
              <Text key={n} style={s.td}>
                {c}
              </Text>
            ))}
          </View>
          {b.rows.map((r, n) => (
            <View key={n} style={s.tr} wrap={false}>
              {r.map((c, m) => (
                <Text key={m} style={s.td}>
                  {c}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    case "steps":
      return (
        <View style={s.table}>
          {b.steps.map((st) => (
            <Text key={st.order} style={s.step}>
              <Text style={s.stepTitle}>
                {st.order}. {st.title}
              </Text>
              {`  ${st.server} · start ${st.start} · estimate ${st.estimate} · escalate after ${st.escalateAfter} · ${st.who}`}
              {st.command ? <Text style={s.command}>{`\n${st.command}`}</Text> : null}
            </Text>
          ))}
        </View>
      );
  }
}

function Section({ section }: { section: IscpSection }) {
  return (
    <View>
      <Text style={section.level === 1 ? s.h1 : s.h2} minPresenceAhead={40}>
        {section.heading}
      </Text>
      {section.blocks.map((b, n) => (
        <Block key={n} b={b} />
      ))}
    </View>
  );
}

/** Top-level sections with their subsections: each starts a page (react-pdf lays out one page run at a time, so short runs keep it fast). */
function chapters(doc: IscpDocument): IscpSection[][] {
  const out: IscpSection[][] = [];
  for (const x of doc.sections) {
    if (x.level === 1 || out.length === 0) out.push([x]);
    else out[out.length - 1].push(x);
  }
  return out;
}

/** A section's blocks cut before each subheading, so every runbook of Appendix C lays out on its own pages. */
function pieces(section: IscpSection): IscpBlock[][] {
  const out: IscpBlock[][] = [[]];
  for (const b of section.blocks) {
    if (b.kind === "subheading" && out[out.length - 1].length > 0) out.push([]);
    out[out.length - 1].push(b);
  }
  return out;
}

function Chrome({ doc, mark }: { doc: IscpDocument; mark: string }) {
  return (
    <>
      <Text style={[s.header, doc.draft ? s.headerDraft : {}]} fixed>
        {mark} · {doc.deploymentName}
      </Text>
      <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </>
  );
}

export function IscpPdf({ doc }: { doc: IscpDocument }) {
  const mark = doc.draft ? "DRAFT: not an approved plan version" : `Approved plan version ${doc.approval?.number}`;
  const pages: React.ReactNode[] = [];
  chapters(doc).forEach((chapter, c) => {
    const [head, ...subs] = chapter;
    const headPieces = pieces(head);
    // The chapter's heading and its first piece share a page run; a long appendix continues one run per runbook.
    pages.push(
      <Page key={`${c}`} size="A4" style={s.page} wrap>
        <Chrome doc={doc} mark={mark} />
        <Text style={s.h1}>{head.heading}</Text>
        {headPieces[0].map((b, n) => (
          <Block key={n} b={b} />
        ))}
        {subs.map((x) => (
          <Section key={x.key} section={x} />
        ))}
      </Page>,
    );
    headPieces.slice(1).forEach((piece, i) =>
      pages.push(
        <Page key={`${c}.${i}`} size="A4" style={s.page} wrap>
          <Chrome doc={doc} mark={mark} />
          {piece.map((b, n) => (
            <Block key={n} b={b} />
          ))}
        </Page>,
      ),
    );
  });
  return (
    <Document title={doc.title} author="OCS 2007 R2 Backup Planner" subject="Information System Contingency Plan">
      <Page size="A4" style={s.page} wrap>
        <Chrome doc={doc} mark={mark} />
        <Text style={s.title}>{doc.title}</Text>
        <Text style={s.line}>
          Deployment version {doc.deploymentVersion}; NIST SP 800-34 Rev. 1 {doc.level}-impact template; produced {doc.producedOn}.
        </Text>
        {doc.draft ? <Text style={s.draft}>{doc.draft}</Text> : null}
        <Text style={s.h1}>Contents</Text>
        {doc.sections.map((x) => (
          <Text key={x.key} style={[s.toc, { marginLeft: x.level === 1 ? 0 : 12 }]}>
            {x.heading}
          </Text>
        ))}
      </Page>
      {pages}
    </Document>
  );
}

export async function renderIscpPdf(doc: IscpDocument): Promise<Buffer> {
  return renderToBuffer(<IscpPdf doc={doc} />);
}
