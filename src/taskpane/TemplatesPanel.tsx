import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InsertableId } from "../templates";
import { DEFAULT_HORIZON, HORIZONS } from "../templates/valueContract";
import { NO_SOURCES, type ActualsSources } from "../templates/valueContract/sources";
import { ActualsLinkFields } from "./ActualsLinkFields";
import { explain } from "./errors";
import { showSheet } from "./excel/common";
import { insert, listActualsSources } from "./excel/templates";
import { TYPED, keyProblem, linksOf } from "./linkChoice";
import type { Settings } from "./settings";
import { TrackerOptions } from "./TrackerOptions";
import { DEFAULT_TRACKER_FORM, trackerOptions } from "./trackerForm";
import { UpgradeContracts } from "./UpgradeContracts";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const TEMPLATE_INFO: { id: InsertableId; title: string; blurb: string }[] = [
  {
    id: "valueContract",
    title: "Value contract",
    blurb: "One sheet per material AI intervention: the ten clauses, full cost, realised value, break-even and the verdict.",
  },
  { id: "evidenceLadder", title: "Evidence ladder", blurb: "Metrics on five rungs, from technical to strategic evidence, and the credit a value claim earns." },
  { id: "workflowCost", title: "Workflow cost model", blurb: "What one completed task of an AI workflow costs, and whether self-hosting would be cheaper." },
  { id: "priceBook", title: "Price book", blurb: "Effective-dated model prices with their source and verification date." },
  {
    id: "measurementTracker",
    title: "Measurement tracker",
    blurb: "One metric week by week against its baseline, a stop rule that weekly looks cannot fool, and what the change is worth by month.",
  },
];

type Outcome = { kind: "done"; sheet: string; warnings: string[] } | { kind: "failed"; message: string };

interface CardProps {
  id: InsertableId;
  title: string;
  blurb: string;
  settings: Settings;
  ladders: string[];
  sources: ActualsSources;
  /** Reads the workbook's sheets again: after an insert, and after a refusal that may come from a sheet gone since. */
  onRefresh: () => void;
}

function TemplateCard(props: CardProps) {
  const styles = useStyles();
  const [contractName, setContractName] = useState("");
  const [ladder, setLadder] = useState<string>("");
  const [horizon, setHorizon] = useState<number>(DEFAULT_HORIZON);
  const [links, setLinks] = useState(TYPED);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [trackerForm, setTrackerForm] = useState(DEFAULT_TRACKER_FORM);
  const isContract = props.id === "valueContract";
  const isTracker = props.id === "measurementTracker";
  const tracker = isTracker ? trackerOptions(trackerForm) : undefined;
  const invalid = tracker !== undefined && Object.keys(tracker.errors).length > 0;

  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await insert(props.id, {
        contractName: isContract && contractName.trim() ? contractName.trim() : undefined,
        ladderSheet: isContract && ladder ? ladder : undefined,
        horizonMonths: isContract ? horizon : undefined,
        ...(isContract ? linksOf(props.sources, links) : {}),
        currencyFormat: props.settings.currencyFormat,
        evidenceWeights: props.settings.evidenceWeights,
        ...tracker?.options,
      });
      setOutcome({ kind: "done", sheet: result.plan.sheets[0].name, warnings: result.warnings });
      props.onRefresh();
    } catch (e) {
      setOutcome({ kind: "failed", message: explain(e) });
      props.onRefresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className={styles.card} aria-labelledby={`${props.id}-title`}>
      <CardHeader header={<Body1 id={`${props.id}-title`}><b>{props.title}</b></Body1>} description={<Caption1>{props.blurb}</Caption1>} />
      {isContract && (
        <div className={styles.fields}>
          <Field label="Contract name" hint="Shown in the title, header and footer.">
            <Input value={contractName} onChange={(_, d) => setContractName(d.value)} placeholder="e.g. Lead scoring — mid-market" />
          </Field>
          <Field label="Payback horizon" hint="How many months the payback schedule and break-even look ahead.">
            <Dropdown value={`${horizon} months`} selectedOptions={[String(horizon)]} onOptionSelect={(_, d) => setHorizon(Number(d.optionValue ?? DEFAULT_HORIZON))}>
              {HORIZONS.map((h) => (
                <Option key={h} value={String(h)}>
                  {`${h} months`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {props.ladders.length > 0 && (
            <Field label="Link evidence level to">
              <Dropdown
                value={ladder || "No ladder (enter the level by hand)"}
                selectedOptions={[ladder]}
                onOptionSelect={(_, d) => setLadder(d.optionValue ?? "")}
              >
                <Option value="">No ladder (enter the level by hand)</Option>
                {props.ladders.map((l) => (
                  <Option key={l} value={l}>
                    {l}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <ActualsLinkFields sources={props.sources} value={links} onChange={setLinks} withKey />
        </div>
      )}
      {isTracker && tracker && <TrackerOptions form={trackerForm} errors={tracker.errors} onChange={setTrackerForm} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={run}
          disabled={busy || (isContract && keyProblem(links.key) !== undefined)}
          disabledFocusable={invalid}
          data-testid={`insert-${props.id}`}
        >
          Insert {props.title.toLowerCase()}
        </Button>
        {busy && <Spinner size="tiny" label="Inserting…" />}
      </div>
      {outcome?.kind === "done" && (
        <MessageBar intent={outcome.warnings.length ? "warning" : "success"} role="status">
          <MessageBarBody>
            <MessageBarTitle>Inserted “{outcome.sheet}”.</MessageBarTitle>{" "}
            <Link as="button" onClick={() => showSheet(outcome.sheet).catch((e) => setOutcome({ kind: "failed", message: explain(e) }))}>
              Go to the sheet
            </Link>
            {outcome.warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not inserted.</MessageBarTitle> {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}

export function TemplatesPanel(props: { settings: Settings }) {
  const styles = useStyles();
  const [sources, setSources] = useState<ActualsSources>(NO_SOURCES);
  const refresh = () => listActualsSources().then(setSources, () => setSources(NO_SOURCES));
  useEffect(() => {
    refresh();
  }, []);
  return (
    <div className={styles.list}>
      <Caption1>Templates are added as new sheets. Nothing already in the workbook is changed.</Caption1>
      {TEMPLATE_INFO.map((t) => (
        <TemplateCard key={t.id} {...t} settings={props.settings} ladders={sources.ladders} sources={sources} onRefresh={refresh} />
      ))}
      <UpgradeContracts settings={props.settings} />
    </div>
  );
}
