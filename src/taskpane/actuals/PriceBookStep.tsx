import { useEffect, useMemo, useState } from "react";
import { Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { BillingLedger } from "../../billing/ledger";
import { priceRows } from "../../billing/priceRows";
import { PRICE_BOOK_COLUMNS, type PriceBookAppend } from "../../office/priceBookAppend";
import { explain } from "../errors";
import { addObservedPrices } from "../excel/actuals";
import { showSheet } from "../excel/common";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type Outcome = { readonly intent: "success" | "warning" | "error"; readonly text: string; readonly sheet?: string };

/** A price as it reads: up to six decimals, so 0.075 per 1M tokens is not shown as 0.08. */
const price = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 });

/** What an append did, in words. */
function outcomeOf(r: PriceBookAppend): Outcome {
  if (r.refused !== null || r.sheet === null) return { intent: "warning", text: r.refused ?? "" };
  const parts = [
    r.added > 0 ? `Added ${r.added} dated row${r.added === 1 ? "" : "s"} to “${r.sheet}”.` : `Nothing new was added to “${r.sheet}”.`,
    r.present > 0 ? `${r.present} row${r.present === 1 ? " was" : "s were"} already there (same model, file and month), and not added again.` : "",
    r.noRoom > 0 ? `${r.noRoom} did not fit: add empty rows to its price table and add the prices again.` : "",
  ];
  return { intent: r.noRoom > 0 ? "warning" : "success", text: parts.filter(Boolean).join(" "), sheet: r.sheet };
}

/**
 * After the write: the prices the export observed (EffectiveCost per 1M tokens, by model and
 * token kind), and a button that adds them to the workbook's Price Book as dated rows.
 */
export function PriceBookStep(props: { ledger: BillingLedger; priceBook: string | null }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  // What the last append found wins over what was read before the write: a Price Book may have been inserted since.
  const [book, setBook] = useState(props.priceBook);
  useEffect(() => setBook(props.priceBook), [props.priceBook]);
  const { prices, unpriced } = useMemo(() => priceRows(props.ledger), [props.ledger]);
  if (prices.length === 0 && unpriced.length === 0) return null;

  const add = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await addObservedPrices(props.ledger);
      setBook(result.sheet);
      setOutcome(outcomeOf(result));
    } catch (e) {
      setOutcome({ intent: "error", text: explain(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.step} aria-labelledby="actuals-prices">
      <Subtitle2 as="h3" id="actuals-prices">
        Observed prices
      </Subtitle2>
      <Caption1>What the export paid per 1M tokens (EffectiveCost ÷ tokens), by model and token kind.</Caption1>
      <ul className={styles.list} aria-label="Observed prices">
        {prices.map((p) => (
          <li key={`${p.source}\u0000${p.model}\u0000${p.kind}\u0000${p.currency}`} className={styles.item}>
            <Body1>
              {p.model}, {p.kind}: {price(p.perMillion)} {p.currency} per 1M tokens
            </Body1>
            <Caption1>
              {p.month} · source “{p.source}”{p.kind in PRICE_BOOK_COLUMNS ? "" : " · shown only: the Price Book has no column for this kind"}
            </Caption1>
          </li>
        ))}
      </ul>
      {unpriced.length > 0 && (
        <Caption1>
          Not priced ({unpriced.length}): {unpriced.slice(0, 3).map((u) => `${u.model} ${u.kind} in ${u.month}: ${u.reason}`).join("; ")}
          {unpriced.length > 3 ? "; …" : ""}
        </Caption1>
      )}
      <Caption1>
        {book === null
          ? "This workbook has no Price Book yet: insert one from the Templates tab to keep these prices."
          : `They go into the empty rows of “${book}”, dated by month; prices already added from the same file and month are not added twice.`}
      </Caption1>
      {prices.length > 0 && (
        <div className={styles.actions}>
          <Button disabled={busy} onClick={add}>
            Add observed prices to the Price Book
          </Button>
          {busy && <Spinner size="tiny" label="Adding…" />}
        </div>
      )}
      {outcome && (
        <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            {outcome.text}{" "}
            {outcome.sheet && (
              <Link as="button" onClick={() => showSheet(outcome.sheet!).catch((e: unknown) => setOutcome({ intent: "error", text: explain(e) }))}>
                Go to the Price Book
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
