import {
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportPreview } from "../../billing/preview";
import { count } from "./progress";

const useStyles = makeStyles({
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // Export names are long and unbroken ("cached_tokens_via_csp_marketplace.csv"): let them wrap.
  name: { overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  table: { tableLayout: "auto" },
});

/** Tokens as the preview shows them: "input 8,400,000 · output 2,100,000". */
function tokenText(tokens: ImportPreview["models"][number]["tokens"]): string {
  if (tokens.length === 0) return "no token counts";
  return tokens.map((t) => `${t.kind} ${count(Number(t.tokens))}`).join(" · ");
}

/** What one file would add to the AI Billing sheet: months, models, exact totals per currency. */
export function FilePreview(props: { preview: ImportPreview; index: number }) {
  const styles = useStyles();
  const p = props.preview;
  const heading = `actuals-file-${props.index}`;
  return (
    <section className={styles.file} aria-labelledby={heading}>
      <Subtitle2 as="h3" id={heading} className={styles.name}>
        {p.fileName}
      </Subtitle2>
      <Caption1>
        {count(p.rows.read)} rows read: {count(p.rows.kept)} AI usage, {count(p.rows.notAi)} other
        {p.rows.malformed > 0 && `, ${count(p.rows.malformed)} unreadable`}. The sheet gets {count(p.lines)} summary line
        {p.lines === 1 ? "" : "s"}, never the raw rows.
      </Caption1>
      <Caption1>Months: {p.months.join(", ")}</Caption1>
      <Caption1 as="p">Models (tokens by kind):</Caption1>
      <ul className={styles.list}>
        {p.models.map((m) => (
          <li key={m.model}>
            <Caption1>
              <b>{m.model}</b>: {tokenText(m.tokens)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Table size="extra-small" className={styles.table} aria-label={`Totals of ${p.fileName} by currency`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Currency</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Billed (AI)</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Effective (AI)</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Billed, other rows</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.currencies.map((c) => (
            <TableRow key={c.currency}>
              <TableCell>{c.currency}</TableCell>
              <TableCell className={styles.number}>{c.billed}</TableCell>
              <TableCell className={styles.number}>{c.effective}</TableCell>
              <TableCell className={styles.number}>{c.notAiBilled}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** Rows that could not be read: counted, the first ten shown by line number, and the user's consent to leave them out. */
export function MalformedRows(props: {
  files: readonly ImportPreview[];
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
}) {
  const styles = useStyles();
  const bad = props.files.filter((f) => f.malformed.count > 0);
  if (bad.length === 0) return null;
  const total = bad.reduce((sum, f) => sum + f.malformed.count, 0);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {count(total)} row{total === 1 ? "" : "s"} could not be read.
        </MessageBarTitle>
        {bad.map((f) => (
          <div key={f.sha256}>
            <Caption1>
              {f.fileName}
              {f.malformed.count > f.malformed.first.length && ` (the first ${f.malformed.first.length} of ${count(f.malformed.count)})`}:
            </Caption1>
            <ul className={styles.list}>
              {f.malformed.first.map((message) => (
                <li key={message}>
                  <Caption1>{message}</Caption1>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <Checkbox
          checked={props.accepted}
          onChange={(_, d) => props.onAccept(d.checked === true)}
          label={`Leave ${total === 1 ? "this row" : `these ${count(total)} rows`} out and import the rest`}
        />
      </MessageBarBody>
    </MessageBar>
  );
}
