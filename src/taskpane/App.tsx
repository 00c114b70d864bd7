import { Suspense, lazy, useState, type ReactNode } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens, Title3 } from "@fluentui/react-components";
import { TemplatesPanel } from "./TemplatesPanel";
import type { Settings } from "./settings";

// The pane opens on Templates; every other tab is a chunk of its own, fetched from the
// add-in's own origin the first time it is opened, so the pane starts with less to parse.
const ActualsPanel = lazy(() => import(/* webpackChunkName: "tab-actuals" */ "./ActualsPanel").then((m) => ({ default: m.ActualsPanel })));
const BoardPackPanel = lazy(() => import(/* webpackChunkName: "tab-boardpack" */ "./BoardPackPanel").then((m) => ({ default: m.BoardPackPanel })));
const FunctionsPanel = lazy(() => import(/* webpackChunkName: "tab-functions" */ "./FunctionsPanel").then((m) => ({ default: m.FunctionsPanel })));
const HelpPanel = lazy(() => import(/* webpackChunkName: "tab-help" */ "./HelpPanel").then((m) => ({ default: m.HelpPanel })));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "tab-settings" */ "./SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const Loading = (props: { children: ReactNode }) => <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>{props.children}</Suspense>;

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
  const [actualsOpened, setActualsOpened] = useState(false);
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
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => {
          setTab(d.value as TabValue);
          if (d.value === "actuals") setActualsOpened(true);
        }} aria-label="Sections" size="small">
        {TABS.map((t) => (
          <Tab key={t.value} value={t.value} id={`tab-${t.value}`} aria-controls={`panel-${t.value}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tab !== "actuals" && (
        <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === "templates" && <TemplatesPanel settings={settings} />}
          <Loading>
            {tab === "functions" && <FunctionsPanel />}
            {tab === "boardpack" && <BoardPackPanel settings={settings} />}
            {tab === "settings" && <SettingsPanel settings={settings} onSave={save} />}
            {tab === "help" && <HelpPanel />}
          </Loading>
        </div>
      )}
      {/* Loaded when first opened, then kept mounted while hidden: an import goes on reading while the user looks at another tab. */}
      {actualsOpened && (
        <div className={styles.panel} role="tabpanel" id="panel-actuals" aria-labelledby="tab-actuals" hidden={tab !== "actuals"}>
          <Loading>
            <ActualsPanel settings={settings} />
          </Loading>
        </div>
      )}
    </main>
  );
}
