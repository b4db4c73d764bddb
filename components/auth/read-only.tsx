"use client";
// Read-only rendering of the model editor for viewers: the server refuses their edits anyway
// (every action checks the role); this only keeps them from filling in forms that cannot save.
import { createContext, useContext, type ReactNode } from "react";

const ReadOnly = createContext(false);

export function ReadOnlyProvider({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnly.Provider value={readOnly}>{children}</ReadOnly.Provider>;
}

export const useReadOnly = () => useContext(ReadOnly);

/** Disables every control inside when the page is read-only. */
export function EditFieldset({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  return (
    <fieldset disabled={readOnly} className="contents">
      {children}
    </fieldset>
  );
}
