import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { sectorLabel } from './screening-types.js';
import type { SpendSummary } from './spend-summary.js';

echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer,
]);

function useChart(option: echarts.EChartsCoreOption) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current === null) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return box;
}

/** Spend by level as bars; the table beside it on the page gives the same figures. */
export function SpendByLevelChart({ summary, label }: { summary: SpendSummary; label: string }) {
  const box = useChart({
    aria: { enabled: true, label: { description: label } },
    grid: { left: 90, right: 20, top: 20, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: summary.byLevel.map((l) => l.level) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: summary.byLevel.map((l) => l.amount), itemStyle: { color: '#12355b' } }],
  });
  return <div ref={box} className="chart" role="img" aria-label={label} />;
}

/**
 * Risk-weighted spend per sector × country as a heat map (the ten largest of each); the table after it is
 * its text version, with every cell.
 */
export function SectorCountryHeatMap({ summary, label }: { summary: SpendSummary; label: string }) {
  const sectors = summary.sectors.slice(0, 10);
  const countries = summary.countries.slice(0, 10);
  const data = summary.cells
    .filter((c) => sectors.includes(c.sector) && countries.includes(c.country))
    .map((c) => [countries.indexOf(c.country), sectors.indexOf(c.sector), c.weighted]);
  const max = Math.max(1, ...data.map((d) => d[2] ?? 0));
  const box = useChart({
    aria: { enabled: true, label: { description: label } },
    grid: { left: 150, right: 20, top: 10, bottom: 80 },
    tooltip: {},
    xAxis: { type: 'category', data: countries },
    // Long sector names are cut short on the axis; the table after the chart gives them in full.
    yAxis: {
      type: 'category',
      data: sectors.map(sectorLabel),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f7fbff', '#08306b'] },
    },
    series: [{ type: 'heatmap', data }],
  });
  return <div ref={box} className="chart" role="img" aria-label={label} />;
}
