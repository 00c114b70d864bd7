/*
 * What each style looks like, in terms both writers can apply. Inputs follow the FAST /
 * ICAEW convention: blue font on a light yellow fill, the only cells a user fills.
 */
import type { Format, Style } from "./spec";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  border?: string;
  align?: "left" | "center" | "right";
}

export const LOOKS: Record<Style, Look> = {
  title: { bold: true, size: 16, color: "#0B4F3C" },
  subtitle: { italic: true, color: "#616161" },
  section: { bold: true, size: 12, color: "#FFFFFF", fill: "#13795B" },
  header: { bold: true, fill: "#E8F3EE", color: "#0B4F3C", wrap: true, border: "#9FC9B7" },
  label: { color: "#242424" },
  input: { color: "#0000FF", fill: "#FFF2CC", border: "#BFBFBF" },
  inputText: { color: "#0000FF", fill: "#FFF2CC", border: "#BFBFBF", wrap: true },
  link: { color: "#00803C", fill: "#F3F9F6", border: "#BFBFBF" },
  calc: { color: "#000000" },
  output: { bold: true, color: "#000000", fill: "#EAF1FB", border: "#9DB9E3" },
  unit: { italic: true, color: "#616161" },
  guide: { color: "#616161", wrap: true },
  check: { bold: true, align: "center" },
  master: { bold: true, size: 12, fill: "#F0F0F0", align: "center" },
  example: { italic: true, color: "#C55A11", fill: "#FCE4D6", border: "#BFBFBF" },
};

/** Checks read 0 (OK) or 1 (to fix); the format shows the word in its colour, the value stays a number. */
const CHECK_FORMAT = '[Color10][=0]"OK";[Red]"Fix"';

const DEFAULT_CURRENCY = '"$"#,##0;[Red]-"$"#,##0';

/** The Excel number format for a cell, with the workbook's currency where money is shown. */
export function numberFormat(fmt: Format | undefined, style: Style | undefined, currency = DEFAULT_CURRENCY): string {
  if (style === "check") return CHECK_FORMAT;
  switch (fmt) {
    case "currency":
      return currency;
    case "price":
      // Per-million prices have cents and fractions of cents: widen the currency's decimals.
      return currency.replace(/#,##0(?!\.)/g, "#,##0.00##");
    case "percent":
      return "0.0%";
    case "number":
      return "#,##0.####";
    case "integer":
      return "#,##0";
    case "decimal":
      return "#,##0.00";
    case "pValue":
      // A p-value far below any alpha reads as such instead of rounding to 0.
      return '[<0.0001]"<0.0001";0.0000';
    case "date":
      return "yyyy-mm-dd";
    case "text":
      return "@";
    default:
      return "General";
  }
}
