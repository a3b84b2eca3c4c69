import { describe, expect, it } from 'vitest';
import { outletsMatch } from '../src/eval/score.ts';

// The scorer's own rules: a figure is only as honest as the comparison behind it.
describe('outletsMatch', () => {
  it('drops an edition or a republishing note in brackets on either side', () => {
    expect(outletsMatch('Harbour Ledger (republishing The Inland Courier)', 'Harbour Ledger')).toBe(true);
    expect(outletsMatch('Noticias do Vale (English Edition)', 'Noticias do Vale')).toBe(true);
    expect(outletsMatch('Harbour Ledger', 'The Harbour Ledger (Evening)')).toBe(true);
  });

  it('still tells two outlets apart', () => {
    expect(outletsMatch('Harbour Ledger (republishing The Inland Courier)', 'The Inland Courier')).toBe(false);
    expect(outletsMatch('Harbour Ledger', 'Harbour Times')).toBe(false);
  });

  it('meets a kind of outlet and a domain ending', () => {
    expect(outletsMatch('Meridian', 'Meridian News Agency')).toBe(true);
    expect(outletsMatch('Meridian.com', 'Meridian')).toBe(true);
  });
});
