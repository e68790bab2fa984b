// ECharts, imported piece by piece: only the chart, components and renderer the app draws with.
import { GraphChart } from 'echarts/charts';
import { GraphicComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// SVG: sharp when zoomed or printed, its text in the DOM, and exportable as a file as it is.
use([GraphChart, GraphicComponent, SVGRenderer]);

export { init };
export type { ECharts } from 'echarts/core';
