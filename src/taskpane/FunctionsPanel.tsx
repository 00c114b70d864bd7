import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Search20Regular } from "@fluentui/react-icons";
import { FUNCTIONS } from "./catalogue";
import { explain } from "./errors";
import { putFormula } from "./excel/functions";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  search: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
});

export function FunctionsPanel() {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? FUNCTIONS.filter((f) => f.id.toLowerCase().includes(q) || f.description.toLowerCase().includes(q)) : FUNCTIONS;
  }, [query]);

  const put = async (formula: string) => {
    try {
      const address = await putFormula(formula);
      setMessage({ intent: "success", text: `Put ${formula} in ${address}. Replace the example's numbers with your cells.` });
    } catch (e) {
      setMessage({ intent: "error", text: explain(e) });
    }
  };

  return (
    <div className={styles.list}>
      <Input
        type="search"
        className={styles.search}
        contentBefore={<Search20Regular aria-hidden />}
        placeholder="Search functions"
        aria-label="Search functions"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible>
        {shown.map((f) => (
          <AccordionItem key={f.id} value={f.id}>
            <AccordionHeader>AIVALUE.{f.id}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Caption1>{f.description}</Caption1>
              <div className={styles.code}>{f.syntax}</div>
              <ul className={styles.params}>
                {f.parameters.map((p) => (
                  <li key={p.name}>
                    <Caption1>
                      <b>{p.name}</b>
                      {p.optional ? " (optional)" : ""}: {p.description}
                    </Caption1>
                  </li>
                ))}
              </ul>
              <Caption1>
                Example: <span className={styles.code}>{f.example.formula}</span>
              </Caption1>
              <Button size="small" onClick={() => put(f.example.formula)} data-testid={`put-${f.id}`}>
                Put example in selected cell
              </Button>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {shown.length === 0 && <Caption1>No function matches “{query}”.</Caption1>}
    </div>
  );
}
