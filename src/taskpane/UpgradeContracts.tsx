/*
 * The Templates tab's "Upgrade contracts" area: adds actuals beside the plan to every value
 * contract an earlier version inserted, optionally linked to a measurement tracker and an AI
 * Billing sheet, and says truthfully what happened to each contract.
 */
import { useEffect, useState } from "react";
import { Body1, Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { UpgradeResult } from "../office/upgrade";
import { NO_SOURCES, type ActualsSources } from "../templates/valueContract/sources";
import { ActualsLinkFields } from "./ActualsLinkFields";
import { explain } from "./errors";
import { TYPED, linksOf } from "./linkChoice";
import { listActualsSources, upgradeAllContracts } from "./excel/templates";
import type { Settings } from "./settings";

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type Outcome = { kind: "done"; result: UpgradeResult } | { kind: "failed"; message: string };

const quoted = (sheets: string[]) => sheets.map((s) => `“${s}”`).join(", ");

/** What the upgrade did, one sentence a kind of outcome. */
export function upgradeSummary(r: UpgradeResult): { title: string; lines: string[] } {
  const lines: string[] = [];
  if (r.upgraded.length > 0) {
    lines.push(`Each now has its actuals beside the payback schedule and a plan-and-actual chart beside the J-curve; the print area is as it was.`);
  }
  if (r.current.length > 0) lines.push(`Already with actuals, left alone: ${quoted(r.current)}.`);
  for (const { sheet, reason } of r.refused) lines.push(`Not changed: “${sheet}”, because ${reason}.`);
  const title =
    r.upgraded.length > 0
      ? `Added actuals to ${quoted(r.upgraded)}.`
      : r.current.length + r.refused.length > 0
        ? "No contract was changed."
        : "There is no value contract in this workbook.";
  return { title, lines };
}

export function UpgradeContracts(props: { settings: Settings }) {
  const styles = useStyles();
  const [sources, setSources] = useState<ActualsSources>(NO_SOURCES);
  const [choice, setChoice] = useState(TYPED);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => {
    listActualsSources().then(setSources, () => setSources(NO_SOURCES));
  }, []);

  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      // No key here: each contract has its own, typed on its sheet beside the schedule.
      const { trackerSheet, billingSheet } = linksOf(sources, choice);
      const result = await upgradeAllContracts({ trackerSheet, billingSheet }, props.settings.currencyFormat);
      setOutcome({ kind: "done", result });
    } catch (e) {
      setOutcome({ kind: "failed", message: explain(e) });
    } finally {
      setBusy(false);
    }
  };
  const summary = outcome?.kind === "done" ? upgradeSummary(outcome.result) : undefined;

  return (
    <Card className={styles.card} aria-labelledby="upgrade-title">
      <CardHeader
        header={<Body1 id="upgrade-title"><b>Upgrade contracts</b></Body1>}
        description={<Caption1>Adds actuals beside the plan to value contracts made by an earlier version. Nothing you typed is changed.</Caption1>}
      />
      <ActualsLinkFields sources={sources} value={choice} onChange={setChoice} withKey={false} />
      {choice.billing !== "" && <Caption1>Type each contract&apos;s allocation key and billing currency on its sheet, beside the schedule.</Caption1>}
      <div className={styles.actions}>
        <Button onClick={run} disabled={busy} data-testid="upgrade-contracts">
          Upgrade contracts
        </Button>
        {busy && <Spinner size="tiny" label="Upgrading…" />}
      </div>
      {summary && outcome?.kind === "done" && (
        <MessageBar intent={outcome.result.refused.length > 0 ? "warning" : outcome.result.upgraded.length > 0 ? "success" : "info"} role="status">
          <MessageBarBody>
            <MessageBarTitle>{summary.title}</MessageBarTitle>
            {summary.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not upgraded.</MessageBarTitle> {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
