import { useEffect, useMemo, useState } from "react";
import { Button, Caption1, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { FileImport } from "../../billing/importer";
import { EMPTY_LEDGER, isLedgerProblem, type LedgerMerge, mergeImport } from "../../billing/ledger";
import { explain } from "../errors";
import type { BillingState } from "../../office/billingState";
import { billingState, writeBilling } from "../excel/actuals";
import { showSheet } from "../excel/common";
import { MappingStep } from "./MappingStep";
import { PriceBookStep } from "./PriceBookStep";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type Outcome = { readonly intent: "success" | "warning" | "error"; readonly text: string; readonly sheet?: string };

const NOTHING_READ: BillingState = { listed: new Map(), mapping: new Map(), workflowSheets: [], priceBook: null };

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
 * The last steps: says what the AI Billing sheet already holds — files these replace (the same
 * SHA-256) and files it keeps beside them — offers each allocation key a Workflow Cost Model,
 * writes the sheet through excel.ts and reports what Excel did, in words; then offers the
 * observed prices to the Price Book.
 */
export function WriteStep(props: { imports: readonly FileImport[]; blocked: string | null; currencyFormat: string }) {
  const styles = useStyles();
  const [state, setState] = useState<BillingState>(NOTHING_READ);
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  // The observed prices are offered once these files are on the sheet: the import is then done.
  const [written, setWritten] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const merged = useMemo(() => ledgerOf(props.imports), [props.imports]);

  const readState = () => billingState().then(setState, (e: unknown) => setOutcome({ intent: "error", text: explain(e) }));
  useEffect(() => {
    setOutcome(undefined);
    setChosen(new Map());
    setWritten(false);
    void readState();
  }, [props.imports]);
  // The import's keys and the sheet's, so a key from an earlier file can be mapped now too.
  const keys = useMemo(
    () => [...new Set([...("problem" in merged ? [] : merged.ledger.lines.map((l) => l.allocation)), ...state.mapping.keys()])].sort(),
    [merged, state],
  );

  if ("problem" in merged) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{merged.problem}</MessageBarBody>
      </MessageBar>
    );
  }
  const picked = new Set(merged.ledger.files.map((f) => f.sha256));
  const listed = state.listed;
  const kept = [...listed].filter(([sha]) => !picked.has(sha)).map(([, name]) => name);
  const replaced = [...listed].filter(([sha]) => picked.has(sha)).map(([, name]) => name);
  const blocked = props.blocked;

  const write = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await writeBilling(merged.ledger, stamp(new Date()), props.currencyFormat, chosen);
      const lines = merged.ledger.lines.length;
      const text = [
        `${result.created ? "Wrote" : "Updated"} “${result.sheet}”: ${merged.ledger.files.length} file${merged.ledger.files.length === 1 ? "" : "s"}, ${lines} summary line${lines === 1 ? "" : "s"}.`,
        result.created ? "" : "What you typed in its reconciliation was kept.",
        result.linked > 0 ? `Linked ${result.linked} key${result.linked === 1 ? "" : "s"} to a Workflow Cost Model: enter the completed tasks each month on the sheet.` : "",
        result.dropped.length > 0 ? `No longer on the sheet: ${result.dropped.join(", ")}.` : "",
        ...result.warnings,
      ];
      setOutcome({ intent: result.warnings.length > 0 ? "warning" : "success", text: text.filter(Boolean).join(" "), sheet: result.sheet });
      setWritten(true);
      // What was chosen is on the sheet now, and the state read next shows it as kept.
      setChosen(new Map());
      void readState();
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
      <MappingStep
        keys={keys}
        kept={new Map([...state.mapping].filter(([, v]) => v !== undefined))}
        workflowSheets={state.workflowSheets}
        chosen={chosen}
        onChoose={(key, sheet) =>
          setChosen((before) => {
            const next = new Map(before);
            if (sheet === null) next.delete(key);
            else next.set(key, sheet);
            return next;
          })
        }
      />
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
              <Link as="button" onClick={() => showSheet(outcome.sheet!).catch((e: unknown) => setOutcome({ intent: "error", text: explain(e) }))}>
                Go to the sheet
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {written && <PriceBookStep ledger={merged.ledger} priceBook={state.priceBook} />}
    </div>
  );
}
