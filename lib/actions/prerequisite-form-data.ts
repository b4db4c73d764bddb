// Reading the forms of Extension 2's prerequisites (server platform, certificates, DNS records) for the
// zod schemas, as form-data.ts does for the rest: nothing coerced into a valid value.
import { compact, numberOf, optionalTextOf, textOf } from "./form-data";

/** servers[].os and servers[].sql from the server form: absent when "not recorded" is chosen. */
export function platformFromForm(fd: FormData): { os?: string; sql?: { version: string; edition: string; servicePack?: number } } {
  const version = optionalTextOf(fd, "sqlVersion");
  const edition = optionalTextOf(fd, "sqlEdition");
  return compact({
    os: optionalTextOf(fd, "os"),
    sql:
      version || edition
        ? compact({ version: version ?? "", edition: edition ?? "", servicePack: numberOf(fd, "sqlServicePack") })
        : undefined,
  });
}

export const certificateFromForm = (fd: FormData) =>
  compact({
    server: textOf(fd, "server"),
    use: textOf(fd, "use"),
    subject: textOf(fd, "subject"),
    san: optionalTextOf(fd, "san")
      ?.split(/[\s,;]+/)
      .filter(Boolean),
    issuer: textOf(fd, "issuer"),
    expires: textOf(fd, "expires"),
    thumbprint: optionalTextOf(fd, "thumbprint")?.replace(/\s+/g, ""),
    keyBackup: optionalTextOf(fd, "keyBackup"),
  });

export const dnsRecordFromForm = (fd: FormData) =>
  compact({
    name: textOf(fd, "name"),
    type: textOf(fd, "type"),
    target: textOf(fd, "target"),
    port: numberOf(fd, "port"),
    external: fd.get("external") ? true : undefined,
  });
