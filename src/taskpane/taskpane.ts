/* The task pane's entry: reports when Office is ready. The templates and gallery arrive with the full pane. */
Office.onReady((info) => {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent =
    info.host === Office.HostType.Excel ? "Ready." : "Open this add-in from Excel to use it.";
});
