// Word lists of general English news style that the quote stages read: speech verbs, titles and
// roles, pronouns, words naming organisations, outlets and documents. Nothing here is about one case.

import { companyWords, honours, ranks } from '../entities/lexicon.ts';

/** Verbs (and fixed phrases) that report speech or writing. */
export const speechVerbs = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'wrote', 'writes',
  'explained', 'explains', 'noted', 'notes', 'stressed', 'stresses', 'insisted', 'insists', 'argued',
  'argues', 'claimed', 'claims', 'warned', 'warns', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'asked', 'asks', 'answered', 'replied', 'replies', 'responded', 'responds', 'continued',
  'continues', 'declared', 'declares', 'announced', 'announces', 'confirmed', 'confirms', 'denied',
  'denies', 'maintained', 'maintains', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'urged', 'urges', 'tweeted', 'tweets', 'posted', 'recalled', 'recalls', 'observed', 'suggested',
  'suggests', 'predicted', 'described', 'describes', 'concluded', 'cautioned', 'complained',
  'conceded', 'contended', 'remarked', 'reiterated', 'reiterates', 'testified', 'vowed', 'vows',
  'pledged', 'promised', 'commented', 'countered', 'alleged', 'alleges', 'assured', 'boasted',
  'recounted', 'shouted', 'joked', 'lamented', 'underscored', 'underlined', 'highlighted',
  'reported', 'reports', 'read', 'reads', 'wrote', 'stressed', 'called', 'calls', 'characterized',
  'characterised', 'labeled', 'labelled', 'branded', 'termed', 'dismissed', 'repeated', 'repeats', 'attacked', 'blasted', 'pointed out', 'went on', 'according to', 'disagreed',
  'agreed', 'objected', 'protested', 'retorted', 'interjected', 'texted', 'emailed', 'echoed', 'summed up',
  'wondered', 'wonders', 'asserted', 'asserts', 'affirmed', 'mentioned', 'quipped', 'quips', 'mused', 'muses', 'reflected', 'reflects',
  'exclaimed', 'demanded', 'demands', 'ordered', 'orders', 'instructed', 'directed', 'pleaded', 'pleads', 'whispered', 'yelled', 'clarified', 'elaborated',
  'speculated', 'ventured', 'concurred', 'remembered', 'remembers', 'recounts', 'shot back', 'fired back', 'chimed in',
  'put it', 'put it this way', 'put it that way', 'in the words of', 'were the words of', 'are the words of', 'was the verdict of', 'signalled', 'signaled', 'accused',
  'praised', 'criticized', 'criticised', 'hailed', 'slammed', 'guaranteed', 'guarantees', 'assures', 'affirms',
  // An apology in someone's words: "Roe apologised to the nation “for the length of time this has taken”", "“…,” she apologised.".
  'apologised', 'apologized', 'apologises', 'apologizes',
  // A post's words: "“…,” she captioned the photo.".
  'captioned', 'captions',
  // A plea in court or to the public: "“…,” Mr Roe implored court.", "Roe appealed: “…”".
  'implored', 'implores', 'beseeched',
  // Verbs of telling that police and official reporting uses: "“…,” Roe advised.", "Roe disclosed: “…”".
  'advised', 'advises', 'disclosed', 'discloses', 'revealed', 'reveals', 'opined', 'reasoned', 'hinted', 'informed', 'as per',
  // An order or a reminder given in words: "The premier directed that “…” be brought to justice", "Roe reminded drivers to “…”".
  'directed that', 'ordered that', 'reminded', 'reminds',
  // Words someone used, pointed at: "Roe also referred to “an attack on this school”" (not "referred to as", a name).
  'referred to', 'refers to',
  // After the quotation, as South Asian papers write it: "“…,” PM Roe shared.", "“…,” he believed."
  'shared', 'shares', 'believed',
  // A judgment or a statement set out point by point: "“…,” outlined Roe.", "the statement detailed, “…”".
  'outlined', 'outlines', 'detailed',
  // Words passed on: "“…,” Minister Jane Roe relayed through a statement.", "Roe conveyed: “…”", "In a statement, Kelby
  // Airlines expressed, “…”", "“They took a laptop, a tablet …,” listed Roe" (beside the words only: "expressed concern",
  // "listed the building" are no quotation's cue).
  'relayed', 'conveyed', 'expressed', 'listed',
  // A stance defended in someone's words: "Roe has defended the plan as “level-headed and wise”" (beside the words only:
  // "defended the title" is no quotation's cue).
  'defended', 'defends',
  // Counsel's words in court: "Roe submitted, “…”", "the witness deposed that …".
  'submitted', 'submits', 'averred', 'deposed',
  // A figure put in someone's words: "Roe estimated that turnout “was over 90 percent.”" (not "an estimated 1,500").
  'estimated that', 'estimates that',
  // A view put in reported speech, as translated and South Asian copy writes it: "he expressed that he was a journalist “…”".
  'expressed that', 'expresses that',
  // English as wire copy translated from Portuguese, Spanish or Italian writes it: "Roe, commander of the coast guard,
  // considered that “…”", "Roe advanced that …", "Roe referred that …", "In the opinion of the officer, … “…”" (not
  // "is considered a threat": only with "that"; "in the opinion of" stands for "according to").
  'considered that', 'considers that', 'advanced that', 'referred that', 'in the opinion of',
  // A court's finding in its ruling: "Justice Roe held that “…”".
  'held that', 'holds that',
  // A judge's or counsel's question put as reported speech: "Justice Roe questioned that how can …?".
  'questioned that', 'questioned whether',
  // A question put beside its words ("“Where is the evidence?” he questioned"): read only there (`besideWords` in cues.ts).
  'questioned', 'queried',
  // A stance taken on words the text quotes: "The union condemned “the reckless disruption” of the meeting."
  'condemned', 'condemns', 'denounced', 'denounces', 'decried', 'decries', 'deplored', 'deplores', 'welcomed', 'welcomes',
  // Words said in anger or delight, as regional papers and tabloids report them: "He fumed “It should be back to basics …",
  // "“…,” she gushed.".
  'fumed', 'fumes', 'raged', 'rages', 'thundered', 'snapped', 'scoffed', 'gushed', 'enthused', 'sighed', 'bemoaned', 'railed', 'ranted',
];

/** Words in small letters that qualify a role inside a title ("chief financial officer", "managing director"). */
export const titleModifiers = new Set(['financial', 'operating', 'technology', 'information', 'medical', 'marketing', 'communications', 'legal', 'commercial', 'managing', 'outgoing', 'incoming', 'presiding', 'founding', 'commanding']);

/** Verbs after which a following name is the listener, not the speaker ("told CNN"). */
export const listenerVerbs = new Set(['told', 'tells', 'assured', 'asked', 'urged', 'reminded', 'reminds']);

/** Words that name a role or title; before a name they make a title ("FBI Director Jane Roe"). */
export const roleWords = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative',
  'director', 'deputy', 'secretary', 'undersecretary', 'under-secretary', 'president', 'vice', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'head',
  'minister', 'prime', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor',
  'gov.', 'counc.', 'coun.', 'mayor', 'commissioner', 'attorney', 'general', 'judge', 'justice', 'officer', 'official',
  'detective', 'sheriff', 'inspector', 'sergeant', 'sgt.', 'lieutenant', 'lt.', 'captain', 'capt.', 'colonel',
  'col.', 'major', 'commander', 'admiral', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'evp', 'svp', 'rector', 'pastor', 'priest', 'abbot', 'headmaster', 'headmistress', 'headteacher', 'founder', 'executive', 'manager', 'leader', 'coordinator',
  'adviser', 'advisor', 'aide', 'ambassador', 'envoy', 'counsel', 'lawyer', 'prosecutor', 'analyst', 'expert',
  'professor', 'prof.', 'dr.', 'doctor', 'researcher', 'economist', 'consultant', 'councillor', 'councilman',
  // (As American papers spell them: "said local councilor Jane Roe", "school counselor Sam Poe".)
  'councilor', 'counselor', 'counsellor',
  'councilwoman', 'lawmaker', 'speaker', 'superintendent', 'press', 'communications', 'agent', 'special',
  'assistant', 'associate', 'senior', 'former', 'acting', 'interim', 'top', 'mr.', 'mrs.', 'ms.', 'miss', 'mx', 'madam', 'mdm',
  'sir', 'dame', 'lord', 'king', 'queen', 'prince', 'princess', 'pope', 'rev.', 'father', 'bishop', 'rabbi',
  // Peers by their rank before the surname: "Baroness Roe said" after "Jane Roe".
  'baroness', 'baron', 'viscount', 'earl', 'duke', 'duchess',
  'imam', 'premier', 'taoiseach', 'tánaiste', 'tanaiste', 'chancellor', 'editor', 'reporter', 'correspondent', 'columnist', 'author', 'activist',
  'campaigner', 'politician', 'diplomat', 'organiser', 'organizer', 'resident', 'reader', 'viewer', 'listener', 'passenger', 'villager', 'survivor', 'voter', 'witness', 'victim', 'partner', 'owner', 'candidate', 'nominee', 'mp', 'mep',
  // Members of other parliaments, written before a name as MPs are: "Labour TD Jane Roe", "SNP MSP Jane Roe"; a South
  // African province's minister ("MEC for Human Settlements Jane Roe"), a Kenyan county's member ("MCA Jane Roe").
  'td', 'msp', 'mla', 'mpp', 'mha', 'mhk', 'mec', 'mca',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'sgt', 'capt', 'cpt', 'col', 'rev', 'supt',
  // A part-time judge of England's courts ("Recorder Jane Roe said"), a magistrate (Malaysia's honours before a name,
  // "director Datuk Jane Roe", are among the honours below).
  'recorder', 'magistrate',
  // (An Irish police officer's rank: "Garda Jane Roe said".)
  'garda',
  'master', 'marshal', 'coroner', 'meteorologist', 'scientist', 'physician', 'nurse', 'surgeon', 'teacher', 'principal',
  'dean', 'provost', 'chancellor', 'trustee', 'treasurer', 'auditor', 'comptroller', 'clerk', 'registrar',
  'operations', 'spokesperson', 'coxswain', 'skipper', 'pilot', 'engineer', 'architect', 'planner',
  // Occupations news puts before a name ("Hydrologist Jane Roe said"); common surnames (Farmer, Baker) left out.
  'hydrologist', 'geologist', 'biologist', 'ecologist', 'epidemiologist', 'virologist', 'toxicologist',
  'seismologist', 'climatologist', 'criminologist', 'psychologist', 'psychiatrist', 'sociologist',
  'archaeologist', 'historian', 'chemist', 'physicist', 'pharmacist', 'paramedic', 'firefighter',
  'technician', 'mechanic', 'electrician', 'plumber', 'contractor', 'landlord', 'landowner', 'homeowner',
  'shopkeeper', 'stallholder', 'trader', 'rancher', 'fisherman', 'fisherwoman', 'journalist',
  'photographer', 'novelist', 'writer', 'poet', 'playwright', 'filmmaker', 'publisher', 'artist', 'musician', 'lecturer', 'curator', 'librarian', 'surveyor',
  'veterinarian', 'midwife', 'vicar', 'chaplain', 'ranger', 'caretaker', 'retiree',
  // Sport and business as headlines write them: "City boss Jane Roe", "head coach Jane Roe".
  'boss', 'coach', 'goalkeeper', 'midfielder', 'defender', 'winger', 'businessman', 'businesswoman',
  // ("Referee Sam Roe told the players", "“…,” the striker said": the people of a match, by their place in it.)
  'referee', 'umpire', 'keeper', 'playmaker', 'full-back', 'fullback', 'centre-back', 'fly-half', 'scrum-half',
  'batsman', 'batter', 'bowler', 'pitcher', 'quarterback', 'jockey', 'golfer', 'boxer', 'sprinter', 'swimmer', 'footballer', 'cricketer',
  // ("Match-winner Luis Vale said", "Goalscorer Ana Roe": what a player did in the match, before the name.)
  'winner', 'goalscorer', 'scorer',
  // ("“…,” said the seven-time champion": a player by a title won; not "striker", which would stand between a coach and
  // his "he" in "Coach Roe said the striker hurt herself …, before he …".)
  'champion', 'titleholder', 'finalist', 'medallist', 'medalist', 'olympian', 'rider',
  // ("Kelby batting icon Sam Roe tweeted", "United legend Jan Poe said": a player or a performer by the standing of a career.)
  'icon', 'legend',
  'pensioner', 'eyewitness', 'bystander', 'commuter', 'motorist', 'cyclist', 'deckhand', 'dispatcher',
  'investigator', 'lobbyist', 'strategist', 'pollster', 'barrister', 'solicitor', 'advocate', 'collector', 'protester', 'organiser',
  'organizer', 'shopowner', 'warden', 'fr', 'fr.', 'cr', 'cr.', 'sr', 'sr.',
  // Ranks as abbreviated before a name: "Maj. Gen.", "Atty. Gen.", "DCI", "PC".
  'maj', 'maj.', 'brig', 'brig.', 'adm', 'adm.', 'cmdr', 'cmdr.', 'cdr', 'cdr.', 'cpl', 'cpl.', 'pvt', 'pvt.', 'atty', 'atty.',
  'amb', 'amb.', 'sec', 'sec.', 'pres', 'pres.', 'ald', 'ald.', 'dci', 'dc', 'ds', 'di', 'dsu', 'pc', 'pcso', 'acc', 'dcc',
  // Australian and New Zealand police ranks as their releases abbreviate them: "Snr Const Jane Roe", "Ldg Snr Const", "Const.".
  'snr', 'snr.', 'const', 'const.', 'ldg', 'ldg.',
  // ("Asst Comm Jane Roe", "Dep Comm": an assistant or a deputy commissioner, as Southern African papers abbreviate them.)
  'asst', 'asst.', 'comm', 'comm.', 'dep', 'dep.',
  // Family and friends before a name: "her mum Debbie", "his widow Jane Roe".
  'mum', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'fiance', 'fiancé', 'fiancee', 'fiancée',
  'girlfriend', 'boyfriend', 'widow', 'widower', 'aunt', 'uncle', 'grandmother', 'grandfather', 'gran', 'nan', 'cousin',
  'neighbour', 'neighbor', 'friend', 'stepfather', 'stepmother', 'br', 'br.', 'msgr', 'msgr.', 'supt.', 'insp', 'insp.', 'det', 'det.', 'cllr', 'constable', 'magistrate',
  // Honours, styles and professional titles worn before a name, in and beyond English: "Datuk", "Dato'",
  // "Tun", "Sheikh", "Hon.", "Ir." (a registered engineer), "Hj." (one who made the pilgrimage), "Mme", "Herr", "Shri".
  ...honours, 'sheikh', 'sheikha',
  // Ranks of armed and uniformed services: "Commodore Jane Roe", "Brig. Gen. Jane Roe", "Cpl. Jane Roe".
  ...ranks, 'trooper', 'ensign', 'seaman', 'airman', 'gen.',
  // Members of councils and assemblies as US and local papers title them: "Council Member Jane Roe", "County
  // Administrator Jane Roe", "Alderman Jane Roe", "Board Supervisor Jane Roe".
  'member', 'administrator', 'supervisor', 'forecaster', 'alderman', 'alderwoman', 'alderperson', 'selectman', 'selectwoman',
  'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'ombudsman', 'ombudsperson',
]);

/**
 * Words that end the name of a news outlet ("The Harbor Gazette", "Evening Standard"), so that an
 * outlet the lexicon does not list is still read as media.
 */
export const mediaNameWords = new Set([
  'gazette', 'times', 'post', 'journal', 'tribune', 'herald', 'news', 'chronicle', 'observer', 'telegraph',
  'courier', 'daily', 'weekly', 'magazine', 'radio', 'tv', 'television', 'broadcasting', 'press', 'review',
  'inquirer', 'examiner', 'dispatch', 'bulletin', 'monitor', 'register', 'standard', 'globe', 'mail',
  'express', 'gazzetta', 'zeitung', 'newspaper', 'reporter', 'sentinel', 'leader', 'mercury', 'argus',
  'echo', 'advertiser', 'record', 'star', 'sun', 'wire', 'newswire', 'media', 'network', 'broadcaster',
  'ledger', 'clarion', 'enquirer', 'recorder', 'digest', 'beacon', 'bugle', 'gleaner', 'courant', 'spectator',
]);

/** A role word, also inside a hyphenated title ("Secretary-General", "chief-of-staff"). */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return roleWords.has(lower) || (lower.includes('-') && lower.split('-').some((part) => roleWords.has(part)));
}

/**
 * Offices written by their initials before a name, as Kenyan, Nigerian, Indian and Pakistani papers write them
 * ("Education PS Jane Roe", "DCP (South) Jane Roe", "Lagos CP Jane Roe", "MNA Jane Roe"): in capitals only, as
 * lower-case words most are English ("pro", "sp").
 */
export const roleAcronyms = new Set(
  'PS CS CAS PM CM DM SDM ADM DC DCP ACP CP SP SSP DSP ASP IGP IG AIG DIG SHO OCPD OCS DPO PPRO PRO DPP AG SG CJ DCJ MD GM DG ADG VC MNA MPA MLC CDS COAS'.split(' '),
);

/** Compounds that end in a role: "harbourmaster", "headteacher", "chairperson". */
const roleEndings = /(?:master|mistress|teacher|person|keeper|officer|leader|minister|manager|director|secretary)$/u;
/** Endings of nouns for a person by what they do: "administrator", "regulator", "constable" aside. */
const agentEndings = /(?:ator|itor|ector|ister|ivor|ant|ent|ian|ist|eer|ary|able|ker|ver|mer|ner|nter)$/u;

/**
 * A capitalised word before a name that is a title by its form, not by a list: a role word, a compound
 * ending in one, or an English noun of a person's function ("Administrator", "Regulator", "Constable").
 * Words the tagger's lexicon does not hold (most names) never are.
 */
export function isTitleWord(word: string, inLexicon: (lower: string) => boolean): boolean {
  if (roleAcronyms.has(word.replace(/\.$/u, ''))) return true;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (isRoleWord(lower) || isRoleWord(`${lower}.`)) return true;
  // "Mum-of-three", "Father-of-two", "44-year-old": a description joined by hyphens, never a name ("Jean-Pierre").
  if (/^[\p{L}\p{N}]+(?:-\p{Ll}+){1,3}$/u.test(word) && /-(?:of|year|old|time)\b/u.test(lower)) return true;
  if (lower.length < 6) return false;
  if (roleEndings.test(lower) && lower.length > 8) return true;
  return agentEndings.test(lower) && inLexicon(lower);
}

/** Roles that speak for an organisation without being named ("a WRB spokesperson"). */
export const spokesRoles = /^(?:spokes(?:man|woman|person|people|men|women)|representative|press (?:secretary|officer|office)|official|officials)$/i;

/** Spelling variants of one role, merged to the neutral form. */
export function normalizeRole(role: string): string {
  return role.replace(/\bspokes(?:man|woman)\b/gi, 'spokesperson').replace(/\s+/g, ' ').trim();
}

/** Nationals and party members named by the word alone ("the Dane", "the Republican"): a person named before. */
const demonyms = new Set(
  'dane swede finn pole scot briton brit spaniard czech slovak turk greek thai swiss kiwi aussie serb croat slovene basque catalan kurd afghan argentine filipino american mexican kenyan moroccan cuban venezuelan german ugandan rwandan angolan jamaican guatemalan dominican texan israeli pakistani iraqi kuwaiti saudi yemeni omani qatari bangladeshi somali nepali azerbaijani republican democrat conservative tory socialist'.split(' '),
);
const demonymEndings = /(?:ian|ean|ese|(?<!wo)man|woman|lander)$/u;
/** "Dane", "Australian", "Frenchman": a word that names a person by nationality or party. */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (demonyms.has(lower) || (demonymEndings.test(lower) && !organizationEndings.has(lower)));
}
/** Words with those endings that name a body, not a person. */
const organizationEndings = new Set(['vatican', 'guardian', 'smithsonian', 'ombudsman', 'chairman', 'spokesman', 'spokeswoman', 'chairwoman']);

/** Relatives, as a regular-expression alternation: "Roe's daughter, Ana", "said his widow, Maria Roe". */
export const kinWords = 'daughter|son|wife|husband|mother|father|sister|brother|widow|widower|partner|fianc[ée]e?|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|aunt|uncle|stepdaughter|stepson|stepmother|stepfather';
/** Groups that speak together for one person: "the family of Sam Roe", "Roe's parents". */
export const familyGroups = 'family|families|relatives|parents|loved ones|children';

export const personalPronouns: Record<string, 'person' | 'organization' | 'any'> = {
  he: 'person', she: 'person', him: 'person', her: 'person', his: 'person',
  it: 'organization', its: 'organization', they: 'any', their: 'any', them: 'any',
};

/** Words that make a capitalised phrase an organisation. */
export const organizationWords = new Set([
  'department', 'council', 'agency', 'bureau', 'office', 'ministry', 'committee', 'commission', 'service',
  'services', 'police', 'court', 'government', 'administration', 'university', 'college', 'association',
  'institute', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'llc', 'company',
  // Legal forms that end a company's name, in English and other languages: "Roe Pollack LLP", "Medsistem SRL".
  'llp', 'plc', 'gmbh', 'srl', 'spa', 'sarl', 'pty', 'nv', 'bv', 'oyj', 'party', 'army',
  'navy', 'force', 'forces', 'guard', 'command', 'senate', 'house', 'congress', 'parliament', 'assembly',
  'board', 'authority', 'authorities', 'foundation', 'group', 'union', 'federation', 'organization',
  'organisation', 'center', 'centre', 'bank', 'fund', 'network', 'coalition', 'alliance', 'league',
  'campaign', 'society', 'trust', 'press', 'news', 'times', 'post', 'journal', 'tribune', 'herald',
  'patrol', 'constabulary', 'protection', 'enforcement', 'security', 'intelligence', 'embassy', 'consulate', 'court',
  'prosecutors', 'community', 'tribunal', 'secretariat', 'directorate', 'inspectorate', 'unit', 'division', 'squad', 'hospital',
  'school', 'church', 'club', 'firm', 'team', 'industries', 'holdings', 'systems', 'airlines', 'group',
  'coastguard', 'brigade', 'inspectorate', 'delegation', 'mission', 'chapter', 'sanctuary', 'hospice', 'shelter',
  // ("Elections Kelby", an electoral agency by its work and its place; "Inter-Services Public Relations", "Kelby
  // Veterans Affairs": a body by the field it works in.)
  'elections', 'relations', 'affairs',
  // (A school district by its schools: "Kelby County Schools announced …", "Roe Public Schools".)
  'schools',
  // Military units ("the 26 Engineer Regiment", "1st Battalion").
  'regiment', 'battalion', 'corps', 'squadron', 'fleet',
  // Clubs' names end so ("Norton Rovers", "Roe Wanderers", "Roe Athletic"): a team, never a person.
  'rovers', 'wanderers', 'athletic', 'fc', 'afc',
  // Ireland's police force, by its name in Irish ("An Garda Síochána", "Dublin Gardaí"; "Garda" alone is also an officer's
  // rank).
  'síochána', 'siochana', 'gardaí', 'gardai',
  // Legal forms and trades that end a company's name ("Roe Bina Sdn Bhd", "Roe Tbk"), shared with the entity typer.
  ...companyWords,
]);

/** Generic nouns by which an article refers back to an organisation it named ("the agency"). */
/** Words that open a phrase set before a sentence's subject, of where or to whom someone spoke: "In an interview on …", "Speaking to …". */
export const frontedOpeners = 'In|On|At|During|Speaking|Talking|Writing|Asked|Interviewed|Appearing';

/** A body's people at their work, who speak for it: "NTSB investigators said", "fire officials said". */
export const bodyPeople = 'officials|investigators|inspectors|detectives|prosecutors|lawyers|attorneys|engineers|scientists|researchers|staff|headquarters';

export const organizationBackReferences = new Set([
  'agency', 'department', 'bureau', 'ministry', 'council', 'company', 'commission', 'office',
  'administration', 'government', 'police', 'firm', 'committee', 'organization', 'organisation',
  'group', 'authority', 'service', 'campaign', 'embassy', 'court', 'board', 'union', 'party',
  'university', 'college', 'school', 'hospital', 'bank', 'club', 'airline', 'carrier', 'charity', 'foundation',
  'institute', 'regulator', 'watchdog', 'trust', 'league', 'federation', 'association', 'broadcaster', 'operator',
  'manufacturer', 'retailer', 'insurer', 'contractor', 'supermarket', 'chain', 'consulate', 'prosecutors',
  'lender', 'miner', 'drugmaker', 'carmaker', 'automaker', 'developer', 'publisher', 'supplier', 'utility', 'platform', 'startup', 'management', 'body',
  // ("the centre said in a statement" after "the national cyber resilience centre NCWC", "the force said" after a police force.)
  'centre', 'center', 'force', 'coalition', 'alliance', 'movement', 'society', 'tribunal', 'inspectorate', 'directorate', 'secretariat',
  // ("the district said" after "the Kelby Unified School District": a school, water or fire district, by its name only.)
  'district',
  // ("According to the village, …" after "the village of Kelby": a local government by its kind, as "the city" and "the county".)
  'village', 'town', 'township', 'municipality', 'borough', 'parish',
]);

/** Generic nouns by which an article refers back to a news outlet ("the network added"). */
export const mediaBackReferences = new Set([
  'network', 'outlet', 'newspaper', 'paper', 'broadcaster', 'channel', 'station', 'magazine',
  'publication', 'report', 'reports', 'website', 'site', 'daily', 'tabloid', 'wire', 'reporting',
]);

/** Nouns for a written statement, whose words belong to its author ("her statement", "the FBI statement"). */
export const documentWords = new Set([
  'statement', 'statements', 'release', 'letter', 'email', 'e-mail', 'memo', 'filing', 'post', 'tweet',
  'message', 'remarks', 'testimony', 'complaint', 'affidavit', 'lawsuit', 'indictment', 'notice', 'note',
  // A court's decision in writing ("the ruling says", "the judgment read"): what `courtDocument` gives to the court or judge.
  'ruling', 'judgment', 'judgement', 'order', 'verdict', 'decision',
  // What an agency issues to the public ("“…,” the warning states").
  'warning', 'advisory', 'alert', 'forecast', 'bulletin', 'circular', 'update', 'announcement',
  // What a body or a group sets out in writing ("“…,” the notification reads", "the manifesto says", "a Treasury readout").
  'notification', 'manifesto', 'petition', 'communique', 'communiqué', 'declaration', 'readout', 'submission', 'directive',
]);

/** People who are not named: a careful reader can tell their kind, not their name. */
export const anonymousSpeakers = /^(?:(?:a|an|one|two|three|several|multiple|some|many|other|the|these|those|\d+)\s+)?(?:(?:senior|former|current|local|federal|state|top|unnamed|anonymous|[A-Z]{2,}|US|U\.S\.|administration|government|law enforcement|intelligence|security|military|police|western|european|american)\s+)*(?:officials?|sources?|people|persons?|officers?|aides?|analysts?|experts?|critics?|residents?|witnesses|witness|observers?|insiders?|diplomats?|lawmakers?|authorities|investigators?|agents?|staff(?:ers)?|employees?|members?|activists?|supporters?|opponents?|advocates?|neighbou?rs?|friends?|relatives?|family|someone|others)$/i;

/** Words that introduce a name or title in quotation marks rather than reported speech. */
export const namingCue = /(?:\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|graffiti|slogans?|headlines?|caps?|hats?|stickers?)\b[^.\u2026]{0,30}?\b(?:reading|that read|read|saying|bearing|with)|\bso[- ]called|\bdubbed|\bknown as|\btermed|\b(?:en)?titled|\bnicknamed|\bbilled as|\bcode-?named|\b(?:the|a|an)\s+(?:words?|terms?|phrases?|slogan|hashtag|label|motto|name|expression)|\b(?:a|an|the)\s+[\p{L}-]+\s+(?:called|named))\s*[,:]?\s*$/iu;

/**
 * Outlets known by name: a general lexicon of news organisations, so that "according to Reuters"
 * is read as media without the text having to say so.
 */
export const knownOutlets = new Set([
  'CNN', 'BBC', 'BBC News', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg',
  'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'Fox News', 'NBC News', 'NBC', 'ABC News', 'ABC', 'CBS News', 'CBS', 'NPR', 'PBS',
  'MSNBC', 'Politico', 'Axios', 'The Guardian', 'Guardian', 'Al Jazeera', 'Financial Times', 'The Times',
  'The Telegraph', 'Sky News', 'USA Today', 'Los Angeles Times', 'The Atlantic', 'The Independent',
  'Daily Mail', 'Newsweek', 'Time', 'Vox', 'BuzzFeed News', 'HuffPost', 'ProPublica', 'The Hill',
  'Deutsche Welle', 'DW', 'France 24', 'Le Monde', 'Der Spiegel', 'El País', 'NHK', 'Xinhua', 'TASS',
  'Yonhap', 'Kyodo', 'The Economist', 'The New Yorker', 'Semafor', 'The Intercept', 'Business Insider',
  'Insider', 'CNBC', 'Euronews', 'The Sun', 'The Mirror', 'The Globe and Mail', 'CBC', 'ABC News Australia',
]);

/** Acronyms that are an organisation's common name, ahead of its long form. */
export const acronymsAsNames = new Set([
  'FBI', 'CIA', 'NSA', 'NASA', 'NATO', 'UN', 'EU', 'WHO', 'IMF', 'FDA', 'CDC', 'EPA', 'IRS', 'ICE', 'DEA',
  'ATF', 'FEMA', 'MI5', 'MI6', 'NHS', 'OPEC', 'UNESCO', 'UNICEF', 'IAEA', 'SEC', 'FTC', 'FAA', 'TSA',
]);

/** Words that, capitalised at the start of a sentence, are not part of a name. */
export const sentenceWords = new Set([
  'but', 'and', 'or', 'so', 'yet', 'while', 'when', 'whereas', 'though', 'although', 'however', 'meanwhile',
  'still', 'also', 'then', 'now', 'later', 'earlier', 'speaking', 'likewise', 'instead', 'indeed', 'in',
  'on', 'at', 'by', 'for', 'with', 'after', 'before', 'as', 'since', 'if', 'because', 'that', 'which',
  'who', 'where', 'this', 'these', 'those', 'there', 'here', 'what', 'asked', 'separately', 'previously',
  'last', 'this', 'yesterday', 'today', 'tomorrow', 'tonight', 'finally', 'first', 'second', 'moreover', 'furthermore',
  'additionally', 'again', 'once', 'even', 'only', 'not', 'no', 'writing', 'responding', 'from', 'to', 'of',
  'under', 'over', 'during', 'among', 'about', 'against', 'into', 'through', 'until', 'within', 'without',
  // Words that open a clause or a phrase, capitalised only because a sentence starts with them: "Whether the Roe
  // Inspectorate acts…" names "the Roe Inspectorate", not "Whether the Roe Inspectorate".
  'whether', 'unless', 'whose', 'whom', 'how', 'why', 'despite', 'amid', 'amidst', 'unlike', 'towards', 'toward',
  'across', 'along', 'around', 'between', 'beneath', 'beside', 'besides', 'beyond', 'throughout', 'upon', 'via',
  // A question's auxiliary: "Has Skyvale just ceased operating?" asks about Skyvale, no one called "Has Skyvale".
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'does', 'did', 'do', 'can', 'could', 'should', 'would', 'shall', 'must',
  // A quantity that opens a sentence: "Millions of Kelby Phones customers …" names "Kelby Phones", not "Millions of …".
  'millions', 'thousands', 'hundreds', 'dozens', 'billions', 'several', 'many',
]);

/** The days and months as news writes them, for patterns that must not take a date for a name or a speaker. */
export const weekdayNames = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const weekdayPattern = new RegExp(`^(?:${weekdayNames})$`, 'u');
/** "Tuesday": a day's name, as a word of its own ("said Jane Roe Tuesday"). */
export const isWeekday = (word: string) => weekdayPattern.test(word);
export const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Abbreviations whose period does not end a sentence. */
export const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'st',
  'jr', 'sr', 'rev', 'hon', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'approx', 'dept', 'est',
  'det', 'supt', 'insp', 'atty', 'adm', 'brig', 'cmdr', 'cdr', 'cpl', 'pvt', 'fr', 'cllr', 'amb', 'pres',
  'ir', 'hj', 'md', 'mohd', 'muhd', 'smt', 'mme', 'counc', 'coun', 'supv', 'asst', 'sup', 'snr', 'const', 'ldg', 'comm',
]);

/**
 * Particles that stand inside a surname: Irish "Ó", "Ní", "Nic", "Mac"; "van", "von der", "de la", "bin", "al"; and the
 * Malay lineage names a father's name repeats ("Wan Ahmad Zaki Wan Roslan", "Nik Aina Nik Roe").
 */
const particles = new Set(['ó', 'o', 'ní', 'ni', 'nic', 'mac', 'mc', 'ua', 'uí', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'di', 'du', 'la', 'le', 'del', 'della', 'dela', 'delos', 'dos', 'das', 'ter', 'ten', 'al', 'el', 'st', 'st.', 'wan', 'nik', 'es']);
/**
 * Particles that say "son of" or "daughter of" (Malay and Arabic "bin", "binti", "ibn", "bint"; Malaysian and
 * Singaporean Indian "a/l", "a/p", "s/o", "d/o"): the words before are the person's own name, by which later
 * mentions call them, and news may drop the particle ("Aina binti Roslan" is "Aina Roslan").
 */
const patronymics = new Set(['bin', 'binti', 'binte', 'bint', 'ibn', 'a/l', 'a/p', 's/o', 'd/o']);

export function isParticle(word: string): boolean {
  const lower = word.toLowerCase();
  return (particles.has(lower) || patronymics.has(lower)) && word.length <= 6;
}

/** A particle of descent ("bin", "a/l"), written in lower case as such particles are. */
export function isPatronymic(word: string): boolean {
  return patronymics.has(word) || (patronymics.has(word.toLowerCase()) && word.includes('/'));
}

/** "al-Hamadi", "el-Sayed", "bin-Laden": a surname joined to its particle, written in lower case, is still a name. */
export function isJoinedName(word: string): boolean {
  // (Most words hold no hyphen in their first five letters: a cheap test first, as every token passes here.)
  const hyphen = word.indexOf('-');
  return hyphen > 1 && hyphen < 5 && /^(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn|abu|bint|ben|da|de|di|du)-\p{Lu}\p{Ll}/u.test(word);
}

/** The surname of a full name, with the particles before its last word: "Ó Súilleabháin", "von der Leyen". */
export function surnameOf(full: string): string {
  const parts = full.split(' ');
  // ("Jose Roe Jr.", "John Roe III": a generation's mark after the surname is no surname.)
  while (parts.length > 2 && generation.test(parts.at(-1) ?? '')) parts.pop();
  // ("Leung Kwok-hung", "Eric Ma Siu-cheung", "Carrie Lam Cheng Yuet-ngor": a Chinese given name, its syllables joined by a
  // hyphen, comes last; the surname stands first, or after the English given name.)
  if (parts.length >= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts.at(-1) ?? '')) return parts[parts.length === 2 ? 0 : 1] ?? full;
  let from = parts.length - 1;
  while (from > 1 && isParticle(parts[from - 1] ?? '')) from--;
  return parts.slice(from).join(' ');
}

/** "Sheikh Hasina", "Syed Roe": honours South Asian names carry as their first word, part of the name before one word. */
export const honourNames = /^(?:Sheikh|Shaikh|Sheikha|Syed|Sayyid|Mirza|Khwaja|Begum)$/u;

/** "Jr.", "Sr", "III": the mark of a generation after a name. */
export const generation = /^(?:jr|sr|snr|jnr)\.?$|^(?:ii|iii|iv)$/iu;

/** "Health Ministry" ↔ "Ministry of Health": a body's name in the other order, in the case it was given, or null. */
export function otherOrder(name: string): string | null {
  const before = /^(\p{L}[\p{L} ]{2,40}?) (ministry|department|office|agency|commission|inspectorate)$/iu.exec(name);
  if (before?.[1] && before[2]) return `${before[2]} of ${before[1]}`;
  const after = /^(ministry|department|office|agency|commission|inspectorate) (?:of|for) (?:the )?(\p{L}[\p{L} ]{2,40})$/iu.exec(name);
  return after?.[1] && after[2] ? `${after[2]} ${after[1]}` : null;
}

/**
 * "Paris-based", "Nasdaq-listed", "state-owned", "Labour-led": a compound that says where a body is based, listed
 * or who owns or runs it describes the name it stands before and is no part of it (nor are the words before it).
 */
export function isDescribingCompound(word: string): boolean {
  return word.includes('-') && /^[\p{L}\p{N}.&'’]+(?:-[\p{L}\p{N}]+)*-(?:based|listed|owned|backed|controlled|run|registered|headquartered|funded|linked|operated|affiliated|led|quoted|traded|focused|born|raised|bred|trained|educated|made)$/iu.test(word);
}

/** "Tan Sri", "Datuk Seri", "Toh Puan": Malaysian honours of two words, each of which alone may be a name ("Tan"). */
export function isHonorificPair(first: string, second: string): boolean {
  return /^(?:tan|puan|toh|datuk|dato|dato['’])$/u.test(first.toLowerCase()) && /^(?:sri|seri|puan)$/u.test(second.toLowerCase());
}

/** Words that link a sentence to the one before ("Still,", "Later,", "Meanwhile,"), standing before its subject. */
const linkingWords = ['but', 'and', 'yet', 'so', 'still', 'later', 'earlier', 'previously', 'afterwards', 'then', 'now', 'also', 'again', 'instead', 'however', 'meanwhile', 'furthermore', 'moreover', 'besides', 'indeed', 'finally', 'nonetheless', 'nevertheless'];
/** Those words as an alternation for a pattern, each with or without its capital ("Still", "still"). */
export const linkingOpeners = linkingWords.map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`).join('|');

/** Words that end a place's name after it ("Kelby North", "Dublin Bay South"), never a person's first name. */
export const placeHalves = /^(?:north|south|east|west|central|upper|lower|mid|inner|outer|greater|rural|urban|city|town|county)$/u;

/** People of a place a reporter quotes without a name: "a resident of downtown Kelby", "a trader in Roe Market". */
export const localPeople = 'resident|villager|neighbou?r|witness|eyewitness|local|worker|student|passenger|commuter|shopper|motorist|parent|trader|vendor|farmer|fisherman|driver';
/** Members of a body's or a place's public, named by what they are to it: "one TTC user", "a Kelby Rovers fan". */
export const publicPeople = `${localPeople}|user|rider|customer|fan|supporter|voter|reader|listener|viewer|patient|subscriber`;

/** A field in a name that lists several: capitalised words, "the" at most before them ("the Environment"). */
const listedField = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
/**
 * "Department for Environment, Food and Rural Affairs", "Minister of Justice, Legal and Parliamentary Affairs": a body's
 * or an office's name that lists its fields, commas and all. Group 1 is the head before "of" or "for"; see `listedHead`.
 */
export const listedFields = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:of|for)\s+${listedField}(?:,\s+${listedField})+,?\s+(?:and|&)\s+${listedField}`, 'gu');

/** Whether the head of a `listedFields` match names a body ("Department") or an office ("Minister"), or neither. */
export function listedHead(head: string): 'body' | 'office' | null {
  const last = (head.split(/\s+/u).at(-1) ?? '').toLowerCase();
  return organizationWords.has(last) ? 'body' : isRoleWord(last) ? 'office' : null;
}
