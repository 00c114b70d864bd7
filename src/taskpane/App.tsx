import { useState } from "react";
import { Tab, TabList, makeStyles, tokens, Title3 } from "@fluentui/react-components";
import { ActualsPanel } from "./ActualsPanel";
import { BoardPackPanel } from "./BoardPackPanel";
import { FunctionsPanel } from "./FunctionsPanel";
import { HelpPanel } from "./HelpPanel";
import { SettingsPanel } from "./SettingsPanel";
import { TemplatesPanel } from "./TemplatesPanel";
import type { Settings } from "./settings";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", boxSizing: "border-box", padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

const TABS = [
  { value: "templates", label: "Templates" },
  { value: "functions", label: "Functions" },
  { value: "actuals", label: "Actuals" },
  { value: "boardpack", label: "Board pack" },
  { value: "settings", label: "Settings" },
  { value: "help", label: "Help" },
] as const;
type TabValue = (typeof TABS)[number]["value"];

export function App(props: { settings: Settings; saveSettings: (s: Settings) => Promise<void> }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabValue>("templates");
  const [settings, setSettings] = useState(props.settings);
  const save = async (s: Settings) => {
    await props.saveSettings(s);
    setSettings(s);
  };
  return (
    <main className={styles.app}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <Title3 as="h1">AI Value</Title3>
      </header>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabValue)} aria-label="Sections" size="small">
        {TABS.map((t) => (
          <Tab key={t.value} value={t.value} id={`tab-${t.value}`} aria-controls={`panel-${t.value}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tab !== "actuals" && (
        <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === "templates" && <TemplatesPanel settings={settings} />}
          {tab === "functions" && <FunctionsPanel />}
          {tab === "boardpack" && <BoardPackPanel settings={settings} />}
          {tab === "settings" && <SettingsPanel settings={settings} onSave={save} />}
          {tab === "help" && <HelpPanel />}
        </div>
      )}
      {/* Kept mounted while hidden: an import goes on reading while the user looks at another tab. */}
      <div className={styles.panel} role="tabpanel" id="panel-actuals" aria-labelledby="tab-actuals" hidden={tab !== "actuals"}>
        <ActualsPanel settings={settings} />
      </div>
    </main>
  );
}
