// One series of Prometheus text (GET /metrics), as tests read it.

/** The value of `series` (name and labels exactly as exposed, e.g. `weft_x_total{a="b"}`) in `text`; undefined when absent. */
export function metricValue(text: string, series: string): number | undefined {
  const m = new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : undefined;
}
