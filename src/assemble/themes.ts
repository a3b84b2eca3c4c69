// Themes for background facts when the article gives no subheading: the topic whose general words a
// sentence uses most, from a small lexicon, so a reader sees why a fact stands where it does.

const topics: Array<{ theme: string; words: string[] }> = [
  { theme: 'Politics', words: ['administration', 'administrations', 'republicans', 'democrats', 'political', 'politically', 'campaign', 'election', 'elections', 'lawmakers', 'congress', 'congressional', 'parliament', 'opposition', 'voters', 'party'] },
  { theme: 'Law and policy', words: ['policy', 'policies', 'law', 'laws', 'legislation', 'regulation', 'regulations', 'rules', 'ban', 'court', 'courts', 'legal', 'visa', 'permit'] },
  { theme: 'Figures and trends', words: ['percent', 'percentage', 'data', 'statistics', 'rate', 'rates', 'trend', 'growing', 'increase', 'decline', 'annually', 'total', 'average', 'record'] },
  { theme: 'Security', words: ['terrorism', 'terror', 'terrorist', 'terrorists', 'threat', 'threats', 'security', 'intelligence', 'counterterrorism', 'military', 'surveillance', 'watchlist'] },
  { theme: 'Economy', words: ['economy', 'economic', 'prices', 'inflation', 'jobs', 'market', 'markets', 'budget', 'cost', 'costs', 'funding', 'resources'] },
  { theme: 'Health', words: ['health', 'hospital', 'hospitals', 'disease', 'patients', 'vaccine', 'medical'] },
  { theme: 'Environment', words: ['climate', 'emissions', 'pollution', 'environmental', 'flooding', 'drought', 'wildfire'] },
];

/** The theme of a background sentence: its heading if the article has one, else its topic, else "Background". */
export function themeOf(text: string, heading: string | null): string {
  if (heading) return heading;
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  let best = { theme: 'Background', hits: 0 };
  for (const topic of topics) {
    const hits = topic.words.filter((word) => words.has(word)).length;
    if (hits > best.hits) best = { theme: topic.theme, hits };
  }
  return best.theme;
}
