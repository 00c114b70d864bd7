/*
 * Where a value contract's actuals come from, as the Templates tab asks it (inserting a contract,
 * upgrading old ones): typed, or a measurement tracker for the value and the AI Billing sheet for the
 * cost, with the allocation key picked from the keys billed there or typed. Only sheets and keys the
 * workbook was read to hold are offered; a typed key is checked as the picker's are.
 */
import { Combobox, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ActualsSources } from "../templates/valueContract/sources";
import { currenciesFor, keyProblem, linksOf, type LinkChoice } from "./linkChoice";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Keys can be long and unbroken (account ids): wrap them rather than widen a 300 px pane.
  option: { overflowWrap: "anywhere" },
});

const TYPED_LABEL = "Typed by hand";
/** Keys listed under the typed text at once; the rest are found by typing more. */
const SHOWN_KEYS = 50;


function SheetPick(props: { label: string; hint: string; sheets: string[]; value: string; onChange: (v: string) => void }) {
  if (props.sheets.length === 0) return null;
  return (
    <Field label={props.label} hint={props.hint}>
      <Dropdown value={props.value || TYPED_LABEL} selectedOptions={[props.value]} onOptionSelect={(_, d) => props.onChange(d.optionValue ?? "")}>
        <Option value="">{TYPED_LABEL}</Option>
        {props.sheets.map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function ActualsLinkFields(props: { sources: ActualsSources; value: LinkChoice; onChange: (c: LinkChoice) => void; withKey: boolean }) {
  const styles = useStyles();
  const { sources, value } = props;
  const set = (patch: Partial<LinkChoice>) => props.onChange({ ...value, ...patch });
  const keys = sources.billing.find((b) => b.sheet === value.billing)?.keys ?? [];
  const shown = keys.filter((k) => k.key.toLowerCase().includes(value.key.toLowerCase())).slice(0, SHOWN_KEYS);
  const currencies = currenciesFor(sources, value);
  const currency = linksOf(sources, value).billingCurrency ?? "";
  const problem = keyProblem(value.key);
  return (
    <div className={styles.fields}>
      <SheetPick label="Actual value from" hint="A measurement tracker's value by month." sheets={sources.trackers} value={value.tracker} onChange={(tracker) => set({ tracker })} />
      <SheetPick
        label="Actual cost from"
        hint="The AI Billing sheet's cost on this contract's allocation key."
        sheets={sources.billing.map((b) => b.sheet)}
        value={value.billing}
        onChange={(billing) => set({ billing, currency: "" })}
      />
      {props.withKey && value.billing !== "" && (
        <>
          <Field
            label="Allocation key"
            hint={keys.length > 0 ? "Pick a key billed on the sheet, or type one." : "No keys are billed on the sheet yet: type the key."}
            validationMessage={problem}
            validationState={problem ? "error" : "none"}
          >
            <Combobox
              freeform
              value={value.key}
              selectedOptions={keys.some((k) => k.key === value.key) ? [value.key] : []}
              onChange={(e) => set({ key: e.target.value })}
              onOptionSelect={(_, d) => set({ key: d.optionValue ?? "" })}
              placeholder="e.g. lead-scoring-mm"
            >
              {shown.map((k) => (
                <Option key={k.key} value={k.key} text={k.key} className={styles.option}>
                  {`${k.key} (${k.currencies.join(", ")})`}
                </Option>
              ))}
            </Combobox>
          </Field>
          {currencies.length > 0 && (
            <Field label="Billing currency" hint="Billed cost in other currencies is never mixed in.">
              <Dropdown value={currency || "Choose a currency"} selectedOptions={[currency]} onOptionSelect={(_, d) => set({ currency: d.optionValue ?? "" })}>
                {currencies.map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </>
      )}
    </div>
  );
}
