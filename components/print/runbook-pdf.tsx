// The "Download PDF" of a runbook, rendered on the server in pure JavaScript (@react-pdf/renderer):
// no browser is needed at run time. Built-in PDF fonts only (Helvetica, Courier): nothing to fetch.
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { commandTokens, draftLabel, printedVersion, stepsOf, type RunbookDocument } from "@/lib/print/runbook-document";
import { formatHours } from "@/lib/view/durations";

// Break lines only between words: a hyphen inserted into "/poolname:" would corrupt a command.
Font.registerHyphenationCallback((word) => [word]);

const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 48, fontFamily: "Helvetica", fontSize: 10, color: "#0f172a" },
  coverTitle: { fontSize: 24, fontFamily: "Helvetica-Bold", marginTop: 140, marginBottom: 12 },
  coverLine: { fontSize: 12, marginBottom: 6, color: "#334155" },
  h1: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 8 },
  muted: { color: "#475569" },
  tocRow: { flexDirection: "row", marginBottom: 3 },
  step: { flexDirection: "row", marginBottom: 10, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1" },
  box: { width: 10, height: 10, borderWidth: 1, borderColor: "#0f172a", marginRight: 8, marginTop: 1 },
  stepBody: { flex: 1 },
  stepTitle: { fontFamily: "Helvetica-Bold", marginBottom: 2 },
  command: { fontFamily: "Courier", fontSize: 8, backgroundColor: "#f1f5f9", padding: 5, marginTop: 4 },
  commandLine: { flexDirection: "row", flexWrap: "wrap" },
  // The width of one Courier space at 8 pt: tokens are separate boxes, so the gap stands in for it.
  token: { marginRight: 4.8 },
  draft: {
    fontSize: 14,
    fontFamily: "Helvetica-Bold",
    color: "#b91c1c",
    borderWidth: 3,
    borderColor: "#b91c1c",
    padding: 6,
    marginBottom: 10,
  },
  draftFooter: { color: "#b91c1c", fontFamily: "Helvetica-Bold" },
  block: {
    fontFamily: "Helvetica-Bold",
    fontSize: 11,
    marginTop: 10,
    marginBottom: 4,
    paddingBottom: 2,
    borderBottomWidth: 1,
    borderBottomColor: "#0f172a",
  },
  opening: { borderWidth: 1.5, borderColor: "#0f172a", padding: 6, marginTop: 16 },
  verify: { color: "#92400e", marginTop: 3, fontSize: 9 },
  table: { marginTop: 6, marginBottom: 6 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 3 },
  th: { fontFamily: "Helvetica-Bold" },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: "#64748b",
  },
  signLine: { marginTop: 28, flexDirection: "row", justifyContent: "space-between" },
});

const cell = (flex: number) => ({ flex });

function Footer({ doc }: { doc: RunbookDocument }) {
  return (
    <View style={s.footer} fixed>
      <Text style={doc.approval ? {} : s.draftFooter}>
        {doc.approval ? "" : "DRAFT · "}
        {doc.deploymentName} · {doc.title}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

export function RunbookPdf({ doc }: { doc: RunbookDocument }) {
  return (
    <Document title={`${doc.title} — ${doc.deploymentName}`} author="OCS 2007 R2 Backup Planner" subject="Restore runbook">
      <Page size="A4" style={s.page}>
        <Text style={s.coverLine}>Restore runbook</Text>
        {draftLabel(doc) ? <Text style={s.draft}>{draftLabel(doc)}</Text> : null}
        <Text style={s.coverTitle}>{doc.title}</Text>
        <Text style={s.coverLine}>Deployment: {doc.deploymentName}</Text>
        <Text style={s.coverLine}>{printedVersion(doc)}</Text>
        <Text style={s.coverLine}>Produced: {doc.producedOn}</Text>
        <Text style={s.coverLine}>Settings levels to restore: {doc.restoreLevels.join(", ")}</Text>
        <Text style={s.coverLine}>Estimated time until every affected workload is back: {formatHours(doc.rtoHours)}</Text>
        {doc.opening.length ? (
          <View style={s.opening}>
            <Text style={s.stepTitle}>Before you start</Text>
            {doc.opening.map((line, i) => (
              <Text key={i} style={{ marginTop: 2 }}>
                • {line}
              </Text>
            ))}
          </View>
        ) : null}
        <Footer doc={doc} />
      </Page>
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>Contents</Text>
        {doc.sections.map((section, i) => (
          <View key={i} style={{ marginBottom: 8 }}>
            <Text style={s.stepTitle}>
              {i + 1}. {section.title} ({stepsOf(section).length} steps, {formatHours(section.rtoHours)})
            </Text>
            {stepsOf(section).map((step) => (
              <View key={step.order} style={s.tocRow}>
                <Text style={cell(1)}>
                  {step.order}. {step.title}
                </Text>
                <Text style={s.muted}>
                  {step.start} · {step.minutes} min · {step.who}
                </Text>
              </View>
            ))}
          </View>
        ))}
        {doc.workloads.length > 0 ? (
          <View style={s.table}>
            <Text style={s.h2}>Workloads against their targets</Text>
            <View style={s.tr}>
              <Text style={[s.th, cell(3)]}>Workload</Text>
              <Text style={[s.th, cell(1)]}>Back after</Text>
              <Text style={[s.th, cell(1)]}>Target</Text>
              <Text style={[s.th, cell(1)]}>Meets</Text>
            </View>
            {doc.workloads.map((w) => (
              <View key={w.label} style={s.tr}>
                <Text style={cell(3)}>{w.label}</Text>
                <Text style={cell(1)}>{formatHours(w.rtoHours)}</Text>
                <Text style={cell(1)}>{w.targetHours === null ? "—" : formatHours(w.targetHours)}</Text>
                <Text style={cell(1)}>{w.meets === null ? "—" : w.meets ? "yes" : "NO"}</Text>
              </View>
            ))}
          </View>
        ) : null}
        {doc.notes.map((n, i) => (
          <Text key={i} style={[s.muted, { marginTop: 4 }]}>
            {n}
          </Text>
        ))}
        <Footer doc={doc} />
      </Page>
      {doc.sections.map((section, i) => (
        <Page key={i} size="A4" style={s.page}>
          <Text style={s.h1}>
            {i + 1}. {section.title}
          </Text>
          {section.when ? <Text style={[s.muted, { marginBottom: 8 }]}>When: {section.when}</Text> : null}
          {section.blocks.map((block, b) => (
            <View key={b}>
              <Text style={s.block} minPresenceAhead={60}>
                {block.phase}
                {block.purpose ? `: ${block.purpose}` : ""}
              </Text>
              {block.brings.length ? <Text style={[s.muted, { marginBottom: 4 }]}>Works on: {block.brings.join(", ")}</Text> : null}
              {block.steps.map((step) => (
                <View key={step.order} style={s.step} wrap={false}>
                  <View style={s.box} />
                  <View style={s.stepBody}>
                    <Text style={s.stepTitle}>
                      {step.order}. {step.title}
                    </Text>
                    <Text style={s.muted}>
                      {step.start} · {step.minutes} min · {step.who}
                      {step.server ? ` · ${step.server}` : ""}
                      {step.after.length ? ` · after step ${step.after.join(", ")}` : ""} · rules {step.rules.join(", ")}
                    </Text>
                    {step.detail ? <Text style={{ marginTop: 3 }}>{step.detail}</Text> : null}
                    {step.command ? (
                      <View style={s.command}>
                        {/* One Text per token in a wrapping row: lines break between tokens, never inside one. */}
                        {commandTokens(step.command).map((line, l) => (
                          <View key={l} style={s.commandLine}>
                            {line.map((token, t) => (
                              <Text key={t} style={token.endsWith(" ") ? s.token : undefined}>
                                {token.trimEnd()}
                              </Text>
                            ))}
                          </View>
                        ))}
                      </View>
                    ) : null}
                    {step.verifyNote ? <Text style={s.verify}>{step.verifyNote}</Text> : null}
                  </View>
                </View>
              ))}
            </View>
          ))}
          <View wrap={false}>
            <Text style={s.h2}>Sign-off</Text>
            <View style={s.signLine}>
              <Text>Restored by: ______________________</Text>
              <Text>Date/time: ______________</Text>
            </View>
            <View style={s.signLine}>
              <Text>Checked by: ______________________</Text>
              <Text>Date/time: ______________</Text>
            </View>
          </View>
          <Footer doc={doc} />
        </Page>
      ))}
    </Document>
  );
}

export function renderRunbookPdf(doc: RunbookDocument): Promise<Buffer> {
  return renderToBuffer(<RunbookPdf doc={doc} />);
}
