// Word lists of general English that the section classifier reads: speech verbs, who may speak for a
// case, and the cues that tell the case's own events from background. No names of any case here.

/** Verbs (and "according to") that attribute words to someone. */
export const speechVerbs = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'stressed', 'stresses',
  'noted', 'notes', 'explained', 'announced', 'confirmed', 'confirms', 'wrote', 'writes', 'warned', 'warns',
  'insisted', 'argued', 'acknowledged', 'declared', 'claimed', 'claims', 'asserted', 'emphasized',
  'emphasised', 'underscored', 'cautioned', 'replied', 'testified', 'tweeted', 'posted',
  // Verbs of a stance taken: what follows is the speaker's view or claim.
  'insists', 'insist', 'denied', 'denies', 'vowed', 'urged', 'promised', 'contended', 'believes', 'thinks', 'expects',
  'described', 'slammed', 'welcomed', 'criticised', 'criticized', 'praised', 'disputes', 'defended',
  'apologised', 'apologized', 'claim', 'saying', 'insisting', 'adding', 'arguing', 'claiming',
  // Verbs of a reply or a charge made in words.
  'conceded', 'admitted', 'reiterated', 'repeated', 'disputed', 'rejected', 'accused',
  'alleged', 'alleges', 'explains', 'questioned', 'condemned', 'dismissed', 'lamented', 'hailed', 'suggested', 'maintained', 'recalled', 'recounted',
  // Verbs that report what someone made known or how they judged it ("revealed that", "assured the public", "blamed the
  // delay on"): the reporter relays a party's words without quoting them.
  'assured', 'assures', 'revealed', 'reveals', 'disclosed', 'discloses', 'indicated', 'clarified', 'affirmed', 'reaffirmed',
  'reminded', 'informed', 'refuted', 'commended', 'voiced', 'expressed', 'blamed', 'attributed', 'observed', 'concurred',
  // The same, of two words: a call made or a point put in words ("called on residents to", "called for calm", "pointed out that").
  'called on', 'called for', 'calls on', 'calls for', 'pointed out', 'spoke out',
  // A view held, told in the past ("believed the response had been well run", "felt that the crews did well").
  'believed', 'felt',
]);

/** Nouns for someone who speaks on the record for an office or an agency. */
export const officialTitles = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'statement', 'statements', 'director',
  'secretary', 'minister', 'president', 'chief', 'commissioner', 'governor', 'mayor', 'senator',
  'representative', 'ambassador', 'attorney', 'prosecutor', 'prosecutors', 'judge', 'sheriff',
  'chairman', 'chairwoman', 'chair', 'administrator', 'superintendent', 'inspector', 'general',
  'he', 'she', 'it', 'his', 'her', 'its',
]);

/** Bodies that speak for themselves: "the company said", "the ministry said in a statement". */
export const institutions = new Set([
  'company', 'firm', 'agency', 'department', 'ministry', 'police', 'council', 'authority', 'regulator',
  'government', 'court', 'prosecutors', 'operator', 'utility', 'county', 'city', 'board', 'district',
  'university', 'hospital', 'school', 'airline', 'army', 'military', 'embassy', 'bureau', 'commission',
  'committee', 'office', 'department\u2019s', 'party', 'club', 'union', 'museum', 'library', 'landlord', 'owner',
  'coastguard', 'centre', 'center', 'institute', 'charity', 'trust', 'team', 'league', 'federation', 'association', 'service',
  'foundation', 'organisation', 'organization', 'defense', 'defence', 'executive', 'executives', 'management', 'ombudsman', 'watchdog',
]);

/** Nouns of unnamed sourcing: what they say is reporting, not an official statement. */
export const anonymousSources = new Set([
  'official', 'officials', 'source', 'sources', 'people', 'person', 'experts', 'analysts', 'witnesses',
  'residents', 'observers', 'critics', 'insiders', 'aides', 'they', 'some', 'others', 'neighbours',
  'neighbors', 'locals', 'bystanders', 'passengers', 'relatives', 'families', 'friends', 'survivors',
  'lawmakers', 'legislators', 'politicians', 'activists', 'advocates', 'scientists', 'researchers', 'economists',
  'campaigners', 'commentators', 'opponents', 'supporters', 'investigators',
]);

/** Nouns for a publication or a document, whose words are reporting, not a statement. */
export const mediaNouns = new Set([
  'report', 'reports', 'reporting', 'decision', 'indictment', 'ruling', 'judgment', 'judgement', 'verdict', 'affidavit', 'lawsuit', 'petition', 'network', 'newspaper', 'outlet', 'paper', 'broadcaster', 'channel',
  'magazine', 'records', 'documents', 'document', 'filing', 'filings', 'gazette', 'times', 'post', 'journal',
  'herald', 'tribune', 'chronicle', 'courier', 'ledger', 'telegraph', 'observer', 'daily', 'news', 'press',
  'wire', 'newswire', 'radio', 'television', 'tv', 'broadcast',
]);

/** Nouns for numbers gathered over time: what they support is background, not the case. */
export const dataNouns = new Set(['data', 'figures', 'statistics', 'study', 'studies', 'survey', 'surveys', 'analysis', 'analyses', 'poll', 'polls', 'census', 'estimates']);

/** A request for comment is a statement paragraph even though nobody has spoken yet. */
export const commentRequests = [
  'for comment', 'declined to comment', 'did not respond', 'did not immediately respond',
  'reached out to', 'requests for comment', 'request for comment', 'could not be reached', 'declined to say',
  'declined an interview', 'declined to be interviewed', 'referred questions',
];

/** Phrases of background: general time spans, politics and policy, statistics. */
export const contextCues = [
  'in recent years', 'in a given year', 'for years', 'for decades', 'historically', 'has long', 'have long',
  'often', 'routinely', 'typically', 'generally', 'usually', 'each year', 'every year', 'annually',
  'administration', 'administrations', 'republicans', 'democrats', 'political', 'politically', 'policy',
  'policies', 'campaign', 'lawmakers', 'legislation', 'percentage', 'percent', 'per cent', 'a growing number',
  'the total number', 'so-called', 'in general', 'around the world', 'nationwide', 'trend',
  // Times before the case and other cases like it.
  'last year', 'years ago', 'decades ago', 'in the past', 'previous', 'previously', 'similar', 'rarely', 'on average',
];

/** Phrases that point at this case: its own moments and definite references to it. */
export const eventCues = [
  'the incident', 'the episode', 'the case', 'the attack', 'the suspect', 'the suspects', 'the victim',
  'the victims', 'the investigation', 'the operation', 'this group', 'this network', 'this particular',
  'these individuals', 'the individuals', 'later', 'subsequently', 'immediately', 'at this point', 'so far',
  'arrested', 'detained', 'charged', 'located', 'released', 'learned', 'rushed', 'circulated',
  'under investigation', 'meanwhile',
];

/** Moments of the case itself, relative to the day of writing. */
export const timeAnchors = [
  'earlier this year', 'earlier this month', 'earlier this week', 'last week', 'last month', 'yesterday',
  'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
  'this week', 'this month', 'this morning', 'this afternoon', 'this evening', 'today', 'tonight', 'tomorrow', 'overnight',
  'next week', 'next month', 'later this week', 'later this month',
];

/** Finite verb forms of the present, for the tense balance of a paragraph. */
export const presentForms = new Set([
  'is', 'are', 'has', 'have', 'does', 'do', 'may', 'can', 'might', 'must', 'remains', 'remain', 'sits',
  'represents', 'take', 'takes', 'run', 'runs', 'trigger', 'triggers', 'raises', 'face', 'faces', 'isn\u2019t',
  "isn't", 'aren\u2019t', "aren't", 'don\u2019t', "don't", 'doesn\u2019t', "doesn't",
]);

/** Irregular past forms; regular ones end in -ed. */
export const pastForms = new Set([
  'was', 'were', 'had', 'did', 'came', 'went', 'found', 'told', 'said', 'sent', 'took', 'made', 'left',
  'began', 'kept', 'got', 'gave', 'saw', 'met', 'led', 'fled', 'held', 'knew', 'spoke', 'wrote', 'caught',
  'brought', 'thought', 'sought', 'ran', 'set', 'put', 'hit', 'shot', 'struck', 'fell', 'rose', 'became',
  'wasn\u2019t', "wasn't", 'weren\u2019t', "weren't", 'didn\u2019t', "didn't",
]);

/** Past participles of irregular verbs not ending in -ed, -en or -wn, and not among the past forms: "has begun", "have won". */
export const irregularParticiples = new Set([
  'begun', 'run', 'come', 'become', 'won', 'spent', 'lost', 'built', 'paid', 'bought', 'sold', 'heard', 'stood',
  'understood', 'shut', 'cut', 'let', 'meant', 'dealt', 'felt', 'fought', 'stuck', 'dug', 'sung', 'drunk', 'sunk', 'hung',
  'fed', 'read', 'taught', 'lent', 'bent', 'sat', 'slept', 'swept', 'wept', 'crept', 'lit', 'laid', 'spread',
  'split', 'quit', 'burst', 'cost', 'bet', 'shed', 'thrust', 'upset', 'hurt', 'struck', 'swung', 'gotten', 'done', 'gone', 'seen',
]);

/** Words that, right before an -ed form, make it a participle rather than a past tense. */
export const auxiliaries = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'not',
]);

/** Currencies written before a sum ("EUR 50,000", "R$20,000") and named after it ("1.9 million pounds"). */
export const currencyCodes = ['USD', 'EUR', 'GBP', 'CHF', 'AUD', 'CAD', 'NZD', 'ZAR', 'PHP', 'INR', 'BRL', 'R$', 'Rs.', 'Rs', 'RM', 'Kč', 'zł'];
export const currencyNames = ['pounds?', 'euros?', 'dollars?', 'francs?', 'rupees?', 'pesos?', 'reais', 'rand', 'yen', 'yuan', 'koruna', 'zloty', 'lei', 'ringgit', 'sterling'];
