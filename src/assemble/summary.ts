// Assembly: the case's title and a short summary drawn from the sources' own words.
import type { SourceRecord } from '../pipeline/types.ts';

export function summarize(records: SourceRecord[]): { title: string; summary: string } {
  const headline = records.find((record) => !record.titleDerived) ?? records[0];
  const lede = records.map((record) => record.paragraphs[0]?.text).find(Boolean) ?? '';
  return { title: headline?.title ?? 'Untitled case', summary: lede };
}
