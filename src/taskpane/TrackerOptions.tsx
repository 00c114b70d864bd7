/* The measurement tracker's insert options: metric kind, the sequential design and where the sheet starts. */
import { Field, Input, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { TrackerErrors, TrackerForm } from "./trackerForm";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  design: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(7.5rem, 1fr))", gap: tokens.spacingHorizontalS },
  // Fluent's Input keeps a minimum width of its own: without this a field spills out of its column at 300 px.
  input: { minWidth: 0, width: "100%" },
});

export function TrackerOptions(props: { form: TrackerForm; errors: TrackerErrors; onChange: (form: TrackerForm) => void }) {
  const styles = useStyles();
  const { form, errors } = props;
  const set = (change: Partial<TrackerForm>) => props.onChange({ ...form, ...change });
  // Shown as the user types: the insert button stays disabled while any is present.
  const state = (message: string | undefined) => (message ? { validationState: "error" as const, validationMessage: message } : {});
  return (
    <div className={styles.fields}>
      <Field label="Metric kind">
        <RadioGroup value={form.kind} onChange={(_, d) => set({ kind: d.value === "values" ? "values" : "share" })}>
          <Radio value="share" label="Share: successes out of trials (conversion)" />
          <Radio value="values" label="Values: a mean per case (minutes, revenue)" />
        </RadioGroup>
      </Field>
      <div className={styles.design}>
        <Field label="Planned weekly looks" hint="2 to 26" {...state(errors.looks)}>
          <Input className={styles.input} value={form.looks} inputMode="numeric" onChange={(_, d) => set({ looks: d.value })} />
        </Field>
        <Field label="False-signal rate (%)" hint="alpha, 0.1 to 20" {...state(errors.alpha)}>
          <Input className={styles.input} value={form.alpha} inputMode="decimal" onChange={(_, d) => set({ alpha: d.value })} />
        </Field>
        <Field label="Power (%)" hint="50 to 99" {...state(errors.power)}>
          <Input className={styles.input} value={form.power} inputMode="decimal" onChange={(_, d) => set({ power: d.value })} />
        </Field>
      </div>
      <Field label="Tails" hint="Changeable later on the sheet.">
        <RadioGroup layout="horizontal" value={form.tails} onChange={(_, d) => set({ tails: d.value === "1" ? "1" : "2" })}>
          <Radio value="2" label="Two: a change either way" />
          <Radio value="1" label="One: an improvement only" />
        </RadioGroup>
      </Field>
      <Switch checked={form.control} onChange={(_, d) => set({ control: d.checked })} label="Compare with a control group (else the baseline before go-live)" />
    </div>
  );
}
