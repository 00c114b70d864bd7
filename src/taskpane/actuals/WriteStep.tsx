import { useEffect, useMemo, useState } from "react";
import { Button, Caption1, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { FileImport } from "../../billing/importer";
import { EMPTY_LEDGER, isLedgerProblem, type LedgerMerge, mergeImport } from "../../billing/ledger";
import { explain } from "../errors";
import { billingSheetFiles, showSheet, writeBilling } from "../excel";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type Outcome = { readonly intent: "success" | "warning" | "error"; readonly text: string; readonly sheet?: string };

/** The files' imports as one ledger, or why they cannot share one. */
function ledgerOf(imports: readonly FileImport[]): LedgerMerge | { problem: string } {
  let merged: LedgerMerge = { ledger: EMPTY_LEDGER, replaced: null, sharedMonths: [] };
  for (const file of imports) {
    const next = mergeImport(merged.ledger, file);
    if (isLedgerProblem(next)) return { problem: next.message };
    merged = next;
  }
  return merged;
}

/** "2026-11-27 15:30", local time: when the files were imported, as the sheet's provenance shows it. */
function stamp(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/**
 * The last step: says what the AI Billing sheet already holds — files these replace (the same
 * SHA-256) and files it keeps beside them — then writes the sheet through excel.ts and reports
 * what Excel did, in words.
 */
export function WriteStep(props: { imports: readonly FileImport[]; blocked: string | null; currencyFormat: string }) {
  const styles = useStyles();
  const [listed, setListed] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const merged = useMemo(() => ledgerOf(props.imports), [props.imports]);

  const readListed = () => billingSheetFiles().then(setListed, (e) => setOutcome({ intent: "error", text: explain(e) }));
  useEffect(() => {
    setOutcome(undefined);
    void readListed();
  }, [props.imports]);

  if ("problem" in merged) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{merged.problem}</MessageBarBody>
      </MessageBar>
    );
  }
  const picked = new Set(merged.ledger.files.map((f) => f.sha256));
  const kept = [...listed].filter(([sha]) => !picked.has(sha)).map(([, name]) => name);
  const replaced = [...listed].filter(([sha]) => picked.has(sha)).map(([, name]) => name);
  const blocked = props.blocked;

  const write = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await writeBilling(merged.ledger, stamp(new Date()), props.currencyFormat);
      const lines = merged.ledger.lines.length;
      const text = [
        `${result.created ? "Wrote" : "Updated"} “${result.sheet}”: ${merged.ledger.files.length} file${merged.ledger.files.length === 1 ? "" : "s"}, ${lines} summary line${lines === 1 ? "" : "s"}.`,
        result.created ? "" : "What you typed in its reconciliation was kept.",
        result.dropped.length > 0 ? `No longer on the sheet: ${result.dropped.join(", ")}.` : "",
        ...result.warnings,
      ];
      setOutcome({ intent: result.warnings.length > 0 ? "warning" : "success", text: text.filter(Boolean).join(" "), sheet: result.sheet });
      void readListed();
    } catch (e) {
      setOutcome({ intent: "error", text: explain(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.step}>
      {replaced.length > 0 && <Caption1>Already on the AI Billing sheet, and replaced by the same file: {replaced.join(", ")}.</Caption1>}
      {kept.length > 0 && <Caption1>Already on the AI Billing sheet, and kept beside these: {kept.join(", ")}.</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || blocked !== null} onClick={write}>
          Write to workbook
        </Button>
        {busy && <Spinner size="tiny" label="Writing…" />}
      </div>
      {blocked !== null && !busy && <Caption1>{blocked}</Caption1>}
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            {outcome.text}{" "}
            {outcome.sheet && (
              <Link as="button" onClick={() => showSheet(outcome.sheet!).catch((e) => setOutcome({ intent: "error", text: explain(e) }))}>
                Go to the sheet
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
