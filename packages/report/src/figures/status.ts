/** How a figure stands against its target: the page colours it, the JSON carries it. `none`: no data to judge. */
export type FigureStatus = 'ok' | 'warn' | 'bad' | 'none';

export function worstStatus(statuses: readonly FigureStatus[]): FigureStatus {
  for (const s of ['bad', 'warn', 'ok'] as const) if (statuses.includes(s)) return s;
  return 'none';
}
