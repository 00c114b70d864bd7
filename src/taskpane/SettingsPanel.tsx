import { useState } from "react";
import { Button, Caption1, Dropdown, Field, Input, Label, MessageBar, MessageBarBody, Option, makeStyles, tokens } from "@fluentui/react-components";
import { RUNG_NAMES } from "../core/rungs";
import { explain } from "./errors";
import { CURRENCY_FORMATS, DEFAULT_SETTINGS, policyProblem, type Settings } from "./settings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  weights: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  weight: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  weightInput: { width: "7.5em", minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const asPercent = (w: number) => String(Math.round(w * 1000) / 10);

export function SettingsPanel(props: { settings: Settings; onSave: (s: Settings) => Promise<void> }) {
  const styles = useStyles();
  const [weights, setWeights] = useState(props.settings.evidenceWeights.map(asPercent));
  const [currency, setCurrency] = useState(props.settings.currencyFormat);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const parsed = weights.map((w) => (w.trim() === "" ? NaN : Number(w) / 100));
  const problem = policyProblem(parsed);
  const currencyLabel = CURRENCY_FORMATS.find((c) => c.format === currency)?.label ?? currency;

  const save = async () => {
    try {
      await props.onSave({ evidenceWeights: parsed, currencyFormat: currency });
      setMessage({ intent: "success", text: "Saved in this workbook. New templates use these settings." });
    } catch (e) {
      setMessage({ intent: "error", text: explain(e) });
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) save();
      }}
    >
      <Caption1>Kept inside this workbook, so they travel with it. Templates inserted from now on use them.</Caption1>
      {props.settings.notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{props.settings.notice}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Currency format" hint="How money is shown in new templates.">
        <Dropdown value={currencyLabel} selectedOptions={[currency]} onOptionSelect={(_, d) => d.optionValue && setCurrency(d.optionValue)}>
          {CURRENCY_FORMATS.map((c) => (
            <Option key={c.format} value={c.format}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {/* A fieldset, not a Field: a Field would lend its one label to all six inputs. */}
      <fieldset className={styles.weights} aria-describedby="weights-hint">
        <legend className={styles.legend}>Evidence-weight policy (% of value credited)</legend>
        {RUNG_NAMES.map((rung, level) => (
          <div key={rung} className={styles.weight}>
            <Label htmlFor={`weight-${level}`}>{`${level} — ${rung}`}</Label>
            <Input
              id={`weight-${level}`}
              className={styles.weightInput}
              type="number"
              min={0}
              max={100}
              step={5}
              contentAfter="%"
              value={weights[level]}
              aria-invalid={Boolean(problem)}
              onChange={(_, d) => setWeights(weights.map((w, i) => (i === level ? d.value : w)))}
            />
          </div>
        ))}
        <Caption1 id="weights-hint">The starting point is 0, 10, 25, 50, 100, 100. Replace it with your own policy.</Caption1>
        {problem && (
          <Caption1 role="alert" className={styles.error}>
            {problem}
          </Caption1>
        )}
      </fieldset>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={Boolean(problem)}>
          Save settings
        </Button>
        <Button
          type="button"
          onClick={() => {
            setWeights(DEFAULT_SETTINGS.evidenceWeights.map(asPercent));
            setCurrency(DEFAULT_SETTINGS.currencyFormat);
          }}
        >
          Restore defaults
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
