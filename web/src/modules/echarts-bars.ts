// The bar chart's pieces, loaded with the first page that draws bars (modules/echarts.ts: withBars).
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([BarChart, GridComponent, LegendComponent]);
