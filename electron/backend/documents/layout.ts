// The exported summary's layout, read from templates/print/summary.json (one source for .docx and PDF).
import summaryLayout from '../../../templates/print/summary.json';

export const layout = summaryLayout;
export type SummaryLayout = typeof summaryLayout;

export const TWIPS_PER_POINT = 20;
/** PDF points from twips (1/20 pt). */
export const points = (twips: number) => twips / TWIPS_PER_POINT;
