import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportProgressMessage } from "./messages";
import { count, estimate, timeLeftText } from "./progress";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** The progress of an import: bar, rows read and kept, rate and time left, and Cancel. */
export function ActualsProgress(props: {
  files: readonly File[];
  progress: ImportProgressMessage | undefined;
  elapsedMs: number;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const p = props.progress;
  const totalBytes = props.files.reduce((sum, f) => sum + f.size, 0);
  const figures = estimate({
    bytesRead: p?.bytesRead ?? 0,
    totalBytes,
    rowsRead: p?.rowsRead ?? 0,
    rowsKept: p?.rowsKept ?? 0,
    elapsedMs: props.elapsedMs,
  });
  const index = p?.file ?? 0;
  const label = `Reading ${props.files[index]?.name ?? ""}${props.files.length > 1 ? ` (file ${index + 1} of ${props.files.length})` : ""}`;
  return (
    <div className={styles.box}>
      <Field label={label}>
        <ProgressBar value={figures.done} max={1} thickness="large" aria-valuetext={`${Math.floor(figures.done * 100)}% read`} />
      </Field>
      <Caption1 data-testid="actuals-progress">
        {count(p?.rowsRead ?? 0)} rows read · {count(p?.rowsKept ?? 0)} AI usage rows kept
        {figures.rowsPerSecond !== null && ` · ${count(figures.rowsPerSecond)} rows/s`} · {timeLeftText(figures.secondsLeft)}
      </Caption1>
      <div className={styles.actions}>
        <Button onClick={props.onCancel}>Cancel</Button>
        <Caption1>Nothing is written to the workbook until you choose to.</Caption1>
      </div>
    </div>
  );
}
