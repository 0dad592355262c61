import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatAngka } from "../../domain/format";
import type { Breakdown } from "./summarise-check";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  caption: { margin: 0 },
  svg: {
    display: "block",
    width: "100%",
    height: "auto",
    overflow: "visible",
    // High contrast: Windows drops the token colours, so labels and bars take the system's own colours.
    "@media (forced-colors: active)": { "& text": { fill: "CanvasText !important" }, "& rect": { fill: "Canvas !important", stroke: "CanvasText" }, "& rect + rect": { fill: "Highlight !important" } },
  },
});

/** Drawing units: the chart is drawn 320 wide and scaled to the pane's width. */
const WIDTH = 320;
const LABEL_WIDTH = 108;
const VALUE_WIDTH = 62;
const TRACK_X = LABEL_WIDTH + 4;
const TRACK_WIDTH = WIDTH - TRACK_X - VALUE_WIDTH - 4;
const ROW = 24;
const BAR = 14;
/** What fits in LABEL_WIDTH at 12 px; longer labels end in "…" and show in full as a tooltip and to screen readers. */
const LABEL_CHARS = 17;

export function percent(count: number, total: number): string {
  return total === 0 ? "0%" : `${Math.round((count / total) * 100)}%`;
}

export function shortLabel(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/**
 * A small horizontal bar chart in SVG: one labelled bar per category, scaled to the largest, with the
 * count and share at the end. For screen readers it is one image whose description lists every value.
 */
export function BarChart({ title, breakdown }: { readonly title: string; readonly breakdown: Breakdown }) {
  const styles = useStyles();
  const id = useId();
  const { bars, total } = breakdown;
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  const height = Math.max(1, bars.length) * ROW;
  const description = bars.map((bar) => `${bar.label}: ${formatAngka(bar.count)} (${percent(bar.count, total)})`).join("; ");

  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} id={`${id}-judul`}>
        <Subtitle2>{title}</Subtitle2>
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-judul ${id}-isi`}
        data-chart={title}
      >
        <desc id={`${id}-isi`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = bar.count === 0 ? 0 : Math.max(2, (bar.count / largest) * TRACK_WIDTH);
          return (
            <g key={bar.label} aria-hidden="true">
              <title>{`${bar.label}: ${formatAngka(bar.count)} (${percent(bar.count, total)})`}</title>
              <text x={0} y={y + ROW / 2} dominantBaseline="central" fontSize={12} style={{ fill: tokens.colorNeutralForeground1 }}>
                {shortLabel(bar.label)}
              </text>
              <rect x={TRACK_X} y={y + (ROW - BAR) / 2} width={TRACK_WIDTH} height={BAR} rx={2} style={{ fill: tokens.colorNeutralBackground3 }} />
              <rect x={TRACK_X} y={y + (ROW - BAR) / 2} width={width} height={BAR} rx={2} style={{ fill: tokens.colorBrandBackground }} />
              <text
                x={WIDTH}
                y={y + ROW / 2}
                dominantBaseline="central"
                textAnchor="end"
                fontSize={12}
                style={{ fill: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" }}
              >
                {`${formatAngka(bar.count)} · ${percent(bar.count, total)}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
