"use client";

import { usePathname, useRouter } from "next/navigation";

/** Switches deployment while staying on the same kind of page (overview, plan, runbooks...). */
export function DeploymentPicker({ deployments }: { deployments: { id: string; name: string }[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const match = /^\/deployments\/([^/]+)(\/.*)?$/.exec(pathname);
  const currentId = match && match[1] !== "new" ? match[1] : "";
  if (deployments.length === 0) return null;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600">
      <label htmlFor="deployment-picker">Deployment</label>
      <select
        id="deployment-picker"
        className="input w-64"
        value={currentId}
        onChange={(e) => {
          const id = e.target.value;
          if (!id) return;
          const section = match?.[2]?.split("/")[1];
          const keep = section && !["runbooks", "servers"].includes(section) ? `/${section}` : "";
          router.push(`/deployments/${id}${keep}`);
        }}
      >
        <option value="">Choose a deployment…</option>
        {deployments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
