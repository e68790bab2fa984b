// ECharts, imported piece by piece: only the charts, components and renderer the app draws with.
import { BarChart, GraphChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// SVG: sharp when zoomed or printed, its text in the DOM, and exportable as a file as it is.
// Graph: the chain map. Bar, grid and legend: the funnel of 成效分析.
use([GraphChart, BarChart, GraphicComponent, GridComponent, LegendComponent, SVGRenderer]);

export { init };
export type { ECharts } from 'echarts/core';
