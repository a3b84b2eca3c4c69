// The page-furniture lexicon: patterns of general English web-page chrome, each with the short reason
// the source page shows. Nothing here names a case, a person or an outlet; only how sites word their chrome.

export interface JunkPattern {
  reason: string;
  /** Tested against the whole line (trimmed); anchored so that a sentence that merely mentions the words survives. */
  pattern: RegExp;
  /**
   * What every line the pattern matches holds (its words, or how it opens), tested first: a costly pattern
   * (long alternations, lookaheads, `.{0,80}` runs) is then run only on the few lines that can match it.
   */
  needs?: RegExp;
}

const social = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|messenger|flipboard|print|copy link|threads|bluesky|instagram|youtube|tiktok|rss)`;

/**
 * Lines that are chrome wherever they stand, even between two article paragraphs.
 * Each is anchored at both ends or demands a prompt-like opening, so an article sentence cannot match.
 */
/** An embedded post's signature: "— Ministry of Justice (@KelbyMoJ) September 14, 2018", a thread's "1/3" before it. */
export const postSignature = /^(?:\d{1,2}\/\d{1,2}\s*)?[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;

/**
 * A news ticker run into one line: other stories' headlines between bars, "Police making 'watertight case' against Kelby
 * teen over crash that killed 2 | Poll body bars Roe from campaigning …" (two or more of six words and more, no sentence's
 * stop, no quotation). The classifier asks it of lines longer than the lexicon reads; shorter rows of a story's own
 * highlights are its summary box.
 */
export const tickerRun = /^(?![^\n]*[.!?]\s)(?![^\n]*[“”"])(?:[^|\n]*?(?:[^\s|]+\s+){5}[^|\n]*?\s\|\s){1,12}(?:[^\s|]+\s+){3}[^|\n]*$/u;

/** A site's address on a line of its own: "SI.com", "www.kelbynews.co.uk" (a picture's credit, or the site over its headline). */
export const siteAddress = /^(?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,40})?\.(?:com|net|org|info|news|tv|fm|co\.[\p{L}]{2}|com\.[\p{L}]{2}|[\p{L}]{2})$/iu;

export const strongPatterns: JunkPattern[] = [
  { reason: 'hashtag line', pattern: /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u },
  // "@site We spoke to riders about the strike📷 #Kelby #Transit #Strike … ♬ original sound - Site": a video app's post
  // embedded in the page, its caption run into its hashtags and its sound's credit.
  { reason: 'social media embed', needs: /#|♬/u, pattern: /(?:#[\p{L}\p{N}_]+\s+){3,}|♬\s*original sound\b/u },
  // "GOT A STORY?", "Have a news tip?": the newsroom asking readers for stories, over its address.
  { reason: 'contact line', pattern: /^(?:got|have you got|have|do you have) an? (?:story|news (?:story|tip)|tip|story tip)(?: (?:for us|to share|to tell))?\s*[?!.]?$/iu },
  // A page's own code copied with its text: a line that holds an HTML element and ends with one's closing bracket
  // ("Jane Roe <a href="//ads.example/…"> <br /> <img src="…" /></a>", an ad's or a picture's markup).
  // (A lone element too, the line nothing but the tag: "<img height="1" width="1" style="display:none" src="…">", a tracker's pixel.)
  { reason: 'page furniture', needs: /<\/?[a-z]/iu, pattern: /^(?:.{0,400}<(?:a|img|iframe|script|div|span|ins|figure|source|br|p)\b[^<>]{0,400}>.{0,400}>|<(?:img|iframe|script|noscript|source|link|meta)\b[^<>]{0,600}\/?>)$/iu },
  // "Date:", "Location:" alone: a field's label the page left empty.
  { reason: 'page furniture', pattern: /^(?:[•·]\s*)?(?:date|time|location|category|country|region|topic|topics)\s*:$/iu },
  // ("Select your Top Menu from wp menus", "Set your main menu": a site theme's placeholder for a menu it was never given.)
  { reason: 'page furniture', needs: /menu/iu, pattern: /^(?:select|set|assign|add|choose) (?:your |a )?(?:top |main |primary |header |mobile |footer )?menu(?: (?:from|in|under) (?:wp |wordpress |the )?(?:menus|appearance|admin)\b.{0,20})?\.?$/iu },
  // ("The most credible news source in Barbados", "Your trusted source for local news": the site's slogan under its name.)
  { reason: 'site name', needs: /source|voice|newspaper|name in/iu, pattern: /^(?:the|your)\s+(?:most\s+)?(?:credible|trusted|reliable|leading|number one|no\.?\s*1|premier|best|independent|favourite|favorite)\s+(?:\p{L}+\s+){0,2}(?:source|voice|newspaper|name in news)\b.{0,40}$/iu },
  // "NULL Invalid API key … object(stdClass)#8125 (1) { ["error"]=> …", "Component post 10560586 could not be found.": a
  // page's program speaking in the page, a dump of its variables or a part it failed to load.
  { reason: 'page furniture', needs: /stdClass|\]=>|could not be|cannot be/u, pattern: /\bobject\(stdClass\)#\d+|\["[\w-]+"\]=>|^(?:component|module|widget|embed|block|post|content|element|story)(?: [\w-]+){0,2} #?\d+ (?:could not|cannot) be (?:found|loaded|displayed)\.?$/iu },
  // "That's all from Kelby News tonight. Check in again tomorrow for more updates.": a live page signing off.
  { reason: 'site notice', needs: /that['’]s (?:all|it)/iu, pattern: /^that['’]s (?:all|it) (?:from|for) .{1,40}?(?:today|tonight|now|for now|this (?:morning|afternoon|evening|week))[.!]?(?:\s.{0,120})?$/iu },
  // "The Kelby News Agency does not verify these stories and does not vouch for their accuracy.": a press review's disclaimer.
  { reason: 'site notice', needs: /vouch|verify/iu, pattern: /^.{0,60}\b(?:does|do) not (?:verify|vouch for)\b.{0,40}\b(?:stories|reports|articles|content|accuracy)\b.{0,80}$/iu },
  // "KELBY NEWS has a crew at the scene and will have more information as it becomes available.": a station's note on its
  // own coverage under the story.
  { reason: 'site notice', needs: /scene/iu, pattern: /^.{0,60}\b(?:has|have) (?:a )?(?:crews?|reporters?|team|camera crew) (?:at|on) the scene\b.{0,40}\b(?:will (?:have|bring you|update)|as (?:it|they|more) becomes? available|stay with)\b.{0,80}$/iu },
  { reason: 'separator line', pattern: /^[^\p{L}\p{N}]+$/u },
  // "maxItemsPerPage: 10", "startIndex:", "data_layer = {": a page template's settings printed as text, each a programmer's
  // name (words run together in camel or snake case) and its value.
  { reason: 'page furniture', needs: /^[a-z]+(?:[A-Z]|_[a-z])/u, pattern: /^[a-z]+(?:[A-Z][A-Za-z0-9]*|_[a-z0-9]+)+\s*[:=]\s*(?:\{|\[|-?\d+(?:\.\d+)?|true|false|null|undefined|"[^"]{0,40}"|'[^']{0,40}')?[,;]?$/u },
  // "[[nid:104233]]", "{{related-box}}", "[embed]…[/embed]", "[video id=…]": a publishing system's code for an embed, printed as text.
  { reason: 'page furniture', pattern: /^(?:\[\[[^\]\n]{1,80}\]\]|\{\{[^}\n]{1,80}\}\}|\[(?:embed|caption|gallery|video|audio|tweet|related|youtube|instagram|iframe)\s+[^\]\n]{1,200}\].*|\[(?:embed|caption)\].*\[\/(?:embed|caption)\])$/iu },
  {
    reason: 'image placeholder',
    pattern: /^(?:view image in fullscreen|enlarge this image|open image in gallery|toggle caption|hide caption|show caption|expand image|view gallery|click to enlarge)$/i,
  },
  // ("Header Image", "Featured image": the name a page gave its lead picture, printed where the picture stood.)
  { reason: 'image placeholder', pattern: /^(?:file photo|photo illustration|illustration|author (?:picture|photo|image|avatar)|slideshow|photo gallery|view (?:all )?photos|placeholder image|image placeholder|no image available|(?:header|featured|feature|hero|lead|main|cover|top|banner|editorial|stock|article|default|generic) (?:image|photo|picture))$/i },
  // "Sealed boxes (Representational Image) Photo: PTI": a caption ending in its picture's credit.
  // ("Officers stand guard in Kelby. Tribune photo: Jane Roe", "… Express photo by Jane Roe", "… Kelby Times file photo":
  // the paper's own credit, its name before the word.)
  { reason: 'photo caption', needs: /(?:photo|picture|image|credit|pic)s?:/iu, pattern: /^(?=(?:\S+\s+){1,30}\S+$).*\S\s+(?:Photo|Picture|Image|Credit|PHOTO|PIC|Pic|(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:photo|picture|image))s?:\s*\p{Lu}[\p{L}&./ -]{1,40}$/u },
  { reason: 'photo caption', needs: /\s(?:photo|picture)(?:\s+by\s|$)/u, pattern: /^(?=(?:\S+\s+){3,40}\S+$)\p{Lu}.*\p{L}[.!?]\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:file\s+)?(?:photo|picture)(?:\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u },
  // "Commissioner Jane Roe, centre, speaks to officers during a raid": the same placing between commas.
  // (Not "That sounds normal for a coach, right, except for …": "right" asking the reader to agree; nor "neck, back,
  // shoulder and wrist injuries", a list: the back or front of a picture is its row.)
  { reason: 'photo caption', needs: /, (?:left|right|centre|center|second|third|far|front|back|foreground|background)\b/iu, pattern: /^(?=(?:\S+\s+){4,60}\S+$)(?!.*[“"‘])(?!.*, right, (?:except|but|so|yet|then|because|if|unless|though|although)\b)\p{Lu}.*\p{L}, (?:left|right|centre|center|(?:second|third) (?:from )?(?:left|right)|far (?:left|right)|front row|back row|in the (?:foreground|background)), (?:\p{Ll}|and\b).*$/u },
  // "… during a raid in December 2018. —Photo: JANE ROE": a caption with its credit after a dash.
  { reason: 'photo caption', needs: /[—–-]\s*(?:photo|picture|image)s?\s*:/iu, pattern: /^\p{Lu}.{10,400}[.!?]\s*[—–-]\s*(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage)s?\s*:\s*\S.{1,60}$/u },
  // "Minister Jane Roe (left) fields questions at a briefing": a picture's caption, placing whom it shows.
  { reason: 'photo caption', needs: /\((?:left|right|centre|center|second|third|l-r|from left|front|back|top|bottom|inset|pictured|above|below)/iu, pattern: /^(?=(?:\S+\s+){2,60}\S+$)(?!.*\b(?:said|says|told|added|stated|wrote)\b[:,]?\s*[“"‘])(?!.*[”"’],?\s+(?:she|he|they)?\s*(?:said|says|added)\b).*\((?:left|right|centre|center|second (?:from )?(?:left|right)|third (?:from )?(?:left|right)|l-r|from left|front(?: row)?|back(?: row)?|top|bottom|inset|pictured|above|below)\).*$/iu },
  // "+7" over a gallery's first picture: how many more it holds.
  { reason: 'image placeholder', pattern: /^\+\d{1,3}$/u },
  // ("Photo: Roe Rescue. For illustrative purposes.": the credit, and a short note on the picture.)
  // ("Photo: Police.": the credit with its stop.)
  { reason: 'photo credit', pattern: /^(?:image|photo|picture|pic|credit|illustration)s?\s*:\s*[^.]{1,60}(?:\.|\.\s+[^.]{1,40}\.?)?$|^(?:reuters|ap|afp|getty images|epa|shutterstock|alamy|bloomberg|anadolu|xinhua|dpa|pa media|efe)$/i },
  // "Officers outside the court. [Jane Roe, Standard]": a caption signed with its photographer and paper in square brackets.
  // ("Crews search the hill for the helicopter. Video / Jane Roe": a picture's or a video's caption with its credit after a
  // slash, as New Zealand papers print it.)
  { reason: 'photo caption', needs: /(?:video|photo|image|picture)s? \/ \p{Lu}/iu, pattern: /^(?=(?:\S+\s+){2,60}\S+$).*[.!?]\s+(?:Video|Photo|Photos|Image|Picture)\s\/\s\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u },
  { reason: 'photo caption', needs: /\]$/u, pattern: /^(?=(?:\S+\s+){1,40}\S+$).*\S\s+\[\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s*\p{Lu}[\p{L}&.'’ -]{1,40}\]$/u },
  // "(HARBOUR BOARD / KELBY TIMES)": a picture's credit in capitals, its source and the paper, in brackets on a line of its own.
  // ("FILE: A Kelby Police Department patrol SUV parked on Quay Road following a crash (KPD photo from July 9, 2023).",
  // "FILE - The State Capitol.": a file picture's caption, as wire services mark it.)
  { reason: 'photo caption', needs: /^FILE/u, pattern: /^FILE(?: PHOTO)?\s*(?::|\s[-–—])\s+\p{Lu}.{5,400}$/u },
  { reason: 'photo credit', pattern: /^\((?:\p{Lu}[\p{Lu}\p{N}&.'’-]*\s*)+(?:\/\s*(?:\p{Lu}[\p{Lu}\p{N}&.'’-]*\s*)+)+\)$/u },
  // "EPA-EFE/Jane Roe", "Sipa USA via AP", "(File photo)": an agency's credit with its photographer or its channel.
  { reason: 'photo credit', pattern: /^(?:epa(?:-efe)?|efe|afp|ap|reuters|anadolu|xinhua|pa|dpa|ansa|sipa(?: usa)?|nurphoto|zuma(?: press)?|shutterstock|alamy|getty(?: images)?)\s*\/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$|^\p{Lu}[\p{L} .&-]{1,30} via (?:ap|afp|reuters|getty images)$|^\(?(?:file|stock) (?:photo|image|picture)\)?\.?$/iu },
  { reason: 'read-more link', pattern: /^(?:read more|read some more|read also|watch|listen|more|see also|also read|also see|watch more|keep reading|learn more|find out more)\s*:?$|^(?:more|also see|watch more|see more):\s*\S/i },
  { reason: 'app prompt', pattern: /^(?:download|get|install|open)(?: (?:our|the))? (?:free )?app\b[^.]{0,60}$/i },
  { reason: 'cookie notice', pattern: /^(?:accept|reject|agree|i agree|got it)(?: all)?(?: cookies)?$|^manage (?:preferences|cookies|settings|consent)$|^do not sell(?: or share)? my personal information$/i },
  { reason: 'site navigation', pattern: /^(?:\d{1,3}|next page|previous page|please wait|advertise with us|careers|jobs|newsletters|podcasts|e-?paper|obituaries|classifieds|weather)$/i },
  { reason: 'video player', pattern: /^(?:now playing|playing now|replay|watch (?:now|live|video|the video)|video duration|\d{1,2}:\d{2}(?::\d{2})?)$/i },
  // A public radio station's player: "Play Live Radio", "0:00 0:00" (elapsed and total time).
  { reason: 'audio player', pattern: /^(?:play live radio|listen live|listen to (?:the )?live stream|\d{1,2}:\d{2}(?::\d{2})?\s*(?:\/\s*)?\d{1,2}:\d{2}(?::\d{2})?)$/iu },
  // "Kelby Times:": a paper's name and a colon, the label of a picture whose caption the copy left behind.
  // ("East London and West Essex Guardian Series:", "Border Counties Advertizer:": a group's series, a name spelt its own way.)
  { reason: 'photo caption', needs: /:\s*$/u, pattern: /^(?:The )?\p{Lu}[\p{L}'’-]*(?: (?:and )?\p{Lu}[\p{L}'’-]*){0,5} (?:Times|Post|News|Herald|Gazette|Echo|Express|Star|Mail|Journal|Chronicle|Telegraph|Advertiser|Advertizer|Argus|Courier|Press|Mirror|Standard|Tribune|Observer|Guardian|Sentinel|Examiner|Citizen|Live|Series|Leader|Recorder|Reporter|Bulletin|Mercury|Messenger|Dispatch|Courant|Enquirer|Inquirer):$/u },
  // An article's read-aloud player: "Loading Audio... Article will play after ad...", "Playing in :00".
  { reason: 'audio player', needs: /loading audio|playing in/iu, pattern: /^loading audio\b.{0,80}$|^playing in\s*\d{0,2}:\d{2}$/iu },
  // "[Kelby firefighters closer to putting out the fires]": another story's title in brackets between paragraphs, a link
  // (no sentence in it: no stop, no colon).
  { reason: 'read-more link', needs: /^\[/u, pattern: /^\[\p{Lu}[^\]\n.!?:;]{12,160}\]$/u },
  // A station's or paper's slogan of short title-case phrases: "Our Community. Our Nation. Our World.", "Local News. Local Voices."
  { reason: 'page header', pattern: /^(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}[.!]\s*){2,4}$/u },
  // "Related video:", "Watch Jane Roe speaking here shortly:", "Watch the moment the crane fell below:": a player's label over
  // the video the copy left out (a name and "speaking", "here", "below" or "above", never a sentence of the story's).
  { reason: 'video player', needs: /video|watch/iu, pattern: /^(?:related videos?|watch(?: the)? video(?: below| above)?)\s*:?$|^watch\s+(?!(?:this|that|out|for|as|the game|live)\b)[^.!?“”"]{2,80}\s(?:speaking|speak|talking|talk|explaining|here|below|above)(?:\s+(?:shortly|now|in full))?\s*:$/iu },
  // "►Make it easy to keep up to date with more stories like this. Download the Kelby 13 app now.": a station's app pitch.
  { reason: 'app promotion', needs: /keep up/iu, pattern: /^[►▶•*-]?\s*make it easy to keep up[- ]to[- ]date\b.{0,200}$/iu },
  // "Watch on YouTube: "<a video's title>"": an embedded player's link out, with the video's title.
  { reason: 'video player', needs: /^watch on/iu, pattern: /^watch on (?:youtube|vimeo|facebook|dailymotion)\b(?:\s*[:–—-]\s*.{0,240})?$/iu },
  // "Example Logo": the alternative text of the site's logo, alone on its line.
  { reason: 'image placeholder', needs: /logo$/iu, pattern: /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s){1,3}logo$/iu },
  // A web video or audio player's controls and their screen-reader texts, copied with the page: "Video player is loading.",
  // "Current Time 0:00", "Loaded: 0%", "This is a modal window.", "Listen · 4:12 min".
  {
    reason: 'video player',
    pattern:
      /^(?:(?:video|audio) player is loading\.?|play(?: video| audio)?|pause|mute|unmute|(?:non-|exit )?full ?screen|picture-in-picture|(?:current|remaining) time\s+-?\d{1,2}:\d{2}(?::\d{2})?|duration\s+(?:-?\d{1,2}:\d{2}(?::\d{2})?)?|loaded\s*:\s*\d{1,3}(?:\.\d+)?\s*%|progress\s*:\s*\d{1,3}(?:\.\d+)?\s*%|stream type live|seek to live,? currently (?:behind|playing) live|\d(?:\.\d+)?x(?:,? selected)?|playback rate|chapters|(?:descriptions|captions|subtitles) off,? selected|captions settings,? opens captions settings dialog|audio track|this is a modal window\.?(?: this modal can be closed by pressing the escape key or activating the close button\.)?|beginning of dialog window\.(?: escape will cancel and close the window\.)?|end of dialog window\.?|close modal dialog|reset restore all settings to the default values done|(?:audio|video) playback is not supported (?:on|in|by) (?:your|this) browser\.?|listen\s*[·•|–-]\s*\d{1,2}(?::\d{2})?\s*(?:min(?:ute)?s?)?)$/iu,
  },
  {
    reason: 'image placeholder',
    pattern:
      /^[[(]?(?:image|photo|picture|video|embed|graphic|gallery|media|chart|map|illustration|audio|tweet|instagram post|iframe)(?:\s+(?:here|placeholder|goes here|unavailable|not available|loading))?[\])]?$/i,
  },
  { reason: 'image placeholder', pattern: /^[[(](?:image|photo|video|embed|graphic)[^\])]{0,40}[\])]$/i },
  // "Article Image Alt Text": a template's placeholder for a picture's description, left unfilled.
  { reason: 'image placeholder', pattern: /^(?:article |featured |main )?image alt(?:ernative)? text$/iu },
  // "Send a link to a friend": the e-mail button under a story.
  { reason: 'share prompt', pattern: /^(?:send|e-?mail) (?:a link|this|this (?:article|story|page)|it) to a friend$/iu },
  // "From left: Attorney General Jane Roe; …", "FILE – FEBRUARY 5: …": a picture's caption by where its people stand, and a
  // wire's file picture's caption by its date.
  { reason: 'photo caption', needs: /^(?:from |file)/iu, pattern: /^(?:[Ff]rom (?:left|right)(?: to (?:right|left))?\s*[:,]\s*\p{Lu}.{0,400}|FILE\s*[-–—]\s*(?:\p{Lu}{3,9}\.? \d{1,2}(?:, \d{4})?\s*:\s*)?\p{Lu}.{0,400})$/u },
  {
    reason: 'advertisement',
    pattern:
      /^(?:(?:advertisement\s*){2,}|advertisement|advertisment|advertising|sponsored(?: content)?|partner content|ad|(?:video )?ad feedback|ads by \S+|skip advertisement|continue reading (?:the main story|below)|(?:article|story) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|ad))?|scroll to continue(?: with content| reading)?|story continues(?: below)?(?: this)?(?: (?:advertisement|ad))?|(?:article|story) continues below (?:these|this|the) (?:[a-z-]+ ){0,2}videos?|skip ad|hide ad(?:\s*advertisement)?|advertisement\s*[-–—·|:~]\s*(?:scroll|story|continue|article)[^.]{0,30}|promoted(?: stories)?|paid (?:content|post|partner content))\.?$/i,
  },
  {
    reason: 'read-more link',
    // ("LISTEN ABOVE: Minister Jane Roe talks to Sam Poe", "WATCH BELOW: …": the player's label with where it stands.)
    pattern: /^(?:read more|read also|also read|see also|more from \S+|trending|related|related coverage|related content|related story|related news|recommended|(?:watch|listen)(?: (?:above|below|here|now|live))?|click here|get the app|download the app)(?::|\s*[|»›>]|\s+[–—-])\s*\S/i,
  },
  { reason: 'read-more link', pattern: /^click here\b[^.]{0,60}$/i },
  // "READ ALSO After 13 years, the mayor says it’s time …", ">> Read more trending news", "FEATURED STORIES": a link to
  // other stories, its label in capitals before the title or the list's label alone.
  // ("MORE READING!  FG declares Monday a public holiday", "premium_icon Councillor gets standing ovation": the label, or a
  // paywall's icon name, glued to another story's title.)
  { reason: 'read-more link', pattern: /^(?:READ ALSO|ALSO READ|READ MORE|SEE ALSO|RELATED|MORE READING!?|MUST READ!?)\s+(?=[^\n]*\p{Ll})\p{Lu}.{2,160}$/u },
  { reason: 'related articles', needs: /^premium_icon/u, pattern: /^premium_icon\s+\S.{2,200}$/u },
  { reason: 'read-more link', pattern: /^(?:>>|»)\s*read more\b.{0,60}$/iu },
  { reason: 'related articles', pattern: /^(?:featured|trending|top|popular|latest) (?:stories|news|articles|posts)$/iu },
  // "The federation has announced that 28 athletes … have been suspended after … Continue reading Kelby Suspends …": a
  // feed's excerpt of the story, cut off before its link.
  { reason: 'read-more link', needs: /continue reading/iu, pattern: /^.{20,600}(?:…|\.{3}|\[…\]|\[\.\.\.\])\s*continue reading\b.{0,160}$/iu },
  // "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.": a
  // newsletter box's consent line.
  { reason: 'newsletter prompt', needs: /terms|privacy/iu, pattern: /^by (?:providing|entering|submitting|signing up with) (?:an|your) e-?mail(?: address)?\b.{0,40}\b(?:i agree|you agree)\b.{0,200}$/iu },
  // "I would like to be emailed about offers, event and updates from the Kelby Standard. Read our privacy notice.": its
  // opt-in box.
  { reason: 'newsletter prompt', needs: /emailed|privacy/iu, pattern: /^i(?:['’]d| would) like to (?:be emailed|receive emails?)\b.{0,80}\b(?:offers|updates|news(?:letters?)?)\b.{0,160}$/iu },
  // "Jane Roe / Kelby Times Share:": the reporter and the paper, glued to the share row.
  { reason: 'byline', needs: /share/iu, pattern: /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s*\/\s*\p{Lu}[\p{L} &'’.-]{1,40}?\s+Share:?$/u },
  // "Member comments", "Log in here to leave a comment.", "Become a Member to leave a comment.": a comment box's prompts.
  { reason: 'comment prompt', needs: /comment/iu, pattern: /^(?:member|reader|subscriber) comments$|^(?:log ?in|sign ?in|register|subscribe|become a (?:member|subscriber))(?: here| now)? to (?:leave|post|add|read|join)(?: a| the)? comments?\b.{0,40}$/iu },
  // "If you want to receive BREAKING ALERTS, please download our Kelby News app": a station's app, offered.
  { reason: 'app promotion', needs: /\bapp\b/iu, pattern: /^if you (?:want|would like|wish) to (?:receive|get)\b.{0,60}\b(?:download|install|get)\b.{0,60}\bapp\b.{0,60}$/iu },
  // "Scene of the attack (photo credit: KELBY POLICE)", "… (credit: WIRE)": a caption, its credit in brackets.
  { reason: 'photo caption', needs: /credit/iu, pattern: /^(?![^“”"]*[“”"]).{3,200}\((?:photo |image |picture )?credits?\s*:\s*[^()]{2,80}\)\.?$/iu },
  // "Insight by Roe Systems: Experts from … will explore … in this free webinar.": a sponsor's promoted event.
  { reason: 'advertisement', needs: /webinar|insight by|sponsored by|presented by/iu, pattern: /^(?:[Ii]nsight|[Ss]ponsored|[Pp]resented|[Bb]rought to you) by\s+\p{Lu}[^:]{1,80}:\s+.{10,300}$/u },
  // "Download from Apple Store or Play Store.": an app's stores named.
  { reason: 'app promotion', needs: /store/iu, pattern: /^(?:download|get|install)(?: (?:it|the app|our app|us))? (?:from|on|at) (?:the )?(?:apple|app) store(?: (?:or|and) (?:the )?(?:google )?play store)?\.?$|^(?:download|get|install)(?: (?:it|the app|our app))? (?:from|on) (?:the )?(?:google )?play store(?: (?:or|and) (?:the )?(?:apple|app) store)?\.?$/iu },
  // "This archived news story is available only for your personal, non-commercial use. Information in the story may be
  // outdated …": the site's terms of use for its copy.
  { reason: 'page furniture', needs: /commercial use/iu, pattern: /^(?:this|the|our|all)\b.{0,80}\bfor (?:your )?(?:own )?personal,? non-?commercial use\b.{0,300}$/iu },
  // "Our FM signal in Alpena has been restored. Click here to learn more.": the site's notice of one short sentence, then its
  // link to more about it (not an article's sentence with a link to go on reading: "… Click here to see how shares trade.").
  // ("Streaming troubles? We've made changes. Please click here on for more information.": a question and a second short
  // sentence before it, a "please", a stray word before "for".)
  { reason: 'page furniture', needs: /click here/iu, pattern: /^(?:[^.!?]|\.(?=\d)){10,140}[.!?](?:\s+[^.!?]{3,80}[.!])?\s+(?:please\s+)?click here (?:\p{Ll}{2,4} )?(?:to (?:learn|find out) more|for (?:more )?(?:information|details|info))\b[^.!?]{0,40}[.!]?$/iu },
  // "Read MoreKelby Bank: Chief is 'worst of the year'": the label glued to the linked headline, as some pages paste.
  // "You may also want to watch:": a list's label of its own.
  { reason: 'read-more link', pattern: /^Read More(?=\p{Lu})\S.{2,150}$/u },
  { reason: 'read-more link', pattern: /^you (?:may|might) also (?:want to |like to )?(?:watch|read|like|enjoy)\s*:?$/iu },
  // "Updated: | Originally published: ;": a template's date labels with their dates gone.
  // ("Posted: Updated:" with no separator between is the page's time stamp, which the structure stage reads.)
  { reason: 'page furniture', pattern: /^(?=.*[|;])(?:(?:updated|published|originally published|posted|last updated)\s*:?\s*[|;,]?\s*){2,}$/iu },
  // "My Saved Shows ¶ You haven't saved any shows yet!": a broadcaster's panel of the reader's saved programmes.
  { reason: 'reader widget', pattern: /^(?:my saved (?:shows|episodes|videos|articles|stories)|you (?:haven['’]t|have not) saved any (?:shows|episodes|videos|articles|stories) yet!?)$/iu },
  // "App users: Click here to watch video report": a link the app's readers are sent to; "Article written by" over the name.
  { reason: 'read-more link', needs: /here/iu, pattern: /^(?:(?:app|mobile|android|iphone|ios) (?:users|readers)|on (?:the |our )?app)\s*[:,–—-]\s*(?:tap|click) here\b.{0,80}$/iu },
  { reason: 'byline', needs: /by\s*:?$/iu, pattern: /^(?:(?:article|story|report|post)\s+)?(?:written|compiled|reported|edited|produced)\s+by\s*:?$/iu },
  // "In case of an emergency call – 000": a site's banner with the emergency number.
  { reason: 'page furniture', needs: /emergency/iu, pattern: /^in (?:case of )?(?:an )?emergency,? (?:please )?(?:call|dial|phone|ring)\s*[–—:-]?\s*(?:000|111|112|911|999)\b.{0,40}$/iu },
  // "The independent student publication of The University at Buffalo, since 1950": a paper's motto under its name.
  { reason: 'site name', needs: /publication|newspaper|news source|voice/iu, pattern: /^the (?:independent |official |award-winning |leading |only )?(?:student |daily |weekly |community |local )?(?:publication|newspaper|news source|voice) (?:of|for|at) .{3,80}?(?:,? since \d{4})?\.?$/iu },
  // "Visit Shots! now", "Would you like to receive news notifications from Daily Express?", "See tomorrow’s Kelby
  // Herald.": promotions of the site's own video, alerts and print edition.
  { reason: 'promotion', pattern: /^visit shots!? now$|^would you like to receive (?:breaking )?(?:news )?(?:notifications|alerts) from .{2,60}\?$|^see (?:tomorrow|next week|this week|friday|thursday|wednesday|saturday|sunday)['’]s .{2,60}\.?$/iu },
  // "Got a question? Something on your mind? Talk to your community, directly.", "Note Article": a local site's prompt to
  // post to the neighbourhood, between the article and its comments.
  { reason: 'comment prompt', pattern: /^(?:got a question\?\s*something on your mind\?.{0,80}|(?:note|post) (?:an? )?article|just a short thought to get the word out\b.{0,80})$/iu },
  // "Some articles the site thinks might be related:", "Stories you may have missed": the heading over a list of other stories.
  { reason: 'related articles', needs: /articles|stories|posts/iu, pattern: /^(?:some |other |more )?(?:articles|stories|posts)(?: (?:the site thinks|we think|that))? (?:you )?(?:might|may|could) (?:also )?(?:be related|be of interest|like|enjoy|be interested in|have missed)(?: to (?:this|you))?\s*[:.…]*$/iu },
  { reason: 'read-more link', pattern: /^(?:read more|read the full (?:story|article)(?: here)?|continue reading|read full article|full story|view more|load more|show more|see more)\s*[.…»›>]*$/i },
  {
    reason: 'related articles',
    pattern:
      /^(?:related(?: articles| stories| posts| news| coverage| topics| content)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories| topics)?|top stories|latest(?: news| stories| headlines| posts)?|editor'?s? picks?|don'?t miss|what to read next|more (?:stories|news|articles|videos|photos|coverage|from [\p{L}\p{N} .&'-]{1,40})|more in [\p{L}\p{N} .&'-]{1,40}|popular(?: now| posts)?|also on [\p{L}\p{N} .&'-]{1,40}|in (?:other|case you missed (?:it)?) news|up next|next (?:article|story|post)|previous (?:article|story|post))\s*[:.…»›>]*$/iu,
  },
  {
    reason: 'photo credit',
    needs: /photo|image|pic|credit|illustration|video|footage/i,
    pattern:
      /(?:^|[\s(])(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video|file photo|footage)\s*(?:by|credit|courtesy(?: of)?)?\s*[:-]\s*[^.()]{0,80}(?:\/|\bvia\b|\bfor\b)\s*[^.()]{1,60}\)?\s*$/i,
  },
  { reason: 'photo credit', pattern: /^(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Vv]ideo|[Ii]llustration|[Gg]raphic|PHOTO|IMAGE)\s+(?:by|courtesy of|credit|BY)\s*:?\s*\p{Lu}[^.]{0,80}\.?$/u },
  // ("Image source Times of India": the broadcaster's label with its comma lost in the copy.)
  { reason: 'photo credit', pattern: /^(?:image|media|video|photo) source\s*[,:]|^(?:image|media|video|photo) source\s+\p{Lu}[^.!?]{1,50}$|^source:\s*[^.]{1,40}\.?$|^\(source:\s*[^.()]{1,40}\)\.?$/iu },
  // "(move mouse or touch to see the trend in different countries)": how to use an interactive chart the copy left behind.
  { reason: 'interactive chart', pattern: /^\(?(?:move (?:your |the )?(?:mouse|cursor|pointer)|hover|mouse over|tap|touch|click|scroll|pinch|drag)\b[^.()]{0,40}\bto (?:see|view|explore|zoom|compare|show|reveal)\b[^()]{0,80}\)?\.?$/iu },
  // "Originally published as Rangers close in on crocs": the syndicating site's note of where the story ran first.
  { reason: 'page furniture', pattern: /^originally (?:published|appeared) (?:as|in|on)\s+\p{Lu}.{0,200}$/iu },
  // "Register for free to read more of the latest local news. It's easy and …": the paywall's registration prompt.
  { reason: 'subscribe prompt', pattern: /^(?:register|sign up|subscribe|log in|sign in)(?: (?:now|today|for free|free))? to (?:read|continue reading|keep reading|access|unlock)\b.{0,160}$/iu },
  // ("City of Dayton Website: Jim Roe/Dayton Daily News": where the picture came from, then its credit.)
  { reason: 'photo credit', needs: /\//u, pattern: /^(?:\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}:\s*)?\p{Lu}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}.'’ &-]{1,40}$/u },
  // "Keystone / Jane Roe": an agency's one word over the photographer's name; "Keystone-SDA/RTS/jr": a wire's credit, the
  // agencies and the writer's initials run together with slashes.
  { reason: 'photo credit', needs: /\//u, pattern: /^\p{Lu}[\p{L}-]+ \/ \p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’.-]+$/u },
  // "Photo/PMN News", "Image/Kelby Post": the credit's kind and its owner joined by a slash; "NBC Universal, Inc.": a company
  // alone on its line, as a video's credit writes it (with the comma: "Kelby Ports Ltd" alone may head a release's notes).
  { reason: 'photo credit', needs: /\/|Inc|Ltd|LLC|plc|PLC/u, pattern: /^(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Vv]ideo|[Ff]ile|PHOTO|IMAGE|VIDEO)s?\s*\/\s*\p{Lu}[\p{L}\p{N}.'’ &-]{1,40}$|^(?:©\s*)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3},\s+(?:Inc|Ltd|LLC|plc|PLC)\.?$/u },
  // "SUBMITTED Still from video captured at the scene …", "SUPPLIED The house after the fire.": a credit in capitals run into
  // the caption under it.
  { reason: 'photo caption', needs: /^(?:SUBMITTED|SUPPLIED|HANDOUT|CONTRIBUTED)\s/u, pattern: /^(?:SUBMITTED|SUPPLIED|HANDOUT|CONTRIBUTED)\s+\p{Lu}\p{Ll}.{4,240}$/u },
  // "Interfax/BNS", "AFP/Getty": two agencies' names, one in capitals, parted by a slash, alone on a line.
  { reason: 'credit line', needs: /\//u, pattern: /^(?=.*\p{Lu}{2})\p{Lu}[\p{L}-]{1,19}\/\p{Lu}[\p{L}-]{1,19}$/u },
  { reason: 'credit line', needs: /\/.*\//u, pattern: /^(?=[^/]*\p{Lu}{2})[\p{L}\p{N}-]{2,20}(?:\/[\p{L}\p{N}-]{2,20}){2,4}$/u },
  // "Kelby Post Staff": the paper's staff credited for a picture.
  { reason: 'photo credit', needs: /Staff$/u, pattern: /^(?:\p{Lu}[\p{L}&.-]*\s){1,3}Staff$/u },
  // "This content was published on" with its date lost: the page's stamp.
  { reason: 'time stamp', needs: /published on/iu, pattern: /^this (?:content|article|story) was (?:first )?published on:?$/iu },
  // (Not two sentences or more before the agency: "… has the most volcanoes. Of its 500, 128 are active. (dpa)" is a wire
  // story's last paragraph, signed; nor a quotation, "“There's nothing anticompetitive in our services.” (Wire)".)
  { reason: 'photo credit', pattern: /^(?![“"‘][^“”"]{8,}[.!?,]["”’]\s*\()(?!.*[.!?]["”’]?\s+\p{Lu}.*[.!?]["”’]?\s*\([^()]*\)\s*$).*\((?:[^()]{0,60}\/\s*)?(?:reuters|ap|aap|afp|epa|getty(?: images)?|shutterstock|alamy|bloomberg|anadolu|xinhua|dpa|pa(?: wire| images| media)?|efe|supplied)\)\s*$/iu },
  // ("Caption: The minister at the press conference on Thursday.": a caption that says it is one, glued to its label.)
  { reason: 'photo caption', pattern: /^(?:image|media|video|photo) caption\s*[,:]|^caption\s*:\s*\S|^\[\d+\s*\/\s*\d+\]\s*\S|^(?:item|photo|image|picture|slide) \d+ of \d+\b/iu },
  { reason: 'social media embed', pattern: postSignature },
  // ("Posted by Kelby Village Council on Thursday, July 16, 2020": an embedded Facebook post's footer, the day's name
  // always before the date; not a byline's "Posted by Jane Roe on March 4, 2025".)
  { reason: 'social media embed', needs: /^Posted by/u, pattern: /^Posted by \p{Lu}.{0,60} on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/u },
  // ("Jai Hind! 🇮🇳 — Jane Roe (@janeroe) June 29, 2020": an embedded post's last words and its signature on one line.)
  { reason: 'social media embed', needs: /\(@/u, pattern: /^.{1,200}\s[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u },
  // A post's text pasted with its embed: ending on its picture's link ("… 🏉 pic.twitter.com/Ab12"), or set in the
  // styled letters posts use for bold (𝐎𝐅𝐅 𝐓𝐎 …), which no article's own text is typed in.
  { reason: 'social media embed', needs: /pic\.twitter\.com|[\u{1D400}-\u{1D7FF}]/u, pattern: /^.{1,280}\spic\.twitter\.com\/\w+$|^(?=.*[\u{1D400}-\u{1D7FF}].*[\u{1D400}-\u{1D7FF}].*[\u{1D400}-\u{1D7FF}]).{1,280}$/u },
  // An embed's text when the embed itself did not copy: "pic.twitter.com/…", "View on Instagram", "Loading tweet…",
  // "This content is provided by a third party", "To view this content you need to accept cookies".
  { reason: 'social media embed', pattern: /^(?:pic\.twitter\.com\/\w+|view (?:it )?on (?:instagram|x|twitter|facebook|tiktok|youtube|threads|bluesky)|(?:twitter|x|instagram|facebook|tiktok|youtube) (?:post|video|embed)|embedded content|loading (?:tweet|post|embed|content)\s*(?:\.{3}|…)?|(?:this|the following) content is (?:provided|hosted) by (?:a )?third[- ]part(?:y|ies)\b.{0,120}|to view this content,? (?:you (?:need|have) to|please) (?:accept|enable|allow)\b.{0,80}|content (?:not available|unavailable)|this (?:embed|post|tweet) (?:is|was) (?:unavailable|deleted)\.?)$/iu },
  // A link to another story set inline: "[Related: …]", "► Council approves new bus lanes", "[VIDEO] Crowds gather".
  { reason: 'read-more link', pattern: /^\[(?:related|read more|read also|also read|see also|watch|more|read)\s*:\s*[^\]]{3,160}\]$|^[►▶→]\s*\p{Lu}[^.!?]{5,150}$|^\[(?:video|photos?|gallery|audio|watch|listen|live)\]\s*\S.{2,150}$/iu },
  // "Poll: Should the quay reopen?", "Quiz: How well do you know Kelby?": a reader poll's or quiz's title.
  { reason: 'page furniture', pattern: /^(?:poll|quiz|survey)\s*:\s*.{3,120}$|^(?:have your say|join the debate|let us know what you think)\b.{0,80}$|^get (?:breaking )?news alerts\b.{0,80}$|^recommended videos?$/iu },
  // "Graphic: Kelby Post", "Map: Roe Wire", "Data: Harbour Board": the credit of a graphic.
  { reason: 'photo credit', pattern: /^(?:graphic|graphics|map|chart|data|infographic|visuali[sz]ation)\s*:\s*\p{Lu}[^.]{1,60}$/iu },
  // "Share the best of The Post with friends, family, or colleagues. As a subscriber, you can gift 3 to 5 articles …": the
  // gift-an-article offer.
  { reason: 'promotion', needs: /gift|share the best/iu, pattern: /^(?:share the best of\b.{0,80}\bwith (?:your )?friends\b|as a subscriber,? you can gift\b|gift (?:premium )?articles?\b).{0,250}$/iu },
  // "Error! We're sorry, but the page you were looking for doesn't exist.", "404", "Sorry!!": an error page's notice, kept
  // by a copy that caught the page between two loads.
  { reason: 'page furniture', needs: /page|^\d{3}$|^(?:sorry|error|oops)/iu, pattern: /^(?:(?:error|oops|sorry)!*\s*)?(?:we(?:'|’)re sorry|we are sorry|sorry)?,?\s*(?:but\s+)?the page you (?:were|are) looking for (?:doesn(?:'|’)t|does not|could not be|cannot be|can(?:'|’)t be|was not|wasn(?:'|’)t|no longer) (?:exists?|found|be found|available)\b.{0,120}$|^(?:404|403|410|500)$|^(?:sorry|oops|error)!{1,3}$|^(?:error\s*)?404:?\s*(?:page )?not found\.?$|^page not found\.?$/iu },
  // "Oops. ¶ Our website is temporarily unavailable in your location. ¶ We are working hard to get it back online.": the
  // notice a site shows readers of some countries instead of (or over) its pages.
  { reason: 'page furniture', needs: /^(?:oops|whoops|uh[- ]oh)|unavailable|not available|back online/iu, pattern: /^(?:(?:oops|whoops|uh[- ]oh)[.!]*|(?:our|this) (?:web)?(?:site|page|content|service) is (?:temporarily |currently )?(?:unavailable|not available) (?:in|from|for) (?:your|this) (?:location|region|country|area)\.?|we are working (?:hard )?to (?:get it|bring it|restore it) back(?: online)?\.?)$/iu },
  // "If you have trouble accessing our login form below, you can go to our login page.": the sign-in box's help line.
  { reason: 'browser notice', needs: /^if you/iu, pattern: /^if you (?:have|are having|experience|encounter) (?:any )?(?:trouble|problems?|difficult(?:y|ies)|issues?)\b.{0,40}\b(?:log ?in|sign ?in|login|account|registration|our (?:form|site|website|page))\b.{0,120}$/iu },
  { reason: 'browser notice', needs: /javascript|browser|^this /i, pattern: /\b(?:enable|enabled|turn on) javascript\b|\b(?:your |this )?browser does not support\b|\byour (?:web )?browser is (?:out of date|outdated|not supported|no longer supported|unsupported)\b|\b(?:update|upgrade) your browser\b|\byou are using an? (?:outdated|unsupported|old) browser\b|\brecommend (?:that )?you (?:upgrade|update|switch)\b.{0,60}\bbrowser\b|\bbrowser (?:appears to have|has) (?:cookies|javascript) (?:disabled|turned off)\b|^this (?:video|content|embed) (?:is not available|can ?not be (?:played|displayed))/i },
  { reason: 'tip prompt', pattern: /^(?:got|have) a (?:news )?tip\b.{0,120}$|^(?:send|email) (?:us )?(?:your |a )?(?:news )?tips?\b.{0,80}$/i },
  // "Send your stories to news@…", "Email your photos to pics@…": the newsroom asking for material, its address given.
  { reason: 'tip prompt', needs: /@/u, pattern: /^(?:send|email|e-mail|share) (?:us )?(?:your )?(?:stories|story|photos|pictures|videos|news)\b(?: and [\p{L} ]{1,20})? (?:to|at|with)\s+\S+@\S+\.\p{L}{2,}\.?$/iu },
  // "… we reserve the ability to disable comments from time to time.": a site's note on its comment section.
  { reason: 'comment prompt', needs: /comments/iu, pattern: /^.{0,200}\b(?:reserve the (?:ability|right) to (?:disable|close|turn off) comments|comments (?:have been|are|were) (?:disabled|turned off) (?:on|for) this (?:article|story|page|post))\b.{0,200}$/iu },
  // "… we are temporarily suspending article commenting": a site telling readers its comments are off.
  { reason: 'comment prompt', needs: /comment/iu, pattern: /^.{0,240}\b(?:temporarily|currently|have|has)\s+(?:suspend(?:ed|ing)|disabled?|disabling|closed|closing|turned off|turning off)\s+(?:article\s+|reader\s+)?comment(?:s|ing)\b.{0,120}$/iu },
  // "This is AI generated summarization, which may have errors. …", "AI-generated summary": a machine's summary box.
  { reason: 'site notice', needs: /\bai\b/iu, pattern: /^(?:this (?:is (?:an? )?)?)?(?:an? )?ai[- ]generated (?:summary|summari[sz]ation|highlights|key points)\b.{0,200}$|^(?:this|the) (?:summary|summari[sz]ation) (?:was|is|has been) (?:generated|written|produced) (?:by|with|using) (?:ai|artificial intelligence)\b.{0,200}$/iu },
  // "Contributing: Jane Roe, Kelby Courier", "Read or Share this story:": a network paper's credits and share line.
  { reason: 'credit line', needs: /^contributing/iu, pattern: /^contributing\s*:\s*[\p{Lu}\p{N}].{1,200}$/iu },
  { reason: 'share prompt', needs: /share this story/iu, pattern: /^read or share this story\s*:?.{0,200}$/iu },
  // "The missing woman was found dead on Friday. Authorities say she was murdered. VPC": a video's description, signed
  // by the network's video desk.
  { reason: 'video player', needs: /\sVPC$/u, pattern: /^.{10,400}\sVPC$/u },
  // "Why not have your say? Write a letter to the editor here:": the letters page's prompt.
  { reason: 'comment prompt', needs: /have your say|letter to the editor/iu, pattern: /^(?:why not )?have your say[?!.]?(?:\s.{0,120})?$|^(?:write|send) (?:us )?a letter to the editor\b.{0,80}$/iu },
  // "Our journalists work hard to provide local, up-to-date news … This is how you can continue to access …".
  { reason: 'paywall notice', needs: /^our journalists work hard/iu, pattern: /^our journalists work hard\b.{0,220}$/iu },
  // "This story was submitted via Facebook. Click here to join our Facebook page.": a reader-news site's note.
  { reason: 'site notice', needs: /\b(?:submitted|sent in|contributed)\b/iu, pattern: /^this (?:story|article|photo|video|post|picture) was (?:submitted|sent in|contributed) (?:by|via|through)\b.{0,160}$/iu },
  // "More About:": the label over a story's tags.
  { reason: 'site navigation', pattern: /^more (?:about|on)\s*:$/iu },
  // ("Stories Continues after ad": an advertisement's break, in whatever grammar the site set it.)
  // ("The story continues under the ad", "Article continues below advertisement".)
  { reason: 'advertisement', needs: /continues?/iu, pattern: /^(?:the )?(?:stor(?:y|ies)|article|content|text) continues? (?:after|below|under|beneath) (?:the |this )?(?:ad|ads|advert|advertisement)\.?$/iu },
  // An embed's consent box: "Allow Twitter content?", "This article contains content provided by Twitter. We ask for your
  // permission before anything is loaded, …", "Accept and continue".
  { reason: 'social media embed', needs: /content/iu, pattern: /^allow (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky|threads|spotify|google) content\??$|^this (?:article|page|story) contains content provided by\b.{0,400}$/iu },
  // An affiliate box's rows: "- Pepperstone - Trading education - Read our review".
  { reason: 'advertisement', needs: /read our review/iu, pattern: /^[-•*]?\s*[^.!?]{2,60}\s[-–]\s[^.!?]{2,80}\s[-–]\s+read our review\.?$/iu },
  // "Share Email this article to a friend To send a link to this page you must be logged in.": a share box's texts run together.
  { reason: 'share prompt', needs: /to a friend|send a link/iu, pattern: /^(?:share\s+)?(?:e-?mail|send) this (?:article|story|page) to a friend\b.{0,160}$|^to send a link to this page\b.{0,80}$/iu },
  // A form's messages and fine print: "This field is required", "You may occasionally receive promotional content from the
  // Kelby Times."
  { reason: 'newsletter prompt', needs: /required|promotional content/iu, pattern: /^(?:this field is required|(?:please )?(?:enter|provide) a valid e-?mail(?: address)?|you may occasionally receive promotional (?:content|offers|messages) from\b.{0,80})[.!]?$/iu },
  // "Updated 4:19 pm ET with analyst's comments.": the story's update note, what was added to it.
  { reason: 'update date', needs: /updated/iu, pattern: /^(?:\(?\s*)?updated\b[^.]{0,60}\bwith (?:(?:an?|the|more|new|further|additional)\s+)?(?:\p{L}+['’]s\s+)?(?:comments?|details?|information|reaction|statements?|quotes?|background|video|photos?|figures|updates?)\b[^.]{0,60}[.)]?$/iu },
  // "Funeral for officer killed after crash, police searching for gunman and more top stories": a news video round-up's title.
  { reason: 'video player', needs: /more top stories|more headlines/iu, pattern: /^.{10,200}\band more (?:top stories|headlines)$/iu },
  // A quiz's promotion in the page's rail: "Quiz of the week", "How well do you know the news? Test your knowledge."
  { reason: 'promotion', needs: /quiz|know the news/iu, pattern: /^(?:(?:the )?(?:news )?quiz of the (?:week|day|month)|(?:daily|weekly|news) quiz|take (?:our|the) (?:news |weekly |daily )?quiz)[.!:]?$|^how well do you know (?:the|this week['’]s|today['’]s) news\?(?:\s+(?:test your knowledge|take (?:our|the) quiz)[.!]?)?$/iu },
  // A newsletter box's lines: "… and never miss the top stories", "Check out a sample Kelby Recap newsletter."
  { reason: 'newsletter prompt', needs: /never miss|sample/iu, pattern: /^(?:and )?never miss (?:the|a|our|any) (?:top |latest |big |biggest )?(?:stories|story|news|headlines)\b.{0,40}$|^check out a sample\b.{0,40}\bnewsletter[.!]?$/iu },
  // ("POLLHave you taken your vaccine shot?": a poll's label run into its question.)
  { reason: 'poll widget', needs: /^POLL/u, pattern: /^POLL\s*\p{Lu}[^.!]{3,140}\?$/u },
  // ("Access includes:", "Easier access to your trusted, local news. Have a look at our brand new digital subscription
  // packages!": a subscription offer's label and pitch.)
  { reason: 'subscribe prompt', needs: /includes|subscription/iu, pattern: /^(?:your |digital |unlimited )?(?:access|subscription|membership) includes\s*:?$|^.{0,80}\bhave a look at our (?:brand )?new (?:digital )?subscription (?:packages?|offers?|plans?)\b.{0,40}$/iu },
  // ("FinancialGovernment SolutionsLegalReuters News AgencyRisk Management Solutions…": a menu's items pasted without the
  // breaks between them, a word in small letters run into the next's capital three times or more.)
  // (Not a sentence that reports what someone said and names a brand of humps, "… operates websites OneStopPhoneShop.com".)
  { reason: 'site navigation', needs: /\p{Ll}{2}\p{Lu}\p{Ll}/u, pattern: /^(?=.{0,300}$)(?![^\n]*\b(?:said|says|told|according to)\b)(?:[^\n]*?\p{Ll}{2}\p{Lu}\p{Ll}){3}/u },
  // "A police car at the scene View image in full screen": a caption with its picture's control run on.
  { reason: 'photo caption', needs: /(?:full screen|fullscreen|this image|in gallery)$/iu, pattern: /^.{3,300}\s(?:view image in full ?screen|enlarge this image|open image in gallery)$/iu },
  // "A file photo of a police car. Kelby News / File": a caption, its picture's source and "File" after a slash.
  { reason: 'photo credit', needs: /\/\s*(?:File|Files|Handout|Supplied)$/u, pattern: /^.{3,300}\s\p{Lu}[\p{L}&.'’ -]{1,40}\s*\/\s*(?:File|Files|Handout|Supplied)$/u },
  // "Source The Reporter, Vacaville, Calif.": a syndicated story's origin, under it.
  { reason: 'credit line', needs: /^source\b/iu, pattern: /^source\s*:?\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}){1,3}\.?$/iu },
  // "large_harbour-wall.JPGThe harbour wall in 2008.": a picture's file name run into its caption.
  { reason: 'photo caption', needs: /\.(?:jpe?g|png|gif|webp)/iu, pattern: /^[\w-]+\.(?:jpe?g|png|gif|webp)(?=\p{Lu}|\s|$).{0,300}$/iu },
  // "Send this page to someone via email": a share widget's label.
  { reason: 'share prompt', needs: /^send this/iu, pattern: /^send this (?:page|article|story|link) to (?:someone|a friend)\b.{0,40}$/iu },
  // "More details awaited.", "Further detailed reports awaited.": a wire's note that the story will grow.
  { reason: 'update note', needs: /awaited|to follow/iu, pattern: /^(?:more|further)?\s*(?:detailed\s+)?(?:details?|reports?|information|updates?)\s+(?:are\s+|is\s+)?(?:awaited|to follow)\s*[.!]?$/iu },
  // "A burst main in Westhill affecting supply Facebook", "The school in Kelby Google Maps": a caption, its picture's
  // source run on after it.
  // "Crews lift the last beam into place on Monday. File": a caption whose credit, after its stop, says only that the picture is an old one.
  { reason: 'photo caption', needs: /\s(?:File(?: photo)?|Handout)$/u, pattern: /^[\p{Lu}\u201C"].{10,400}[.!?\u201D"’]\s+(?:File(?: photo)?|Handout)$/u },
  { reason: 'photo caption', needs: /(?:Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn|Supplied|Google Maps|Google Street View)$/u, pattern: /^(?=(?:\S+\s+){4,40}\S+$)[^.!?]*?(?:\p{Ll}\s+(?:Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn|Supplied)|\s(?:Google Maps|Google Street View))$/u },
  // "– African News Agency (ANA)", "— Roe Press Association": a wire's credit under the story, after a dash.
  { reason: 'credit line', needs: /^[–—-]/u, pattern: /^[–—-]\s*(?:\p{Lu}[\p{L}&.'’-]*\s+){0,5}(?:\p{Lu}[\p{L}&.'’-]*\s*\(\p{Lu}{2,8}\)|(?:News|Press|Wire|Agency|Service|Services|Bureau))$/u },
  // "The daily email you need for Kelby's top news stories.": a newsletter's own pitch.
  { reason: 'newsletter prompt', needs: /you need/iu, pattern: /^(?:the|your) (?:daily|weekly|morning|evening|free) (?:e-?mail|newsletter|briefing) you need\b.{0,80}$/iu },
  // ("Stay in touch with top news, as it happens, conveniently in your email inbox. It's FREE!": a sign-up box's pitch.)
  { reason: 'newsletter prompt', needs: /inbox|e-?mail/iu, pattern: /^(?:stay|keep) (?:in touch|informed|up to date|up-to-date|in the know)\b.{0,80}\b(?:e-?mail|inbox)\b[^.!?]{0,30}[.!]?(?:\s+it['’]s (?:free|easy)[.!]*)?$/iu },
  // A copyright line without a year ("Copyright EastWire. All rights reserved. This material may not be …").
  { reason: 'copyright footer', pattern: /^(?:copyright\s+\p{Lu}[^.]{0,60}\.\s*)?all rights reserved\b.{0,300}$|^copyright\s+\p{Lu}[\p{L}\p{N}&'’. -]{1,60}\.\s+all rights reserved\b.{0,300}$/iu },
  // Appeals for money, sponsors, the newsletter's own footer, a live page's controls and a transcript's end mark.
  { reason: 'fundraising appeal', needs: /upport |ecome a |ournalism costs |onate /u, pattern: /^[Ss]upport (?:independent journalism|(?:our|local|quality) journalism|us|\p{Lu}[\p{L}\p{N}&'’-]+(?: \p{Lu}[\p{L}\p{N}&'’-]+)?)(?:[.!]|\s+(?:in|today|now|by)\b).{0,200}$|^[Ss]upport \p{Lu}[\p{L}\p{N}&'’-]+$|\b[Bb]ecome a (?:member|supporter|subscriber|patron)\b.{0,160}$|^(?:[Ii]ndependent |[Qq]uality |[Gg]ood )?[Jj]ournalism costs money\b.{0,160}$|^[Dd]onate (?:from|now|today|here)\b.{0,120}$/u },
  // "A message from Roe Fibre: …": a newsletter's sponsor slot.
  { reason: 'sponsor line', pattern: /^[*_\s]*(?:a )?(?:message|word) from (?:our )?(?:sponsors?|partners?|\p{Lu}[^:.]{1,40})\s*:.{0,300}$/iu },
  { reason: 'sponsor line', pattern: /^(?:presented|sponsored|brought to you|powered|supported) by\s+\S.{0,60}$/iu },
  { reason: 'newsletter footer', pattern: /^you (?:are|were) receiving this (?:email|newsletter|message)\b.{0,200}$|^(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions)|view (?:this email )?in (?:your )?browser)\.?$/iu },
  { reason: 'site navigation', pattern: /^(?:load (?:earlier|more|older|newer) (?:updates|posts|entries)|on this page|key updates|more on\s*:?|download (?:the )?pdf|show (?:all|more) updates|back to top|jump to)\s*$/iu },
  { reason: "editor's note", pattern: /^(?:transcript|excerpt|transcript excerpt) ends\.?$|^end of (?:transcript|excerpt)\.?$/iu },
  // ("Contact staff writer Jane Roe at or @JaneRoe on Twitter or 423-555-0100.": the address the copy lost, a handle, a phone.)
  { reason: 'contact line', pattern: /^(?:[Rr]each|[Cc]ontact|[Ee]mail) (?:the )?(?:(?:(?:staff|senior) )?(?:reporter|writer|author|correspondent)\s+)?(?:\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\s+)?at\s+(?:\S+@\S+|(?:or\s+)?@\w+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}).{0,100}$/u },
  { reason: 'credit line', pattern: /^[Rr]eporting from \p{Lu}[\p{L} .,'’-]{1,60}\.?$/u },
  // Buttons and labels of a page's own tools, a blog's comment headers, a tabloid's promotions, update and
  // translation notes, a newsletter's sign-off.
  { reason: 'page furniture', pattern: /^(?:subscribers? only|reading list|related documents|type your e-?mail(?: address)?\s*(?:\.\.\.|…)?|did you find this (?:page|article) (?:useful|helpful)\??|(?:gift|give)(?: this)?(?: article)?|bluesky|threads|mastodon|thanks? (?:you )?for (?:subscribing|signing up)!?|(?:photo |picture |image )?supplied|\d{1,2} of \d{1,3}|this site uses akismet to reduce spam\. learn how your comment data is processed\.|the views expressed (?:here|in this (?:article|piece|column)) are (?:those of the author|the author['’]s own)(?: and do not (?:necessarily )?reflect [^.]{1,80})?\.)$/iu },
  { reason: 'reading time', pattern: /^reading time:?\s*\d{1,2}\s*(?:min|mins|minutes?)\.?$/iu },
  { reason: 'comment prompt', needs: / said(?:\.\.\.|…)$/u, pattern: /^[\p{L}][\p{L} .'’-]{1,40} said(?:\.\.\.|…)$/u },
  { reason: 'promotion', pattern: /^(?:BETTING SPECIAL|YOUR SAY|SPONSORED|PROMOTED|ADVERTISEMENT FEATURE|PAID CONTENT|PARTNER CONTENT)\b\s*:?.{0,200}$/u },
  { reason: 'social prompt', pattern: /^get involved\s*:?\s*#\w+.{0,60}$/iu },
  { reason: 'update note', pattern: /^update,?\s+[^:]{3,40}?(?:\d{1,2}:\d{2}[^:]{0,12})?:\s+(?:added|updated|this (?:story|article)|an earlier|we)\b.{0,220}$/iu },
  { reason: 'translation note', pattern: /^this (?:article|story|piece|report) (?:is|was) (?:a translation|translated|machine-translated) (?:of|from)\b.{0,220}$/iu },
  { reason: 'newsletter footer', pattern: /^that['’]s (?:it|all) for (?:this|today|the|now)\b.{0,220}$/iu },
  { reason: 'photo caption', needs: /(?:Credit|Photo|Picture|Image):/u, pattern: /\p{Ll}(?:Credit|Photo|Picture|Image):\s*\S[^.]{0,60}$/u },
  // A live page's post times, a reading time, a wire's refile note, a translated page's links, a paywall's count.
  // ("UPDATE: 5.35 p.m. IST —": a live page's stamp over what it added.)
  { reason: 'time stamp', pattern: /^(?:updated?|posted|published)(?: at)?\s*[:,]?\s+(?:\p{L}{3,6}day,?\s+)?\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:\p{Lu}{2,5}(?:[+-]\d{1,2})?)?(?:\s+\p{L}{3,9}\.? \d{1,2})?(?:\s*[—–:-])?$|^at \d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)\s*:$/iu },
  { reason: 'reading time', pattern: /^\d{1,2}\s*(?:min|mins|minutes?)(?: read| listen)?$/iu },
  // "Updated:", "Published:" alone: a date's label whose date the copy left behind (an image or a script held it).
  { reason: 'time stamp', pattern: /^(?:(?:last )?updated|posted|(?:first )?published)(?: on| at)?\s*:?$/iu },
  // "Updated Friday, Nov 23 at 11:51 AM": a page's stamp without its year (which a date line needs).
  { reason: 'time stamp', pattern: /^(?:(?:last )?updated|posted|(?:first )?published)(?: on)?\s*:?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?$/iu },
  // A metered paywall's notice and its offer: "Uh-oh! Daily quota reached.", "Experience an ad-free unlimited reading on both web and app."
  { reason: 'paywall notice', pattern: /^(?:uh-?oh!?\s*|oops!?\s*)?(?:you(?:['’]ve| have) reached )?(?:your |the )?(?:daily|weekly|monthly|free)(?: article| story| reading)? (?:quota|limit)(?: (?:has been |is )?reached)?[.!]?$/iu },
  // "You have reached your article limit", "Unlock this article", "Get unlimited access", "Create a free account to
  // continue reading": a paywall's gate and its offer.
  { reason: 'paywall notice', pattern: /^(?:you(?:['’]ve| have) reached your (?:free )?(?:article|story|reading) limit(?: for (?:this|the) month)?|unlock (?:this|the full) (?:article|story)|get (?:unlimited|full|instant|digital) access(?: to [\p{L} .'’-]{1,40})?|(?:create|register for) a free account to (?:continue reading|read (?:this|more))(?: this (?:article|story))?|(?:sign in|log in|subscribe) to (?:continue reading|read (?:the full|this) (?:article|story)))[.!]?$/iu },
  // A subscription offer set between a story's teaser and the rest: "Read this article for free:", "Already have an account?
  // Log in here »", "To continue reading, please subscribe with this special offer:", "All-Access Digital Subscription",
  // "$1.50 for 150 days*", its perks in bullets ("• Read the E-Edition, our digital replica newspaper", "• Play interactive
  // puzzles") and its small print ("*Pay $1.50 for the first 22 weeks of your subscription. After 22 weeks, …").
  { reason: 'paywall notice', needs: /free|account|reading|subscri|access|membership/iu, pattern: /^(?:read (?:this|the(?: full)?) (?:article|story) for free|already have an account\?\s*(?:(?:log|sign) ?in(?: here)?)?|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register|create a free account)\b.{0,80}|(?:(?:all[- ]access|digital|premium|unlimited|print (?:and|&|\+) digital|full)\s+){1,3}(?:subscription|access|membership|pass)(?: plan)?)\s*[:.!»›>]*$/iu },
  { reason: 'paywall notice', needs: /[$£€]/u, pattern: /^(?:(?:only|just|then)\s+)?[$£€]\s?\d{1,3}(?:[.,]\d{2})?\*?\s*(?:for|per|a|\/)\s*(?:(?:the first|your first)\s+)?(?:\d{1,3}\s+)?(?:days?|weeks?|months?|years?|mo|yr)\b[^.!?]{0,40}[*]?$|^\*\s*\p{L}[^.]{0,60}[$£€]\s?\d.{0,60}\bsubscription\b.{0,240}$/iu },
  { reason: 'paywall notice', needs: /^[•◦▪·*–-]/u, pattern: /^[•◦▪·*–-]\s*(?:enjoy |get |read |access |play |unlock )?(?:\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){0,3},\s+)?(?:unlimited (?:reading|access|articles)|the e-?edition|(?:our |the )?digital (?:replica|edition)|our (?:award-winning |news )?app|interactive puzzles|puzzles(?: and games)?|ad-free\b|exclusive (?:newsletters|subscriber content))\b.{0,80}$/iu },
  // ("Remove the ads from your Kelby Times reading experience but still support the journalists …": an ad-free plan's offer.)
  { reason: 'subscribe prompt', needs: /^remove /iu, pattern: /^remove (?:the |all )?ads from your\b.{0,160}$/iu },
  // ("Want to go ad-free? Find out how, here.": asked, and the way to it after.)
  { reason: 'subscribe prompt', needs: /ad-free/iu, pattern: /^(?:(?:want|like) to )?(?:enjoy|experience|get|go|try|read|unlock)\b[^.!?,]{0,40}\bad-free\b[^.!?,]{0,80}(?:[.!]|\?(?:\s+(?:find out how|learn more|subscribe|sign up|click here|see how)\b[^.!?]{0,30}[.!]?)?)?$/iu },
  // A live page's own labels over its posts: "Key posts", "Pinned post from", "Pinned".
  { reason: 'page furniture', pattern: /^(?:key posts?|pinned(?: posts?)?(?: from)?)$/iu },
  // "Special: Up To 25% Off Roe Pro Learn More": an offer with its button.
  { reason: 'promotion', needs: /% off|free trial|offer/iu, pattern: /^(?=.{0,160}$).*\b(?:\d{1,2}% off|free trial|special offer|limited offer)\b.*\b(?:learn more|shop now|buy now|subscribe(?: now)?|sign up(?: now)?|get started|claim (?:now|offer)|find out more)[.!]?$/iu },
  // A chat widget's away message, a contact form's captcha, a short-link box, an anniversary banner, "Don't miss X on Y".
  { reason: 'page furniture', pattern: /^(?:we['’]re not around right now\b.{0,120}|not readable\? change text\.?.{0,20}|short (?:link|url)\s*:?\s*(?:https?:\/\/\S+)?|celebrating \d{1,3} years? of [\p{L}\p{N}&'’. -]{2,40}|don['’]t miss [\p{L}\p{N}&'’ -]{2,40} on [\p{L}\p{N}&'’ -]{2,30}[.!]?)$/iu },
  // "This is an archived article and the information in the article may be outdated …": an archive's notice.
  // "This article was originally on a blog post platform and may be missing photos …": a migrated archive's notice.
  { reason: 'site notice', needs: /^this /iu, pattern: /^this (?:article|story|page|post) was originally (?:on|in|part of|hosted on|published on) .{0,80}\b(?:may be missing|may not (?:display|appear|include)|may contain)\b.{0,120}$/iu },
  // "Page created in 0.28 seconds.", "| Views: 714 |": the page's own counters, as content systems print them.
  { reason: 'page furniture', pattern: /^(?:page (?:created|generated|rendered|loaded) in [\d.]+ (?:s|sec|secs|seconds?)\.?|[|\s]*(?:views?|hits|reads|visits|accesari|vizualizari|aufrufe|visitas|lectures)\s*:\s*[\d.,\s]+[|\s]*)$/iu },
  // "<< Earlier headline ::: Index Site", "Next headline >>": the links to the previous and next story.
  { reason: 'site navigation', needs: /<<|>>/u, pattern: /^<<\s*\S.{0,160}$|^.{1,160}\S\s*>>$/u },
  { reason: 'site notice', needs: /^this /iu, pattern: /^this (?:is an archived (?:article|story|page|post)|(?:article|story|page|post) (?:is|was published) (?:more than|over) (?:\d+|a|an|one|two|three|four|five) (?:years?|months?)(?: old| ago)?)\b.{0,220}$/iu },
  // "We're sorry, this feature is currently unavailable. …": a widget's error message where it failed to load.
  { reason: 'site notice', needs: /sorry/iu, pattern: /^(?:we['’]re|we are) sorry,? (?:but )?(?:this|the) (?:feature|content|service|page|video|player|widget) is (?:currently |temporarily )?(?:unavailable|not available)\b.{0,160}$/iu },
  { reason: 'refile note', pattern: /^\(?(?:this (?:story|article|version|report) (?:has been|was|is being) (?:refiled|corrected|updated|amended|changed)|refiles? to|corrects? to)\b.{0,220}\)?$/iu },
  // A wire's note to its clients over a new version, in capitals ("UPDATES WITH DEATH TOLL, CHANGES DECK, INTRO; EDITS
  // THROUGHOUT") or in brackets ("(Adds minister's quote in paragraph 5)").
  { reason: 'refile note', pattern: /^(?:UPDATES?|ADDS|CHANGES|EDITS|RECASTS|REWRITES|CORRECTS|REFILES|REPEATS|FIXES|ADVANCES)\b(?=[^\p{Ll}]*$)[\p{Lu}\p{N} ,;:'’()&/.-]{0,160}$|^\((?:[Aa]dds|[Uu]pdates|[Rr]ecasts|[Cc]orrects|[Rr]efiles|[Rr]ewrites|[Cc]hanges|[Ff]ixes|[Rr]epeats)\b[^()]{0,160}\)$/u },
  // "This advertisement has not loaded yet, but your article continues below.", "Article content continued": a
  // publisher's markers around an advertisement's slot.
  { reason: 'advertisement', pattern: /^(?:this advertisement has not loaded yet,? but your article continues below\.?|article content(?: continued)?)$/iu },
  // "Keep Connected With The Latest News, Weather, And Sports on Roe's Best Radio Stations.": a station's promotion of itself.
  { reason: 'promotion', needs: /connected/iu, pattern: /^(?:keep|stay) connected with (?:the|our) (?:latest|best)\b.{0,120}$/iu },
  { reason: 'translation link', pattern: /^(?:read (?:the |this )?(?:article |story |original )?in (?:the original (?:language|version)|\p{L}+)|leia em português|lea (?:en|la nota en) español|leer (?:en|la nota en|este artículo en) (?:español|inglés)|lire en français|auf deutsch lesen|translated (?:from (?:the )?\p{L}+ )?by\b.{0,80})\.?$/iu },
  { reason: 'paywall notice', pattern: /\byou['’]ve (?:reached|read|used) (?:the limit of |your |all (?:of )?your )?\d*\s*free (?:articles|stories|reads)\b.{0,160}$/iu },
  // A comment section's frame, as tabloids and broadsheets print it.
  // ("Respond to this story", "Posting a comment requires free registration:": a comment form's prompts.)
  { reason: 'comment prompt', pattern: /^respond to this (?:story|article|post)$|^posting a comment requires (?:free )?registration\b.{0,80}$|^\d[\d,.]*[km]?\s+comments?$|^add your comment$|^by posting your comment\b.{0,160}$|^the views expressed in the contents above are those of (?:our|the) users\b.{0,200}$/iu },
  { reason: 'video prompt', pattern: /^scroll down for (?:video|more|the video)\b.{0,30}$/iu },
  // The page's own error and feedback links, and the note that a machine reads the article aloud.
  { reason: 'feedback prompt', pattern: /^(?:report (?:a |an )?(?:typo|error|typo or error|mistake|correction)|corrections? (?:and|&) clarifications|is this page useful\??|was this page (?:helpful|useful)\??)$/iu },
  // "Audio By Vendor", "Voiced by Vendor": the read-aloud player's label, its vendor's name alone after it.
  { reason: 'audio note', pattern: /^(?:[Aa]udio|[Vv]oiced|[Nn]arrated|[Rr]ead [Aa]loud) [Bb]y \p{Lu}[\p{L}\p{N}.-]{1,30}(?: \p{Lu}[\p{L}\p{N}.-]{1,30})?$/u },
  { reason: 'audio note', pattern: /^(?:the )?audio (?:version )?(?:of|for) this (?:article|story) (?:is|was) (?:generated|produced|created|read)\b.{0,250}$/iu },
  // A reader poll's answers: "Yes – take the hit this season", "Don't know".
  { reason: 'reader poll', pattern: /^(?:yes|no)\s+[–—-]\s+\p{L}.{0,80}$|^(?:don['’]t know|not sure|undecided)$/iu },
  // A broadcaster's or paper's call to its readers under the story ("Get in touch", "Have you been affected by …?").
  { reason: 'reader callout', pattern: /^(?:get in touch|contact us|have your say|share your (?:story|experience|views|pictures|photos)\b.{0,100}|tell us (?:your|what|about)\b.{0,100}|do you have (?:a story|information|any information|pictures|photos|a question)\b.{0,120}\?|(?:have|were) you (?:been )?(?:affected|there|caught up)\b.{0,120}\?|are you (?:affected|there)\b.{0,120}\?)\s*[.:]?$/iu },
  { reason: 'feedback prompt', pattern: /^(?:was this (?:article |story )?helpful\??|thank you for your feedback\.?|give feedback|report an error|send feedback|report a correction)$/i },
  { reason: 'photo credit', pattern: /\((?:[A-Z][\p{L}.'-]+\s){0,4}(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]ic|[Pp]icture)s?\s*(?:by|\/|:)\s*[^)]{1,80}\)\s*$/u },
  // "Crews at the scene on Tuesday. (Supplied: Jane Roe)", "… election night. (WTJN)": a caption closed by its credit.
  // ("… on Tuesday.(Kelby Radio: Jane Roe, file photo)": the credit may say the picture is an old one.)
  // ("“…,” Roe said. (PNA)": a quotation with its speech verb is the story's last paragraph, with the wire's credit; so is
  // prose of two sentences, "… is at 4,50,899. The active cases constitute 1.46 per cent of the total. (ANI)"; and a sentence
  // that cites its source or adds to what came before, "… have also been reported till May 31, according to data. (ANI)".)
  {
    reason: 'photo caption',
    // (A line opening in lower case carries on a sentence the copy broke; "…, the ministry added. (PTI)" is the wire's last sentence.)
    needs: /\)\s*$/u,
    pattern: /^(?!\p{Ll})(?!.*[\p{Ll}\p{N}][.!?]\s+\p{Lu}.*[.!?]\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,11}\)\s*$)(?![^\u201D"]*[\u201D"][^\u201C"]{0,60}\b(?:said|says|told|added|wrote|stated)\b)(?!.*\b(?:said|says|told|added|stated)\.\s*\(\p{Lu}{2,12}\)\s*$)(?!.*\b(?:said|says|told|lamented|stated|noted|explained|claimed|insisted|argued|warned) (?:that|they|he|she|it|we|the)\b)(?!.*\b(?:according to|have also|has also|had also)\b).*[.!?]\s*\((?:(?:supplied|handout|file|courtesy|photo|image|picture|pictured)\b[^()]{0,60}|[\p{L}\p{N}&.'’ -]{1,40}:\s*\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*(?:file|supplied|handout)(?:\s+(?:photo|image|picture))?)?|\p{Lu}[\p{Lu}\p{N}&-]{1,11}(?:\s+(?:file\s+)?(?:photo|picture|pic|image)s?)?)\)\s*$/u,
  },
  // "… west of Eastman on Tuesday. PHOTO BY JANE ROE /The Chronicle": a caption with its credit in capitals.
  { reason: 'photo caption', pattern: /\b(?:PHOTO|PHOTOGRAPH|IMAGE|PICTURE) (?:BY|CREDIT|COURTESY(?: OF)?)\b[^.]{0,80}$/u },
  // "…on Wednesday.Credit...Jane Roe for The Sentinel": a caption with its credit glued on.
  { reason: 'photo caption', pattern: /\bCredit(?:\.{3}|…|:)\s*\S[^.]{0,80}$/u },
  { reason: 'photo credit', needs: /getty images|shutterstock|reuters\/|ap photo\//iu, pattern: /(?:^|[\s(])(?:getty images|shutterstock|shutterstock\.com\.?|afp via getty images|reuters\/[\p{L} .'-]+|ap photo\/[\p{L} .'-]+)\)?\s*$/iu },
  // "… the highest number in the country. Picture Dan Roe", "… on Monday. Photograph: Jane Roe/Outlet": a caption
  // ending in its credit, after the caption's last stop.
  { reason: 'photo caption', pattern: /[.!?]\s+(?:Picture|Pictures|Photo|Photograph|Pic|Image)(?:\s*:)?\s+(?:by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*[\p{L}. ]{2,30})?$/u },
  // "… a townhall for staff on Oct 12. ST PHOTO: JANE ROE", "… from Thursday. File photo: KBC": a caption of any length
  // whose last sentence is its credit, the paper's letters or "File" before the word for the picture.
  { reason: 'photo caption', needs: /(?:photo|picture|pic)s?\s*:/iu, pattern: /^(?=(?:\S+\s+){2,80}\S+$).*[.!?]\s+(?:(?:\p{Lu}{2,6}|File|FILE|Handout|HANDOUT)\s+)?(?:PHOTO|Photo|photo|PICTURE|Picture|picture|PIC|Pic)S?s?\s*:\s*\p{Lu}[\p{L}&./'’ -]{1,40}$/u },
  // "Firefighters watch as grassland burns (Fire Service via AP)": a caption ending in its handout's credit.
  { reason: 'photo caption', pattern: /\([^()]{1,80}\bvia (?:AP|AFP|Reuters|Getty Images|EPA|AAP|PA|Bloomberg|Anadolu|Xinhua)\)\s*$/u },
  // "180913-typhoon-1000.JPG A woman walks …": a caption under the picture's file name.
  { reason: 'photo caption', pattern: /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|tiff?)\b/iu },
  {
    reason: 'copyright footer',
    pattern: /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))|copyright\s+\d{4}\b)|all rights reserved\.?$/iu,
  },
  // "This material may not be published, broadcast, rewritten or redistributed.": a wire's terms under its copy.
  // "Copying, publishing, announcing any information from the Kelby.lt portal without written permission … is prohibited.",
  // "It is prohibited to copy and republish the text of this publication without a written permission from …".
  // ("Web Development By", "Website designed by Roe Digital", "Powered by WordPress": the site builder's credit at its foot.)
  { reason: 'copyright footer', needs: /\b(?:by|powered)\b/iu, pattern: /^(?:(?:web(?:site)?|site) (?:design|development|design and development|development and design|designed|developed|built|hosted)(?: and (?:hosted|maintained|designed|developed))? by|powered by)(?: \p{Lu}[\p{L}\p{N}&.'’ -]{0,40})?$/iu },
  // ("This field is for validation purposes and should be left unchanged.": a sign-up form's hidden field, copied with it.)
  { reason: 'newsletter prompt', pattern: /^this field is for validation purposes and should be left unchanged\.?$/iu },
  { reason: 'copyright footer', needs: /permission/iu, pattern: /^(?=.{0,300}$)(?=.*\b(?:cop(?:y|ying)|reproduc\p{L}*|republish\p{L}*|publishing|redistribut\p{L}*)\b)(?=.*\bwithout\b.{0,60}\bpermission\b).*\b(?:prohibited|forbidden|not (?:permitted|allowed))\b.*$/iu },
  { reason: 'copyright footer', needs: /may not be/iu, pattern: /^(?:this|the|such) (?:material|content|article|story) may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b[^.]{0,80}\.?$/iu },
  {
    reason: 'cookie notice',
    needs: /cookie/i,
    pattern:
      /\b(?:we use|(?:this|our) (?:web)?site uses) cookies\b|\bcookies?\b.{0,120}\b(?:by (?:continuing|using|clicking)|you (?:agree|consent|accept))|^(?:accept|reject|manage)(?: all)? cookies|^cookie (?:settings|preferences|policy)$|\b(?:assume|have) (?:that )?(?:we have )?your consent to (?:the )?(?:use|store|set)(?: of)? cookies\b|\bplease enable cookies\b/i,
  },
  {
    reason: 'share prompt',
    pattern: /^(?:share full article|send any friend a story|gift this article|save|bookmark|print this (?:article|story|page)|copy url|(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|flipboard|telegram|messenger)|save (?:this )?(?:article|story)|like this:?|like loading\.*…?|copy link(?: copied)?|(?:link )?copied)[.!]?$/i,
  },
  {
    reason: 'comment prompt',
    pattern:
      /^(?:click to comment|leave a (?:reply|comment)(?: cancel reply)?|(?:your )?(?:name|e-?mail(?: address)?|website|comment|message)\s*\*|post (?:a )?comment|add (?:a )?comment|write (?:a )?comment|discuss this (?:topic|story|article)(?:\s+\d+\s+comments?)?|view (?:all )?comments|show comments|hide comments|\d*\s*comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)|comments? (?:(?:are|have been) )?(?:closed|disabled)|be the first to comment|your email address will not be published\b.*|required fields are marked\b.*|cancel reply|log in to (?:comment|reply))\s*[.:!*]*$/i,
  },
  // ("413 SHARES Share Tweet [mc4wp_form id=33047]": a share count, its buttons and a form's unrendered shortcode.)
  { reason: 'share prompt', needs: /^\d/u, pattern: /^\d[\d,.]*[km]?\s+shares?(?:\s+(?:share|tweet|pin|email|whatsapp|facebook|twitter|linkedin|print))*(?:\s*\[[a-z][\w-]*(?:\s+[\w-]+=[^\]]{1,40})*\])?$/iu },
  // ("[mc4wp_form id=33047]", "[contact-form-7 id=12]": a plugin's shortcode the page printed unrendered, alone on its line.)
  { reason: 'page furniture', needs: /^\[/u, pattern: /^\[[a-z][a-z0-9]*[_-][\w-]*(?:\s+[\w-]+=(?:"[^"\]]{0,40}"|[^\s\]]{1,40}))+\]$/u },
  {
    reason: 'share prompt',
    pattern: new RegExp(String.raw`^(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) ${social})?|click to share(?: on ${social})?(?: \(opens in new window\))?|tweet(?: this)?|share on ${social}|${social}(?:\s*[|,·•/]?\s*${social})+|(?:share|follow)(?: us)?(?: on)?:?\s*${social}(?:\s*[|,·•/]?\s*${social})*)\s*[.:!]*$`, 'i'),
  },
  {
    reason: 'newsletter prompt',
    needs: /^(?:sign up|subscribe|get (?:our|the)|join (?:our|the)|enter your email|by (?:signing up|subscribing|clicking)|after newsletter promotion|privacy notice:)/iu,
    pattern:
      /^(?=.{0,200}$)(?!(?:[^.!?]*[.!?]\s+\p{Lu}){2})(?:(?:sign up|subscribe|get (?:our|the)[\p{L} ]{0,30}newsletter|join (?:our|the)[\p{L} ]{0,30}(?:newsletter|mailing list)|enter your email|by (?:signing up|subscribing|clicking)[^.]{0,100}(?:privacy|terms)|after newsletter promotion)\b|privacy notice:).*$/iu,
  },
  { reason: 'newsletter prompt', pattern: /^(?:\p{Lu}[\p{L}'’]*\s){0,3}[Nn]ewsletter\s*[:|–—-]\s*\S[^.]{0,80}\.?$/u },
  { reason: 'newsletter prompt', pattern: /\b(?:delivered|straight|direct(?:ly)?) to your inbox\b|\bsign up (?:for|to) (?:our|the)\b[^.]{0,60}\bnewsletter\b/i },
  {
    reason: 'subscribe prompt',
    pattern: /^(?:subscribe(?: now| today)?|become a (?:member|subscriber|supporter)|support (?:our|independent) journalism|already a (?:subscriber|member|user)\??.*|get started!? (?:register|sign up|subscribe)(?: now| today)?|log ?in|sign ?in|register(?: now| today| for free)?|register \(it['’]s (?:quick and )?free\) or (?:sign|log) ?in(?: now)?|donate(?: now)?|my account)\s*[.!:]*$/i,
  },
  {
    reason: 'site navigation',
    pattern:
      /^(?:connect with us|(?:follow|like) (?:us|me|@\w+)\b[^.]{0,60}|listen to this article\b[^.]{0,40}|open in app|read in app|stay connected|(?:back )?to (?:the )?top|back to top|skip to (?:main |the )?(?:content|navigation|key events|footer|search|main menu|article|latest)|jump (?:directly )?to (?:the )?(?:main )?(?:content|navigation|article)|home|menu|search|close|open menu|main menu|navigation|sections|topics|tags?|tagged|hashtags|(?:posts?|articles?|stories|items|entries) (?:tagged|filed|categori[sz]ed|listed) (?:with|under|as|in)\b[^.]{0,60}|tagged (?:with|as|under)\b[^.]{0,60}|categories|categories:.*|tags:.*|topics:.*|filed under:?.*|about us|contact us|privacy policy|terms (?:of (?:use|service)|and conditions)|sitemap|more|next|previous|prev|loading\.{0,3}…?|load more|go to page|page \d+(?: of \d+)?|print|listen(?: to (?:this )?(?:article|story))?(?: \d+ min(?:ute)?s?)?|\d+[- ]min(?:ute)? read|(?:reading time:? )?\d+ min(?:ute)?s? read)\s*[.:»›>]*$/iu,
  },
  { reason: 'site navigation', pattern: /^(?:our standards|editorial standards|corrections policy|ethics policy|acquire licensing rights|purchase licensing rights|reprints? (?:and|&) permissions)\b/i },
  // (Its line holds nothing but letters, spaces and separators: a line with a digit or a stop fails at once.)
  // (Its needs is one of the separators only: a search for a character is cheaper than reading the line's letters first.)
  { reason: 'site navigation', needs: /[|»›•·>/]/u, pattern: /^(?:[\p{L}&' -]{1,25}(?:\s*[|»›•·]\s*|\s+[>/]\s+)){2,}[\p{L}&' -]{1,25}$/u },
  // A live page's entry stamps and an embed's date line: "17.02 CEST", "9:47 AM · May 14, 2025", "15 May 2025 at 10:14".
  {
    reason: 'time stamp',
    needs: /\d[.:]\d\d/u,
    pattern:
      /^(?:(?:\p{L}{3,9},?\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?(?:\s*[·•|,]\s*\p{L}{3,9}\.? \d{1,2},? \d{4})?|\d{1,2} \p{L}{3,9} \d{4},? (?:at )?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\p{L}{3,9}\.? \d{1,2},? \d{4},? (?:at )?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)$/iu,
  },
  // "10/11/2019 23:45", "14.05.2025, 09:10": a live entry's stamp in numbers, day, month and year, then the time.
  { reason: 'time stamp', needs: /\d:\d\d/u, pattern: /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/iu },
  // "File", "Handout", "Kenyans.co.ke": a picture's credit alone on its line, a word of the trade or a site's address.
  { reason: 'photo credit', pattern: /^(?:file(?: (?:photo|image|picture|pic))?|archive(?: (?:photo|image))?|handout(?: (?:photo|image))?|supplied|courtesy photo|stock (?:image|photo))\.?$/iu },
  { reason: 'photo credit', needs: /\.[\p{L}]{2,4}$/u, pattern: siteAddress },
  // "A file image of two men in handcuffs after their arrest in August 2019.", "Undated file image of …": a picture's
  // caption naming itself, with no verb of a sentence ("A photo of the suspect was released …" is the article's).
  { reason: 'photo caption', needs: /image|photo|picture|screen/iu, pattern: /^(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|shows|showed|released|shared|posted)\b)(?:(?:an?|the)\s+)?(?:undated\s+)?(?:file\s+)?(?:image|photo(?:graph)?|picture|screenshot|screengrab)(?:\s+representation)?\s+(?:of|showing)\s.{3,200}$/iu },
  // "Members of the Anti-Terror Police Unit pictured during a drill.": a caption's participle, with no verb of a sentence.
  { reason: 'photo caption', needs: /\bpictured\b/iu, pattern: /^(?!.*\b(?:is|are|was|were|has|have|had|will|would|said|says)\b)\p{Lu}.{2,120}?\s(?:is |are )?pictured\s+(?:during|at|in|on|with|after|before|outside|inside|near|as|while|here|left|right|centre|center|above|below)\b.{0,150}$/iu },
  // "http://cort.as/-UNSb": a link's address alone on its line, which a live page posts under an entry.
  { reason: 'page furniture', needs: /^(?:https?:|www\.)/iu, pattern: /^(?:https?:\/\/|www\.)\S+$/iu },
  // "We use your sign-up to provide content in ways you've consented to …": a sign-up form's consent notice.
  { reason: 'newsletter prompt', pattern: /^we use your (?:sign-?up|email(?: address)?|data) to provide (?:content|you)\b.{0,300}$/iu },
  // "Don't forget to follow us on Twitter, like us on Facebook …": a site's prompt to follow it.
  { reason: 'share prompt', pattern: /^(?:don['’]t forget to|do not forget to|remember to|be sure to)\s+(?:follow|like|subscribe to|share|join)\s+(?:us|our)\b.{0,200}$/iu },
  // "Add your business to the Kelby Business Directory": a listings site's advertisement.
  { reason: 'advertisement', pattern: /^(?:add|list) your (?:business|company|listing|event)(?: for free)? (?:to|on|in) .{2,120}$/iu },
  // "Tap here to add the Kelby Post as a preferred source on Google", "Add Kelby Post on Google": a search engine's follow button.
  { reason: 'share prompt', needs: /google/iu, pattern: /^(?:(?:tap|click) here to )?(?:add|make|set)\s.{2,60}?\s(?:as (?:a |your )?preferred source (?:on|in) google(?: search)?|(?:on|to) google(?: news)?(?: as a preferred source)?)\.?$/iu },
  // "Our journalism needs your support. Please subscribe today.": a paywall's appeal.
  { reason: 'subscribe prompt', pattern: /^(?:our|independent|local|quality) journalism (?:needs|relies on|depends on) your support\b.{0,120}$/iu },
  // "Invalid email Invalid email", "Untitled": a sign-up form's error text and an embed's empty title.
  { reason: 'page furniture', pattern: /^(?:invalid email(?: address)?\s*)+$|^untitled$/iu },
  // "You make this possible. Support our independent, nonprofit newsroom today.": a public broadcaster's appeal.
  { reason: 'subscribe prompt', pattern: /^(?:you make (?:this|it) possible\.?\s*)?(?:please\s+)?(?:support|donate to|give to)\s+(?:our|this|independent|local|nonprofit)\b[^.!?]{0,80}\b(?:newsroom|journalism|reporting|station|news)\b.{0,80}$/iu },
  // "- LDR is local body journalism co-funded by …", "This reporting is supported by a grant from …": who pays for the story.
  { reason: 'credit line', pattern: /^[-–—•]?\s*(?:.{0,60}\b(?:journalism|reporting|coverage|this (?:story|article|series))\s+(?:is|are|was)\s+(?:(?:co-?)?funded|supported|made possible)\s+by\b|.{0,40}\b(?:is|are)\s+(?:[\p{L}-]+\s+){0,3}(?:journalism|reporting)\s+(?:(?:co-?)?funded|supported)\s+by\b).{0,140}$/iu },
  // "Posted: Updated:": a page's date labels whose dates the copy left behind.
  { reason: 'time stamp', pattern: /^(?:(?:posted|updated|published|last updated|modified)\s*:?\s*){1,3}$/iu },
  // "1h ago Summary of the day", "3 hours ago": a live page's list of key events, a card's age.
  { reason: 'time stamp', pattern: /^\d{1,2}\s*(?:m|min|mins|h|hr|hrs|d|minutes?|hours?|days?)\s+ago\b[^.!?]{0,120}$/iu },
  // "- Local News11 months ago", "– Business 3 days ago": a related story's section and age under its title.
  { reason: 'time stamp', needs: /ago$/iu, pattern: /^[-–—•·]\s*\p{Lu}[\p{L}&'’ -]{1,40}?\s*\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/u },
  { reason: 'social media embed', pattern: /^@[\p{L}\p{N}_.]{2,30}$|^(?:view this post on (?:instagram|x|twitter|facebook|tiktok)|a post shared by\b.{0,80}|(?:see|view) (?:the )?(?:original )?(?:post|tweet) on \p{L}+|\d[\d.,]*[km]? (?:likes|retweets|reposts|views))$/iu },
  {
    reason: 'comment prompt',
    pattern: /^(?:reply|replies|report|newest|oldest|best rated|worst rated|most liked|sort by\b.{0,20}|share what you think\.?|what do you think\??|have your say\.?|the comments below have not been moderated\.?|comments are (?:moderated|subject to)\b.{0,80}|share or comment on this (?:article|story)\s*:?|\d+ (?:replies|likes))$/iu,
  },
  // A podcast or programme page: its chapter list, credits and notes around the transcript.
  { reason: 'chapter list', pattern: /^\d{1,2}:\d{2}(?::\d{2})?\s+(?:\S+\s){0,10}[^\s.!?:]+$/u },
  { reason: 'site navigation', pattern: /^(?:chapters|show notes|episode notes|links mentioned in (?:this|the) (?:episode|show|programme|program)|credits|more episodes|all episodes|full transcript|transcript)\s*:?$/iu },
  // "Host: Jane Roe", "Sound design: Sam Poe" (names only: "PRESENTER: Good morning…" is the transcript's).
  { reason: 'credit line', pattern: /^(?:Hosts?|Presenters?|Presented by|Producers?|Produced by|Executive producers?|Editors?|Sound design|Sound engineer|Music|Mixing|Mixed by|Researchers?)\s*:\s*\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:,| and| &) \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]+){1,3})*$/u },
  // ("(Wire)[Breaking news update, posted at 5:02 p.m. ET]", "[Previous version, published at 4:31 p.m.]": a live story's
  // version marks, with the wire's credit the copy glued before the first.)
  { reason: "editor's note", pattern: /^(?:\(\p{Lu}[\p{L}&.]{1,11}\)\s*)?\[[^\]]{0,120}\b(?:transcript|episode|audio|video|listen|editor'?s note|correction|updated?|(?:previous|earlier|original) version)\b[^\]]{0,120}\]$/iu },
  // A live page's controls and a header's weather.
  { reason: 'site navigation', pattern: /^(?:pinned(?: post)?|key events|show key events only|filter(?: by)?|newest first|oldest first|latest first|refresh|auto-?refresh(?: on| off)?|follow (?:our|the) live (?:coverage|updates|blog)\b.{0,80}|live updates?|live)$/iu },
  { reason: 'weather widget', pattern: /^-?\d{1,3}\s*°\s*[CF]?(?:\s+\p{Lu}[\p{L} .'-]{1,30})?$|^(?:today['’]s |local )?weather\s*:.{0,120}$/iu },
  { reason: 'site navigation', pattern: /^(?:trending(?: topics| now| stories)?|hot topics|in focus|most searched)\s*:\s*.{0,200}$/iu },
  // Notes, boxes and prompts sites set beside an article.
  { reason: 'update note', pattern: /^(?:(?:update[d]?|correction|clarification|editor['’]s note)\b.{0,50}?:\s*)?this (?:story|article|post|piece|report) (?:has been|was) (?:updated|corrected|amended|changed)\b.{0,200}$/iu },
  { reason: 'paywall notice', pattern: /\b(?:subscriber[- ]only (?:article|story|content)|you are reading a (?:free|premium|subscriber)\b|your (?:premium |digital )+subscription\b|this (?:article|story|content) is (?:for|available to) (?:subscribers|members) only)/iu },
  { reason: 'market data', pattern: /\bdata (?:is )?delayed by \d+ minutes\b|^view (?:full )?market data$/iu },
  { reason: 'poll widget', pattern: /^(?:poll|vote|view results|see results|cast your vote|results)$/iu },
  { reason: 'advertisement', pattern: /^(?:[Ss]ponsored|SPONSORED|[Pp]aid [Pp]ost|PAID POST|[Pp]artner [Cc]ontent)\s*:?\s*\p{Lu}.{0,400}$|^(?:[Aa]dvertisement|ADVERTISEMENT)\s*(?:[-–—:]\s*)?(?:(?:[Tt]he )?[Ss]tory continues below(?: this)?(?: ad(?:vertisement)?)?|[Ss]croll to continue(?: with content)?|[Cc]ontinue reading below)?$/u },
  { reason: 'reader widget', pattern: /^listen\s*[•·|:-]?\s*\d{1,2}:\d{2}(?::\d{2})?$/iu },
  { reason: 'newsletter prompt', pattern: /^forwarded this (?:email|newsletter)\?.{0,120}$/iu },
  { reason: 'disclaimer', pattern: /\bfor (?:general )?informational purposes only\b|\bnot (?:intended as )?a substitute for (?:professional )?(?:medical|legal|financial) advice\b/iu },
  { reason: 'site navigation', pattern: /^stay (?:with|tuned to) .{2,40} for (?:updates|the latest|more)\b.{0,80}$|^read more (?:in|on|about|from) [\p{L} ]{1,30}$/iu },
  { reason: 'outlet note', needs: / is an? /u, pattern: /^(?:The\s+)?\p{Lu}[\p{L}\d .&'’-]{1,50} is (?:a|an) (?:\p{Lu}\p{L}+ )?(?:independent|nonprofit|non-profit|not-for-profit|listener-supported|member-supported|reader-supported|viewer-supported|public service|publicly funded)\b.{0,300}$/u },
  // Widgets and prompts around an article, as sites word them.
  { reason: 'reader widget', pattern: /^(?:[Ff]ollow (?:this )?(?:topic|topics|author|authors|tag|tags|story|thread)s?|[Mm]ore on \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\s*:?$/u },
  // "A" alone (three in a row on some pages, "A-", "A+"): the text-size buttons.
  { reason: 'reader widget', pattern: /^A[+−-]?$/u },
  { reason: 'reader widget', pattern: /^(?:text:|reuse this (?:content|article|story)|(?:change |adjust )?(?:text|font) size|a\s*a\s*a|aa|increase text size|decrease text size|reading mode|dark mode|print this page|republish this (?:article|story)|gift (?:this )?article|(?:un)?saved?(?: (?:article|story))?|listen to (?:this )?(?:article|story)\b.{0,30})\s*:?$/iu },
  // A label over a story ("BREAKING", "Exclusive", "Analysis") on a line of its own, and inline teasers of other stories.
  { reason: 'label', pattern: /^(?:breaking(?: news)?|exclusive|developing(?: story)?|just in|new|live updates?|analysis|opinion|explainer|fact check|in pictures|sponsored|promoted|premium|subscriber exclusive|members only)$/iu },
  { reason: 'read-more link', pattern: /^(?:read|you (?:may|might) also like|don['’]?t miss|recommended(?: for you)?|more from us|in pictures|explainer)\s*[:|]\s*\S.{0,160}$/iu },
  { reason: 'photo caption', pattern: /^(?:file (?:photo|picture|image)|pictured|main picture|inset|top picture)\s*[:,-]\s*.{3,200}$/iu },
  { reason: 'related articles', pattern: /^(?:explore more on (?:these|this) topics?|more on (?:this|these) (?:story|stories|topics?)|related topics|topics in this (?:article|story))\s*:?$/iu },
  { reason: 'newsletter prompt', pattern: /^(?:free )?(?:e-?mail )?(?:daily |weekly |morning |evening )?newsletter(?: sign-?up| signup| subscription)?$|\bsend you (?:this|our|the) newsletter\b/iu },
  { reason: 'advertisement', pattern: /^[-–—]\s*advertisement\s*[-–—]$|^advertisement\s*\d{1,2}$/iu },
  // "By allowing ads to appear on this site, you support the local businesses who …", "Please whitelist us in your ad
  // blocker": the site asking its readers to keep its advertising, above or inside any article.
  { reason: 'advertisement', needs: /\bads?\b|ad ?block/iu, pattern: /^(?:by allowing ads\b|please (?:consider )?(?:whitelist(?:ing)?|disabl(?:e|ing)|turn(?:ing)? off|pause|pausing)\b[^.]{0,40}\bad ?blocker|(?:we|it) (?:looks|seems) like you(?:'re| are) using an ad ?blocker|ads (?:help|allow us to|keep)\b[^.]{0,60}\b(?:journalism|free|content|site)\b).{0,300}$/iu },
  { reason: 'share prompt', pattern: /^(?:share (?:this (?:story|article|page|post)|us on|by email|on (?:facebook|x|twitter|whatsapp|linkedin|email|bluesky))[^.]{0,120}|social sharing|story saved|saved to (?:your )?(?:bookmarks|reading list)|you can find this (?:story|article) in (?:my|your) bookmarks\b.{0,120})$/iu },
  { reason: 'site navigation', pattern: /^(?:jump to (?:latest (?:update|post)s?|key events|comments|content)|(?:see|view|read|more) (?:all )?(?:stories|articles|posts) by\b[^.]{0,60})$/iu },
  { reason: 'social media embed', pattern: /^read \d[\d,.]*[km]? (?:replies|comments)$|^\p{Lu}[^@]{1,40}\s@[\w.]{2,30}\s*·\s*follow$/iu },
  { reason: 'feedback prompt', pattern: /^(?:was this (?:page|article|story|information) (?:useful|helpful)\??|did you find this (?:useful|helpful)\??|yes|no|yes\s*\/\s*no)$/iu },
  { reason: 'press release furniture', pattern: /^(?:for immediate release|media (?:contact|enquiries|inquiries)\s*:.{0,120}|press (?:contact|office)\s*:.{0,120}|embargoed (?:until|till)\b.{0,60})$/iu },
  { reason: 'newsletter prompt', pattern: /^(?:news alerts?|breaking news alerts?|get alerts?)\s*:\s*.{0,160}$/iu },
  { reason: 'read-more link', pattern: /^related (?:video|podcast|gallery|story)\s*:\s*\S.{0,160}$/iu },
  // A live page's sign-off under an entry ("— Julie Roe") and a wire's "— With files from …".
  { reason: 'credit line', pattern: /^[—–-]\s*(?:\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?: (?:staff|staff reports?|reporters|wire services|and agencies|newsroom|news desk))?|[Ww]ith files from\b.{1,80})$/u },
  { reason: 'credit line', pattern: /^\(?(?:with|additional) (?:inputs?|files|reporting|contributions?) (?:from|by)\b[^()]{1,80}\)?\.?$/iu },
  // Where the text was first published, or printed: the source page reads the republication from it.
  { reason: 'republication note', pattern: /^(?:this (?:article|story|post|report) (?:was |is |has been )?(?:originally |first |automatically )?(?:appeared|published|republished|syndicated|reproduced)\b.{0,200}|(?:originally|first) (?:published|appeared) (?:by|in|on|at)\b.{0,120})$/iu },
  // "(The following story by Jane Roe appeared on the Roe Herald website on June 21, 2009.)": the same note, before the text.
  { reason: 'republication note', pattern: /^\(?the following (?:article|story|post|report|piece)(?: by [\p{L}.'’ -]{2,60})? (?:first |originally )?(?:appeared|was (?:first |originally )?published) (?:on|in|by) .{2,120}\)?$/iu },
  { reason: 'print note', pattern: /^a version of this (?:article|story) (?:appears|appeared) in print\b.{0,160}$/iu },
  // "… carved up road jobs. – Roe News pic", "… on Monday. — Reuters photo": a caption signed with its picture's source.
  { reason: 'photo caption', needs: /\b(?:pic|pix|photo|picture)s?\.?$/iu, pattern: /[.!?]['’”]?\s+[–—-]\s*(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s){1,4}(?:file )?(?:pic|pix|photo|picture)s?\.?$/u },
  // "Voters queue at a polling station. — AFP/File", "… on Monday. — Reuters/Files": a caption signed with its picture's
  // agency and the archive's mark (no article's last paragraph ends with the archive).
  { reason: 'photo caption', needs: /\bfiles?$/iu, pattern: /[.!?]['’”]?\s+[–—-]\s*\p{Lu}[\p{L}\p{N}&.'’@-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}\s*\/\s*files?$/iu },
  // "… in Addis Ababa, January 31, 2019. / Reuters", "… on Monday. | AFP": a caption signed with its picture's agency after
  // a slash or a bar (an article's paragraph ends on its full stop, or on the wire's name in brackets or after a dash).
  { reason: 'photo caption', needs: /[/|]\s*\p{Lu}/u, pattern: /[.!?]['’”]?\s*[/|]\s*(?:reuters|afp|ap|aa|anadolu(?: agency)?|epa(?:-efe)?|efe|getty images|xinhua|dpa|ansa|pa(?: media| wire)?|aap|bloomberg|ians|pti|ani|bernama|yonhap|kyodo)(?:\s*[/|]\s*[\p{L}.'’ -]{2,40})?\.?$/iu },
  // "Cookies on Roe Law website", "If you want to use the sites without cookies or would like to know more, …": a cookie
  // banner's heading and its way out.
  { reason: 'cookie notice', needs: /cookies/iu, pattern: /^cookies on (?:the )?[\p{L}\p{N}&.'’ -]{2,60}?\s?(?:web)?sites?$|^if you (?:want|would like|wish|prefer) to (?:use|browse|visit) (?:the|this|our) (?:web)?sites? without cookies\b.{0,200}$/iu },
  // "Listen at 90.3 FM and 98.3 FM in Kelby, or on the KLBY app!": a radio station's call to tune in.
  { reason: 'app promotion', needs: /listen/iu, pattern: /^listen (?:live )?(?:at|on|to us on) \d{2,3}(?:\.\d)?\s?(?:FM|AM)\b.{0,200}$/iu },
  // "Home Kelby News Article": a breadcrumb pasted without its marks, from "Home" to the page's kind.
  { reason: 'site navigation', pattern: /^Home(?:\s+\p{Lu}[\p{L}&'’-]*){1,4}\s+(?:Article|Story|Post|Page)$/u },
  // "Treasurer Jane Roe gives her budget speech. Kelby NewsWire / Sam Poe": a caption signed with its agency and
  // photographer after the sentence.
  { reason: 'photo caption', needs: /\//u, pattern: /[.!?]['’”]?\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s){0,3}\p{Lu}[\p{L}\p{N}&.'’-]*\s?\/\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u },
  // "Note -- this news article is more than a year old.": an archive's notice over an old story.
  { reason: 'site notice', needs: /\bold\b/iu, pattern: /^(?:note\s*:?\s*(?:[-–—]+\s*)?)?this (?:news )?(?:article|story|post|page) is (?:more than|over|at least) (?:a|one|two|\d+) (?:years?|months?) old\.?$/iu },
  // "See more photos below.", "DSC 1646 1", "IMG_2041.jpg": a gallery's prompt, a picture's file name.
  { reason: 'image placeholder', pattern: /^see (?:more|all) (?:photos|pictures|images)(?: (?:below|above|here))?\.?$|^(?:DSC|DSCN|DSCF|IMG|PXL)[ _-]?\d{3,6}(?:[ _-]\d{1,3})?(?:\.(?:jpe?g|png))?$/iu },
  // ("Storm Damage Kelby 20140608": a wire picture's slug, its story's words and the day it was taken run together.)
  { reason: 'image placeholder', needs: /\d{8}$/u, pattern: /^\p{Lu}[\p{L}\p{N}'’ -]{2,60}\s(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/u },
  // "Below is a film of the mayor's acceptance speech in May 2015.", "Above is video of the crash.": the player's label.
  { reason: 'video player', needs: /^(?:below|above)/iu, pattern: /^(?:below|above)\s+is\s+(?:a\s+|an\s+|the\s+)?(?:short\s+)?(?:film|video|clip|footage|recording|livestream)\s+(?:of|from|showing)\b.{3,200}$/iu },
  // ("WATCH REPLAY: Officials answer questions about the launch.": the page's video of it, announced.)
  { reason: 'video player', needs: /^(?:watch|above|video|replay)/iu, pattern: /^(?:watch (?:the )?(?:replay|full video|video)|above video|video above|replay)\s*:\s*.{3,200}$/iu },
  // "Give us feedback, share a story tip or update, or report an error.": the page's request for corrections and tips.
  { reason: 'feedback prompt', needs: /feedback/iu, pattern: /^give us (?:your )?feedback\b.{0,120}$/iu },
  // "Digital Editions", "Digital Edition": the menu's link to the paper's facsimile.
  { reason: 'site navigation', pattern: /^(?:digital|print|e-?)\s?editions?$/iu },
  // "To get in touch with the Samaritans in Kelby, call 020 8399 6676", "Its helpline number is 03001 233 393": the
  // support lines a page sets under a story of suicide or abuse, with their numbers (by the services' names: a council's
  // own helpline in a story of floods is the story's).
  { reason: 'helpline notice', needs: /samaritans|lifeline|childline|crisis text line|beyond ?blue|mind charity/iu, pattern: /^(?!.*\b(?:said|says|told|according to)\b)(?=.{0,300}\b(?:samaritans|lifeline|childline|crisis text line|beyond ?blue|mind charity)\b).{0,300}?\b(?:call|ring|phone|text|contact|number is)\b(?:\s+[\p{L}'’]+){0,4}?\s*:?\s*(?:\+?\d[\d -]{2,}\d|www\.|\S+\.(?:org|com)\b).{0,120}$/iu },
  // A paper's membership of its press council or regulator, and its rules for comments.
  { reason: 'site notice', needs: /press (?:council|code|ombud)|regulated by|comment(?:s|ing)? (?:policy|guidelines|rules)/iu, pattern: /^.{0,80}\b(?:is a member of (?:the )?(?:\p{Lu}[\p{L}]* )?press council|subscribes to (?:the )?(?:\p{Lu}[\p{L}]* )?press code|is regulated by (?:IPSO|the \p{Lu}[\p{L} ]{0,40}press (?:council|regulator|standards)))\b.{0,300}$|^please (?:read|see|review|check) our comment(?:s|ing)? (?:policy|guidelines|rules)\b.{0,80}$/iu },
  // "Did you see the launch? Contact us at …": a call to readers, a question and the newsroom's address.
  { reason: 'reader callout', needs: /\?\s+(?:contact|email|e-mail|message|write to|tell) us\b/iu, pattern: /^[^.!?]{3,100}\?\s+(?:contact|email|e-mail|message|write to|tell) us\b.{0,160}$/iu },
  // A press release's end mark, the notes it carries, and an editor's note on a transcript.
  { reason: 'end mark', pattern: /^(?:[-–—*\s]*ends?[-–—*\s]*|###|-30-|#\s*#\s*#)$/iu },
  { reason: 'editor\'s note', pattern: /^(?:this|the) (?:interview|transcript|conversation|q&a|exchange|discussion|excerpt)\b.{0,80}?\b(?:has been|was|have been) (?:edited|condensed|lightly edited)\b[^.]{0,60}\.?$/iu },
  // Captions that end on their credit after the sentence: ". Picture: Family handout", ". Photo by Jane Roe/Agency",
  // a wire's "Agency/Jane Roe Purchase Licensing Rights, opens new tab", "(Jane Roe/The Outlet)", ". Stock image."
  { reason: 'photo caption', pattern: /[.!?]\s+(?:[Pp]ictures?|[Pp]hotos?|[Pp]hotograph|[Ii]mages?|[Cc]redit|PICTURE|PHOTO)\s*(?::|by\b|courtesy\b)\s*\S[^.]{0,80}\.?$|[.!?]\s+(?:[Ss]tock|[Ff]ile|[Hh]andout|[Ll]ibrary|[Aa]rchive) (?:image|photo|picture|photograph)\.?$/u },
  // (Not the story's last paragraph with its wire's and photographer's credit: "Roe said they evacuated 22 families. (Jane Poe / Outlet)".)
  { reason: 'photo caption', needs: /\)$|[Ll]icensing [Rr]ights/u, pattern: /\b[Pp]urchase [Ll]icensing [Rr]ights(?:, opens new tab)?$|^(?!.*\b(?:said|says|told|lamented|stated|noted|explained|claimed|insisted|argued|warned) (?:that|they|he|she|it|we|the)\b).*[.!?]\s*\((?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+\s?\/\s?[\p{L}\p{N}&.'’ -]{2,40}\)$|[.!?]\s*\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile|[Ss]upplied|[Hh]andout|[Cc]ourtesy)\b[^()]{0,60}\)$/u },
  // "Correio Mineiro © 2025 All rights reserved. Copying … prohibited": the name before the sign.
  { reason: 'copyright footer', needs: /©/u, pattern: /^\p{Lu}[\p{L}\p{N}&'’. -]{1,60}\s*©\s*(?:\d{4}\b)?.{0,300}$/u },
  // A newsletter's own promotion: what it sends, to whose inbox, how often.
  { reason: 'newsletter prompt', needs: /your inbox|newsletter/iu, pattern: /^(?![^“”"]*[“”"]).{0,160}\b(?:in|to|into) your inbox\b.{0,80}$|^(?![^“”"]*[“”"]).{0,120}\b(?:our|this) (?:free |daily |weekly |morning |evening |monthly |fortnightly )+newsletter\b.{0,120}$/iu },
  // A live page's own voice: who covers it, that it closes, thanks for following, more updates to come.
  { reason: 'live page note', needs: /^(?:live |coverage|this live|we|thank)|bring you/iu, pattern: /^(?:live (?:coverage|reporting|updates)|coverage|this live (?:page|blog)) (?:by|from|was (?:edited|written|compiled) by)\s+\p{Lu}[^.]{0,100}$|^we(?:['’]re| are| will be) (?:now )?(?:closing|pausing|ending|wrapping up|wrapping|stopping) (?:this|our|the) (?:live )?(?:page|blog|coverage|updates)\b.{0,160}$|^thank(?:s| you) (?:for (?:following|joining us|staying with us))\b.{0,160}$|^.{0,80}\b(?:will|we['’]ll) bring you (?:the latest |more |further )?updates(?: (?:here|on this page|as (?:they|it) (?:come|comes) in))?\.?$/iu },
  // Media material offered with a press release.
  { reason: 'press release furniture', pattern: /\bavailable for (?:editorial|media|press) use\b.{0,160}$/iu },
  // An author's note under an opinion piece: "She writes in a personal capacity."
  { reason: 'author bio', pattern: /\b(?:writes|is writing|writing) (?:here )?in (?:a|her|his|their) personal capacity\.?$/iu },
  // ("Correspondent at Voice Air Media.", "Senior Reporter for the Kelby Gazette": the author's post at the outlet, under the
  // name, a line no article writes.)
  { reason: 'author bio', needs: /correspondent|reporter|writer|journalist|editor|contributor|columnist|producer|intern/iu, pattern: /^(?:(?:senior|chief|staff|political|business|sports|court|crime|health|news|special|foreign|freelance|contributing|assistant|deputy|managing|digital|general|local)\s+){0,2}(?:correspondent|reporter|writer|journalist|editor|contributor|columnist|producer|intern)\s+(?:at|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}&'’. -]{1,50}\.?$/iu },
  // What a select-all copy of an article page carries from its players, tools and rails, worded as sites word them
  // (each anchored at both ends: an article's sentence cannot be one of them).
  // "Teachers marched on Westminster on Tuesday, as Roe News' Jane Roe reports": a broadcaster's line over its report's video.
  { reason: 'video player', needs: /reports?\.?$/u, pattern: /^(?=.{0,240}$)\p{Lu}[^“”"]*,? as (?:our (?:[\p{L}-]+ )*(?:correspondent|editor|reporter) |(?:\p{Lu}[\p{L}\p{N}&.-]*\s){1,4}?(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s)?(?:[\p{L}-]+ )?(?:correspondent |editor |reporter )?)(?:\p{Lu}[\p{L}'’-]+\s){0,2}\p{Lu}[\p{L}'’-]+ reports\.?$/u },
  // "Here's the video:", "In the video below, crowds gather at the station:": the line that introduces an embedded video.
  // "You can watch Jane Roe's full interview with the mayor in the video above.": a pointer to the page's player.
  { reason: 'video player', needs: /video/iu, pattern: /^(?:you can |click to |tap to )?(?:watch|see|view|hear)\b[^.!?]{0,120}\b(?:in|on) the (?:\p{L}+ )?video(?: player| clip)? (?:above|below)\.?$/iu },
  { reason: 'video player', pattern: /^(?:here['’]s (?:the|a|our) video|(?:watch|see) (?:the|our) video(?: below)?|(?:in|the) (?:the )?video below\b[^.!?]{0,100}|(?:watch|see) (?:it|more) in the video below)\s*:$/iu },
  // A legal report's heading labels: "Case Title: Roe v. State", "Coram: Justice Roe", "Citation: 2026 LiveRoe 12".
  { reason: 'page furniture', pattern: /^(?:case title|case no\.?|case number|citation|coram|bench)\s*:\s*.{2,160}$/iu },
  { reason: 'video player', pattern: /^(?:loading video(?:\.{3}|…)?|(?:top|featured|related|more|latest) videos?|video (?:is )?(?:loading|unavailable)|watch live\b\s*:?.{0,80}|stream\b.{0,60}\b(?:for free|free on|live|24\/7)\b.{0,30})$/iu },
  { reason: 'weather widget', pattern: /^there are (?:currently )?no (?:active |severe )?weather (?:alerts|warnings)\b.{0,40}$/iu },
  // "Would you like to comment on this article?", "Register on Site at no cost to receive newsletters, read exclusive
  // articles & more.": a comment section's question, a registration box's pitch.
  { reason: 'comment prompt', needs: /comment/iu, pattern: /^(?:would you like to|do you want to|want to|care to) (?:comment|leave a comment|join the (?:conversation|discussion))(?: on this (?:article|story|post|report))?\s*\??$/iu },
  { reason: 'newsletter prompt', needs: /^register/iu, pattern: /^register (?:on|with|at|for) .{0,60}\b(?:at no cost|for free|free of charge|it['’]s free)\b.{0,160}$/iu },
  { reason: 'comment prompt', pattern: /^(?:no comments?\s*:?|sign in to (?:comment|reply)|log in to leave a comment|most commented|show comments \(\d+\))$/iu },
  { reason: 'syndication note', pattern: /^\(?(?:this|the) (?:story|article|report|copy) has not been edited by\b.{0,200}\)?\.?$|^\(?(?:this|the) (?:story|article) (?:was|has been) (?:written|produced|generated|created) (?:with the (?:assistance|help|use) of|using|by) (?:AI|artificial intelligence|an AI)\b.{0,160}\)?$/iu },
  { reason: 'promotion', pattern: /^catch (?:all )?the latest\b.{0,200}$|^catch all the\b.{0,120}\b(?:news|updates)\b.{0,80}$|^(?:tap|click) here to (?:download|get|install|join|follow|subscribe|sign up|watch|listen)\b.{0,80}$/iu },
  { reason: 'social prompt', needs: /^(?:join|follow|find|like|catch|subscribe to|add )|whatsapp channel/iu, pattern: /^(?=.{0,100}$)(?!.*\b(?:said|says|told|according to)\b)(?:join|follow|find|like|catch|subscribe to)\b.{0,60}\b(?:on|channel)\b.{0,20}\b(?:whatsapp|telegram|instagram|youtube|facebook|google news|threads|tiktok|linkedin|bluesky|x)\b.{0,40}$|^.{0,40}\bwhatsapp channel\b.{0,80}$|^add \p{Lu}.{1,40} as a (?:preferred|trusted) source\b.{0,40}$/iu },
  { reason: 'credit line', pattern: /^(?:(?:[Ee]dited|[Pp]ublished|[Rr]eported|[Ww]ritten|[Cc]ompiled|[Cc]urated|[Tt]ranslated|[Pp]roduced) [Bb][Yy]\s*:\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s*(?:[|,]\s*)?)+$|^\(?[Ww]ith (?:\p{Lu}{2,6}|agency|agencies|wire) inputs?\)?\.?$|^\(?(?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|dpa|EFE|ANSA|Xinhua|Bernama|Kyodo|Yonhap|NAN)\)?$/u },
  { reason: 'page furniture', pattern: /^location\s*:\s*\p{Lu}.{0,60}$/iu },
  { reason: 'share prompt', pattern: /^(?:(?:kindly |please )?share this (?:story|article|post|page|news)\s*:?|share via|e-?mail this (?:article|story)|save for later|add to (?:favou?rites|reading list|bookmarks)|bookmark this (?:article|story))$/iu },
  { reason: 'site navigation', pattern: /^(?:advertise(?: with us)?|accessibility(?: statement| help)?|show less|expand|collapse|back|continue|follow(?:ing)?|unfollow|follow (?:this|the) (?:author|topic|story|writer)|live tv|explore(?: more)?|discover more|view all|see all|read (?:the )?full story|full coverage|view full coverage|(?:sign|log) ?in\s*\|?\s*(?:register|sign up|subscribe)(?: now)?)$/iu },
  { reason: 'site navigation', pattern: /^[Ff]ollow \p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’.-]+$/u },
  { reason: 'fundraising appeal', pattern: /^[Ss]upport (?:independent|local|quality|our|public) (?:journalism|news|media)[.!]?$/u },
  // "- Earlier report: Minister denies …": a link to the outlet's earlier story on the case, with its headline.
  { reason: 'related articles', needs: /report|story|coverage|article/iu, pattern: /^[-–—•*]?\s*(?:earlier|previous|related|latest|background)\s+(?:report|story|coverage|article)s?\s*:\s*\S.{3,200}$/iu },
  { reason: 'related articles', pattern: /^(?:also see|must read|read this next|promoted links|most commented|more videos|we recommend|related resources?)$/iu },
  // A broadcaster's chrome: "Watch Example News live", "Why you can trust Example News", "Please use Chrome browser for a
  // "Tenants renew their calls for better protections. Jane Roe reports.": a broadcaster's summary of its report, the
  // reporter's name signing it off as a sentence of its own.
  { reason: 'video player', needs: /(?:reports|has (?:more|the story|the details))\.$/u, pattern: /^(?=.{20,300}$)\p{Lu}[^“”"\n]*[.!?]\s+(?:\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s+(?:reports|has (?:more|the story|the details))\.$/u },
  // more accessible video player", "Now Reading :", "Jane Roe has more on the investigation" (the report's video).
  { reason: 'video player', needs: /^watch|^please use|has more on|has the story/iu, pattern: /^(?:[Ww]atch (?:\p{Lu}[\p{L}\p{N}]*\s){1,3}live|[Pp]lease use (?:the )?(?:[Cc]hrome|[Ff]irefox|[Ss]afari|[Ee]dge|a (?:modern|different)) browser\b.{0,80}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2} has (?:more on|the story on|the latest on)\b.{0,80})$/u },
  { reason: 'site notice', needs: /trust|reading/iu, pattern: /^(?:why you can trust (?:\p{Lu}[\p{L}\p{N}]*\s?){1,4}|now reading\s*:?)$/iu },
  // "premium_icon Subscriber only": a paywall's mark, its icon's name copied with it.
  { reason: 'paywall notice', needs: /subscriber/iu, pattern: /^(?:premium_icon\s+)?(?:for )?subscribers? only$/iu },
  // "Earlier coverage:", "Recommended Stories For You": the label over a list of the site's stories, alone on its line.
  { reason: 'related articles', needs: /coverage|reports|stories|recommended|must-reads/iu, pattern: /^(?:(?:earlier|previous|more|related|further|our) (?:coverage|reports|stories|must-reads)\s*:?|recommended (?:stories|articles|reading|videos) for you)$/iu },
  // A comment section with nothing in it: "There are no comments.", "Please enter your comment!", "Please enter your name here".
  { reason: 'comment prompt', needs: /comment|name here/iu, pattern: /^(?:there are no comments(?: yet)?|no comments yet|be the first to comment(?: on this (?:article|story))?|please enter your (?:comment|name here|name|email address here)|you have entered an incorrect email address)[.!]?$/iu },
  // "Advertisement 271": an advertisement's slot with its number.
  { reason: 'advertisement', needs: /^advert/iu, pattern: /^advert(?:isement)?\s+\d{1,4}$/iu },
  // A site asking to be followed, naming its accounts: "Follow @Example on Twitter and @example on Instagram, or like our
  // Facebook Page, … by clicking here for the latest news. To subscribe, click here."
  { reason: 'social prompt', needs: /^follow @/iu, pattern: /^follow @\w{2,30} on \p{L}+\b.{0,300}$/iu },
  // A radio station's player: "Next Up:", "Available On Air Stations".
  { reason: 'video player', needs: /next up|on air/iu, pattern: /^(?:next up:?|available on air stations|on air now:?)$/iu },
  // ("Read Two soldiers killed in border attack": "Read" before another story's headline, no stop, between paragraphs.)
  { reason: 'related articles', needs: /^Read \p{Lu}/u, pattern: /^Read \p{Lu}[^.!?:;“”"]{15,120}$/u },
  // "More to follow…", "Details to follow": a breaking story's promise of more.
  { reason: 'page furniture', pattern: /^(?:more to follow|(?:more )?details to follow|more (?:details|updates) (?:soon|shortly|to come))\s*(?:\.{1,3}|…)?$/iu },
  // "Get daily National news": a section's newsletter box, between paragraphs.
  { reason: 'newsletter prompt', needs: /^get /iu, pattern: /^get (?:daily|weekly|the latest|breaking) (?:\p{L}+ ){0,3}news(?: (?:alerts|updates))?$/iu },
  // "We want our comments to be a lively and valuable part of our community …": a comment section's rules.
  { reason: 'comment prompt', needs: /comments/iu, pattern: /^we want (?:our )?comments to be\b.{0,400}$/iu },
  { reason: 'tip prompt', pattern: /^(?:submit|share) (?:a |your )?(?:news )?tips?\b.{0,60}$|^(?:found|seen|spotted|noticed) an? (?:typo|mistake|error)\??\s*.{0,40}$/iu },
  { reason: 'feedback prompt', pattern: /^report an? (?:issue|problem|bug)(?: with this (?:page|article|story))?$/iu },
  // "Photo by Jane Roe Two clerks store the ballots away after the count.": the credit set before the caption it heads.
  { reason: 'photo caption', needs: /^(?:photo|picture|image)/iu, pattern: /^(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s+(?:by|courtesy(?:\s+of)?)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}\s+\S.{10,400}$/u },
  // "kelbynews-placeholder": the file name of the picture a site shows when an article has none.
  { reason: 'image placeholder', needs: /placeholder|thumbnail/iu, pattern: /^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:placeholder|thumbnail)(?:\.(?:jpe?g|png|webp|gif))?$/iu },
  { reason: 'image placeholder', pattern: /^(?:file|representative|representational|stock|archive) (?:image|photo|picture)s?\.?$|^(?:the )?(?:image|photo|picture)s? (?:is |are )?(?:used )?(?:for|used for) (?:representation|representational purposes?|illustration(?: purposes?)?)(?: only)?\.?$/iu },
  { reason: 'time stamp', pattern: /^(?:updated|posted|published)\s*:?\s*(?:\d{1,2}\s*(?:hours?|hrs?|h|minutes?|mins?|m|days?|d)\s*){1,2}ago$/iu },
  // An event's advertisement ("… | Register now"), a funder's note, a closing pointer to more coverage.
  { reason: 'advertisement', needs: /(?:now|today|here)[.!]?$/iu, pattern: /\s[|–—-]\s*(?:register|book(?: your (?:place|seat|ticket))?|buy tickets|get (?:your )?tickets|sign up) (?:now|today|here)[.!]?$/iu },
  { reason: 'funding note', pattern: /^this (?:investigation|article|story|report|project|series|reporting|coverage) (?:was|is) (?:produced|made possible|supported|funded|published) (?:with (?:the )?(?:support|help|funding) (?:of|from)|by a grant from|thanks to)\b.{0,250}$/iu },
  { reason: 'contact line', pattern: /^for more information,? (?:visit|see|call|contact|go to|email)\b.{0,200}$/iu },
  // "Certification Helpline: (216) 694-0240", "Newsroom: +44 20 7946 0000": a label and a telephone number, nothing else.
  { reason: 'contact line', needs: /\d$/u, pattern: /^[\p{L}&'’ -]{2,50}:\s*(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s*)?\d[\d\s.-]{5,16}\d$/u },
  // "All posts by Jane Roe", "View all articles by the Newsdesk": the author's archive link.
  { reason: 'byline', pattern: /^(?:(?:view|see|read) )?(?:all|more) (?:posts|articles|stories|news|reports) (?:by|from) \p{Lu}.{0,60}$/iu },
  { reason: 'credit line', pattern: /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:reported|contributed(?: reporting)?) from \p{Lu}[^.]{1,60}\.(?:\s+[^.]{1,120}\b(?:contributed|reported)\b[^.]{0,80}\.)?$/u },
  { reason: 'promotion', pattern: /^follow .{1,60}['’]?s? coverage of .{1,80}$|\bwill have (?:more |further )?updates (?:at|on) (?:[\w-]+\.(?:com|org|net|co\.uk|ie)|this (?:page|story|site))\b.{0,80}$/iu },
  // Wires' and agencies' marks, captions and notes as outlets from many countries write them.
  { reason: 'end mark', pattern: /^\((?:END|ENDS|MORE|[Ee]nd|[Ee]nds)\)$|^\/\p{Ll}{2,5}$/u },
  { reason: 'update note', pattern: /^(?:this (?:is a (?:developing|breaking)(?: news)? (?:story|update)|story is (?:developing|still developing|being updated)|(?:story|article|page) will be updated)\b.{0,160}|(?:correction|clarification)\s*:\s*(?:an earlier|a previous|this) (?:version|story|article)\b.{0,250})$/iu },
  { reason: 'photo caption', needs: / taken |^this |^(?:header|featured|top|main|cover|lead) /iu, pattern: /^(?!.*\b(?:said|says|told|according to)\b)(?:(?:an? )?(?:aerial |file |handout )?(?:photo|picture|image)s? taken (?:on|in)\b.{0,250}|this (?:handout |file |undated )?(?:photo|picture|image)\b.{0,60}\bshows\b.{0,250}|(?:header|featured|top|main|cover|lead) (?:image|photo|picture)\s*:.{0,250})$/iu },
  { reason: 'photo caption', needs: /[)\]]$|\/\p{Lu}+$/u, pattern: /^(?!.*\b(?:said|says|told|lamented|stated|noted|explained|claimed|insisted|argued|warned) (?:that|they|he|she|it|we|the)\b).*[.!?]\s*\((?:[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+\s?\/\s?[\p{L}\p{N}&.'’ -]{2,40}\)$|[.!?]\s*\[(?:[Pp]hoto|[Ii]mage|[Vv]ideo|PHOTO)\s*\/[^\]]{1,40}\]$|[.!?]\s+\/\p{Lu}{2,12}$/u },
  { reason: 'agency footer', needs: /website contains only/iu, pattern: /^.{0,60}\bwebsite contains only (?:a portion|some|part) of\b.{0,300}$/iu },
  { reason: 'page furniture', pattern: /^(?:views?|reads|hits)\s*:?\s*\d[\d,.]*[km]?$|^\d[\d,.]*[km]? (?:views|reads)$/iu },
  // "This is a community-moderated forum.": the note over a comment section.
  { reason: 'comment prompt', needs: /moderated/iu, pattern: /^this is a (?:community[- ]moderated|moderated|pre-moderated|post-moderated) (?:forum|discussion|comments? section|conversation)\.?$/iu },
  // "These updates are now finished.", "This live blog has now ended.": a live page closed.
  { reason: 'live page note', needs: /\b(?:finished|ended|closed|concluded)\b/iu, pattern: /^(?:these|our|the) (?:live )?updates (?:are|have) (?:now )?(?:finished|ended|closed|concluded)\.?$|^(?:this|our) live (?:blog|page|coverage) (?:is|has) (?:now )?(?:finished|ended|closed|concluded)\.?$/iu },
  // "• Follow I follow": a follow button's two states, pasted as one line.
  { reason: 'share prompt', needs: /follow/iu, pattern: /^(?:[•·]\s*)?follow\s+(?:i follow|following|unfollow)$/iu },
  { reason: 'comment prompt', pattern: /^save my name\b.{0,120}$|^(?:share your (?:thoughts|views)\b|let us know (?:what you think|your (?:thoughts|views))\b|what do you think\?).{0,80}\bcomments?\b.{0,30}$/iu },
  { reason: 'video prompt', pattern: /^(?:(?:click|tap) (?:on )?(?:the link|here) (?:below|above) to )?watch (?:the )?(?:full )?(?:video|clip|report|interview)(?: (?:below|above|here))?\s*[.:!]?$/iu },
  { reason: 'video player', pattern: /^(?:video|gallery|photos|in pictures|audio)\s*:\s*[^.!?]{3,120}$|^(?:swipe|scroll|click|tap) (?:for|to see) more (?:photos|images|pictures)$|^\d{1,3}\s*\/\s*\d{1,3}$|^(?:open|view|launch) (?:the )?(?:photo )?gallery$/iu },
  { reason: 'credit line', pattern: /^(?:the )?(?:associated press|agence france-presse|press trust of india|deutsche presse-agentur|kyodo news|yonhap news agency|xinhua news agency|anadolu agency|united news of india|indo-asian news service|asian news international)$/iu },
  { reason: 'related articles', pattern: /^(?:also (?:watch|read)|must (?:watch|see)|top headlines|all headlines|latest updates|quick links)\s*:?$/iu },
  { reason: 'promotion', pattern: /^for (?:all )?the latest\b.{0,120}\b(?:download|follow|visit|subscribe|click|join)\b.{0,80}$/iu },
  // "For more breaking news, local headlines and features, ‘like’ our Facebook page.": the same, with "more".
  { reason: 'social prompt', needs: /^for more/iu, pattern: /^for more\b[^.!?]{0,100}[,:]\s*(?:[‘'"“]?(?:like|follow|join|visit|find)[’'"”]?)\s+(?:us|our)\b.{0,80}$/iu },
  // A page's widget that failed to load: "Oops, something went wrong.", "Oops! Something went wrong. Please try again."
  { reason: 'page furniture', needs: /oops|went wrong/iu, pattern: /^(?:oops[,!.]?\s+)?something went wrong\b[^.!?]{0,40}[.!]?(?:\s+please (?:try again|refresh)\b.{0,40})?$|^oops[,!.]?\s+something\b.{0,60}$/iu },
  // Aggregators', newsletter platforms' and release wires' frames.
  // "Report by Senior Court Reporter", "Reported by Jane Roe": a byline in the body's flow, under the lede.
  { reason: 'byline', pattern: /^(?:[Rr]eport(?:ed)?|REPORT(?:ED)?) (?:by|BY) \p{Lu}[\p{L}'’.-]*(?: (?:and |& )?\p{Lu}[\p{L}'’.-]*){0,4}$/u },
  { reason: 'byline', pattern: /^[Ss]tory by \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:\s*[•·|]\s*\d{1,2}\s*(?:[mhd]|min|hrs?)\b.{0,10})?$/u },
  { reason: 'subscribe prompt', pattern: /^(?:(?:sign|log) in to (?:view|read|see|continue)\b.{0,40}|paid subscribers only|upgrade to paid|ready for more\??)$/iu },
  { reason: 'related articles', pattern: /^(?:more for you|top picks|what['’]s new|around the web|from our partners|recommended by|(?:content|ads|stories) by \p{Lu}[\p{L}\p{N}]{1,30}|(?:trending|latest|more|top stories) in [\p{L}&' ]{2,30})$/iu },
  // A search box's answer left on the page: "Please try another search", "No results found.", "Sorry, no results were found".
  { reason: 'site navigation', needs: /search|results/iu, pattern: /^(?:(?:please )?try (?:another|a different|a new) search(?: term)?|(?:sorry,? )?no (?:search )?results (?:were )?found(?: for\b.{0,60})?|your search (?:did not|didn['’]t) (?:match|return)\b.{0,80})[.!]?$/iu },
  { reason: 'site navigation', pattern: /^(?:in this article\s*:|privacy dashboard|terms and privacy policy|restack|like|discussion about this post|see (?:the )?latest updates|new posts?|\d{1,3} new (?:updates?|posts?))$/iu },
  { reason: 'press release furniture', pattern: /^SOURCE \p{Lu}.{1,60}$|^[Cc]ontacts?\s*:?$/u },
  { reason: 'press release furniture', pattern: /^view original content(?: to download multimedia)?\s*:\s*https?:\/\/\S+$|^(?:media|investors?|press|analysts?)(?: (?:contacts?|relations|inquiries|enquiries))?\s*:\s*\S.{0,120}(?:@\S+|\+?\d[\d ()-]{6,}\d)\s*$/iu },
  // "Support from readers like you keeps The Kelby Journal open.", "… please contribute what you can, so we can continue …",
  // "… Advertising revenue goes some way to support our mission, but this year it has not been enough.": a paper's appeal.
  { reason: 'fundraising appeal', needs: /like you|what you can|advertising revenue/iu, pattern: /^(?![^“”"]*[“”"])(?:.{0,120}\b(?:support|donations?|contributions?|funding) from (?:readers|listeners|viewers|supporters|members|people) like you\b|.{0,200}\bplease (?:contribute|donate|give) what you can\b|.{0,200}\badvertising revenue\b.{0,80}\b(?:(?:has|have|is|was) not (?:been )?enough|isn['’]t enough|falls? short|does(?: not|n['’]t) cover)\b).{0,200}$/iu },
  { reason: 'fundraising appeal', pattern: /^our (?:journalism|reporting|newsroom|work) (?:relies|depends) on (?:you|readers|listeners|your support)\b.{0,160}$/iu },
  // "… But we’ve chosen to keep our online journalism free because …", "we’re asking readers who can afford it to contribute
  // …", "… Click here to help Save Your Times:": a paper's appeal, line by line.
  { reason: 'fundraising appeal', needs: /journalism free|asking (?:our )?readers|click here to/iu, pattern: /^(?=.{0,400}$).*\b(?:keep(?:ing)? our (?:online )?(?:journalism|reporting|website|site) free|asking (?:our )?readers\b.{0,60}\bto (?:contribute|donate|support|subscribe|help)|click here to (?:help|support|donate|contribute|subscribe)\b)/iu },
  // "Our journalism is based on credibility and impartiality. …", "Kelby News is Nigeria’s leading online newspaper. …": a
  // station's or paper's account of itself, under the story.
  { reason: 'page furniture', pattern: /^our (?:journalism|reporting|newsroom) is (?:based on|built on|guided by|independent)\b.{0,240}$/iu },
  { reason: 'page furniture', needs: /\bis\b/iu, pattern: /^(?=.{0,400}$)\S.{0,40}\bis (?:the |a )?(?:\p{L}+['’]s )?(?:leading|largest|premier|number one|most (?:trusted|popular|widely read)|fastest[- ]growing)\b.{0,30}\b(?:newspaper|news (?:site|website|portal|platform|outlet|source)|online (?:newspaper|news)|media (?:company|house|organi[sz]ation)|broadcaster|radio station|tv station|magazine)\b.*$/iu },
  { reason: 'related articles', pattern: /^(?:read next|watch next|(?:the )?most (?:read|popular)(?: (?:articles|stories|news))?(?: in [\p{L} ]{1,20})?|more (?:on|about) this (?:story|topic)|further reading|related (?:(?:internet|external|web) )?(?:links|reading))\s*:?$/iu },
  // Promotions of the outlet's other products: its programme, app, newsletter, tip line.
  // "Listen to The Morning Line weekdays …": a named programme (capitalised) and when it airs.
  { reason: 'promotion', pattern: /^(?:[Ll]isten to|[Tt]une in to|[Ww]atch|[Cc]atch) (?:the |our )?\p{Lu}.{0,80}\b(?:weekdays|weeknights|weekends|daily|every (?:day|morning|evening|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|live on|on demand|wherever you get your podcasts)\b.{0,120}$/u },
  { reason: 'app promotion', pattern: /^(?:download|get|install) (?:the|our)\b.{0,60}\bapp\b.{0,120}$/iu },
  // A local site's sign-up box: "Find out what's happening in Kelby with free, real-time updates from Patch.", "Let's go!".
  { reason: 'newsletter prompt', needs: /happening|let/iu, pattern: /^find out what['’]s happening in\b.{1,60}\b(?:with|from)\b.{0,80}\b(?:updates|alerts|newsletters?)\b.{0,40}$|^let['’]s go!?$/iu },
  // The buttons under a story: "Thank" (beside "Reply" and "Share").
  { reason: 'share prompt', needs: /thank/iu, pattern: /^thank$/iu },
  // "(Kelby Police Department)", "(Photo courtesy of Jane Roe)": a picture's credit alone in brackets.
  { reason: 'photo credit', needs: /^\(/u, pattern: /^\((?:photo |image |video )?(?:courtesy (?:of )?)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}'’.&-]*)){0,7}\)$/u },
  // "Want more news from WKBY 7? Download our free app for breaking news alerts.": a question to the reader, then the prompt.
  { reason: 'app promotion', needs: /\?/u, pattern: /^(?:want|looking for|need|like) (?:more|the latest|breaking)\b[^?]{0,60}\?\s+(?:download|get|install|sign up|subscribe|follow|join)\b.{0,120}$/iu },
  { reason: 'promotion', pattern: /^get (?:the )?latest\b.{0,80}\b(?:news|updates|headlines)\b.{0,160}$/iu },
  { reason: 'newsletter prompt', pattern: /^by signing up\b.{0,200}$|^the [\p{L}’' ]{2,40} newsletter\s*[:–—-]\s*\S.{0,120}$/iu },
  { reason: 'tip prompt', needs: /news ?desk|newsroom|reporter|tips? line|tips@/iu, pattern: /\b(?:e-?mail|contact|write to|message) (?:our|the) (?:news ?desk|newsroom|reporters?|tips? line)\b.{0,80}$|\b[\w.-]*tips@[\w.-]+\.\w+/iu },
  { reason: 'newsletter footer', pattern: /^thanks for reading\b.{0,200}$|\btoday['’]s edition\s*:|^(?:good (?:morning|afternoon|evening)|hello|hi),? (?:and )?(?:happy \p{L}+day|welcome|readers)\b.{0,120}\b(?:edition|newsletter|issue)\b.{0,80}$/iu },
  { reason: 'disclaimer', pattern: /^disclaimer\s*:.{0,300}$/iu },
  { reason: 'site notice', pattern: /\backnowledges? (?:the )?(?:aboriginal|traditional (?:owners|custodians))\b.{0,300}$/iu },
  { reason: 'print note', pattern: /^this (?:article|story|piece) (?:appears|appeared|was published) in the\b.{0,80}\b(?:issue|edition)\b.{0,120}$/iu },
  { reason: "editor's note", pattern: /^this is an? (?:\p{L}+ )?transcript\b.{0,200}$|^this transcript (?:has been|was)\b.{0,200}$/iu },
  { reason: 'programme credits', needs: /production|new episodes/iu, pattern: /^(?:the )?\p{Lu}[\p{L}\p{N} &'’-]{1,50} is an? (?:\p{Lu}[\p{L}\p{N} &'’-]{1,50} )?production\b.{0,200}$|\b[Nn]ew episodes (?:every|each|out)\b.{0,80}$/u },
  // A score table's rows ("Possession 54% - 46%", "Corners 7 - 4") and its link.
  { reason: 'statistics table', needs: /\d%?\s*[-–]/u, pattern: /^\p{L}[\p{L} ]{2,30}\s+\d{1,3}%?\s*[-–]\s*\d{1,3}%?$/u },
  { reason: 'site navigation', pattern: /^(?:view|see|open) (?:the )?(?:full|all|complete) (?:match (?:centre|center|report|stats)|stats|scorecard|results|table|standings|coverage|gallery)$|^match (?:stats|facts|centre|center)$/iu },
  // A press release's closing sections: what follows them is the issuer's boilerplate.
  { reason: 'press release furniture', pattern: /^(?:[Nn]otes? (?:to|for) [Ee]ditors?|[Aa]bout \p{Lu}[\p{L}\p{N} &'’.-]{1,60}|[Mm]edia [Cc]ontacts?|[Pp]ress [Cc]ontacts?|NOTES TO EDITORS)\s*:?$/u },
  // A newsletter's frame: its reading time, its item labels, its sign-off and its appeals.
  { reason: 'newsletter furniture', needs: /words|big thing|^this /iu, pattern: /^.{0,80}\b\d{1,4}(?:,\d{3})? words,?\s+(?:[—–-]\s+)?(?:a |about a )?\d{1,2}[-–\s]min(?:ute)?s? read\b.{0,60}$|^(?:\d+\.\s*)?(?:\d+\s+)?big things?$|^this (?:newsletter|edition|email|briefing) was (?:edited|written|produced|compiled)\b.{0,200}$/iu },
  { reason: 'newsletter prompt', needs: /forwarded this|sign up here/iu, pattern: /^.{0,80}\bforwarded this\b.{0,80}$|^.{0,80}\bsign up here\.?$/iu },
  { reason: 'read-more link', pattern: /^go deeper\s*[:.]\s*.{0,160}$/iu },
  { reason: 'advertisement', pattern: /^(?:want to|interested in|looking to) advertise\b.{0,160}$/iu },
  { reason: 'fundraising appeal', pattern: /\bdepends on (?:listeners|readers|viewers|supporters|members|people) like you\b.{0,120}$|^(?:please )?(?:donate|give|support us) (?:today|now)\b.{0,80}$/iu },
  // A banner's file name the copy kept where the advertisement stood ("spring_sale_banner_728x90"), a slider's arrows.
  { reason: 'advertisement', needs: /\dx\d/u, pattern: /^[\p{L}\p{N}_.-]*[_-]\d{2,4}x\d{2,4}(?:[_.-][\p{L}\p{N}_.-]*)?$/u },
  { reason: 'site navigation', pattern: /^(?:previous|next|prev|left|right) (?:arrow|slide)$/iu },
  // "Share with your network!", "Be the first to know when big stories happen.": a share bar's and an alert box's pitch.
  { reason: 'share prompt', pattern: /^share (?:this |it )?with your (?:network|friends|followers)[.!]?$/iu },
  { reason: 'promotion', needs: /first to know/iu, pattern: /^(?=.{0,200}$)(?!.*\b(?:said|says|told|according to)\b).{0,100}\bbe the first to know\b.{0,80}$/iu },
  // An advertisement's slot label in capitals or not: "SPONSOR AD", "Paid ad", "Partner advert".
  { reason: 'advertisement', pattern: /^(?:sponsor(?:ed)?|paid|partner) (?:ad|advert|advertisement)s?$/iu },
  // A read-aloud player's blurb: "Enhance your reading experience by listening to this article."
  { reason: 'audio note', needs: /listen/iu, pattern: /^(?=.{0,140}$)(?!.*\b(?:said|says|told|according to)\b).{0,80}\blisten(?:ing)? to this (?:article|story|report|page)\b.{0,40}$/iu },
  // A promotion's pitch: "… Download now and never miss a beat.", "… so you never miss a story".
  { reason: 'promotion', needs: /miss/iu, pattern: /^(?=.{0,300}$)(?!.*\b(?:said|says|told|according to)\b).*\b(?:never|don['’]t|won['’]t) miss (?:a|another|any|out on (?:the|any))\s(?:beat|story|stories|headline|headlines|update|updates|news|thing|moment)\b.{0,60}$/iu },
  // A teaser, then the prompt to follow the outlet on a messaging app: "Stay informed! Follow The Roe Times on WhatsApp …".
  { reason: 'social prompt', needs: /whatsapp|telegram|google news/iu, pattern: /^(?=.{0,300}$)(?!.*\b(?:said|says|told|according to)\b)(?:[•·*-]\s*)?[^.!?]{0,80}[.!?]\s+(?:join|follow|subscribe to)\b.{0,60}\bon (?:whatsapp|telegram|google news)\b.{0,120}$/iu },
  // A live page's own controls: "Auto refresh feeds", "Auto-refresh on".
  { reason: 'site navigation', pattern: /^auto[- ]?refresh(?: (?:feeds?|updates|posts|on|off))?$/iu },
  // A publishing platform's comment policy under the story ("Welcome to the discussion.", "Keep it Clean. Please avoid …").
  { reason: 'comment prompt', pattern: /^(?:welcome to the discussion|please turn off your caps lock)[.!]?$|^(?:keep it clean|don['’]t threaten|be truthful|be nice|be proactive|share with us)\.\s.{0,160}$/iu },
  // A caption that ends in its credit after a slash or a bar: "… at the courts yesterday. Photo/PD/JANE ROE", "… FILE PHOTO | NMG".
  { reason: 'photo caption', needs: /(?:photo|picture|image|pic)s?\s*[/|]/iu, pattern: /^(?=.{0,400}$)\p{Lu}.*[.!?)]\s*(?:file )?(?:photo|picture|image|pic)s?\s*[/|]\s*[\p{L}\p{N}&.'’ -]{1,40}(?:\s*[/|]\s*[\p{L}\p{N}&.'’ -]{1,40})?$/iu },
  // An app's promotion with its stores ("For more news your way, download The Citizen's app for iOS and Android.").
  { reason: 'app promotion', needs: /\bapp\b/iu, pattern: /^(?=.{0,200}$)(?![^“”"]*[“”"]).{0,60}\b(?:download|get|install)\b.{0,60}\bapp\b.{0,20}\b(?:ios|android|app store|google play|iphone)\b.{0,40}$/iu },
  // A live page's own blurb: "Live updates from the State Courts.", "Here are our updates from the scene."
  { reason: 'live page furniture', pattern: /^(?:live updates? (?:from|on)|here are our (?:live )?updates (?:from|on)|follow (?:our|the) live (?:updates|coverage|blog) (?:from|on|of))\b[^.!?]{0,80}[.:]?$/iu },
  // A search box's prompt ("Hi, what are you looking for?", "Type to search") and a back-to-top link ("top", "Back to top ↑").
  { reason: 'site navigation', pattern: /^(?:(?:hi|hello),?\s+)?what are you (?:looking|searching) for\??$|^(?:type|press enter|start typing) to search\b.{0,40}$|^(?:back to |go to |scroll to )?top(?: of (?:the )?page)?\s*[↑▲^]?$/iu },
  // An advertisement's slot with its prompt after a stop: "Advertisement. Scroll to continue reading."
  { reason: 'advertisement', pattern: /^(?:advertisement|advert|ad)\.\s+(?:scroll|continue|story continues)\b.{0,40}$/iu },
  // A caption that ends in its credit in brackets: "… on 2 December. [Jane Roe/ Valley Post]", "… in Tara. (Photo: Jane Roe)",
  // "Dr. Jane Roe. (Internet file photo)".
  { reason: 'photo caption', needs: /[\])]$/u, pattern: /^(?=.{0,400}$)(?![^“”"]*[“”"])\p{Lu}.*[.!?]\s*(?:\[\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*[\p{L}\p{N}&.'’ -]{2,40}\]|[[(](?:photo|picture|image|file photo)s?\s*:\s*[^\])]{2,60}[\])]|\((?:[\p{L}-]+ ){1,3}(?:photo|picture|image)s?\))$/iu },
  // A video's caption in the present tense: "Footage from the fire service shows the scene in Tara on Tuesday."
  { reason: 'video caption', needs: /footage|video|vision/iu, pattern: /^(?=.{0,240}$)(?![^“”"]*[“”"])(?:(?:drone|video|dashcam|bodycam|cctv|mobile phone|phone)\s+)?(?:footage|video|vision)\s+(?:(?:from|by|posted by|posted on|shared by|released by|obtained by)\s+[^.!?]{1,50}?\s+)?shows\b[^.!?]{0,200}[.!]?$/iu },
  // A newsletter box's question ("Would you like to subscribe to our newsletter?"), a share bar copied as one line
  // ("Share this with Email Share this with Facebook …"), a reading-list widget's pitch.
  { reason: 'newsletter prompt', needs: /\?$/u, pattern: /^(?:would you like|do you want|want|like) to (?:subscribe|sign up|register)\b[^.!?]{0,80}\?$/iu },
  { reason: 'share prompt', needs: /^share/iu, pattern: /^(?:share (?:this |it )?(?:with|on|via|to) [\p{L}+]+(?: [\p{L}+]+)?\s*){2,}$/iu },
  { reason: 'reader widget', needs: /list|later/iu, pattern: /^(?=.{0,160}$)(?:add|save) (?:articles|stories|this (?:article|story)|it) (?:to your (?:saved|reading) list|for later)\b.{0,80}$/iu },
  // "To contact the reporter for this story, email …": the reporter's address under the story.
  { reason: 'tip prompt', needs: /^to (?:contact|reach)/iu, pattern: /^to (?:contact|reach) (?:the|this) (?:reporter|writer|author|editor|journalist)s?\b.{0,200}$/iu },
  // A picture's label: "Site Review screengrab", "The school. Handout photo".
  // ("Trains at the station in Kelby (file picture).": the label in brackets.)
  { reason: 'photo caption', needs: /grab|shot|capture|handout|file/iu, pattern: /^(?![^“”"]*[“”"])[^.!?()]{2,80}\s\(?(?:screen ?grab|screen ?shot|screen capture|handout(?: photo| picture| image)?|file (?:photo|picture|image))\)?\.?$/iu },
  // A summary box's label over its bullets ("In Summary", "Key points", "Story highlights").
  // ("What you need to know:" over bullets; without its colon it is as often the article's own subheading.)
  { reason: 'summary box', pattern: /^(?:in summary|story highlights|at a glance)\s*:?$|^(?:what you need to know|key takeaways)\s*:$/iu },
  // A reader's post embedded as a line: its mood's pictogram, a dash, the words ("😡 - “An absolute disgrace!”").
  { reason: 'social embed', needs: /\p{Extended_Pictographic}/u, pattern: /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*[-–—]\s*["“].{1,200}["”]$/u },
  // A tabloid's label over a picture, a word in capitals and the name of who is shown: "SORRY: Roe", "HEARTBROKEN: Jane Roe".
  { reason: 'photo caption', needs: /^\p{Lu}{3,}/u, pattern: /^\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}:\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u },
  // An outlet's appeal for support in its own voice ("Your support makes all the difference.", "Your donations allow us
  // to …", "… we choose not to lock readers out of our reporting with paywalls", "We could not provide the Roe News
  // service … without the generous support of our readers", "Thank you for donating to Roe News."), never a quotation.
  { reason: 'fundraising appeal', needs: /your (?:support|donation|contribution)|paywall|support of our readers|thank you for donating/iu, pattern: /^(?![^“”"]*[“”"])(?:your (?:support|donation|contribution) (?:helps|makes|means|matters|keeps|allows|enables|lets|powers)\b.{0,200}|.{0,200}\byour (?:donations?|contributions?) (?:allows?|helps?|enables?|lets?) us\b.{0,200}|.{0,200}\bwe (?:choose|chose|decided) not to\b.{0,80}\bpaywalls?\b.{0,100}|we (?:could not|couldn['’]t|cannot|can['’]t) (?:provide|produce|do)\b.{0,120}\bwithout the (?:\p{L}+ )?support of our readers\b.{0,300}|thank you for donating to \S.{1,60})$/iu },
  // "Today's Paper Obituaries Newsletters Weather Puzzles Local": a local site's sections in one row, four
  // names of sections or more and no stop (a sentence that lists them ends with one).
  { reason: 'site navigation', needs: /obit|puzzle|crossword|newsletters|horoscope|classifieds|e-?edition|today['’]s paper|podcasts/iu, pattern: /^(?=.{0,200}$)(?=(?:.*?(?<![\p{L}])(?:obits|obituaries|traffic|newsletters|weather|puzzles|crosswords?|games|horoscopes?|classifieds|podcasts|e-?edition|e-?paper|today['’]s paper|opinion|sports?|business|lifestyle|entertainment|jobs|real estate|events|videos|photos|latest(?: stories| news)?)(?![\p{L}])){4}).*[^.!?:]$/iu },
  // A comments section's rules box: its title ("Comments: Our rules"), its pitch ("We want our comments to be …"), its
  // request to report comments that break them, its link to the rules.
  { reason: 'comment prompt', needs: /comment|rules/iu, pattern: /^(?:comments?\s*:\s*(?:our|the|house) rules|(?:read|see) (?:the|our) (?:full |house )?(?:rules|community (?:guidelines|standards)|comment(?:ing)? (?:policy|rules|guidelines))(?: here)?\.?|please report any comments? that (?:break|breaks|breach|breaches|violate|violates)\b.{0,80}|we want (?:our|the|your) comments? (?:section )?to be\b.{0,240})$/iu },
  { reason: 'comment prompt', pattern: /^(?:discuss (?:here|this(?: (?:article|story))?|now)|start the discussion)\s*[.!]?$/iu },
  // A publisher's box on why only subscribers may comment: "Why are you making commenting on The Kelby Herald only available
  // to subscribers?", "We know there are thousands of Herald readers who want to debate … in the comments section …",
  // "Unfortunately, though, these important debates are being spoiled by a vocal minority of trolls …".
  { reason: 'comment prompt', needs: /comment|debates/iu, pattern: /^why (?:are (?:you|we)|have (?:you|we)|is)\b.{0,30}\b(?:commenting|comments?)\b.{0,80}\bsubscribers?\?$|^we know there are (?:thousands|many|lots|hundreds) of\b.{0,60}\breaders\b.{0,120}\bcomments? section\b.{0,300}$|^unfortunately,? (?:though,? )?these (?:important )?debates are being spoiled\b.{0,300}$/iu },
  // "READ ALSO  Ferry fares to rise again .", "Related: …": a link's label with the linked story's title run on.
  // ("OTHER NEWS   NEMA: Many returnees disabled": another story's link under its label, the spaces of the page's box
  // between them.)
  { reason: 'read-more link', needs: /^(?:read|also|see|related|other|more)/iu, pattern: /^(?:read also|also read|read more|see also|related|(?:other|more) (?:news|stories))\s*(?::|\s{2,}|[–—|]\s)\s*\p{Lu}.{2,200}$/iu },
  // ("For our free coronavirus pandemic coverage, learn more here.": a link to the outlet's coverage of a topic.)
  { reason: 'promotion', needs: /more here/iu, pattern: /^for (?:our|the latest|more|all (?:the|our)|full|live)\b[^.!?]{0,80},?\s+(?:learn|read|find out|see|click|go) (?:more )?here\.?$/iu },
  // ("NOTE: We wish to add you to our WhatsApp Database to get our Trending … news directly into your WhatsApp Box": a
  // site's offer to send its news by a messaging app.)
  { reason: 'social prompt', needs: /whatsapp|telegram/iu, pattern: /^(?=.{0,300}$)(?!.*\b(?:said|says|told|according to)\b)(?:note\s*:\s*)?(?:we (?:wish|want|would like) to add you|add (?:us|our number)|get (?:our|the latest|breaking)\b.{0,60}\bnews\b.{0,40}\b(?:on|via|into|in) (?:your )?(?:whatsapp|telegram))\b.{0,240}$/iu },
  // "More news: Rovers Could Change Their Keeper: Report", "Don't miss: …": another story's title after its label, between
  // paragraphs (a title, no sentence: no stop at its end).
  { reason: 'read-more link', needs: /^(?:more|don|must|top|trending|recommended|popular|editor)/iu, pattern: /^(?:more (?:news|stories|coverage|headlines)|don['’]t miss|must read|top stories|trending(?: now)?|recommended(?: for you)?|popular now|most popular|editor['’]s picks?)\s*:\s*\p{Lu}[^.!?]{2,160}[!?]?$/iu },
  // "Listen to Jane Roe discussing Wednesday's meeting on Morning Edition", "Watch Constables Ann Roe and Sam Poe's interview
  // on Kelby Days below.": a player's line, pointing to a recording of the story, not a sentence of it.
  { reason: 'promotion', needs: /^(?:listen|watch|hear)\b/iu, pattern: /^(?=.{0,200}$)(?!.*\b(?:said|says|told|warned|urged)\b)(?:[Ll]isten to|[Ww]atch|[Hh]ear)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}(?:and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:discuss(?:ing|es)?|talk(?:ing|s)? (?:about|to|with)|speak(?:ing|s)? (?:about|to|with)|explain(?:ing|s)?|\p{L}*['’]s? (?:interview|conversation|report|segment|story)\b).{0,120}$/u },
  // "Your support is essential to making journalism like this possible.", "Will you stand with us?", "Trustworthy and indepth news
  // stories are more important now than ever.": a newsroom's appeal for money, set between paragraphs.
  { reason: 'fundraising appeal', needs: /support|stand with|than ever/iu, pattern: /^your (?:support|donation|contribution|gift) (?:is essential|is vital|is crucial|makes|helps|keeps|allows|ensures|powers)\b.{0,60}\b(?:journalism|reporting|newsroom|news)\b.{0,80}$|^will you (?:stand with|support|join) us\??$|^(?:(?:trustworthy|trusted|independent|quality|reliable|fact-based|in-?depth|indepth|local)(?:,? and)?\s+){1,3}(?:news(?: stories)?|journalism|reporting)\s+(?:is|are|has never been)\s+(?:more important|more needed|needed more|more vital)\s+(?:now\s+)?than ever\b.{0,40}$/iu },
  // "Get top local Kelby stories delivered to you every morning with the News Headlines newsletter.": a newsletter's box.
  { reason: 'newsletter prompt', needs: /delivered/iu, pattern: /^(?=.{0,200}$)(?:get|have|receive|sign up (?:for|to get))\b.{0,80}\bdelivered (?:to you|to your inbox|straight to your inbox|(?:right )?to your (?:inbox|phone|device))\b.{0,100}$/iu },
  // "The Kelby Post is not responsible for the content of external sites.": a site's note under its list of links.
  { reason: 'disclaimer', needs: /responsible/iu, pattern: /^(?=.{0,200}$).*\b(?:is|are) not responsible for the content of (?:external|third[- ]party|other) (?:internet )?(?:sites|websites|web sites|links|pages)\b.*$/iu },
  // A note that the story came from a syndicated or agency feed, with or without the outlet's disclaimer
  // ("(Apart from the headline, Kelby Post staff have not edited this story, which is published from a syndicated feed.)").
  { reason: 'republication note', needs: /feed/iu, pattern: /^(?=.{0,400}$)\(?.{0,160}\b(?:sourced|published|auto-?generated|generated|taken|reproduced|received) (?:directly )?from (?:a |an |the )?(?:third[- ]party )?(?:syndicated|agency|news agency|wire|automated) (?:news )?feed\b.*$/iu },
  { reason: 'paywall notice', needs: /trial/iu, pattern: /^(?:start|begin|try|claim) (?:your |a |my )?(?:\d{1,3}[- ]day )?(?:free )?trial(?: now| today)?[.!]?$/iu },
  // "story.lead_photo.caption Boats at the quay": a page template's field name printed with its text.
  { reason: 'page furniture', needs: /^[a-z]/u, pattern: /^[a-z][a-z0-9]*(?:[._][a-z0-9]+){2,}\s+\S.*$/u },
  // "See an interview with … and read the full article on Kelby Radio.", "Read the full story at …": a link to elsewhere.
  { reason: 'read-more link', needs: /full|here/iu, pattern: /^(?=.{0,200}$)(?:(?:see|watch|listen to)\b.{0,100}\band )?read the full (?:article|story|report|interview|text|statement|transcript)\b(?: (?:here|on|at|in) .{0,60})?[.!]?$|^(?=.{0,120}$)(?:the |a |an )?[\p{L}\p{N}'’ -]{2,60} (?:is|are|can be) (?:posted|available|found|read|viewed|seen|listed|downloaded|accessed) here\.?$/iu },
  // "1. Kelby Coast Radio Listen Live": a radio station's player link.
  // ("ATTENTION: Click “HERE” to join our WhatsApp group and receive News updates …": the site's group offer.)
  { reason: 'promotion', needs: /whatsapp|telegram/iu, pattern: /^(?:attention|note|notice)\s*:?\s*click\b.{0,20}\bto join our (?:whatsapp|telegram) (?:group|channel|community)\b.{0,160}$/iu },
  // ("You can watch the video on Facebook here.", "Watch a video below:": a pointer to a video the copy did not keep.)
  { reason: 'video player', needs: /\bvideo\b/iu, pattern: /^(?:you can )?watch (?:the|a|our|this) (?:full )?video (?:on (?:facebook|youtube|x|twitter|instagram|tiktok) here|below|above|here)\s*[.:]?$/iu },
  { reason: 'audio note', needs: /listen live/iu, pattern: /^(?:\d{1,2}\.\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,6}listen live$/iu },
  // Common chrome of publishing systems, each alone on its line: a comments loader, a link's new-window note, a channel to
  // join, a gallery's count, a form's captcha notice, a notifications switch, a reporter's contact links, a paywall's
  // buttons and pitches, a sponsor's credit.
  { reason: 'comment prompt', needs: /comment/iu, pattern: /^(?:load|show|view|see|read) (?:more |all |the )?(?:\d+ )?comments?$/iu },
  { reason: 'page furniture', needs: /new/iu, pattern: /^\(?opens? in (?:a )?new (?:window|tab)\)?$/iu },
  { reason: 'social prompt', needs: /^join/iu, pattern: /^join (?:us on|our) (?:whatsapp|telegram|facebook|signal|viber|discord)(?: channel| group| community)?\b.{0,80}$/iu },
  { reason: 'image placeholder', needs: /\(\d/u, pattern: /^(?:photo |picture |image )?gallery\s*\(\d{1,3} (?:photos|images|pictures)\)$/iu },
  { reason: 'newsletter prompt', needs: /^stay/iu, pattern: /^(?![^“”"]*[“”"])stay (?:up to date|updated|informed|in the know|ahead)\b[^.!?]{0,100}[.!]?$/iu },
  { reason: 'site notice', needs: /recaptcha/iu, pattern: /\bprotected by recaptcha\b.{0,160}$/iu },
  // A registration offer broken over two lines: "Register today and start ¶ enjoying 30 days of unlimited content."
  { reason: 'subscribe prompt', needs: /^register|days? of/iu, pattern: /^(?:register (?:now|today|for free) and (?:start|get|enjoy)\b.{0,60}|(?:start )?enjoy(?:ing)? \d+ days? of (?:unlimited|free) (?:content|access|reading|articles)(?: for free)?[.!]?)$/iu },
  { reason: 'reader widget', needs: /notification/iu, pattern: /^(?:turn on|enable|allow|get|manage|activate) (?:push |browser |breaking news )?notifications\b.{0,40}$/iu },
  // ("Get real time updates directly on you device, subscribe now.": a push service's offer.)
  { reason: 'reader widget', needs: /updates directly/iu, pattern: /^get (?:real[- ]time |instant |breaking )?(?:news )?updates directly (?:on|to) (?:your?|the) (?:device|phone|inbox)\b.{0,40}$/iu },
  // ("Sorry, this video isn't available any more.", "We apologize, but this video has failed to load. Try refreshing your
  // browser …": a player's notice where its video was.)
  { reason: 'video player', needs: /^sorry|failed to load/iu, pattern: /^(?:sorry,? (?:this|the) video (?:is(?:n['’]t| not) available|is unavailable|has been removed|could not be (?:loaded|played))(?: any ?more)?\.?|we apologi[sz]e,? but this video has failed to load\b.{0,160})$/iu },
  // ("More to come.", "More to follow.": a developing story's closing line.)
  { reason: 'update note', needs: /^more/iu, pattern: /^more (?:to come|to follow|soon|updates to come|details soon)\s*[.!…]*$/iu },
  // ("How does this article make you feel?": a reactions widget's question.)
  { reason: 'feedback prompt', needs: /feel/iu, pattern: /^how (?:does|did) this (?:article|story|post|news) make you feel\??$/iu },
  // ("Have news you must share? Get in touch with us via email at …": a newsroom's call for tips.)
  { reason: 'tip prompt', needs: /\?/u, pattern: /^(?:have|got) (?:a |any )?(?:news|story|tip|news tip|story tip)\b[^?]{0,40}\?\s*(?:get in touch|contact us|email us|write to us|send (?:it|them|us))\b.{0,120}$/iu },
  // ("Featured image adapted from Kelby Police and Google Maps.": the credit of the image at the top.)
  { reason: 'photo credit', needs: /^featured image/iu, pattern: /^featured image (?:adapted |taken |sourced )?(?:from|via|by|courtesy of)\b.{2,120}$/iu },
  // ("Advertising Read more": an advertisement's label and its link, run together.)
  { reason: 'advertisement', needs: /^advertising/iu, pattern: /^advertising\s+read more$/iu },
  // ("While you're here, we just want to remind you of our commitment to …": an appeal for readers' money.)
  { reason: 'fundraising appeal', needs: /while you/iu, pattern: /^while you['’]re here,? we (?:just )?(?:want|wanted|would like|have a small favour) to\b.{0,240}$/iu },
  // ("Jane Roe and a rescue vehicle. Supplied.", "A bear, not the one in the story. Via Wikimedia Commons": a
  // caption closed by where its picture came from.)
  { reason: 'photo caption', needs: /supplied|wikimedia/iu, pattern: /^(?![^“”"]*[“”"])(?=(?:\S+\s+){2,40}\S+$).*[.!?]\s+(?:(?:photo|picture|image)\s*:?\s*)?(?:supplied|via wikimedia commons|wikimedia commons)\.?$/iu },
  // ("A section of the crane on Quill Street. (By Jane Roe -- Kelby Wire)": a caption closed by its photographer's credit,
  // the agency after two hyphens.)
  { reason: 'photo caption', needs: /--|—/u, pattern: /^(?![^“”"]*[“”"])(?=(?:\S+\s+){3,60}\S+$).*\((?:[Bb]y |[Pp]hoto:? )?\p{Lu}[\p{L}.'’ -]{2,40}?\s+(?:--|—)\s+\p{Lu}[\p{L}&.'’ -]{1,40}\)$/u },
  // ("This entry was posted in News. Bookmark the permalink.": a blog platform's footer under the post.)
  { reason: 'page furniture', needs: /permalink/iu, pattern: /^(?:this entry was posted in .{1,80}\.\s+)?bookmark the permalink\.?$/iu },
  // A browser's notification prompt as the site words it: "Web Notifications", "Example.com would like to send you
  // notifications for breaking news alerts."
  { reason: 'reader widget', needs: /notification/iu, pattern: /^(?:(?:web|push|browser|desktop) notifications|\S+(?: \S+){0,3} would like to (?:send|show) you (?:push |browser )?notifications\b.{0,80})$/iu },
  // A notifications panel's buttons and its question: "Notification Settings X", "Clear Notification X", "Time Settings",
  // "Get Instant News Updates", "Do you want to clear all the notifications from your inbox?".
  { reason: 'reader widget', needs: /notification|settings|updates/iu, pattern: /^(?:(?:notifications?|time|alert|push) settings(?:\s+x)?|clear (?:all )?notifications?(?:\s+x)?|get instant (?:news )?(?:updates|alerts|notifications)|do you want to clear all (?:the )?notifications(?: from your inbox)?\?)$/iu },
  { reason: 'tip prompt', needs: /^(?:email|contact|message)/iu, pattern: /^(?:[Ee]mail|[Cc]ontact|[Mm]essage) (?:the (?:author|reporter|writer|journalist)|\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+)$/u },
  { reason: 'paywall notice', needs: /access|read|account|subscri/iu, pattern: /^(?:unlimited (?:digital )?access (?:for|from) \S{1,12}(?: a (?:week|month))?|(?:log in|sign in) or (?:register|subscribe) to (?:continue reading|read (?:more|on|the full (?:article|story)))|want to (?:read|keep reading) (?:more|on)\?\s*subscribe(?: now| today)?|already have an account\?\s*(?:sign|log) in|create (?:a |your )?free account)[.!]?$/iu },
  { reason: 'reader widget', needs: /print/iu, pattern: /^print (?:this )?(?:article|story|page)$/iu },
  { reason: 'sponsor line', needs: /feature|supported|partnership|presented/iu, pattern: /^(?:advertisement feature|advertising feature|sponsored feature|supported by|in partnership with \p{Lu}[\p{L}&'’ .-]{1,40}|presented by \p{Lu}[\p{L}&'’ .-]{1,40})$/iu },
  // "// Adds the author to the analytics": a comment of the page's script, copied with its text.
  { reason: 'page furniture', needs: /^\/\//u, pattern: /^\/\/\s.{0,200}$/u },
  // "Dock workers vote to strike (Kelby Wire/Dockers Union)": a caption ending in its credit, agency and source by a slash.
  // (Not a paragraph's last sentence with the reporter's credit after its stop: "… to the school. (Jane Roe / Kelby Wire)".)
  { reason: 'photo caption', needs: /\/[^)]*\)$/u, pattern: /^(?![^“”"]*[“”"])(?=(?:\S+\s+){2,40}\S+$)(?!.*\p{Ll}[.!?]\s+\p{Lu}).*[^\s.!?]\s\([\p{L}\p{N}&.'’ -]{2,40}\/[\p{L}\p{N}&.'’ -]{2,40}\)$/u },
  // "Kelby Wire, March 4, 2025 Adjust font size:": a text-size widget run on after the dateline.
  { reason: 'reader widget', needs: /size/iu, pattern: /^(?=.{0,120}$).*\b(?:adjust|change|increase|decrease) (?:the )?(?:text|font) size\s*:?$/iu },
  // "Selecting your primary region ensures you get the stories that matter to you first.": an edition picker's pitch.
  { reason: 'site notice', needs: /your/iu, pattern: /^(?:select(?:ing)?|choos(?:e|ing)|set(?:ting)?|change) your (?:primary |preferred |home |local )?(?:region|location|edition|city|area)\b.{0,160}$/iu },
  // "info_icon", "arrow_forward", "expand_more": an icon's name in the page's code, copied as its only text.
  { reason: 'page furniture', pattern: /^[a-z]+(?:_[a-z0-9]+)+$/u },
  // "💻 Find today's top stories on kelbytv.com": a line that opens on a pictograph and bids the reader do something, the
  // site's own promotion (an article's sentence opens on no emoji).
  { reason: 'promotion', needs: /\p{Extended_Pictographic}/u, pattern: /^\p{Extended_Pictographic}\uFE0F?\s*(?:find|get|sign up|download|follow|watch|listen|subscribe|read|join|stream|check out|click|tap|stay|see|discover)\b.{0,200}$/iu },
  // "• Kelby Radio thanks our sponsors — become a Kelby Radio sponsor": a public station's sponsor line.
  { reason: 'sponsor line', needs: /sponsor/iu, pattern: /^(?:[•·*]\s*)?.{0,60}\bthanks? (?:our|its) (?:sponsors|underwriters|supporters)\b.{0,80}$/iu },
  // "WARNING: Video contains profanity", "Viewer discretion: this video includes graphic images": a player's warning.
  { reason: 'video player', needs: /video/iu, pattern: /^(?:(?:warning|caution|viewer (?:warning|discretion)(?: advised)?)\s*[:.!-]\s*)?(?:the |this )?video (?:contains|may contain|includes|shows) (?:profanity|strong language|graphic|disturbing|distressing|violent|offensive|flashing)\b.{0,60}$/iu },
  // "/ Source: staff and news service reports": who wrote it, as a page credits its desk and the wires.
  { reason: 'credit line', needs: /source/iu, pattern: /^(?:[/|•·]\s*)?sources?\s*:\s*(?:staff|wire|news service|news agency|agency|agencies|wire service)\b[\p{L} ,&/-]{0,60}$/iu },
  // "Watch more of our videos on KelbyTV.com", "… and on Freeview 262": a broadcaster's plug for its channels.
  { reason: 'promotion', needs: /more of our|freeview|freely|freesat/iu, pattern: /^(?:watch|see|find|catch|read|hear|listen to) more of our (?:videos|stories|coverage|reports|news|journalism|programmes|programs|shows)\b.{0,80}$|^(?=(?:\S+\s+){0,12}\S+$).*\b(?:Freeview|Freesat|Freely)\s+(?:channel\s+)?\d{2,4}\b.*$/iu },
  // "BG - exasperated in Kelby wrote (739 days ago):": a reader's comment, headed by its pseudonym and its age.
  { reason: 'comment prompt', needs: /wrote/iu, pattern: /^.{1,80}\swrote\s*\((?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\)\s*:?$/iu },
  // "Posted 4h ago4 hours ago, updated 2h ago2 hours ago": a page's stamps in relative time, the short form glued to the long.
  { reason: 'time stamp', needs: /\bago\b/iu, pattern: /^(?:posted|published|updated|first posted)\b(?:[\s,]*(?:posted|published|updated|ago|\d+\s*[hmd]|\d+|hours?|minutes?|mins?|days?|weeks?|seconds?|an?|one)(?!\p{L}))+$/iu },
  // "• 3h • 2 min read": a syndicating portal's age and reading time, set between bullets.
  { reason: 'reading time', pattern: /^(?:[•·|]\s*)?(?:\d+\s*[smhdw]|\d+\s+(?:min|minute)s?(?:\s+read)?|\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago)(?:\s*[•·|]\s*(?:\d+\s*[smhdw]|\d+\s+(?:min|minute)s?(?:\s+read)?|\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago))+$/iu },
  // "Click to expand", "Tap to enlarge": a picture's or a box's control.
  { reason: 'page furniture', pattern: /^(?:click|tap|press) (?:here )?to (?:expand|enlarge|zoom(?: in)?|view (?:full ?screen|larger|gallery)|see (?:more|larger|full image))\.?$/iu },
  // "• Font:", "Comments Comments": a text widget's label, a comment section's heading set twice (its tab and its title).
  { reason: 'reader widget', pattern: /^(?:[•·*]\s*)?(?:font|font size|text size)\s*:$/iu },
  { reason: 'comment prompt', pattern: /^comments\s+comments(?:\s*\(\d+\))?$/iu },
  // "Get all the facts about measles in under 90 seconds.": a video explainer's teaser.
  { reason: 'video prompt', needs: /seconds/iu, pattern: /^(?:get|learn|find out|watch|see|here(?:'|’)s|discover)\b.{0,80}\bin (?:under |less than |just |about )?(?:\d{1,3}|sixty|ninety) seconds\b.{0,120}$/iu },
];

/** Words that mark a short line as furniture when it stands outside the article body. */
export const furnitureWords = new Set([
  'advertisement', 'comment', 'comments', 'share', 'subscribe', 'newsletter', 'login', 'log', 'sign', 'register',
  'follow', 'menu', 'search', 'home', 'trending', 'related', 'recommended', 'popular', 'latest', 'top', 'more',
  'next', 'previous', 'tags', 'topics', 'categories', 'cookies', 'privacy', 'terms', 'contact', 'about', 'print',
  'email', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'reply', 'video', 'photos', 'gallery', 'podcast', 'listen',
  'watch', 'read', 'click', 'download', 'app', 'notifications', 'alerts', 'sponsored', 'partner', 'deals',
]);

/** Words of an outlet's name: a short title line holding one of them, above the article, is the site's name. */
export const outletWords = new Set([
  'news', 'times', 'post', 'daily', 'journal', 'herald', 'tribune', 'press', 'media', 'tv', 'radio',
  'network', 'portal', 'online', 'today', 'gazette', 'telegraph', 'observer', 'chronicle', 'star', 'mail', 'express',
  'standard', 'independent', 'insider', 'wire', 'channel', 'broadcasting', 'magazine', 'weekly', 'review', 'report',
  'dispatch', 'courier', 'sun', 'mirror', 'bulletin', 'monitor', 'reporter', 'examiner', 'inquirer', 'sentinel',
  'register', 'beacon', 'globe', 'world', 'hub', 'digest', 'agency', 'newswire', 'ledger', 'signal', 'record', 'voice',
  'advocate', 'leader', 'enquirer', 'citizen', 'telegram', 'pioneer', 'patriot', 'statesman', 'eagle', 'echo',
]);
