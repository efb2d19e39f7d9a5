// ECharts as the dashboard uses it, from its tree-shakable core: bar and pie charts, the grid, tooltip, legend and
// the ARIA description (a chart reads as a sentence to a screen reader), drawn on canvas. Imported dynamically by
// DashboardChart, so even the dashboard's own page shows its figures before this chunk arrives.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
