// chart.js with only what the dashboard's bar charts use, registered once. bar-chart.tsx loads
// this module with import(), so chart.js lands in a chunk of its own that only the dashboard
// fetches, and the named imports let the bundler drop the controllers and scales we never use.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The page's muted ink (globals.css --muted, 6:1 on white) and system fonts: nothing fetched.
Chart.defaults.color = "#52625f";
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.font.size = 13;

export { Chart };
