import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { chartRead } from "../boardpack/chartFreeze";
import { PartWrittenError } from "../boardpack/error";
import { freezeMessage, portabilityMessage, summaryMessage } from "../boardpack/messages";
import { FINISH_UNDO, FreezeUndoRefused } from "../office/freezeUndo";
import type { WorkbookScan } from "../office/scan";
import { explain } from "./errors";
import { buildBoardSummary, buildPortfolio, finishUndo, freezeForBoard, scanPortability } from "./excel/boardPack";
import { selectCell, showSheet } from "./excel/common";
import { RepairSection } from "./RepairSection";
import type { Settings } from "./settings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: "none" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** Cells listed per sheet before "and N more": enough to find them, not a wall of links. */
const SHOWN_PER_SHEET = 40;

/**
 * `retry` puts things right in one click: a part-written sheet by the same refresh again,
 * which rebuilds it in place; a freeze whose undo Excel refused by that undo once more.
 */
type Message = { intent: "success" | "warning" | "error"; text: string; sheet?: string; retry?: { label: string; run: () => void } };

export function BoardPackPanel(props: { settings: Settings }) {
  const styles = useStyles();
  const [scan, setScan] = useState<WorkbookScan>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<Message>();

  const run = async (what: string, action: () => Promise<Message>) => {
    setBusy(what);
    setMessage(undefined);
    try {
      setMessage(await action());
    } catch (e) {
      const retry =
        e instanceof PartWrittenError
          ? { label: `Refresh “${e.sheet}” again`, run: () => void run(what, action) }
          : e instanceof FreezeUndoRefused
            ? { label: FINISH_UNDO, run: () => void run("Undoing…", async () => ({ intent: "warning", text: await finishUndo(e) })) }
            : undefined;
      setMessage({ intent: "error", text: explain(e), retry });
    } finally {
      setBusy(undefined);
    }
  };

  const check = () =>
    run("Checking…", async () => {
      const result = await scanPortability();
      setScan(result);
      // A sheet with only charts is ticked only if its copy re-points one; else the copy's charts would plot the same live cells.
      setChosen(result.perSheet.filter((p) => p.count > 0 || result.charts.some((c) => c.sheet === p.sheet && chartRead(c))).map((p) => p.sheet));
      return portabilityMessage(result);
    });

  const freeze = () =>
    run("Freezing…", async () => {
      const result = await freezeForBoard(chosen);
      return { intent: result.warnings.length ? "warning" : "success", text: freezeMessage(result), sheet: result.copies[0]?.copy };
    });

  const folio = () =>
    run("Building…", async () => {
      const result = await buildPortfolio(props.settings.currencyFormat);
      return { intent: "success", text: summaryMessage(result), sheet: result.sheet };
    });

  const summary = () =>
    run("Building…", async () => {
      const result = await buildBoardSummary(props.settings.currencyFormat);
      return { intent: "success", text: summaryMessage(result), sheet: result.sheet };
    });

  return (
    <div className={styles.panel}>
      <Body1>Prepare the workbook for people who open it without the add-in.</Body1>
      <section className={styles.section} aria-labelledby="portability-title">
        <Subtitle2 as="h2" id="portability-title">
          1. Check portability
        </Subtitle2>
        <Caption1>Lists every cell that uses an AIVALUE function, or reads one, and so would show #NAME? elsewhere, and every chart that plots such cells.</Caption1>
        <div className={styles.actions}>
          <Button onClick={check} disabled={Boolean(busy)}>
            Check portability
          </Button>
        </div>
        {scan?.perSheet.map((p) => {
          const cells = scan.dependents.filter((d) => d.sheet === p.sheet);
          const charts = [...new Set(scan.charts.filter((c) => c.sheet === p.sheet).map((c) => c.chart))];
          return (
            <div key={p.sheet}>
              <Caption1>
                <b>{p.sheet}</b>: {p.count} cell{p.count === 1 ? "" : "s"}
                {charts.length > 0 && `; chart${charts.length === 1 ? "" : "s"} ${charts.map((c) => `“${c}”`).join(", ")}`}
              </Caption1>
              <ul className={styles.cells} aria-label={`Cells on ${p.sheet} that need the add-in`}>
                {cells.slice(0, SHOWN_PER_SHEET).map((d) => (
                  <li key={d.ref}>
                    <Link as="button" title={d.formula} onClick={() => selectCell(d.sheet, d.ref).catch((e) => setMessage({ intent: "error", text: explain(e) }))}>
                      {d.ref}
                    </Link>
                  </li>
                ))}
                {cells.length > SHOWN_PER_SHEET && <li>and {cells.length - SHOWN_PER_SHEET} more</li>}
              </ul>
            </div>
          );
        })}
      </section>
      <section className={styles.section} aria-labelledby="freeze-title">
        <Subtitle2 as="h2" id="freeze-title">
          2. Freeze copies for the board pack
        </Subtitle2>
        <Caption1>
          Copies the chosen sheets; in each copy those cells hold today's values and every other formula stays live. The originals are
          not touched, and a log records each replaced formula. Freezing again refreshes the add-in's copies in place, so links to them
          keep working; rename or duplicate a copy to keep it as it is.
        </Caption1>
        {scan && scan.perSheet.length === 0 && <Caption1>Nothing needs freezing.</Caption1>}
        {scan?.perSheet.map((p) => (
          <Checkbox
            key={p.sheet}
            label={p.sheet}
            checked={chosen.includes(p.sheet)}
            onChange={(_, d) => setChosen(d.checked ? [...chosen, p.sheet] : chosen.filter((c) => c !== p.sheet))}
          />
        ))}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={freeze} disabled={Boolean(busy) || chosen.length === 0}>
            Freeze copies
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="summary-title">
        <Subtitle2 as="h2" id="summary-title">
          3. Board summary
        </Subtitle2>
        <Caption1>One printable page with every value contract: owner, value, evidence, break-even and verdict, and a chart.</Caption1>
        <div className={styles.actions}>
          <Button onClick={summary} disabled={Boolean(busy)}>
            Build or refresh the summary
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="portfolio-title">
        <Subtitle2 as="h2" id="portfolio-title">
          4. Portfolio
        </Subtitle2>
        <Caption1>Every contract by value chain, mandate and evidence rung: planned against evidenced against realised, and where to move capital.</Caption1>
        <div className={styles.actions}>
          <Button onClick={folio} disabled={Boolean(busy)}>
            Build or refresh the portfolio
          </Button>
        </div>
      </section>
      <RepairSection />
      {busy && <Spinner size="tiny" label={busy} />}
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {message.text}{" "}
            {message.sheet && (
              <Link as="button" onClick={() => showSheet(message.sheet!).catch((e) => setMessage({ intent: "error", text: explain(e) }))}>
                Go to the sheet
              </Link>
            )}
          </MessageBarBody>
          {message.retry && (
            <MessageBarActions>
              <Button onClick={message.retry.run} disabled={Boolean(busy)}>
                {message.retry.label}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
