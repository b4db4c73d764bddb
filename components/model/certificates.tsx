"use client";
// Certificates and DNS records of the model (Extension 2; rules S9, S10): the lists with Remove, a form
// to add one, and the paste import (certutil -store my of one server, or a CSV).
import { useId, useState } from "react";
import {
  addCertificateAction,
  addDnsRecordAction,
  importCertificatesAction,
  removeCertificateAction,
  removeDnsRecordAction,
} from "@/lib/server-actions/prerequisites";
import type { CertificateEntry, DnsRecordEntry } from "@/lib/formats/extension-2-prerequisites";
import { CERTIFICATE_ISSUERS, CERTIFICATE_USES, DNS_RECORD_TYPES } from "@/lib/formats/extension-2-prerequisites";
import { CERTIFICATE_CSV_HEADER } from "@/lib/formats/certificate-import";
import { CheckboxField, DeploymentTarget, FieldErrors, NumberField, SelectField, TextField, options } from "./fields";
import { FormSummary } from "./form-summary";
import { RemoveControl } from "./remove-control";
import { SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

interface Target {
  deploymentId: string;
  version: number;
}

const USE_OPTIONS = options(CERTIFICATE_USES);
const ISSUER_OPTIONS = options(CERTIFICATE_ISSUERS);
const TYPE_OPTIONS = options(DNS_RECORD_TYPES);

export function CertificateList({ certificates, ...target }: Target & { certificates: readonly CertificateEntry[] }) {
  if (certificates.length === 0) return <p className="text-sm text-slate-600">No certificates recorded yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table" data-testid="model-certificates">
        <thead>
          <tr>
            <th scope="col">Server</th>
            <th scope="col">Use</th>
            <th scope="col">Subject</th>
            <th scope="col">Issuer</th>
            <th scope="col">Expires</th>
            <th scope="col">Key backup</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c, i) => (
            <tr key={`${i}:${c.server}:${c.use}:${c.subject}`}>
              <td className="text-sm">{c.server}</td>
              <td className="text-sm">{c.use}</td>
              <td className="font-mono text-xs">
                {c.subject}
                {c.thumbprint ? <span className="block text-slate-500">{c.thumbprint}</span> : null}
              </td>
              <td className="text-sm">{c.issuer}</td>
              <td className="text-sm tabular-nums">{c.expires}</td>
              <td className="font-mono text-xs">{c.keyBackup ?? "none"}</td>
              <td>
                <RemoveControl
                  action={removeCertificateAction}
                  {...target}
                  fields={{ index: i, subject: c.subject }}
                  what={`certificate ${c.subject} of ${c.server}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AddCertificateForm({ servers, ...target }: Target & { servers: readonly string[] }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(addCertificateAction, { resetOnSuccess: true });
  const serverOptions = servers.map((s) => ({ value: s, label: s }));
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate aria-label="Add a certificate">
      <DeploymentTarget {...target} />
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField id={`${id}-server`} name="server" label="Server" options={serverOptions} errors={errorsOf(state, "server")} />
        <SelectField id={`${id}-use`} name="use" label="Use" options={USE_OPTIONS} errors={errorsOf(state, "use")} />
        <TextField
          id={`${id}-subject`}
          name="subject"
          label="Subject"
          mono
          placeholder="sip.litware.com"
          errors={errorsOf(state, "subject")}
        />
        <TextField
          id={`${id}-san`}
          name="san"
          label="Subject alternative names"
          mono
          placeholder="sip.litware.com sip.fabrikam.com"
          errors={errorsOf(state, "san")}
        />
        <SelectField id={`${id}-issuer`} name="issuer" label="Issuer" options={ISSUER_OPTIONS} errors={errorsOf(state, "issuer")} />
        <TextField
          id={`${id}-expires`}
          name="expires"
          label="Expires (YYYY-MM-DD)"
          placeholder="2027-03-01"
          errors={errorsOf(state, "expires")}
        />
        <TextField id={`${id}-thumbprint`} name="thumbprint" label="Thumbprint" mono errors={errorsOf(state, "thumbprint")} />
        <TextField
          id={`${id}-keyBackup`}
          name="keyBackup"
          label="Key backup (PFX)"
          mono
          placeholder="\\vault01\pfx\sip.pfx"
          errors={errorsOf(state, "keyBackup")}
          help="Where the exported private key is kept; empty: none."
        />
      </div>
      <div className="mt-3">
        <SubmitButton pending={pending}>Add certificate</SubmitButton>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}

export function ImportCertificatesForm({ servers, ...target }: Target & { servers: readonly string[] }) {
  const id = useId();
  const [format, setFormat] = useState("certutil");
  const { state, pending, formRef, onSubmit, action } = useFormAction(importCertificatesAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate aria-label="Import certificates">
      <DeploymentTarget {...target} />
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField
          id={`${id}-format`}
          name="format"
          label="What you paste"
          value={format}
          onChange={(e) => setFormat(e.target.value)}
          options={[
            { value: "certutil", label: "certutil -store my (one server)" },
            { value: "csv", label: "CSV" },
          ]}
        />
        {format === "certutil" ? (
          <>
            <SelectField
              id={`${id}-server`}
              name="server"
              label="Server it comes from"
              options={servers.map((s) => ({ value: s, label: s }))}
              errors={errorsOf(state, "server")}
            />
            <TextField
              id={`${id}-folder`}
              name="keyBackupFolder"
              label="Key backup folder (optional)"
              mono
              placeholder="\\vault01\pfx"
              errors={errorsOf(state, "keyBackupFolder")}
              help="Each key backup is then <folder>\<thumbprint>.pfx."
            />
          </>
        ) : (
          <p className="text-xs text-slate-600 md:col-span-2">
            Header: <span className="font-mono">{CERTIFICATE_CSV_HEADER}</span>; SAN names separated by spaces or semicolons.
          </p>
        )}
      </div>
      <label className="label mt-3" htmlFor={`${id}-text`}>
        Pasted text
      </label>
      <textarea
        id={`${id}-text`}
        name="text"
        rows={6}
        className="input font-mono text-xs"
        aria-invalid={errorsOf(state, "text")?.length ? true : undefined}
        aria-describedby={errorsOf(state, "text")?.length ? `${id}-text-error` : undefined}
      />
      <FieldErrors id={`${id}-text`} errors={errorsOf(state, "text")} />
      <div className="mt-3">
        <SubmitButton pending={pending}>Import certificates</SubmitButton>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}

export function DnsRecordList({ records, ...target }: Target & { records: readonly DnsRecordEntry[] }) {
  if (records.length === 0) return <p className="text-sm text-slate-600">No DNS records recorded yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table" data-testid="model-dns">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Target</th>
            <th scope="col">DNS</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((r, i) => (
            <tr key={`${i}:${r.name}:${r.type}`}>
              <td className="font-mono text-xs">{r.name}</td>
              <td className="text-sm">{r.type}</td>
              <td className="font-mono text-xs">
                {r.target}
                {r.port ? `:${r.port}` : ""}
              </td>
              <td className="text-sm">{r.external ? "public" : "internal"}</td>
              <td>
                <RemoveControl
                  action={removeDnsRecordAction}
                  {...target}
                  fields={{ index: i, name: r.name }}
                  what={`DNS record ${r.name}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AddDnsRecordForm(target: Target) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(addDnsRecordAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate aria-label="Add a DNS record">
      <DeploymentTarget {...target} />
      <div className="grid gap-3 md:grid-cols-4">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Name"
          mono
          placeholder="_sipinternaltls._tcp.litware.com"
          errors={errorsOf(state, "name")}
        />
        <SelectField id={`${id}-type`} name="type" label="Type" options={TYPE_OPTIONS} errors={errorsOf(state, "type")} />
        <TextField
          id={`${id}-target`}
          name="target"
          label="Target"
          mono
          placeholder="ocspool1.litware.com"
          errors={errorsOf(state, "target")}
        />
        <NumberField id={`${id}-port`} name="port" label="Port (SRV)" min={1} errors={errorsOf(state, "port")} />
      </div>
      <CheckboxField id={`${id}-external`} name="external" label="In the public DNS" className="mt-3" />
      <div className="mt-3">
        <SubmitButton pending={pending}>Add DNS record</SubmitButton>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}
