// Rules D6, D7 and D9 (chapter tables 17-5, 17-6 and 17-8; facts file section 8) as data.
import type { ShareContent } from "../../formats/enums";

/** Windows Server 2008 has no NTBackup (replaced by Windows Server Backup); robocopy ships with it. */
export const FILE_TOOL = "robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003)";

export interface FileShareRule {
  content: ShareContent;
  /** What it holds: shown beside its backup (plan fileShareBackups[].holds). */
  holds: string;
  backUp: boolean;
  reason?: string;
  rules: readonly string[];
}

export const FILE_SHARE_RULES: readonly FileShareRule[] = [
  {
    content: "meeting-content",
    holds: "uploaded meeting content: slide decks, Q&A logs, polls, chat",
    backUp: true,
    rules: ["D6"],
  },
  {
    content: "meeting-metadata",
    holds: "XML describing the meeting content",
    backUp: true,
    rules: ["D6"],
  },
  {
    content: "compliance-log",
    holds: "XML record of content uploads, with the uploaded content",
    backUp: true,
    rules: ["D6"],
  },
  {
    content: "address-book",
    holds: "address book download files",
    backUp: false,
    reason: "not backed up: the User Replicator regenerates the address book files",
    rules: ["D7"],
  },
  {
    content: "normalization-rules",
    holds: "the Address Book phone number normalization rules file (Company_Phone_Number_Normalization_Rules.txt), written by hand",
    backUp: true,
    rules: ["D9"],
  },
];

const BY_CONTENT = new Map(FILE_SHARE_RULES.map((r) => [r.content, r]));
export const fileShareRule = (content: ShareContent): FileShareRule => BY_CONTENT.get(content)!;

/** Meeting content is needed for web conferencing; its absence from the file is worth a gap. */
export const EXPECTED_SHARES: readonly ShareContent[] = ["meeting-content", "meeting-metadata"];
