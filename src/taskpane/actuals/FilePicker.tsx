import { useRef, useState } from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

/**
 * Picks FOCUS CSV files with the file dialog (a button, so the keyboard reaches it) or by
 * dropping them on the zone. Files go to `onFiles` as picked; nothing is read here.
 */
export function FilePicker(props: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length > 0 && !props.disabled) props.onFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="actuals-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Button appearance="primary" icon={<ArrowUploadRegular />} disabled={props.disabled} onClick={() => input.current?.click()}>
        Choose FOCUS CSV files…
      </Button>
      <Caption1>or drop them here</Caption1>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        multiple
        hidden
        aria-label="FOCUS CSV files"
        data-testid="actuals-files"
        onChange={(e) => {
          take(e.target.files);
          // Picking the same file again (after fixing it) must fire a change.
          e.target.value = "";
        }}
      />
    </div>
  );
}
