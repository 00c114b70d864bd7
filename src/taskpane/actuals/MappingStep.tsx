import { Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Kept } from "../../templates/aiBilling";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Allocation keys and sheet names can be long and unbroken: let them wrap, never scroll sideways.
  wrap: { overflowWrap: "anywhere" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** More keys than this are listed as a count: a dropdown each would bury the write button. */
export const MAPPING_SHOWN = 25;
// A colon cannot be in a sheet name, so this value never collides with one.
const NOT_MAPPED = ":not-mapped";

/** What a cost cell the user filled holds, as the pane shows it. */
function keptText(v: Kept): string {
  return typeof v === "number" ? `the number ${v}` : v;
}

/**
 * The step between the preview and the write: each allocation key mapped to a Workflow Cost
 * Model of this workbook, or not mapped. A key the AI Billing sheet already maps is shown,
 * not offered: the write keeps what the user put there, so changing it is done on the sheet.
 */
export function MappingStep(props: {
  /** Allocation keys of the import and of the sheet, sorted. */
  keys: readonly string[];
  /** What the sheet's reconciliation already holds per key (undefined: blank). */
  kept: ReadonlyMap<string, Kept | undefined>;
  workflowSheets: readonly string[];
  chosen: ReadonlyMap<string, string>;
  onChoose: (key: string, sheet: string | null) => void;
}) {
  const styles = useStyles();
  const shown = props.keys.slice(0, MAPPING_SHOWN);
  const hidden = props.keys.length - shown.length;
  return (
    <section className={styles.step} aria-labelledby="actuals-mapping">
      <Subtitle2 as="h3" id="actuals-mapping">
        Reconcile with a Workflow Cost Model
      </Subtitle2>
      <Caption1>
        Map each allocation key to the Workflow Cost Model that models it. The AI Billing sheet then links the key&apos;s cost per completed
        task to that sheet, and compares cost per task × the completed tasks you enter each month there with the billed cost.
      </Caption1>
      {props.workflowSheets.length === 0 && (
        <Caption1>
          This workbook has no Workflow Cost Model yet: insert one from the Templates tab to map a key. Keys are written not mapped, and can be
          mapped later.
        </Caption1>
      )}
      <ul className={styles.list}>
        {shown.map((key, i) => {
          const kept = props.kept.get(key);
          const label = <span className={styles.wrap}>{key}</span>;
          if (kept !== undefined) {
            return (
              <li key={key}>
                <Field label={label} hint="Kept as it is on the sheet; change it there.">
                  <Caption1 className={styles.wrap} data-testid={`mapping-kept-${i}`}>
                    Cost per task: {keptText(kept)}
                  </Caption1>
                </Field>
              </li>
            );
          }
          const sheet = props.chosen.get(key) ?? NOT_MAPPED;
          return (
            <li key={key}>
              <Field label={label}>
                <Dropdown
                  className={styles.wrap}
                  value={sheet === NOT_MAPPED ? "Not mapped" : sheet}
                  selectedOptions={[sheet]}
                  disabled={props.workflowSheets.length === 0}
                  onOptionSelect={(_, d) => props.onChoose(key, d.optionValue === undefined || d.optionValue === NOT_MAPPED ? null : d.optionValue)}
                >
                  <Option value={NOT_MAPPED}>Not mapped</Option>
                  {props.workflowSheets.map((s) => (
                    <Option key={s} value={s}>
                      {s}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <Caption1>
          {hidden} more key{hidden === 1 ? "" : "s"} are written not mapped: link them on the sheet (e.g. =&apos;Workflow Cost&apos;!CostPerTask).
        </Caption1>
      )}
    </section>
  );
}
