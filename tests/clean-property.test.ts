// Property: whatever the article says and however the page wraps it, no article sentence is lost and
// the page's chrome goes. Sentences open with words pages also use as chrome ("Share", "More", "Photo" …).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../src/pipeline/junk/classify.ts';

const openers = [
  'Share prices', 'More than', 'Photo evidence', 'By Tuesday,', 'Related charges', 'Read together, the', 'Watch groups',
  'Click-through rates', 'Sign language', 'Follow-up inspections', 'Image rights', 'Comments from', 'Tags on', 'Home prices',
  'Search teams', 'Menu prices', 'Next week', 'Advertising revenue', 'Subscribers', 'Copyright holders', 'Reporting', 'Video footage',
  'Officials', 'The agency', 'Residents', 'A spokesperson', 'Investigators', 'Police', 'The company', 'Lawmakers',
];
const words = [
  'said', 'the', 'inspection', 'would', 'continue', 'after', 'a', 'review', 'of', 'records', 'showed', 'that', 'crews', 'had',
  'found', 'cracks', 'in', 'two', 'places', 'share', 'comment', 'newsletter', 'photo', 'advertisement', 'related', 'more',
  'subscribe', 'read', 'top', 'home', 'menu', 'cookies', 'link', 'on', 'Monday', 'city', 'council', 'state', 'federal', 'court',
];
const endings = ['.', '.', '.', '?', '!', '.”', '?”', ':'];

const sentence = fc
  .tuple(fc.constantFrom(...openers), fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 30 }), fc.constantFrom(...endings))
  .map(([opener, rest, end]) => `${opener} ${rest.join(' ')}${end}`);
const quote = fc
  .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), fc.constantFrom('.”', '?”', '!”'))
  .map(([rest, end]) => `“${rest.join(' ')}${end}`);
const paragraph = fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: quote });

const chromeAnywhere = [
  'Advertisement', 'Read more: Inspectors find cracks in second bridge', '#Bridge #Inspection', 'Image Here', 'Share this article',
  'Click to comment', 'Sign up for our daily newsletter', 'Crews at the site on Monday. (Photo: Ana Ruiz / Reuters)', 'Comments (12)',
];
const chromeOutside = [...chromeAnywhere, 'To Top', 'Connect with us', 'More in Local News', 'Privacy Policy', '© 2024 Example Media Group. All rights reserved.', 'Most read'];

describe('clean: properties', () => {
  it('keeps every article paragraph and removes the chrome, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chromeOutside), { maxLength: 4 }),
        fc.array(paragraph, { minLength: 2, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...chromeAnywhere)), { maxLength: 3 }),
        fc.array(fc.constantFrom(...chromeOutside), { maxLength: 4 }),
        (above, article, inserts, below) => {
          const body: Array<{ text: string; junk: boolean }> = article.map((text) => ({ text, junk: false }));
          for (const [at, text] of inserts) body.splice(1 + (at % (body.length - 1)), 0, { text, junk: true });
          const page = [
            ...above.map((text) => ({ text, junk: true })),
            { text: 'Inspectors find cracks in the Elm Street bridge', junk: false },
            ...body,
            ...below.map((text) => ({ text, junk: true })),
          ];
          const verdicts = classifyLines(page.map((line) => line.text));
          const seen = new Set<string>();
          page.forEach((line, index) => {
            const reason = verdicts[index]?.reason ?? null;
            const repeat = seen.has(line.text);
            seen.add(line.text);
            if (line.junk) expect(reason, line.text).not.toBeNull();
            else if (!repeat) expect(reason, line.text).toBeNull();
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
