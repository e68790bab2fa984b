// ECharts, imported piece by piece: only the charts, components and renderer the app draws with.
import { GraphChart } from 'echarts/charts';
import { GraphicComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// SVG: sharp when zoomed or printed, its text in the DOM, and exportable as a file as it is.
use([GraphChart, GraphicComponent, SVGRenderer]);

/**
 * Bars, their grid and legend (成效分析's funnel), registered the first time a bar chart is
 * drawn: the first view, chain map included, does not carry them (about 50 KB gzipped).
 */
export const withBars = () => import('./echarts-bars');

export { init };
export type { ECharts } from 'echarts/core';
