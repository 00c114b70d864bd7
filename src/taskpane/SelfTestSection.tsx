import { useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfTestCheck } from "../office/selfTestChecks";
import { explain } from "./errors";
import { checkThisExcel } from "./excel/help";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: "10em" },
});

/**
 * "Check this Excel": runs the self-test in the user's own Excel and shows a report to copy —
 * how a user, an IT admin rolling the add-in out, or support checks what no test here can.
 */
export function SelfTestSection() {
  const styles = useStyles();
  const [step, setStep] = useState<string>();
  const [result, setResult] = useState<{ checks: SelfTestCheck[]; report: string }>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);

  const start = async () => {
    setResult(undefined);
    setError(undefined);
    setCopied(false);
    setStep("Starting");
    try {
      setResult(await checkThisExcel(setStep));
    } catch (e) {
      setError(explain(e));
    } finally {
      setStep(undefined);
    }
  };

  const copy = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.report);
      setCopied(true);
    } catch {
      // Some Office hosts block the clipboard API: the report stays selectable in the box.
      setError("This Excel does not let the add-in copy: select the report in the box and press Ctrl+C.");
    }
  };

  const failed = result?.checks.filter((c) => !c.ok).length ?? 0;
  return (
    <section className={styles.section} aria-labelledby="self-test-title">
      <Subtitle2 as="h2" id="self-test-title">
        Check this Excel
      </Subtitle2>
      <Body1>
        Tests the add-in in this Excel: every function&apos;s worked example, the seven templates&apos; formulas, names and print setup, a repair of a
        stuck formula and a freeze of a copy. It adds scratch sheets named “AIVALUE check …” (and the freeze its own copy and log) for a few seconds,
        then removes them; nothing of yours, your Board Pack Log included, is changed.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={start} disabled={step !== undefined}>
          Check this Excel
        </Button>
        {step !== undefined && <Spinner size="tiny" label={step} />}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <MessageBar intent={failed === 0 ? "success" : "warning"}>
            <MessageBarBody>{failed === 0 ? "Every check passed." : `${failed} of ${result.checks.length} checks failed: copy the report for support.`}</MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {result.checks.map((c) => (
              <li key={c.title}>
                <strong>{c.ok ? "Pass" : "Fail"}</strong> — {c.title}: {c.detail}
              </li>
            ))}
          </ul>
          <Textarea className={styles.report} value={result.report} readOnly aria-label="Self-test report" resize="vertical" />
          <div className={styles.actions}>
            <Button onClick={copy}>Copy report</Button>
            {copied && <Caption1 role="status">Copied.</Caption1>}
          </div>
        </>
      )}
    </section>
  );
}
