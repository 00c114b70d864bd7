import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { SelfTestSection } from "./SelfTestSection";

const useStyles = makeStyles({
  help: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function HelpPanel() {
  const styles = useStyles();
  return (
    <div className={styles.help}>
      <Subtitle2 as="h2">What AIVALUE does</Subtitle2>
      <Body1>
        It helps you show what AI spending returns, in the workbooks you already use: functions for the economics of AI
        interventions, and templates that hold each intervention to a value contract. Everything is calculated in Excel; no data
        leaves the workbook.
      </Body1>
      <Subtitle2 as="h2">The value contract</Subtitle2>
      <Body1>
        Each material AI intervention gets one sheet that says, before the money is spent, which enterprise outcome it serves,
        against what baseline and counterfactual, who owns it, how the value arises and is captured, what it costs in full, what
        counts as evidence, where the risk boundary lies, and at what value it scales or stops. Reviews compare it with what
        actually happened.
      </Body1>
      <Subtitle2 as="h2">The evidence ladder</Subtitle2>
      <Body1>Evidence climbs five rungs, and a value claim earns credit only at the rung it reaches:</Body1>
      <ol className={styles.list}>
        <li>Technical — the system can do the task.</li>
        <li>Behavioural — people or systems use it.</li>
        <li>Operational — the work changes.</li>
        <li>Financial — the enterprise's economics change.</li>
        <li>Strategic — the competitive position changes.</li>
      </ol>
      <Caption1>A gap stops the climb: financial figures without operational evidence are not yet evidence of value.</Caption1>
      <Subtitle2 as="h2">Functions</Subtitle2>
      <Body1>
        Type <code>=AIVALUE.</code> in a cell to see them, or browse the Functions tab. The{" "}
        <Link href="help.html" target="_blank" rel="noopener">
          function reference
        </Link>{" "}
        has every argument and a worked example.
      </Body1>
      <SelfTestSection />
    </div>
  );
}
