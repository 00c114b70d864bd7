import { useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
// The billing modules one by one, not the index: the index would pull the CSV parser and the
// hash into the pane's bundle, and they belong to the worker's.
import type { FileImport } from "../billing/importer";
import { allocationName } from "../billing/ledger";
import { previewImport } from "../billing/preview";
import { type AllocationKey, CONTRACT_TAG, type KeyCandidate } from "../billing/proposal";
import { ActualsProgress } from "./actuals/ActualsProgress";
import { FilePreview, MalformedRows } from "./actuals/ActualsPreview";
import { poolCandidates, proposedKey, sameKey } from "./actuals/candidates";
import { FilePicker } from "./actuals/FilePicker";
import { type FileResult, type ImportRun, startImport } from "./actuals/importClient";
import type { ImportProgressMessage } from "./actuals/messages";
import { count } from "./actuals/progress";
import { WriteStep } from "./actuals/WriteStep";
import type { Settings } from "./settings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The first read allocates by the tag the value contract tells teams to put on AI resources. */
const FIRST_KEY: AllocationKey = { tag: CONTRACT_TAG };

type Stage =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly files: File[]; readonly allocation: AllocationKey | null; readonly started: number }
  | { readonly kind: "read"; readonly files: File[]; readonly allocation: AllocationKey | null; readonly results: readonly FileResult[] };

type Notice = { readonly intent: "success" | "warning" | "error" | "info"; readonly title?: string; readonly text: string };

/** A key as an option of the dropdown: its value, and its label with how many AI rows carry it. */
function keyOption(key: AllocationKey | null, candidate?: KeyCandidate): { value: string; label: string } {
  const value = allocationName(key);
  if (key === null) return { value, label: "No key: all under (unallocated)" };
  const name = "tag" in key ? `Tag “${key.tag}”` : `Column ${key.column}`;
  if (candidate === undefined) return { value, label: `${name} (no AI row carries it)` };
  const values = candidate.moreThanCap ? "over 1,000 values" : `${count(candidate.distinct)} value${candidate.distinct === 1 ? "" : "s"}`;
  return { value, label: `${name}: ${count(candidate.rows)} rows, ${values}` };
}

/** The files read without a problem. */
function imported(results: readonly FileResult[]): FileImport[] {
  return results.flatMap((r) => ("outcome" in r && r.outcome.ok ? [r.outcome.value] : []));
}

/** Why a file was not imported, in the import's own words. */
function problemText(result: FileResult): string {
  if ("unreadable" in result) return result.unreadable;
  return result.outcome.ok ? "" : result.outcome.problem.message;
}

/**
 * The Actuals tab: FOCUS billing exports read in a Web Worker, previewed, and written to
 * the AI Billing sheet only when the user says so.
 */
export function ActualsPanel(props: { settings: Settings }) {
  const styles = useStyles();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [progress, setProgress] = useState<{ message: ImportProgressMessage; elapsedMs: number }>();
  const [accepted, setAccepted] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const run = useRef<ImportRun>(undefined);

  // A panel that goes away stops its reading.
  useEffect(() => () => run.current?.cancel(), []);

  const read = async (files: File[], allocation: AllocationKey | null) => {
    const parquet = files.filter((f) => /\.parquet$/i.test(f.name));
    if (parquet.length > 0) {
      setNotice({ intent: "error", text: `${parquet.map((f) => f.name).join(", ")}: Parquet is not read yet. Export the same data as CSV and pick that.` });
      return;
    }
    const started = performance.now();
    setStage({ kind: "reading", files, allocation, started });
    setProgress(undefined);
    setAccepted(false);
    setNotice(undefined);
    const current = startImport(files, allocation, (message) => setProgress({ message, elapsedMs: performance.now() - started }));
    run.current = current;
    try {
      const result = await current.result;
      if (run.current !== current) return;
      if (result.kind === "cancelled") {
        setStage({ kind: "idle" });
        setNotice({ intent: "info", title: "Import cancelled.", text: "Nothing was written: the workbook is as it was." });
      } else {
        setStage({ kind: "read", files, allocation, results: result.files });
      }
    } catch (e) {
      setStage({ kind: "idle" });
      setNotice({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      if (run.current === current) run.current = undefined;
    }
  };

  const cancel = () => run.current?.cancel();

  const results = stage.kind === "read" ? stage.results : [];
  // One reference per read, so the write step re-reads the sheet only when the files change.
  const files = useMemo(() => imported(results), [results]);
  const previews = useMemo(() => files.map(previewImport), [files]);
  const candidates = poolCandidates(files.map((f) => f.candidates));
  const proposal = proposedKey(candidates);
  const failed = results.filter((r) => !("outcome" in r) || !r.outcome.ok);
  const malformed = previews.some((p) => p.malformed.count > 0);
  const blocked =
    failed.length > 0
      ? "Nothing is written while a picked file cannot be imported: pick the files again without it."
      : malformed && !accepted
        ? "Tick the box above to leave the unreadable rows out, or fix the file and pick it again."
        : null;

  return (
    <div className={styles.panel}>
      <Body1>Bring in the AI cost your cloud or model provider billed, from its FOCUS cost and usage export.</Body1>
      <Caption1>
        CSV is read (Parquet later). Export FOCUS as CSV: Azure Cost Management › Exports (FOCUS cost and usage, CSV); AWS Data Exports
        (FOCUS, CSV — unzip the .csv.gz); Google Cloud (the FOCUS BigQuery view, saved as CSV). The file stays on this computer.
      </Caption1>
      <FilePicker disabled={stage.kind === "reading"} onFiles={(picked) => void read(picked, FIRST_KEY)} />
      {stage.kind === "reading" && (
        <ActualsProgress files={stage.files} progress={progress?.message} elapsedMs={progress?.elapsedMs ?? 0} onCancel={cancel} />
      )}
      {failed.map((r) => (
        <MessageBar key={r.name} intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{r.name} cannot be imported.</MessageBarTitle> {problemText(r)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {stage.kind === "read" && files.length > 0 && (
        <>
          <Field
            label="Allocate costs by"
            hint={
              proposal !== null && !sameKey(proposal, stage.allocation)
                ? `Proposed: ${keyOption(proposal, candidates.find((c) => sameKey(c.key, proposal))).label}, the key most AI rows carry.`
                : "Each summary line carries this key's value; a value contract reads its own."
            }
          >
            <Dropdown
              value={keyOption(stage.allocation, candidates.find((c) => sameKey(c.key, stage.allocation))).label}
              selectedOptions={[allocationName(stage.allocation)]}
              onOptionSelect={(_, d) => {
                const key = [...candidates.map((c) => c.key), null].find((k) => allocationName(k) === d.optionValue);
                if (key !== undefined && !sameKey(key, stage.allocation)) void read(stage.files, key);
              }}
            >
              {[
                ...candidates.map((c) => keyOption(c.key, c)),
                ...(candidates.some((c) => sameKey(c.key, stage.allocation)) || stage.allocation === null ? [] : [keyOption(stage.allocation)]),
                keyOption(null),
              ].map((o) => (
                <Option key={o.value} value={o.value}>
                  {o.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {previews.map((p, i) => (
            <FilePreview key={p.sha256} preview={p} index={i} />
          ))}
          <MalformedRows files={previews} accepted={accepted} onAccept={setAccepted} />
          <WriteStep imports={files} blocked={blocked} currencyFormat={props.settings.currencyFormat} />
        </>
      )}
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>} {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
