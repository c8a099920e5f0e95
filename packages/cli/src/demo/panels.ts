import { signalTileData, type DashboardFigures } from '@agent-guards/report';

const STATUS_TEXT = { ok: 'on target', warn: 'watch', bad: 'OFF TARGET', none: 'no data' } as const;

/** The dashboard's tiles as lines: the figure, its verdict in words, and why when it is amber or red. */
export function panelLines(f: DashboardFigures): string[] {
  return signalTileData(f).flatMap((t) => [
    `${t.label.padEnd(34)} ${t.shown.padEnd(12)} ${STATUS_TEXT[t.status]}`,
    ...(t.why && (t.status === 'warn' || t.status === 'bad') ? [`${''.padEnd(34)} why: ${t.why}`] : []),
  ]);
}
