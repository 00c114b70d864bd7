/* The task pane's entry: waits for Office, reads the workbook's settings and renders the pane in Office's theme. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { readSettings, writeSettings } from "./settings";

/** Office's theme is dark when its body background is. */
function isDark(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#[0-9a-f]{6}$/i.test(background)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "Open this add-in from Excel to use it.";
    return;
  }
  const store = Office.context.document.settings;
  createRoot(root).render(
    <FluentProvider theme={isDark() ? webDarkTheme : webLightTheme}>
      <App settings={readSettings(store)} saveSettings={(s) => writeSettings(store, s)} />
    </FluentProvider>,
  );
});
