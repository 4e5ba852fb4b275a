/**
 * The parts of Chart.js the progress charts use, registered once. Imported lazily by
 * progressChart.ts, so pages without a chart never load Chart.js and pages with one load only
 * these controllers, elements and scales (named imports let the bundler drop the rest).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export { Chart };
