// Word lists of general English for names: the titles stripped from a person's name, the words that
// make a name an organisation, and the regions a country list lacks. Country names come from Intl.

/**
 * Honours and styles worn before a name, in and beyond English ("Datuk", "Dato'", "Tun", "Hon.", "Ir." for a registered
 * engineer, "Hj." for one who made the pilgrimage, "Mme", "Herr", "Shri"), and ranks as services abbreviate them ("Brig.",
 * "Cpl.", "Cmdr."): shared by the entity typer and the speaker registry.
 */
export const honours = ['datuk', 'dato', "dato'", 'dato’', 'datin', 'tun', 'puan', 'encik', 'haji', 'hajah', 'hj', 'hj.', 'hon', 'hon.', 'ir', 'ir.', 'mme', 'mme.', 'mlle', 'herr', 'frau', 'shri', 'smt', 'smt.'];
export const ranks = ['commodore', 'brigadier', 'brig', 'brig.', 'corporal', 'cpl', 'cpl.', 'pte', 'pte.', 'pvt', 'pvt.', 'maj', 'maj.', 'adm', 'adm.', 'cmdr', 'cmdr.', 'cdr', 'cdr.', 'major-general', 'lieutenant-colonel'];

/** Titles and roles in front of a name: "Director", "President", "Sen.". */
export const titles = new Set(
  'undersecretary under-secretary mr mrs ms miss dr prof sir dame lord lady president vice director deputy secretary minister prime chancellor senator sen rep representative governor gov mayor judge justice chief commissioner spokesman spokeswoman spokesperson ambassador general gen colonel col captain capt lieutenant lt sergeant sgt cpt officer detective inspector sheriff attorney prosecutor king queen prince princess pope bishop father rev reverend chairman chairwoman chair ceo founder leader speaker agent special councillor councilor councilman councilwoman alderman commander marshal coach professor executive insp supt det cllr premier superintendent constable trooper coroner magistrate imam rabbi assistant associate counsel snr const ldg asst comm'.split(' ').concat(honours, ranks),
);

/**
 * Legal forms and trades that end a company's name ("Roe Bina Sdn Bhd", "Roe Holdings", "Roe Airways"): shared by the
 * entity typer and the speaker registry, so that "Who is involved" and the statements agree on what is a company.
 */
export const companyWords = new Set(
  'bhd berhad sdn pte pty tbk plc gmbh llp limited holdings industries enterprises construction contractors engineering technologies logistics properties airline airlines airways pharmaceuticals'.split(' '),
);

/** Trades that end a firm's name: "Roe Capital", "Roe Analytics", "Roe Ventures". */
export const firmTails = new Set(
  'capital securities analytics associates advisory research dynamics partners ventures investments consulting consultancy solutions labs laboratory laboratories therapeutics biotech pharma pharmaceuticals meats foods markets motors wireless telecom telecoms energy power mining minerals resources steel chemicals electronics robotics aerospace shipping freight rail railways airways airlines logistics buses lines ferries hotels resorts finance insurance media studios pictures records cycles water airports construction engineering properties homes breweries cable broadband communications telecommunications networks systems software technology entertainment petroleum automotive semiconductors brands cosmetics apparel'.split(' '),
);

/** Words that end or head the name of an organisation. */
export const organizationWords = new Set(
  'department ministry bureau agency office council committee commission service services administration authority authorities police constabulary force forces army navy military guard court courts congress parliament senate house assembly party university college school institute institution foundation association union federation corporation corp company co inc ltd llc group bank fund network news times post journal press tribune herald gazette chronicle courier ledger telegraph observer television radio broadcasting protection security customs patrol intelligence command center centre organization organisation program programme board church hospital club league team state division directorate inspectorate secretariat tribunal trust society coalition alliance clinic museum government legislature municipality academy festival taskforce ambulance productions management brigade'
    .split(' ')
    // Trades that end a firm's name ("Roe Capital", "Roe Analytics"), clubs ("Roe United", "Roe Rovers"), outlets
    // ("Daily Roe", "Roe Review"), and the heads of bodies in other languages ("Banco Roe", "Instituto Roe", "Hotel Roe").
    .concat([...firmTails])
    .concat('library health defence defense united rovers wanderers athletic daily weekly review report fc afc banco instituto institut hotel universidad universidade università universität hôpital ospedale associação asociación sindicato câmara federación federação comisión comissão ministerio ministério ministère'.split(' '))
    .concat([...companyWords]),
);

/** Words that join two parts of one organisation's name ("Department of X", "Customs and Border Protection"). */
export const connectors = new Set(['of', 'for', 'and', 'on', '&']);

/** A group that can be named after an adjective of nationality: "the Danish government". */
export const governmentNouns = new Set(['government', 'parliament', 'military', 'navy', 'army', 'embassy', 'ministry']);

/** Nouns that make a name a place: "Cold Creek", "Harbour Road", "Kings County". */
export const placeWords = new Set(
  'creek river lake sea bay gulf coast island islands mountain mountains mount hill hills valley canyon desert forest park street road avenue lane square bridge dam harbour harbor port county province region district city town village borough airport station stadium estate colony gardens towers reef track trail wilderness area zone peninsula falls beach heights township highway motorway crescent junction highlands reserve castle coliseum complex locality parish gully nagar vihar garden roads ave rd common'.split(' '),
);

/** Words that open a place's name: "Mount Elgon", "Lake Taupō", "Fort William", "Cape Coast". */
export const placeHeads = new Set('mount mt lake port fort cape kampung kampong bukit jalan taman sungai ulu'.split(' '));

/** Letters after a name: honours, silks, seats ("Jane Roe KC", "John Roe MP", "Roe Jr"); no part of the name. */
export const postNominals = new Set('kc qc sc mp msp mla mpp td mep obe mbe cbe kbe dbe jp phd jr sr'.split(' '));

/** Words that open the name of a storm ("Cyclone Gabrielle") and end the name of an event ("Tokyo Olympics", "Suzuki
 * Cup"): no person, body or place. */
export const stormHeads = new Set('storm cyclone typhoon hurricane tropical'.split(' '));
export const eventTails = new Set('olympics paralympics cup games championship championships tournament'.split(' '));
/** Words that open the name of a town's wider area, before the town's own: "Greater Sydney", "Metro Manila" ("Greater Faith Church" is none). */
export const townHeads = new Set('greater metro upper lower'.split(' '));

/** Continents and world regions, with the compass words that can precede them. */
export const regions = new Set(['africa', 'asia', 'europe', 'america', 'americas', 'oceania', 'antarctica', 'caribbean', 'middle east', 'balkans', 'arctic', 'pacific', 'atlantic', 'mediterranean']);
export const compass = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'latin', 'sub-saharan', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** Words that follow a person's surname when their government is meant: "the Smith administration". */
export const governedBy = new Set(['administration', 'administrations', 'government', 'presidency', 'campaign', 'cabinet']);

/** Where a body or a person posts: after "on", the place they wrote, no part of the name before it ("Kelby Police on Facebook"). */
export const platforms = /^(?:Facebook|Twitter|X|Instagram|LinkedIn|TikTok|YouTube|Telegram|WhatsApp|Threads|Snapchat|Reddit|Weibo|WeChat|Bluesky|Mastodon|Truth)$/u;
