/*
 * The price book: effective-dated model prices with their source and the date someone
 * verified them. Example rows are marked as examples to verify; the checks keep
 * flagging them until a person has replaced or verified them.
 */
import { SheetBuilder, columns, guide, header, input, label, unit } from "../sheet/builder";
import { MARK_REF, TEMPLATE_MARKS } from "./marks";
import { MASTER_CHECK, checkBlock, page } from "./common";
import type { TemplateSpec, Value } from "../sheet/spec";

const ROWS = 15;
const EXAMPLE_FLAG = "Example — verify";
const EXAMPLE_CHOICES = [EXAMPLE_FLAG, "Verified"] as const;

/** Illustrations of the columns, not prices: each is flagged until someone verifies it. */
const EXAMPLES: Value[][] = [
  ["Example vendor A", "Frontier model (example)", 3, 15, 0.3, 3.75, 0.5, 46328, "Vendor price page — verify", null, EXAMPLE_FLAG],
  ["Example vendor A", "Small model (example)", 0.8, 4, 0.08, 1, 0.5, 46328, "Vendor price page — verify", null, EXAMPLE_FLAG],
  ["Example vendor B", "Mid-size model (example)", 1.25, 10, 0.125, null, 0.5, 46328, "Vendor price page — verify", null, EXAMPLE_FLAG],
];

/** Worksheet-scoped names a price book defines for readers outside it. */
export const PRICE_BOOK_NAMES = { MasterCheck: MASTER_CHECK } as const;

/** The price table's columns, from A; the master check shows in the input-price column. */
const COL = columns(["provider", "model", "input", "output", "cachedInput", "cacheWrite", "batch", "from", "source", "verified", "example"]);
const LISTS = 13;

export function priceBook(): TemplateSpec {
  const b = new SheetBuilder("Price Book", "#C239B3", [20, 28, 11, 11, 11, 11, 11, 13, 30, 13, 17, 2, 16], LISTS, { value: COL.input.index, unit: COL.output.index, guide: COL.cachedInput.index });

  b.name(TEMPLATE_MARKS.priceBook, MARK_REF);
  b.line([{ v: "Price book — model prices per million tokens", s: "title" }]);
  b.line([
    {
      v: "Effective-dated prices with their source. Rows marked as examples only show how to fill the table: they are not current prices. Verify or replace them before use.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  b.skip();

  b.section("Prices");
  const head = b.line(
    [
      "Provider",
      "Model",
      "Input",
      "Output",
      "Cached input",
      "Cache write",
      "Batch discount",
      "Effective from",
      "Source",
      "Verified on",
      "Example?",
    ].map((h) => header(h)),
  );
  const first = b.row;
  for (let i = 0; i < ROWS; i++) {
    const ex = EXAMPLES[i];
    b.line([
      input(ex?.[0], "text"),
      input(ex?.[1], "text"),
      input(ex?.[2], "price"),
      input(ex?.[3], "price"),
      input(ex?.[4], "price"),
      input(ex?.[5], "price"),
      input(ex?.[6], "percent"),
      input(ex?.[7], "date"),
      input(ex?.[8], "text"),
      input(ex?.[9], "date"),
      ex ? { v: ex[10], s: "example", fmt: "text" } : input(undefined, "text"),
    ]);
  }
  const last = b.row - 1;
  b.table("PriceBook", `${COL.provider.at(head)}:${COL.example.at(last)}`);
  b.dropdown(COL.example.range(first, last), "Example flag", EXAMPLE_CHOICES, "Change to Verified once the price is checked against the vendor's terms.");
  b.validate({ ref: `${COL.input.at(first)}:${COL.cacheWrite.at(last)}`, decimal: { min: 0, max: 1e6 }, prompt: "Price per million tokens, in the workbook's currency." });
  b.validate({ ref: COL.batch.range(first, last), decimal: { min: 0, max: 1 }, prompt: "Discount for batch processing, 0% to 100%." });
  b.validate({ ref: COL.from.range(first, last), date: true, prompt: "The date the price takes effect." });
  b.validate({ ref: COL.verified.range(first, last), date: true, prompt: "The date someone checked the price at its source." });
  const col = (c: keyof typeof COL) => COL[c].range(first, last, true);
  const units = b.line([label("Units"), undefined, unit("per 1M tokens"), unit("per 1M tokens"), unit("per 1M tokens"), unit("per 1M tokens"), unit("off list")]);
  b.put(units, COL.source.index, [guide("A missing price is never 0: leave a cell blank only when the vendor does not offer it.")]);
  b.skip();

  const master = checkBlock(
    b,
    [
      {
        label: "Every model has input and output prices",
        formula: `=IF(COUNTIFS(${col("model")},"<>",${col("input")},"")+COUNTIFS(${col("model")},"<>",${col("output")},"")>0,1,0)`,
        advice: "Enter both prices for each model listed.",
      },
      {
        label: "Every price has an effective date and a source",
        formula: `=IF(COUNTIFS(${col("model")},"<>",${col("from")},"")+COUNTIFS(${col("model")},"<>",${col("source")},"")>0,1,0)`,
        advice: "Say from when each price applies and where it comes from.",
      },
      {
        label: "No example rows left unverified",
        formula: `=IF(COUNTIF(${col("example")},"${EXAMPLE_FLAG}")>0,1,0)`,
        advice: "Replace the example rows with your prices, or verify them and mark them Verified.",
      },
      {
        label: "Verified prices carry a verification date",
        formula: `=IF(COUNTIFS(${col("example")},"Verified",${col("verified")},"")>0,1,0)`,
        advice: "Give the date each verified price was checked.",
      },
    ],
  );
  b.put(masterRow, COL.model.index, [{ f: `=${master}`, s: "master" }]);

  const sheet = b.build(page("landscape", "Price book"), 3);
  return { id: "priceBook", title: "Price book", sheets: [sheet] };
}


