// One chart of the dashboard, from one description that also gives its table of numbers (so every chart reads as
// figures too, for screen readers and small screens): categories, series (stacked or not), horizontal or not, and
// what a click on a bar opens. ECharts is loaded on first use (dashboard-echarts.ts), never by the rest of the app.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Card, Spin } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { Link } from '../../../shared/router.ts';
import type { echarts as Echarts } from './dashboard-echarts.ts';

export interface ChartSeries {
  name: string;
  data: number[];
  color: string;
}

export interface ChartSpec {
  kind: 'bar' | 'pie';
  categories: string[];
  series: ChartSeries[];
  horizontal?: boolean;
  /** A colour per category (a pie's slices, a single series' bars). */
  colors?: string[];
  /** What a click on category `i` opens (a filtered list), when such a list exists. */
  linkOf?: (i: number) => string | null;
  onOpen?: (to: string) => void;
}

type Chart = ReturnType<typeof Echarts.init>;

function optionOf(spec: ChartSpec, title: string) {
  const aria = { enabled: true, label: { description: title } };
  if (spec.kind === 'pie') {
    const s = spec.series[0]!;
    return {
      aria,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '68%'],
          center: ['50%', '45%'],
          // The value inside each slice: no outside labels to be cut off on a phone; empty slices are left out.
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
          data: spec.categories
            .map((name, i) => ({ name, value: s.data[i] ?? 0, itemStyle: { color: spec.colors?.[i] ?? s.color } }))
            .filter((x) => x.value > 0),
        },
      ],
    };
  }
  const stacked = spec.series.length > 1;
  // Every category labelled (interval 0); long names truncated on the vertical axis, wrapped under columns.
  const category = {
    type: 'category',
    data: spec.categories,
    axisLabel: spec.horizontal
      ? { interval: 0, width: 150, overflow: 'truncate' }
      : { interval: 0, width: 80, overflow: 'break', hideOverlap: true },
  };
  const value = { type: 'value', minInterval: 1 };
  return {
    aria,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: stacked ? { top: 0, type: 'scroll' } : undefined,
    grid: { left: 8, right: 24, top: stacked ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: stacked ? 'all' : undefined,
      itemStyle: { color: s.color },
      data:
        spec.colors && !stacked ? s.data.map((value, i) => ({ value, itemStyle: { color: spec.colors![i] } })) : s.data,
      cursor: spec.linkOf ? 'pointer' : 'default',
      label: { show: !stacked, position: spec.horizontal ? 'right' : 'top' },
      barMaxWidth: 36,
    })),
  };
}

function ChartCanvas({ spec, title, height }: { spec: ChartSpec; title: string; height: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    let observer: ResizeObserver | null = null;
    void import('./dashboard-echarts.ts').then(({ echarts }) => {
      if (!live || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.current = c;
      observer = new ResizeObserver(() => c.resize());
      observer.observe(el.current);
      setLoading(false);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.setOption(optionOf(spec, title), { notMerge: true });
    c.off('click');
    c.on('click', (p: { dataIndex?: number }) => {
      const to = p.dataIndex !== undefined ? spec.linkOf?.(p.dataIndex) : null;
      if (to) spec.onOpen?.(to);
    });
  }, [spec, title, loading]);
  return (
    <div className="dash-chart" style={{ height }}>
      {loading && <Spin className="dash-chart-spin" />}
      <div ref={el} className="dash-chart-canvas" role="img" aria-label={title} />
    </div>
  );
}

/** A card: the chart, then its figures as a table (open by default when there is no chart to show). */
export function ChartCard({
  title,
  spec,
  testId,
  height,
  extra,
}: {
  title: string;
  spec: ChartSpec;
  testId: string;
  height?: number;
  extra?: ReactNode;
}) {
  const { t, num } = useT();
  const empty = spec.series.every((s) => s.data.every((v) => v === 0));
  const h = height ?? (spec.horizontal ? Math.max(180, spec.categories.length * 26 + 60) : 260);
  return (
    <Card size="small" title={title} className="dash-card" data-testid={testId}>
      {empty ? <p className="dash-empty">{t('dash.empty')}</p> : <ChartCanvas spec={spec} title={title} height={h} />}
      <details className="dash-figures" open={empty ? false : undefined}>
        <summary>{t('dash.figures')}</summary>
        <table className="dash-table" data-testid={`${testId}-table`}>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              {spec.series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.categories.map((c, i) => {
              const to = spec.linkOf?.(i);
              return (
                <tr key={c}>
                  <th scope="row">{to ? <Link to={to}>{c}</Link> : c}</th>
                  {spec.series.map((s) => (
                    <td key={s.name}>{num(s.data[i] ?? 0)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      {extra}
    </Card>
  );
}
