// A server's operating system and SQL Server (Extension 2; rules L1-L3): what a restore must reproduce.
import type { PlatformColumns } from "@/lib/db/prerequisites-store";
import { OS_VERSIONS, SQL_EDITIONS, SQL_VERSIONS } from "@/lib/formats/extension-2-prerequisites";
import { NumberField, SelectField } from "./fields";

const OS_LABELS: Record<string, string> = {
  "windows-server-2003": "Windows Server 2003",
  "windows-server-2003-r2": "Windows Server 2003 R2",
  "windows-server-2008": "Windows Server 2008",
  "windows-server-2008-r2": "Windows Server 2008 R2",
};
const NOT_RECORDED = { value: "", label: "Not recorded" };

export function PlatformFields({
  id,
  platform,
  sqlAllowed,
  errors,
}: {
  id: string;
  platform?: PlatformColumns;
  sqlAllowed: boolean;
  errors: (field: string) => string[] | undefined;
}) {
  return (
    <div className="mt-5 grid gap-3 md:grid-cols-4">
      <SelectField
        id={`${id}-os`}
        name="os"
        label="Operating system"
        options={[NOT_RECORDED, ...OS_VERSIONS.map((v) => ({ value: v, label: OS_LABELS[v] ?? v }))]}
        defaultValue={platform?.os ?? ""}
        errors={errors("os")}
        help="Restored at its exact patch level (L3)."
      />
      {sqlAllowed ? (
        <>
          <SelectField
            id={`${id}-sqlVersion`}
            name="sqlVersion"
            label="SQL Server version"
            options={[NOT_RECORDED, ...SQL_VERSIONS.map((v) => ({ value: v, label: `SQL Server ${v.replace("-r2", " R2")}` }))]}
            defaultValue={platform?.sqlVersion ?? ""}
            errors={errors("sql")}
          />
          <SelectField
            id={`${id}-sqlEdition`}
            name="sqlEdition"
            label="SQL Server edition"
            options={[NOT_RECORDED, ...SQL_EDITIONS.map((v) => ({ value: v, label: v }))]}
            defaultValue={platform?.sqlEdition ?? ""}
          />
          <NumberField
            id={`${id}-sqlServicePack`}
            name="sqlServicePack"
            label="Service pack"
            min={0}
            defaultValue={platform?.sqlServicePack ?? undefined}
          />
        </>
      ) : null}
    </div>
  );
}
