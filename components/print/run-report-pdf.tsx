// The run report as a PDF, rendered on the server with @react-pdf/renderer like the runbooks.
import { formatUtc } from "@/lib/view/times";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import type { RunReport } from "@/lib/view/run-report";

const s = StyleSheet.create({
  page: { padding: 40, fontFamily: "Helvetica", fontSize: 9, color: "#0f172a" },
  h1: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 8 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 6 },
  line: { marginBottom: 2, color: "#334155" },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingVertical: 2 },
  th: { fontFamily: "Helvetica-Bold" },
});

const who = (x: string | null) => (x ? x.replace(/\s*<[^>]*>$/, "") : "—");
const num = (n: number | null, unit: string) => (n === null ? "—" : `${n} ${unit}`);
const time = (d: Date | null) => (d ? formatUtc(d) : "—");
const byAt = (by: string | null, at: Date | null) => (by ? `${who(by)}, ${time(at)}` : "—");

function Row({ cells, flex, head }: { cells: string[]; flex: number[]; head?: boolean }) {
  return (
    <View style={s.tr} wrap={false}>
      {cells.map((c, i) => (
        <Text key={i} style={[{ flex: flex[i] }, head ? s.th : {}]}>
          {c}
        </Text>
      ))}
    </View>
  );
}

/** The contingency plan's escalations of the run (issue 27), as the report's Markdown words them. */
export interface ReportEscalations {
  lines: string[];
}

function RunReportPdf({ r, deploymentName, escalations }: { r: RunReport; deploymentName: string; escalations?: ReportEscalations }) {
  const stepFlex = [0.4, 3, 0.9, 0.9, 0.9, 0.9, 1.4, 1.4];
  return (
    <Document title={`Run report: ${r.title}`}>
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>Run report: {r.title}</Text>
        <Text style={s.line}>Deployment: {deploymentName}</Text>
        <Text style={s.line}>{`${r.performance.performed ? "Performed" : "NOT PERFORMED"}: ${r.performance.reason}`}</Text>
        <Text style={s.line}>
          {r.kind} · started {time(r.startedAt)} by {who(r.startedBy)} · finished {r.finishedAt ? time(r.finishedAt) : "not yet"}
        </Text>
        <Text style={s.line}>
          Branch: {r.path} · estimated {r.estimatedHours} h · actual {num(r.actualHours, "h")} (from the start of the run in the app) · all
          times in UTC
        </Text>
        <Text style={s.h2}>Workloads back</Text>
        <Row head cells={["Workload", "Target", "Estimated", "Actual", "Within target"]} flex={[2, 1, 1, 1, 1]} />
        {r.workloads.map((w) => (
          <Row
            key={w.workload}
            cells={[
              WORKLOAD_LABELS[w.workload],
              num(w.targetHours, "h"),
              `${w.estimatedHours} h`,
              num(w.actualHours, "h"),
              w.unconfirmed.length ? w.unconfirmed.join("; ") : w.meets === null ? "—" : w.meets ? "yes" : "no",
            ]}
            flex={[2, 1, 1, 1, 1]}
          />
        ))}
        <Text style={s.h2}>Steps: estimated against actual</Text>
        <Row head cells={["#", "Step", "State", "Est.", "Actual", "Diff.", "Started (UTC)", "Done (UTC)"]} flex={stepFlex} />
        {r.steps.map((x) => (
          <Row
            key={x.order}
            cells={[
              String(x.order),
              x.title,
              x.state,
              `${x.estimatedMinutes} min`,
              num(x.actualMinutes, "min"),
              x.deltaMinutes === null ? "—" : `${x.deltaMinutes > 0 ? "+" : ""}${x.deltaMinutes}`,
              byAt(x.startedBy, x.startedAt),
              byAt(x.doneBy, x.doneAt),
            ]}
            flex={stepFlex}
          />
        ))}
        <Text style={s.h2}>Skipped steps</Text>
        {r.skipped.length ? (
          r.skipped.map((x) => (
            <Text
              key={x.order}
              style={s.line}
            >{`Step ${x.order}, ${x.title}: skipped by ${byAt(x.skippedBy, x.skippedAt)}. Reason: ${x.skipReason ?? ""}`}</Text>
          ))
        ) : (
          <Text style={s.line}>None.</Text>
        )}
        {escalations ? (
          <>
            <Text style={s.h2}>Escalations</Text>
            {escalations.lines.map((line, i) => (
              <Text key={i} style={s.line}>
                {line}
              </Text>
            ))}
          </>
        ) : null}
        <Text style={s.h2}>Notes</Text>
        {r.notes.length ? (
          r.notes.map((x) => <Text key={x.order} style={s.line}>{`Step ${x.order} (${who(x.noteBy)}): ${x.note}`}</Text>)
        ) : (
          <Text style={s.line}>None.</Text>
        )}
        <Text style={s.h2}>Who did what</Text>
        {r.people.map((p) => (
          <Text key={p.name} style={s.line}>{`${who(p.name)}: started ${p.started}, completed ${p.done}, skipped ${p.skipped}`}</Text>
        ))}
      </Page>
    </Document>
  );
}

export async function renderRunReportPdf(r: RunReport, deploymentName: string, escalations?: ReportEscalations): Promise<Buffer> {
  return renderToBuffer(<RunReportPdf r={r} deploymentName={deploymentName} escalations={escalations} />);
}
