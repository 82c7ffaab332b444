import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { chartValue, type TierYear } from './tier-history.js';

echarts.use([LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const AXIS: Record<number, string> = { 1: 'Tier 1', 2: 'Tier 2', 3: 'Tier 2 Watch List', 4: 'Tier 3' };

/**
 * The tier by report year as a line with gaps where the data has no placement. Decorative for assistive
 * technology: the page gives the same figures as a table right after it.
 */
export function TierChart({ years, label }: { years: readonly TierYear[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current === null) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      grid: { left: 130, right: 20, top: 20, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: {
        type: 'value',
        min: 1,
        max: 4,
        interval: 1,
        inverse: true,
        axisLabel: { formatter: (v: number) => AXIS[v] ?? '' },
      },
      series: [
        {
          type: 'line',
          name: 'TIP tier',
          data: years.map(chartValue),
          connectNulls: false,
          symbolSize: 8,
          lineStyle: { width: 3, color: '#12355b' },
          itemStyle: { color: '#12355b' },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [years, label]);
  return <div ref={box} className="chart" role="img" aria-label={label} />;
}
