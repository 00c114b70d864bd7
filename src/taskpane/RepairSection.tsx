/*
 * The Board pack tab's "Repair #NAME?": for AIVALUE formulas Excel left unresolved
 * because the workbook was calculated before the add-in loaded (see office/repair.ts).
 */
import { useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RepairResult } from "../office/repair";
import { explain } from "./errors";
import { repairNameErrors } from "./excel/boardPack";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type Message = { intent: "success" | "warning" | "error"; text: string };

const cells = (n: number) => `${n} cell${n === 1 ? "" : "s"}`;

/** What the repair did, in one sentence or two. */
export function describeRepair(r: RepairResult): Message {
  const done = r.repaired.reduce((n, s) => n + s.count, 0);
  const locked = r.protectedSheets.map((s) => `“${s.sheet}” (${cells(s.count)})`).join(", ");
  const text = [
    done === 0 && !locked ? "No AIVALUE formula is stuck at #NAME?: nothing was changed." : "",
    done > 0 ? `Entered ${cells(done)} again on ${r.repaired.map((s) => `“${s.sheet}”`).join(", ")}; nothing else was changed.` : "",
    locked ? `Protected, so left as they were: ${locked}. Unprotect the sheet (Review › Unprotect Sheet) and repair again.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { intent: locked ? "warning" : "success", text };
}

export function RepairSection() {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();

  const repair = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage(describeRepair(await repairNameErrors()));
    } catch (e) {
      setMessage({ intent: "error", text: explain(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="repair-title">
      <Subtitle2 as="h2" id="repair-title">
        Repair #NAME?
      </Subtitle2>
      <Caption1>
        If AIVALUE cells show #NAME? although the add-in is loaded (the workbook was calculated before it was), this enters those formulas
        again. Nothing else changes.
      </Caption1>
      <div className={styles.actions}>
        <Button onClick={repair} disabled={busy}>
          Repair #NAME?
        </Button>
        {busy && <Spinner size="tiny" label="Repairing…" />}
      </div>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
