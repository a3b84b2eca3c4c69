// `npm run add:eval [-- --verbose]`: the page reader over the fixture pages, served on 127.0.0.1, scored
// against their gold: paragraphs kept (target 0.99), furniture removed (0.95), metadata right.
import { serveFixtures } from './lib/page-fixtures.ts';
import { evaluatePages, totals } from './lib/page-eval.ts';

const verbose = process.argv.includes('--verbose');
const server = await serveFixtures();
try {
  const scores = await evaluatePages(server.base);
  const rows = scores.map((s) => [
    s.name,
    s.error.expected ? `error ${s.error.got ?? 'none'} (expected ${s.error.expected})` : s.error.got ? `error ${s.error.got}` : '',
    s.paragraphs.of ? `${s.paragraphs.kept}/${s.paragraphs.of}` : '–',
    s.furniture.of ? `${s.furniture.removed}/${s.furniture.of}` : '–',
    s.metadata.of ? `${s.metadata.right}/${s.metadata.of}` : '–',
  ]);
  const widths = [18, 50, 10, 10, 9];
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 10)).join(' ').trimEnd();
  console.log(line(['page', 'outcome', 'kept', 'removed', 'metadata']));
  for (const row of rows) console.log(line(row));
  if (verbose) {
    for (const s of scores) {
      for (const missed of s.paragraphs.missed) console.log(`  ${s.name}: paragraph not kept: ${missed}`);
      for (const left of s.furniture.left) console.log(`  ${s.name}: furniture left in: ${left}`);
      for (const wrong of s.metadata.wrong) console.log(`  ${s.name}: ${wrong}`);
    }
  }
  const total = totals(scores);
  const rate = (value: { hit: number; of: number; rate: number }) => `${value.rate.toFixed(3)} (${value.hit}/${value.of})`;
  console.log('');
  console.log(`article paragraphs kept  ${rate(total.paragraphs)}   target >= 0.99`);
  console.log(`furniture removed        ${rate(total.furniture)}   target >= 0.95`);
  console.log(`metadata fields right    ${rate(total.metadata)}; pages with every declared field right ${total.metadataPages.hit}/${total.metadataPages.of}`);
  console.log(`outcome right            ${total.errors.hit}/${total.errors.of} pages (article, or the expected error)`);
  const met = total.paragraphs.rate >= 0.99 && total.furniture.rate >= 0.95 && total.metadata.rate === 1 && total.errors.rate === 1;
  process.exitCode = met ? 0 : 1;
} finally {
  await server.close();
}
