// What wording makes an exchange, and what wording changes its status. Rules are data with a reason,
// so a trace can say why an event was found; regexes run over one sentence, case-insensitively.
import type { EventStatus, EventType } from '../../types.js';

export interface TriggerRule {
  id: string;
  type: EventType;
  re: RegExp;
  reason: string;
  /** A noun that can refer back to an exchange already told ("the talks", "his visit"). */
  nominal?: boolean;
  /** The trigger itself says where the traveller went ("visit to X", "arrived in X"). */
  travel?: boolean;
  /** The wording leaves the medium open ("spoke with", "teleconference"): the exchange told with one wins. */
  vague?: boolean;
  /** One exchange among everyone it names, however many ("a teleconference with A, B and C"). */
  conference?: boolean;
  /** The traveller is the object of a host's verb ("welcomed X to Hanoi", "hosts X in Brasilia"). */
  guestTravels?: boolean;
  /** The trigger is this capture group of the match (the regex has the d flag), not the whole match. */
  span?: number;
  /** Travel wording that names no destination ("flew in on Sunday"): under a dateline, the dateline's place. */
  toHere?: boolean;
  /** The trigger ends in "from": the place after it is where the traveller was ("… from Bangkok, where …"). */
  fromPlace?: boolean;
}

const RULES: TriggerRule[] = [
  // Handshakes before meetings: "shook hands" must not read as "met".
  { id: 'shake-hands', type: 'handshake', re: /\bsh(?:ook|ake|akes|aking|aken)\s+hands\b/gi, reason: 'shook hands ("had shaken hands" too)' },
  { id: 'handshake', type: 'handshake', re: /\bhandshakes?\b/gi, reason: 'handshake', nominal: true },
  // "Takaichi and Albanese inspect a guard of honour": a host reviews the guard beside the guest he receives.
  { id: 'guard-of-honour', type: 'meeting', re: /\binspect(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?guard\s+of\s+hono(?:u)?r\b/gi, reason: 'inspected a guard of honour together' },
  // Calls.
  { id: 'video', type: 'video_call', re: /\bvideo[- ]?(?:link|call|calls|conference|conferences|conferencing|chat|summit|meeting)\b/gi, reason: 'video link or conference', conference: true },
  { id: 'videoconference', type: 'video_call', re: /\bvideoconferenc\w*|\bvideo[- ]?teleconferenc\w*/gi, reason: 'videoconference', conference: true },
  // A teleconference may be by telephone or by video: the medium comes from the story's other calls.
  { id: 'teleconference', type: 'phone_call', re: /\btele-?conferenc\w*|\bconference\s+calls?\b/gi, reason: 'teleconference (medium open)', vague: true, conference: true },
  { id: 'virtual', type: 'video_call', re: /\bvirtual(?:ly)?\s+(?:meeting|summit|talks|call|conference|bilateral)s?\b|\b(?:held|hold|holds|holding|had)\s+(?:\w+\s+){0,3}(?:talks|meeting|summit|discussions?)\s+virtually\b|\bmet\s+virtually\b/gi, reason: 'held talks virtually' },
  // "Merz and Meloni both took part by video": the medium alone, after taking part or joining.
  { id: 'by-video', type: 'video_call', re: /\b(?:took\s+part|take\s+part|takes\s+part|taking\s+part|participated|joined|join|joins|attended|spoke)\s+(?:\w+\s+){0,2}?(?:by|via|over)\s+video\b(?![- ]?(?:link|call|calls|conference|conferences|conferencing|chat|summit|meeting))/gi, reason: 'took part by video', conference: true },
  { id: 'online-meeting', type: 'video_call', re: /\bonline\s+(?:meeting|summit|talks)\b/gi, reason: 'online meeting' },
  // ("spoke over telephone": South Asian English drops the article.)
  { id: 'phone', type: 'phone_call', re: /\b(?:tele)?phon(?:e|ic)\s+(?:call|calls|conversation|conversations|talks?|discussion|exchange)\b|\btelephonically\b|\b(?:by|over the|over|on the|via)\s+(?:tele)?phone\b/gi, reason: 'phone call' },
  { id: 'phoned', type: 'phone_call', re: /\b(?:tele)?phoned\b/gi, reason: 'phoned' },
  // "Lula dialled Lopez Obrador", "rang up his Kenyan counterpart": a person must follow ("rang alarm bells",
  // "dialled back tensions" tell none).
  { id: 'dialled', type: 'phone_call', re: /\b(?:dial(?:l)?ed|rang)\s+(?:up\s+)?(?=\p{Lu}|(?:his|her|their)\s)/gu, reason: 'dialled or rang someone' },
  { id: 'held-call', type: 'phone_call', re: /\b(?:held|hold|holds|holding|had|have|has|made|make|makes|making)\s+(?:a|an|their|his|her|the)\s+(?:\w+\s+){0,2}calls?\b(?!\s+(?:for|on)\b)/gi, reason: 'held a call' },
  // "what he called Santos' betrayal", "so-called": naming, not phoning.
  { id: 'called', type: 'phone_call', re: /\bcall(?:ed|s)?(?<!\bwhat\s+(?:he|she|they|it|we|i)\s+call(?:ed|s)?|\bso-call(?:ed|s)?)\s+(?=(?:[A-Z]|his|her|their)\w*)(?!off\b|for\b|on\b|it\b|him\b|her\s+a\b|them\b)/g, reason: 'called someone' },
  // "to receive the courtesy visit of X": the host meets the visitor (the visit itself is told by "visit").
  // ("received a call from X" with no "courtesy" is a telephone call, in South Asian agencies' usage above all.)
  { id: 'receive-visit', type: 'meeting', re: /\breceiv(?:e|es|ed|ing)\s+(?:the\s+|a\s+)?(?:courtesy(?=\s*(?:visit|call)s?\s+(?:of|from)\b)|(?:official|state)?(?=\s*visits?\s+(?:of|from)\b))/gi, reason: 'received a visit in person' },
  // Before "a call": "received a courtesy call from" is in person (an earlier rule's hit keeps its words).
  // "will call on the President" is a visit in person; "called on Russia to withdraw" urges.
  { id: 'courtesy-call', type: 'meeting', re: /\b(?:paid|pays|pay|paying)\s+(?:a\s+)?courtesy\s+calls?\b|\bcourtesy\s+calls?\b|\b(?:called|calls|call(?<=\b(?:will|would|shall|to|also)\s+call))\s+(?:up)?on\b(?!(?:\s+[\w.'’-]+){1,7}?\s+to\s+[a-z])/gi, reason: 'courtesy call / called on (in person)' },
  // ('a "productive" call': a quoted word before it; "a call on Monday" is dated, "a call on Ukraine", "a call for" are no call.)
  { id: 'call-noun', type: 'phone_call', re: /\b(?:the|a|that|their|this)\s+(?:(?!no\s)["“'‘]?\w+["”'’]?[- ]){0,2}call\b(?!\s+for\b|\s+on\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)))|call(?=\s+with\b)(?<=\b(?:his|her)\s+(?:(?!no\s)\w+[- ]){0,2}call)/gi, reason: 'a call', nominal: true },
  // Messages.
  // ("Xi exchanged congratulatory messages with Dissanayake": an exchange of messages, each side's to the other.)
  { id: 'letter', type: 'message', re: /\b(?:sent|send|sends|sending|wrote|writes|delivered|delivers|handed|conveyed|conveys|received|exchang(?:e|es|ed|ing))\s+(?:\w+\s+){0,4}(?:letters?|messages?|notes?|cables?|telegrams?)\b|\bletters?\s+(?:to|from)\b|\bwrote\s+to\b|\b(?:in|by|through)\s+an?\s+(?:\w+\s+)?(?:letter|telegram|cable)\b/gi, reason: 'a letter or message (or "invited him in a letter", "congratulated him in a telegram")' },
  // "a letter Trump sent last month to Khamenei": the writer named between the noun and its verb.
  { id: 'letter-by', type: 'message', re: /\b(?:[Ll]etters?|[Mm]essages?)\s+(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:had\s+|has\s+)?(?:sent|wrote|addressed)\b/g, reason: 'a letter someone sent' },
  // Meetings.
  // "the talks met the expectations of our members", "inflation data met expectations": a bar reached, no one met.
  { id: 'met', type: 'meeting', re: /\bmet\b(?!\s+(?:with\s+)?(?:criticism|resistance|protests?|opposition|skepticism|scepticism|scorn|silence|condemnation|derision|approval|applause|anger|outrage|dismay|concern|fierce|widespread|strong|mixed|little|some)\b)(?!\s+(?:(?:the|its|their|our|his|her|all|every|most|many|market|analysts['’]?|investors['’]?|broadly|largely|fully|only)\s+){0,2}(?:criteria|demands?|needs?|targets?|goals?|deadlines?|requirements?|expectations?|obligations?|standards?|conditions|forecasts?|estimates?|quotas?)\b)/gi, reason: 'met' },
  // Delivering an invitation or message to a leader is an in-person meeting.
  { id: 'deliver-to', type: 'meeting', re: /\bdeliver(?:s|ed|ing)?\s+(?:\w+\s+){0,3}(?:invitations?|messages?|letters?)\s+(?:[\w’'.-]+\s+){0,5}?to\s+(?=(?:the\s+)?(?:\w+\s+){0,3}[A-Z])/g, reason: 'delivered an invitation or message in person' },
  // "spoke with" a counterpart, with no medium given, is a call; a meeting in the sentence wins over it.
  { id: 'spoke-with', type: 'phone_call', re: /\b(?:spoke|speaks|spoken|talked)\s+(?:\w+\s+)?(?:with|to)\s+(?=(?:his|her|the|[A-Z]|(?:[Ff]oreign|[Pp]rime|[Dd]efen[cs]e|[Ff]inance|[Tt]rade)\s+[Mm]inister))/g, reason: 'spoke with (no medium stated)', vague: true },
  // "Trump and Putin spoke on July 3", "the two leaders have spoken five times this year": a pair as subject that spoke,
  // with no medium given, is a call too (not "spoke about", "spoke to reporters", "spoke at the forum"; "spoke by phone" is
  // the medium's rule's, and "have spoken often" counts no one call).
  { id: 'pair-spoke', type: 'phone_call', re: /\b(?:spoke|spoken|talked)\b(?!\s+(?:\w+ly\s+)?(?:of|about|out|up|against|highly|to|with|by|over|via|through|often|regularly|frequently|repeatedly|several|many|numerous|dozens|daily|weekly|at(?!\s+least)|in|on\s+(?:the\s+)?(?:sidelines|margins?|condition|behalf|television|radio|camera|stage)|for\s+(?:the|his|her|their)\b|during|after|before|alongside|together|candidly|publicly|openly)\b)(?<=(?:\band\s+(?:[A-Z][\w'’.-]*\s+){1,5}|\b(?:two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|ministers|men|women|sides)\s+|\b[Tt]hey\s+)(?:(?:have|had|also|last|briefly|again|previously|already|since|not)\s+)*(?:spoke|spoken|talked))/g, reason: 'a pair that spoke (no medium stated)', vague: true },
  // "the two leaders spoke on the margins of a summit in Riyadh": talk at a gathering both attended is a meeting.
  { id: 'spoke-at-gathering', type: 'meeting', re: /\b(spoke|speak|speaks|talk|talked|chat|chats|chatted|confer|confers|conferred)\s+(?:briefly\s+|informally\s+|privately\s+)?(?:on|at|in)\s+the\s+(?:sidelines|margins?)\s+of\b/dg, span: 1, reason: 'spoke on the sidelines of a gathering' },
  // ("held meetings with the President": the plural too, before the one met.)
  { id: 'meet', type: 'meeting', re: /\bmeet(?<!\battend\w*\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}meet)(?:s|ing|ings(?=\s+with\b))?\b(?!\s+(?:the\s+)?(?:criteria|demands?|needs?|targets?|goals?|deadline|requirements?|expectations?|obligations?|standards?|conditions|press|reporters|journalists)\b)(?!\s+room\b)/gi, reason: 'meet / meeting', nominal: true },
  // "was also due to see President Jalal Talabani", "will see his Iraqi counterpart": a planned "see" of an office
  // holder is a meeting ("will see China's reaction" is not: a title or a counterpart must follow); so is "looked
  // forward to seeing the President in Kyiv", and "would see him in Davos on Thursday" (a pronoun with a place or a time).
  { id: 'see', type: 'meeting', re: /\b(?:(?:due|expected|scheduled|set|going|planned|planning|plans?|hop(?:e|es|ed|ing)|wants?|wanted|will|would)\s+(?:to\s+)?(?:also\s+)?|look(?:s|ed|ing)?\s+forward\s+to\s+)(see(?:ing)?)\s+(?=(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Crown\s+Prince|Sultan|Pope|(?:Foreign|Defen[cs]e|Finance)\s+Minister|Secretary\s+of\s+State)\b|(?:his|her)\s+[A-Z]\w+\s+counterpart\b|(?:him|her)\s+(?:again\s+)?(?:in|at|on|next|later|soon|this|tomorrow)\b))/dg, span: 1, reason: 'due to see an office holder' },
  // "He last saw Netanyahu in Tel Aviv in January", "the two last saw each other in Bali": a time one met someone,
  // recalled (a person or "each other" must follow: "last saw exports grow" tells none).
  { id: 'saw-last', type: 'meeting', re: /\b(?:last|first|previously)\s+(saw)\s+(?=each\s+other\b|one\s+another\b|(?:(?:his|her)\s+)?\p{Lu})/dgu, span: 1, reason: 'last saw someone' },
  { id: 'talks', type: 'meeting', re: /\btalks\b/gi, reason: 'talks', nominal: true },
  // A summit is an exchange only when people hold it ("held their first summit", "a summit with");
  // "on the sidelines of a summit" names a venue.
  { id: 'summit', type: 'meeting', re: /\b(?:held|hold|holds|holding|had|their|first|second|third|fourth|fifth|bilateral|a\s+[A-Z][\w-]*)\s+(?:\w+\s+){0,2}summits?\b(?!\s+of\b)|\bsummits?\s+(?:with|between)\b/g, reason: 'a summit between leaders', nominal: true },
  // ("welcomed Abe's offer to help", "welcomed his proposal": a thing someone made is welcomed, not a visitor.)
  { id: 'welcomed', type: 'meeting', re: /\bwelcom(?:e|es|ed|ing)\s+(?=(?:the\s+)?(?:visiting\s+)?[A-Z]|his|her|their)(?!(?:(?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w.-]*['’]s?|his|her|their)\s+(?:[\w-]+\s+)?(?:offer|offers|proposal|proposals|decision|decisions|initiative|initiatives|remarks?|statements?|comments?|efforts?|plans?|idea|ideas|call|calls|support|role|words|message|mediation|pledge|commitment|announcement|move|steps?|victory|election|appointment)\b)/g, reason: 'welcomed a visitor' },
  // "welcomed U.S. President Joe Biden to Hanoi", "Lula hosts Argentina's Milei in Brasilia": the guest
  // came to the place. The trigger is the preposition, so the host's meeting keeps the verb.
  // "host the G20 Summit in Rio", "host the Foreign Ministers' Meeting in Tokyo": a gathering hosted, no guest.
  // "hosted the Prime Minister of Armenia, Nikol Pashinyan, at the Europa building in Brussels": a guest named with
  // an appositive, and a venue before the city (not past a clause of another verb: "hosted X, and later flew to Y").
  // ("hosted his Kyrgyz counterpart in the northern city of Khujand": a place named as a city of the country.)
  { id: 'welcomed-to', type: 'visit', re: /\b(?:welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?)\s+(?:the\s+)?(?:visiting\s+)?(?:(?:his|her|their)\s+(?=\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and\s+\p{Lu}[\p{L}\p{M}'’-]*\s+)?counterparts?\b))?\p{Lu}[\p{L}\p{M}\d_.’'-]*\s+(?:(?!(?:Meeting|Summit|Conference|Forum|Dialogue|Talks|Games|Session|Assembly|Congress|and(?!\s+\p{Lu})|but|then|later|before|after|while|where|when|who|which)\b)[\p{L}\p{M}\d_.’'-]+,?\s+){0,12}?(to|in)(?=\s+(?:\p{Lu}|the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|capital|town|port|resort)\s+of\s+\p{Lu}))/dgu, span: 1, reason: 'welcomed or hosted a guest in a place', travel: true, guestTravels: true },
  // "Lula receives Chilean Pres. Kast in Brasilia": received in a place the guest came to (only "in": "received the
  // Ambassador to China" names a post). Envoys received where they are posted make no journey (visit-parts).
  // ("received Singapore's Minister for Foreign Affairs Vivian Balakrishnan in Jakarta": a "for" inside an office.)
  { id: 'received-in', type: 'visit', re: /\breceiv(?:e|es|ed|ing)\s+(?:the\s+)?(?:visiting\s+)?\p{Lu}[\p{L}\p{M}\d_.’'-]*\s+(?:(?!(?:Meeting|Summit|Conference|Forum|Dialogue|Talks|Games|Session|Assembly|Congress|and|but|then|later|before|after|while|where|when|who|which|to|on|for(?<!\b(?:Minister|Secretary|Commissioner|Representative|Envoy)\s+for)|from)\b)[\p{L}\p{M}\d_.’'-]+,?\s+){0,12}?(in)(?=\s+(?:\p{Lu}|the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|capital|town|port|resort)\s+of\s+\p{Lu}))/dgu, span: 1, reason: 'received a guest in a place', travel: true, guestTravels: true },
  // "Aliyev said he expected Turkish President Erdogan in Baku later this month": the guest one expects somewhere
  // is coming there (a plan: "expected" is its status cue).
  { id: 'expected-in', type: 'visit', re: /\bexpect(?:s|ed|ing)?\s+(?:the\s+)?(?:visiting\s+)?\p{Lu}[\p{L}\p{M}\d_.’'-]*\s+(?:(?!(?:Meeting|Summit|Conference|Forum|Dialogue|Talks|Games|Session|Assembly|Congress|and|but|then|later|before|after|while|where|when|who|which|to|on|for|from)\b)[\p{L}\p{M}\d_.’'-]+,?\s+){0,8}?(in)(?=\s+\p{Lu})/dgu, span: 1, reason: 'expected a guest in a place', travel: true, guestTravels: true },
  // "sent Vice Premier Ding to Islamabad", "will send Foreign Minister Lavrov instead": the one sent travels,
  // ("sent the head of the Mossad, David Barnea, and the head of the Shin Bet, Ronen Bar, to Doha": so do heads of
  // services named after their title, each set off by commas.)
  // to the place named, or where the sender would have gone (visit-parts). The trigger is the "to" or "instead".
  { id: 'sent-to', type: 'visit', re: /\b(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)\s+(?:(?:his\s+|her\s+|its\s+|their\s+)?\p{Lu}[\p{L}\p{M}\d_.’'-]*|the\s+(?:head|chief|director)s?\s+of),?\s+(?:[\p{L}\p{M}\d_.’'-]+,?\s+){0,16}?(to(?=\s+(?:the\s+)?(?:\p{Ll}[\p{L}\d_-]*\s+){0,3}?(?:(?:in|at)\s+)?\p{Lu})|instead\b|in\s+(?:his|her|their)\s+place\b|to\s+represent\s+(?:him|her|them)\b)/dgu, span: 1, reason: 'sent someone to a place, or in the sender\'s place', travel: true, guestTravels: true },
  // The passive: "Scholz was received by Macron at the Elysee Palace", "were welcomed at the airport by Tiani", "was
  // received instead by Vice-President Toatu" (a venue's name may hold any letter: "at the Elysée Palace by").
  { id: 'received-by', type: 'meeting', re: /\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+\s+)?(?:received|welcomed|hosted|greeted)\s+(?:(?:instead|warmly|personally|also|later|then|first|briefly|separately)\s+)?(?:(?:at|in|on)\s+(?:the\s+)?(?:[\p{L}\p{M}\d_'’.-]+\s+){1,5}?)?by\b/giu, reason: 'was received by a host' },
  // ("Putin would receive Wang Yi": the bare form after a modal or "to", too; not a proposal's "that He Lifeng receive Klingbeil".)
  // (Translated copy puts the day first: "received this Thursday her Guatemalan counterpart".)
  { id: 'received', type: 'meeting', re: /\b(?:received|receives|receiving|receive(?<=\b(?:will|would|shall|to|could|may|might|can|should|must)\s+(?:also\s+|personally\s+)?receive))\s+(?:(?:this|last|on)\s+[A-Z][a-z]+day\s+)?(?=(?:the\s+)?(?:visiting\s+)?[A-Z]|his|her|their)/g, reason: 'received a visitor' },
  // Agency style: "received at Al-Salam Palace in Jeddah today Ukrainian President Volodymyr Zelensky".
  // Francophone and Latin American agencies in translation: "received in audience at the Palace … his Ghanaian
  // counterpart", "received this Tuesday in the Casa de Nariño the President of Panama".
  { id: 'received-at', type: 'meeting', re: /\b(?:received|receives)\s+(?:(?:in\s+audience\s+)?(?:at|in)\s+(?:[\w'’.-]+\s+){1,8}?(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+\w+day)\s+(?=(?:the\s+)?[A-Z])|(?:this\s+|last\s+|on\s+)\w+day\s+(?:in|at)\s+(?:the\s+)?(?:[^\s,;]+\s+){1,6}?(?=the\s+[A-Z]|his\s|her\s)|in\s+audience\b)/g, reason: 'received a visitor (agency style)' },
  // "on Monday received at the AU headquarters the Prime Minister of Sudan": the venue, then the guest, with the day told before the verb.
  // ("received in his office the Foreign Minister of Sudan": his own office, too.)
  { id: 'received-at', type: 'meeting', re: /\b(?:received|receives)(?<!\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\w+\s+)?(?:received|receives))\s+(?:in\s+audience\s+)?(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:(?:headquarters|palace|house|office|residence|building|hall|ministry)\s+)?(?:in\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?|(?:at|in)\s+(?:his|her|their)\s+(?:official\s+)?(?:office|offices|residence|palace)\s+(?:(?:today|yesterday|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening))\s+)?)(?=(?:the|his|her)\s+\p{Lu}|\p{Lu})/gu, reason: 'received at a venue, the guest named after it' },
  // "had an audience with King Charles", "was granted an audience by the Pope".
  { id: 'audience', type: 'meeting', re: /\baudiences?\s+(?:with|by)\b/gi, reason: 'an audience with' },
  { id: 'greeted', type: 'meeting', re: /\bgreet(?:s|ed|ing)?\b/gi, reason: 'greeted' },
  // "embraced President Zelensky on the steps of Number 10": an embrace is a greeting in person ("embraced Trump's plan",
  // "embraced the idea" embrace no one).
  { id: 'embraced', type: 'meeting', re: /\b(?:embrac(?:ed|es|ing)|hugg(?:ed|ing)|hugs)\s+(?=(?:the\s+)?(?:visiting\s+)?\p{Lu}|(?:his|her)\s+\p{Lu}[\p{L}-]*\s+counterpart\b)(?!(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,5}\p{Lu}[\p{L}\p{M}.'’-]*['’]s?(?:\s|$))/gu, reason: 'embraced a guest or host' },
  // "held a working dinner with Li", "hosted a state banquet for Macron", "had lunch with Modi": a meal together is a meeting.
  { id: 'meal', type: 'meeting', re: /\b(?:held|hold|holds|holding|had|has|have|hosted|hosts|host|hosting|gave|give|gives|giving)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|banquet)\b(?=\s+(?:[\w-]+\s+){0,4}?(?:with|for|in\s+honou?r\s+of)\s)/gi, reason: 'a meal held with a guest' },
  // "a picture of himself over breakfast with Rubio", "talked trade over dinner with Albanese": a meal shared with someone.
  { id: 'meal', type: 'meeting', re: /\bover\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast|coffee)\s+with\b/gi, reason: 'over a meal with someone' },
  // "later dined with Foreign Minister Cho Hyun", "lunched with the emir": the meal's verb.
  { id: 'meal', type: 'meeting', re: /\b(?:dined|dines|dining|lunched|lunches|lunching|breakfasted)\s+with\b/gi, reason: 'dined with someone' },
  { id: 'sat-down', type: 'meeting', re: /\bsat\s+down\s+with\b|\bsit\s+down\s+with\b/gi, reason: 'sat down with' },
  // ("will co-chair the China-UK strategic dialogue with Lammy": the two who chair a dialogue hold it.)
  // ("held the second Foreign Ministers' Strategic Dialogue": an article and an ordinal before a name of three words.)
  { id: 'discussions', type: 'meeting', re: /\b(?:held|hold|holds|holding|had|co-?chair(?:s|ed|ing)?)\s+(?:(?:the|a|an|their|its)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|annual|next)\s+)?)?(?:[\w'’-]+\s+){0,3}(?:discussions|consultations?|negotiations|dialogue|bilateral)\b|\bconferred\s+with\b|\bnegotiat(?:ed|es|ing)\s+with\b/gi, reason: 'held discussions / negotiated with' },
  // "held the seventh Foreign and Strategic Dialogue with Penny Wong", "held a joint session with Qin Gang": a named
  // dialogue or a session held with someone is talks with them (only with "with" and the one met after it).
  { id: 'dialogue-with', type: 'meeting', re: /\b(?:held|hold|holds|holding|co-chaired|co-chairs|co-chair|chaired)\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w-]+\s+){0,5}?(?:dialogue|session|consultations|meeting)\s+with\s+(?=(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}\p{Lu})/giu, reason: 'held a named dialogue or a session with someone' },
  // Translated copy: "the negotiations of the minister with his counterpart took place".
  { id: 'negotiations-of', type: 'meeting', re: /\bnegotiations(?=\s+(?:of|between)\s)/gi, reason: 'negotiations of or between', nominal: true },
  // ("signed a declaration of strategic partnership with Vajpayee": the accord's name may stand before "with".)
  { id: 'signed-with', type: 'meeting', re: /\bsign(?:ed|s|ing)?\s+(?:\w+\s+){0,5}(?:deals?|agreements?|accords?|treaty|treaties|memorand\w+|pacts?|communiqu\w+|declarations?)(?:\s+(?:of|on)\s+(?:[\w-]+\s+){1,3}?)?\s*with\s+(?=(?:\w+\s+){0,3}[A-Z])/g, reason: 'signed agreements with someone in person' },
  // "a tête-à-tête with his host": the noun names the one who receives, not someone named there hosting.
  // ("the Togo-hosted forum": an adjective of the gathering, no one hosting a guest; "with Kibaki as host": a role
  // named beside the exchange the sentence tells.)
  // ("Boris Johnson, the summit's host, on Monday": a possessive's "host" is a role, no reception.)
  { id: 'hosted', type: 'meeting', re: /\bhost(?<!\b(?:his|her|their|its|our|my|as|the)\s+host|[A-Za-z\d]-host|['’]s\s+host(?![a-z]))(?:s|ed|ing)?\b(?!\s+(?:country|nation|city|government))/gi, reason: 'hosted a guest' },
  // "Araghchi and Witkoff spoke directly for a few minutes": in the same room, after talks through a mediator.
  // "his joint press conference with Cavusoglu", "told a joint news conference with Scholz": the two stood together.
  { id: 'joint-presser', type: 'meeting', re: /\bjoint\s+(?:press|news)\s+(?:conference|briefing|appearance)s?\b/gi, reason: 'a joint press conference', nominal: true },
  // "sat down with Kagame in Goma": talks in person.
  { id: 'sat-down-with', type: 'meeting', re: /\b(?:sat|sit|sits|sitting)\s+down\s+(?:together\s+)?with\b/gi, reason: 'sat down with' },
  // "Trump pulled Carney aside for fifteen minutes", "a brief pull-aside with Merz": the short talks of a summit's corridors.
  { id: 'pull-aside', type: 'meeting', re: /\b(?:pull(?:ed|s|ing)?|took|takes|taking)\s+(?=(?:[A-Z][\w.'’-]*\s+){1,6}aside\b)/g, reason: 'pulled someone aside' },
  { id: 'pull-aside-noun', type: 'meeting', re: /\bpull[- ]asides?\b/gi, reason: 'a pull-aside', nominal: true },
  // ("the value of face-to-face diplomacy": a way of conducting relations, no meeting.)
  { id: 'face-to-face', type: 'meeting', re: /\bface[- ]to[- ]face\b(?!\s+diplomacy\b)|\b(?:spoke|speak|speaks|talked)\s+directly\b/gi, reason: 'face-to-face, or spoke directly' },
  // Only a speaker recalling time spent with someone ("we were together in Hiroshima"): two officials
  // "together in the same room" at a conference need not have met.
  { id: 'together-in', type: 'meeting', re: /(?:were|have\s+been|had\s+been)(?<=\b[Ww]e\s+(?:were|have\s+been|had\s+been))\s+together\s+(?:in|at)\b/g, reason: 'we were together in a place' },
  // Visits.
  // "visit the presidency's website", "visit www.example.org": a reader sent to a page, not a journey.
  // ("the Visiting Forces Agreement", "a visiting professor", "visiting hours" are no journeys.)
  { id: 'visit', type: 'visit', re: /\bvisit(?:s|ed|ing)?\b(?!\s+(?:card|visa|forces?|professor|scholar|fellow|hours|rights)\b)(?!\s+(?:(?:the|our|its|their|his|her|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:website|web\s+site|web\s+page|webpage|portal|homepage|blog)\b|\s+(?:www\.|https?:|[\w-]+\.(?:com|org|gov|net|int|edu)\b))/gi, reason: 'visit', nominal: true, travel: true },
  { id: 'trip', type: 'visit', re: /\btrips?\b/gi, reason: 'trip', nominal: true, travel: true },
  // "the Apostolic Journey of the Holy Father to Lebanon", "Xi's journey to Moscow": a journey is a trip where it goes to a
  // place ("the journey to peace", "a journey of recovery" go nowhere).
  { id: 'journey', type: 'visit', re: /\b[Jj]ourneys?\b(?=\s+to\s+(?:the\s+)?\p{Lu}|\s+of\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:the\s+)?\p{Lu})/gu, reason: 'journey to a place', nominal: true, travel: true },
  { id: 'tour', type: 'visit', re: /\btour(?:s|ed|ing)?\s+(?:of|to|through)\b|\btour(?:s|ed|ing)\s+(?=[A-Z])|\b(?:regional|foreign|overseas|\w+-nation|\w+-country|African|Asian|European|Gulf|Pacific|Caribbean|Balkan|Nordic|Baltic|Latin\s+American|South\s+American|Middle\s+East(?:ern)?)\s+tour\b/gi, reason: 'tour of countries', travel: true },
  // "On his way home he stopped for five hours in Islamabad", "a planned stop in Seoul": a stay on the way is a visit.
  { id: 'stopped-in', type: 'visit', re: /\bstopp(?:ed|ing)\s+(?:over\s+|off\s+|briefly\s+)?(?:for\s+(?:[\w-]+\s+){1,3})?in\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu, reason: 'stopped in a place on the way', travel: true },
  { id: 'stop-noun', type: 'visit', re: /\b(?:stop|stops|stopover|stopovers)\s+in\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu, reason: 'a stop in a place', nominal: true, travel: true },
  // ("When Sheinbaum stepped off the plane in Ottawa": the arrival told by its first step.)
  { id: 'arrived', type: 'visit', re: /\barriv(?:e|es|ed|ing|al)\s+(?:in|at|here)\b|\barriv(?:ed|es)\s+(?=[A-Z])|\bstep(?:s|ped|ping)?\s+(?:off|out\s+of)\s+(?:the|a|her|his|their)\s+(?:plane|aircraft|jet|flight)\s+(?:in|at)\b/g, reason: 'arrived in', travel: true },
  // ("declined an invitation to join Peters in Apia": to join someone in a place is to travel there.)
  { id: 'join-in', type: 'visit', re: /\bjoin(?:s|ed|ing)?(?=\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})/gu, reason: 'joined someone in a place', travel: true },
  // ("The visit returns one Prabowo made to Doha in April 2025": "one" stands for the journey noun of the clause before, and
  // the one named after it made the journey.)
  { id: 'one-made-to', type: 'visit', re: /\b(?:had\s+)?(?:made|paid)\s+to\b(?=\s+(?:the\s+)?\p{Lu})(?<=\b(?:the\s+)?one\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:had\s+)?(?:made|paid)\s+to)/gu, reason: '"the one X made to" a place: X\'s journey', travel: true },
  // "travelled on to Riga": the next leg, with "on" before "to" ("flew on to" has its one free word).
  { id: 'travel', type: 'visit', re: /\btravel(?:l?ed|l?ing|s)?\s+(?:on\s+)?to\b|\b(?:flew|flown|fly|flies|flying)\s+(?:\w+\s+)?to\b|\b(?:landed|lands|landing)\s+(?:in|at)\b/gi, reason: 'travelled to', travel: true },
  // "Prince Faisal arrived in the Chinese capital on Wednesday. Amir-Abdollahian landed on Thursday morning": landing with
  // no place of its own, right before a time or the sentence's end, is a journey to the place told just before.
  { id: 'landed', type: 'visit', re: /\b(?:landed|touched\s+down)(?=\s+(?:on|late|early|shortly|this|yesterday|today|overnight|hours\s+later|a\s+day\s+later|in\s+the\s+(?:morning|afternoon|evening))\b|\s*[.;]|\s*,\s*(?:and|the|officials|according)\b)/g, reason: 'landed, the place told before', travel: true },
  // "crossed into the eastern Congolese city of Goma", "heads to China", "flew into Tunis", "touched down in Tehran", "jetted off to Seoul", "a stopover in Baghdad",
  // "followed by stops in Manila and Ulaanbaatar".
  { id: 'travel-more', type: 'visit', re: /\bcross(?:ed|es|ing)?\s+(?:the\s+border\s+)?into\s+(?=[A-Z]|the\s)|\b(?:head(?:s|ed|ing)?|proceed(?:s|ed|ing)?|jet(?:s|ted|ting)?\s+off)\s+to\s+(?=[A-Z])|\b(?:flew|fly|flies|flying)\s+into\s+(?=[A-Z])|\btouch(?:ed|es|ing)?\s+down\s+in\b|\bstop-?overs?\s+in\b|\b(?:stopped|stop|stops|stopping)\s+over\s+in\b|\bstops?\s+in\s+(?=[A-Z])/g, reason: 'headed, flew into or stopped over in a place', travel: true },
  // "a tour that has taken him to Angola and Namibia", "would return to Brazil next year", "will return to the Paraguayan
  // capital" (a return home is no visit: filter.ts).
  // "Boulos began the tour in Kinshasa on Thursday", "The Secretary's tour began in Ethiopia": the first stop of a tour.
  { id: 'tour-began-in', type: 'visit', re: /\b(?:began|begins|begin|started|starts|start|opened|opens|kicked\s+off|kicks\s+off)\s+(?:his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|swing|journey|visit)\s+in\s+(?=[A-Z])|\b(?:tour|trip|swing|journey)\s+(?:began|begins|started|starts|opened|opens|kicked\s+off)\s+in\s+(?=[A-Z])/g, reason: 'a tour that began in a place', travel: true },
  { id: 'taken-to', type: 'visit', re: /\b(?:took|taken|takes|take|taking)\s+(?:him|her|them)\s+(?:also\s+|already\s+)?(?:on\s+)?to\s+(?=[A-Z])|\breturn(?:s|ed|ing)?\s+to\s+(?=[A-Z]|the\s+[A-Z][\w'’-]*\s+capital\b)/g, reason: 'a tour taking someone to a place, or a return to it', travel: true },
  // "arrived in Beijing from Bangkok, where she had talks with Thaksin": the place a journey came from, where the traveller did something, was a stop of it.
  // ("arrived in Montevideo last night from São Paulo, where …": a time of day or a "yesterday" may stand before "from",
  // and a place's name may hold letters past ASCII.)
  { id: 'came-from', type: 'visit', re: /from(?<=\b(?:arrived|arrives|came|comes|flew|flies|travelled|traveled|travels)\s+(?:in\s+|to\s+)?(?:\p{Lu}[\p{L}\p{M}\d.'’-]*\s+){1,3}(?:(?:late\s+|early\s+)?on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?|late\s+\w+\s+|(?:last|this|on\s+\w+)\s+(?:morning|afternoon|evening|night)\s+|yesterday\s+(?:(?:morning|afternoon|evening)\s+)?|overnight\s+)?from)\s+(?=\p{Lu}[\p{L}\p{M}\d.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.'’-]*){0,2},\s+where\s)/gu, reason: 'came from a place where the traveller had been', travel: true, fromPlace: true },
  // "is now expected in Nairobi later this month", "is due in Canberra on Monday": a visitor awaited in a place (not a
  // month, "expected in March").
  { id: 'expected-in', type: 'visit', re: /\b(?:is|are|was|were)\s+(?:now\s+|also\s+|then\s+)?(?:expected|due)\s+(in)\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/dgu, span: 1, reason: 'expected in a place', travel: true },
  // "Museveni was in Nairobi on Tuesday", "Modi is in Moscow for talks": there, as a visitor.
  { id: 'was-in', type: 'visit', re: /\b(?:is|was|are|were)\s+(?:currently\s+|now\s+|already\s+|also\s+|last\s+)?in\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+(?:on|for|this|today|at|where|to|last|earlier)\b|\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2})\b|\s*[,.;]))/g, reason: 'was in a place', travel: true },
  // "was in the Bahraini capital Manama for the meeting of …": a stay in another country's capital, named by its adjective.
  { id: 'was-in-capital', type: 'visit', re: /\b(?:is|was|are|were)\s+(?:currently\s+|now\s+|already\s+|also\s+)?in\s+(?=the\s+[A-Z][\w'’-]*\s+capital\b)/g, reason: 'was in a capital', travel: true },
  // "Trump refused to attend" the summit the story is filed from: a journey declined, to where the story stands
  // (attending is told as a visit only when refused: the summit itself is a venue).
  // ("declined an invitation to attend the ceremony in Moscow": the invitation refused is to attend.)
  { id: 'declined-attend', type: 'visit', re: /\b(?:(?:refus(?:ed|es|ing)?|declin(?:ed|es|ing)?|decided\s+not)|(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|turn(?:ed|s|ing)?\s+down|reject(?:ed|s|ing))\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?invitations?)\s+to\s+(attend)\b/dgi, span: 1, reason: 'refused to attend', travel: true, toHere: true },
  // "attended a military parade in Beijing", "attend the Victory Day parade in Moscow": a state occasion attended in a
  // city named right after it is a journey there (a summit's city stays its venue, DESIGN).
  // ("invited Putin to pay a visit to China in November to attend the parade": a journey's purpose is that journey; an
  // invitation to attend is the invitation rules'.)
  { id: 'attended-occasion', type: 'visit', re: /\battend(?<!\b(?:not|n['’]t)\s+(?:(?:be|now|personally)\s+)?attend)(?<!\b(?:visits?|trips?|travel\w*|fl(?:y|ew|ies|ying)|went|go(?:es|ing)?|c[oa]me|com(?:es|ing)|arriv\w+|head\w*|invitations?)\b[^.;]{0,80}\bto\s+attend)(?:ed|s|ing)?\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?(?:parade|inauguration|swearing-in|funeral|coronation|ceremony|celebrations?|commemorations?|jubilee)(?=(?:\s+(?:of|marking|for)\s+(?:the\s+)?[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,4}?)?\s+in\s+\p{Lu})/gu, reason: 'attended an occasion in a city', travel: true },
  // "Xi will not attend the G20 summit in New Delhi", "said he would not travel to Moscow for the Victory Day parade": an
  // occasion abroad said not to be attended is a journey declined, as one skipped (the negation tells the refusal).
  { id: 'not-attend', type: 'visit', re: /\b(?:(?:will|would|did|does|do)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t)\s+(?:(?:be|now|personally|himself|herself)\s+)?attend(?:ing)?\s+(?:the|this\s+year['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(summit|ceremony|inauguration|parade|celebrations?|commemorations?|funeral|coronation|jubilee)\b(?=(?:\s+(?:of|marking|for)\s+(?:the\s+)?[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,4}?)?\s+in\s+\p{Lu})/dgu, span: 1, reason: 'said not to attend an occasion', travel: true },
  { id: 'not-attend', type: 'visit', re: /\b(?:(?:will|would|did|does|do)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t)\s+(?:(?:now|personally)\s+)?travel(?:ling)?\s+to\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+for\s+(?:the|this\s+year['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(summit|ceremony|inauguration|parade|celebrations?|commemorations?|funeral|coronation|jubilee)\b/dgu, span: 1, reason: 'said not to travel to an occasion', travel: true },
  // "Xi will skip the G20 summit in New Delhi": an occasion skipped is a journey declined, to where it is held.
  { id: 'skip-occasion', type: 'visit', re: /\bskip(?:s|ped|ping)?\s+(?:the|this\s+(?:year|week|month)['’]s|next\s+(?:year|week|month)['’]s)\s+(?:[\w-]+\s+){0,3}?(summit|conference|forum|ceremony|inauguration|parade|celebrations?|commemorations?|games)\b/dgi, span: 1, reason: 'skipped an occasion', travel: true, toHere: true },
  // "declines invitation to Russian Victory Day parade": an invitation to an occasion abroad is a journey there.
  { id: 'invitation-to', type: 'visit', re: /\binvitations?\s+(to)\s+(?:the\s+|this\s+year['’]s\s+)?(?=(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){1,4}(?:parade|summit|celebrations?|ceremony|inauguration|forum|games|commemorations?|jubilee|coronation)\b)/dgu, span: 1, reason: 'an invitation to an occasion abroad', travel: true },
  // "invited him to Riyadh", "invited Prime Minister Takaichi to Beijing next year": an invitation to a place is a journey
  // there for the one invited (exclusions keep it only when accepted, or refused). The place is a short capitalised
  // name closed by punctuation or a preposition, not a body or an occasion ("to Parliament's session").
  { id: 'invited-to', type: 'visit', re: /\binvit(?:ed|es|ing)\s+(?:him\s+|her\s+|them\s+|\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|da|de|do|dos|du|bin|al|el|van|von|der|la|le)\s+){0,7}?)(?:(?:in\s+turn|also)\s+)?(to)\s+(?=\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s*(?:[,.;]|$|\s+(?:in|on|for|next|this|later|at|and|as|during|before|after|soon)\b))/dgu, span: 1, reason: 'invited someone to a place', travel: true },
  // Headline shorthand with no verb: "Wadephul in Tokyo.", "* Saudi FM Prince Faisal in Tehran, delivers message …": one
  // named at the head of a line or item is in a place, as a visitor. Only capitalised words (and name particles) before "in",
  // none a verb of a title-case headline ("Chilean Foreign Minister Due in Lima Today" has its own rule).
  { id: 'in-city', type: 'visit', re: /(?:^|[—–:•*]\s+)(?:(?!(?:Due|Expected|Set|Arriv\w*|Lands?|Landed|Is|Was|Are|Were|Stays?|Remains?|Not|Back|Also|Still|Now|Today|Talks|Meets?|Met|Visits?|Visited|Holds?|Held|Says?|Said|Calls?|Called|Heads?|Headed|Flies|Flew)\b)(?:\p{Lu}[\p{L}\p{M}.'’-]*|bin|al|de|da|von|der|van)\s+){1,8}(in)\s+(?=\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}\s*(?:[,.;]|\s[—–-]\s|$|\s+for\s))/dgu, span: 1, reason: 'named in a place, headline style', travel: true },
  // "flew in on Sunday ahead of the visit", "arrived late on Monday": a journey that names no place ends
  // where the story is filed ("flew in a helicopter", "flew in the face of" are no journeys).
  { id: 'flew-in', type: 'visit', re: /\b(?:flew|flies|flown)\s+in\b(?!\s+(?:the|a|an|his|her|their|its|to|with|aboard|on\s+(?:a|an|the|his|her|their)\b))|\barriv(?:ed|es)\s+(?=(?:on\s+\w+day|late|early|overnight|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b)/gi, reason: 'flew in or arrived, no place named', travel: true, toHere: true },
  // "flies to Tokyo on Monday and on to Seoul on Tuesday", "then on to Hanoi": the next leg of a journey told just before.
  { id: 'on-to', type: 'visit', re: /\b(?:and|then|before\s+(?:going|flying|heading|travell?ing|moving|continuing))\s+(?:then\s+)?(on\s+to)\s+(?=[A-Z])/dg, span: 1, reason: 'went on to a place (the next leg of a journey)', travel: true },
  // "will lead the Brazilian delegation to Kazan", "led a trade delegation to Nairobi": the leader goes there.
  { id: 'lead-delegation', type: 'visit', re: /\b(?:lead|leads|leading|led|heads|headed|heading)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?delegations?\s+to\b/gi, reason: 'led a delegation to a place', travel: true },
  // ("came to the White House", "went to the Kremlin", "came to the Philippines": a place named with its article; "went
  // to the Istiqlal Mosque" is a site seen on a stay, no journey to a country.)
  { id: 'come-to', type: 'visit', re: /\b(?:came|come|comes|coming|went|go|goes|going)\s+to\s+(?=[A-Z]|the\s+[A-Z](?![\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Mosque|Cathedral|Church|Temple|Shrine|Basilica|Museum|Memorial|Cemetery|Stadium|University|School|Hospital)\b))/g, reason: 'came to a place', travel: true },
  // "The two presidents last met in Kyiv in February, when Voronin came to discuss customs": one who came for a purpose
  // came to the place the clause before names (visit-parts looks for it).
  { id: 'came-to-do', type: 'visit', re: /\b(?:came|comes|come)\s+(?:here\s+|there\s+)?to\s+(?:discuss|sign|attend|launch|open|inaugurate|mark|negotiate|celebrate|take\s+part|participate)\b/gi, reason: 'came for a purpose', travel: true },
  { id: 'leave-for', type: 'visit', re: /\b(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?|set off|heads?|headed|heading)\s+for\s+(?:the\s+)?(?=[A-Z])|\b(?:left|leave|leaves|leaving|depart(?:s|ed|ing)?)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:(?:tomorrow|today|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening))\s+)?for\s+(?:the\s+)?(?=[A-Z])/g, reason: 'left for a place ("for the United Arab Emirates")', travel: true },
  // "who accompanied him to Port Vila and Honiara", "accompanied Prime Minister X to Vanuatu", "will accompany the Prime
  // Minister to China": the one who goes along travels too (and so does the one accompanied, events/visit-parts).
  { id: 'accompanied', type: 'visit', re: /\baccompan(?:ied|ies|y|ying)\s+(?:(?:him|her|them|the\s+(?:president|prime\s+minister|king|leader|minister))\s+|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6})(?:on\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\s+)?to\s+(?=[A-Z]|the\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w.'’-]*){0,3}\s+(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Tt]alks|[Mm]eeting)\b)/g, reason: 'accompanied someone to a place (or to a gathering named for one: "to the Sharm el-Sheikh summit")', travel: true },
  // "flew home from Suva, where he held talks …": coming home from a place tells a stay there.
  { id: 'home-from', type: 'visit', re: /\b(?:flew|flies|flying|returned|returns|returning|headed|heads|left)\s+(?:back\s+)?home\s+from\s+(?=[A-Z])/g, reason: 'came home from a place', travel: true },
  // Wire shorthand for a journey ahead: "Tajani is due in Ankara on Thursday", "Chapo is expected in Brasília in September",
  // "Witkoff is due back in Doha on Wednesday".
  { id: 'due-in', type: 'visit', re: /\b(?:is|are|was|were)\s+(?:also\s+)?(?:due(?:\s+back)?|expected)\s+(?:in|at)\s+(?=[A-Z])/g, reason: 'due in a place', travel: true },
  { id: 'guest', type: 'visit', re: /\bguest\s+of\s+honou?r\b|\bstate\s+guest\b/gi, reason: 'guest of honour', travel: true },
  // "spent two days in Japan, where he held the annual summit", "has spent more time in Beijing": a stay in a place.
  { id: 'spent-in', type: 'visit', re: /\bspen(?:t|ds|ding|d)\s+(?:(?:the\s+|a\s+|an\s+|more\s+|much\s+|some\s+|several\s+|two\s+|three\s+|four\s+|five\s+|\d+\s+|(?:[\w-]+\s+)?)(?:days?|nights?|weeks?|hours?|time|weekend|morning|afternoon|evening)\s+)in\s+(?=[A-Z])/g, reason: 'spent time in a place', travel: true },
];

/**
 * Every rule with every field set, in one order: rules written with only the flags they need would
 * each get their own hidden class, and the code that reads them would be compiled for many shapes.
 * Required<…>: a flag added to TriggerRule and left out here is a type error, not a rule that lost it.
 */
export const TRIGGERS: TriggerRule[] = RULES.map((r): Required<TriggerRule> => ({
  id: r.id,
  type: r.type,
  re: r.re,
  reason: r.reason,
  nominal: !!r.nominal,
  travel: !!r.travel,
  vague: !!r.vague,
  conference: !!r.conference,
  guestTravels: !!r.guestTravels,
  toHere: !!r.toHere,
  fromPlace: !!r.fromPlace,
  span: r.span ?? 0,
}));

export interface StatusCue {
  status: EventStatus;
  re: RegExp;
  reason: string;
  /** Marks an exchange the text only floats. */
  possible?: boolean;
}

/**
 * What befalls a plan, as the alternatives of a pattern (verb forms and participles): every pattern that reads a delay or
 * a call-off, before the exchange's noun or after it, is built from these, and `undoneStatus` tells which one a matched
 * word is.
 */
// ("has been moved to a later date", "pushed to a date to be announced": a plan given another day, not yet a day.)
export const DELAY_WORDS = String.raw`postpon\w*|delay\w*|defer\w*|reschedul\w*|put(?:s|ting)?\s+off|push(?:ed)?\s+back|on\s+hold|(?:moved|pushed|shifted)\s+to\s+(?:a\s+)?(?:later|future|new)\s+date|(?:moved|pushed|shifted)\s+to\s+a\s+date\s+to\s+be`;
export const CALL_OFF_WORDS = String.raw`cancel\w*|call(?:ed|s|ing)?\s+off|scrap\w*|shelv\w*|axed|abandon\w*|scuttl\w*`;
/**
 * Call-offs told only of a plan that is the subject ("the Amman stop was dropped from the itinerary", "was struck from
 * the programme", "a stop in Cairo was considered but ruled out", "was cut at the last minute", not "cut short"): before a noun, "dropped" is any letting fall ("dropped a hint", "dropped charges", "dropped by").
 */
export const CALL_OFF_PASSIVE = String.raw`dropped(?!\s+(?:by|in|off|out|back)\b)|ruled\s+out|(?:struck|removed|cut)\s+from|cut\s+at\s+the\s+last\s+minute\b|(?:dropped|struck|taken)\s+off\s+(?:the|its|his|her|their)\s+(?:schedule|agenda|itinerary|programme|program|calendar)`;
const DELAY_WORD = new RegExp(String.raw`\b(?:${DELAY_WORDS})`, 'i');
const CALL_OFF_WORD = new RegExp(String.raw`\b(?:${CALL_OFF_WORDS}|${CALL_OFF_PASSIVE})`, 'i');

/** The status a matched word of delay or call-off gives ("pushed back": postponed, "scrapped": cancelled), or null. */
export function undoneStatus(word: string): 'postponed' | 'cancelled' | null {
  return DELAY_WORD.test(word) ? 'postponed' : CALL_OFF_WORD.test(word) ? 'cancelled' : null;
}

// Order is precedence: a declined or cancelled plan is no longer just a plan.
const CUES: StatusCue[] = [
  // "declined to comment", "refused to say", "had refused for weeks to confirm the trip": a silence about the
  // exchange, not a refusal of it (a few words of time may stand between). "Says no to",
  // "says 'not now' to" a visit refuses it; so does skipping it ("to skip Kyiv trip"), but only right before it
  // ("skipped a news conference and met X" met X).
  { status: 'declined', re: /\b(?:(?:will|would|did|does|do)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t)\s+(?:(?:be|now|personally|himself|herself)\s+)?(?:attend(?:ing)?|travel(?:ling)?\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+for)\s+(?:the|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,3}?$|\bsa(?:ys|id|y)\s+['"‘“]?(?:no|not\s+now)['"’”]?\s+to\b|\b(?:(?:declin\w*|refus\w*)(?!(?:\s+(?:for|again|repeatedly|publicly|so\s+far|weeks|days|months|until|now|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b){0,3}\s+to\s+(?:comment|say|elaborate|confirm|specify|disclose|reveal|give\s+details|answer|discuss\s+(?:it|the\s+(?:matter|details)))\b)|reject\w*|turn(?:ed|s|ing)?\s+down|snubb?\w*|rebuff\w*|spurn\w*|(?:skip(?:s|ped|ping)?|(?:stay|stays|stayed|staying)\s+away\s+from)(?=\s+(?:[\w'’-]+\s+){0,3}$))\b/i, reason: 'declined or rejected' },
  // ("dropped a planned visit", "dropped his trip": dropping only right before the exchange's noun calls it off.)
  { status: 'cancelled', re: new RegExp(String.raw`\b(?:${CALL_OFF_WORDS}|dropp?(?:ed|s|ing)?\s+(?:\w+\s+)?plans?|do\s+away\s+with|pull(?:ed)?\s+out\s+of|no\s+longer)\b|\bdropp(?:ed|s|ing)\s+(?:a|an|the|his|her|its|their)\s+(?:(?:planned|scheduled|proposed)\s+)?$`, 'i'), reason: 'cancelled or called off' },
  { status: 'postponed', re: new RegExp(String.raw`\b(?:${DELAY_WORDS})\b`, 'i'), reason: 'postponed or put off' },
  // "may" the modal, not "May 4", "4 May 2023" or "in May" the month.
  // "floated a call", "have floated the idea of a visit": an idea put about, a possible plan.
  // ("Why Prabowo should go to Canberra", "Biden ought to visit Kyiv": urged, or expected, but not yet done.)
  { status: 'planned', re: /\b(?:possibl[ey]|perhaps|potential(?:ly)?|float(?:s|ed|ing)|(?<!\d\s)(?<!\b(?:in|of|since|until|till|by|from|through|early|late|mid|last|next|this|that|before|after|during)[\s-])may(?!\s+\d)(?!,?\s+\d{4})|might|could|should|ought\s+to)\b/i, reason: 'floated as possible', possible: true },
  { status: 'planned', re: /\b(?:will|shall|would|supposed\s+to|(?<!long-)(?:anticipated|awaited)|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be\s+held|expect(?:s|ed|ing)?\s+to|(?:is|are|was|were)\s+expected|(?<!\b(?:peace|action|ceasefire|aid|reform|budget|recovery|investment|development|business|battle|contingency|security)\s)plan(?:s|ned|ning)?|intend\w*|scheduled|set\s+to|due\s+to|due\s+in|upcoming|forthcoming|foresee\w*|envisag\w*|propos\w*|invit\w*|hop(?:e|es|ed|ing)\s+to|look(?:s|ed|ing)?\s+forward\s+to|at\s+an\s+early\s+date|want\w*\s+to|seek\w*\s+to|aim\w*\s+to|prepar\w*\s+(?:for|to)|next\s+(?:week|month|year)|\b(?:their|the|his|her|its|a)\s+next(?=\s+(?:[\w-]+\s+)?$)|(?:expected|due)(?=\s*$)|later\s+this|agreed\s+to|concurred\s+to|likely\s+to|ready\s+to|is\s+traveling|is\s+travelling|are\s+traveling|will\s+travel|(?<!\b(?:on|at|by)\s+(?:the\s+)?)dates?\s+for)\b|['’]ll\b/i, reason: 'planned, expected or proposed' },
];

/** Every cue with every field set (see TRIGGERS). */
export const STATUS_CUES: StatusCue[] = CUES.map((c): Required<StatusCue> => ({ status: c.status, re: c.re, reason: c.reason, possible: !!c.possible }));

/** A tour named for a region or for its count of countries ("Gulf tour", "three-nation tour"): the 'tour' rule's words. */
export const REGIONAL_TOUR = /^(?:regional|foreign|overseas|[\w-]+-nation|[\w-]+-country|African|Asian|European|Gulf|Pacific|Caribbean|Balkan|Nordic|Baltic|Latin\s+American|South\s+American|Middle\s+East(?:ern)?)\s+tour$/i;

/** A superlative naming a traveller ("the first … to visit", "the highest-ranking … to visit") reports a visit that happened. */
// ("agreed last week to meet": "last" before a time says when, not who was last.)
// ("one of few EU leaders to attend the parade in Moscow": one of a few who did is a report too.)
// ("called Japan a "third neighbor" and said he had accepted an invitation to visit": a verb of saying between starts
// another clause, whose "to" the ordinal does not reach.)
// ("The last U.S. president to visit Vietnam": an initial's dot is no sentence's end.)
export const SUPERLATIVE_TO = /\b(?:first|last(?!\s+(?:minute|moment|week|month|year|night|weekend|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b)|highest[- ]ranking|most\s+senior|top|only|second|third|latest|one\s+of\s+(?:the\s+)?(?:very\s+)?few)\b(?:(?!\b(?:said|says|told|tells|added|announced|declined|refused|failed|decided|agreed|wanted|hoped|planned|promised|vowed|threatened|declines|refuses|fails)\b)(?:[^,;.]|(?<=\b\p{Lu})\.)){0,80}\bto\s+$/iu;

/**
 * SUPERLATIVE_TO over the end of a text: the pattern must end at "to", and reaches back 80 characters past the
 * superlative's word, so only the last 120 are read (its per-character lookarounds over a whole sentence's left cost
 * about 0.5 % of extraction).
 */
export function superlativeTo(text: string): boolean {
  return TO_AT_END.test(text) && SUPERLATIVE_TO.test(text.length > 120 ? text.slice(-120) : text);
}
const TO_AT_END = /\bto\s+$/i;

/** "says no to", "said 'not now' to": a refusal, which tells the exchange as declined (not a negation of it). */
export const SAYS_NO_TO = /\bsa(?:ys|id|y)\s+['"‘“]?(?:no|not\s+now)['"’”]?\s+to\s+(?:\w+\s+){0,3}$/i;

/** Negation that undoes the exchange ("did not meet", "no plans to visit", "said he would not visit Ukraine until …"). */
// ("has ruled out any visit": a refusal in principle, no exchange told.)
// ("has not yet paid a return visit": 'yet' does not count among the words that may stand between.)
// ("never held a formal bilateral meeting", "did not hold a single face-to-face meeting": a verb of holding and its
// article do not count either, so the noun's own modifiers may still stand between.)
// ("is not scheduled to meet", "was not expected to visit": a being's negation, as a having's; "had no plans to stop in
// Taiwan or to meet its president": a plan denied reaches the verbs joined to it by "or".)
export const NEGATION = /\b(?:(?:has|have|had|is|are|was|were)\s+yet\s+to|(?:is|are|was|were)\s+not(?!\s+only\b)|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|no\s+plans?\s+to\s+(?:[\w-]+\s+){1,5}?(?:or|nor)(?:\s+to)?|rul(?:ed|es|ing|e)\s+out|neither|nobody|no\s+one|fail(?:ed|s|ing)?\s+to|did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t|should\s+not|shouldn['’]t|never|no|no\s+plans?\s+to|not\s+to|won['’]t|will\s+not(?!\s+only\b)|would\s+not(?!\s+only\b)|wouldn['’]t|without)\s+(?:yet\s+)?(?:(?:held|hold|had|have)\s+(?:a|an|any)\s+)?(?:[\w-]+\s+){0,3}$/i;

/** "no plans for Erdogan to meet Putin", "no plans so far for a telephone conversation between": no plan of it. */
export const NO_PLANS_FOR =
  /\bno\s+(?:such\s+)?plans?\s+for\s+(?:[\w.'’-]+\s+){1,6}?to\s+(?:\w+\s+){0,1}$|\bno\s+(?:such\s+)?plans?\s+(?:so\s+far\s+|yet\s+|as\s+yet\s+|at\s+(?:the\s+moment|present)\s+|currently\s+|for\s+now\s+)?for\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * A report denied before it is told: "denied reports that Putin would travel", "dismissed claims of talks", "dismissed as a
 * "fabrication" a newspaper report that"; one the speaker will not vouch for is no more told ("declined to comment on reports that").
 */
export const DENIED_BEFORE =
  /\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|rebuff(?:ed|s)?|(?:declin|refus)(?:ed|es|ing)\s+to\s+(?:comment\s+on|confirm))\s+(?:[\w"“”'’-]+\s+){0,5}?(?:(?:media|press|news|newspaper|television)\s+)?(?:reports?|rumou?rs?|claims?|speculation|suggestions?|allegations?|stor(?:y|ies)|that)\b[^.;]*$/i;

/** A report told, then denied: "Reports that X had met Y … were denied", "rumours … were 'pure fiction'", "… were \"premature\"". */
// "Reports in a Japanese newspaper that …", "claims by opposition media of …": the source may stand between the noun and "that".
// ("a story in an Indian newspaper that …", "A Gulf newspaper reported last week that …": a story, or a report told
// by its verb, is one too — denied, it tells nothing.)
export const REPORT_BEFORE =
  /\b(?:reports?|rumou?rs?|claims?|speculation|allegations?|stor(?:y|ies))(?:\s+(?:in|by|from|on)(?:\s+[\w'’.-]+){1,4}?)?\s+(?:that|of|said|says)\b[^.;]*$|\b(?:reported|claimed)\s+(?:[\w'’-]+\s+){0,3}?that\b[^.;]*$/i;
export const DENIED_AFTER =
  /\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?["“'‘]?(?:denied|dismissed|rejected|refuted|false|untrue|baseless|unfounded|groundless|fake|premature|inaccurate|incorrect|wrong)\b|\b(?:was|were|has\s+been|have\s+been|is|are)\s+not\s+(?:\w+\s+)?confirmed\b|\b(?:pure|complete|total|utter)\s+(?:fiction|fabrication|invention|nonsense)\b|\bnot\s+true\b/i;

/** A denial told actively after the report: "…; both governments denied it", "The ministry denied the report on Friday." */
export const DENIED_IT = /\b(?:den(?:ied|ies|y)|dismissed|refuted|rejected)\s+(?:it|them|the\s+(?:reports?|story|stories|claims?|rumou?rs?|allegations?))\b/i;
/** The same, opening the next sentence's verb: only a report or story named, not a bare "it". */
export const DENIED_THE_REPORT = /^[^.;]{0,80}?\b(?:den(?:ied|ies)|dismissed|refuted|rejected)\s+the\s+(?:reports?|story|stories|claims?|rumou?rs?|allegations?)\b/i;

/** After the verb (and its object), a count of times: "met several times", "have met three times", "met Hassan twice". */
export const COUNT_OF_TIMES = /^[^,;.]{0,80}?\s(?:several|many|numerous|multiple|countless|a\s+few|a\s+number\s+of|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times\b/i;
/** The latest of the times counted, told after the count: "…, most recently in Arusha", "the last time in Nairobi in May". */
export const MOST_RECENTLY = /\b(?:most\s+recently|the\s+last\s+(?:time|one)|the\s+latest|most\s+recent)\b/i;

/** "may have met", "could have spoken": a past the text only supposes. */
export const SUPPOSED_PAST = /\b(?:may|might|could|must)\s+(?:also\s+|already\s+)?have\s+(?:\w+ly\s+)?$/i;
/** A report the text does not vouch for: "according to unconfirmed reports", "allegedly", "is rumoured to have". */
export const UNCONFIRMED = /\b(?:unconfirmed|unverified|allegedly|purportedly|rumou?r(?:s|ed)?)\b/i;

/** An offer to host or mediate: "Turkey was ready to host talks", "offered to host a summit" — no exchange planned yet. */
export const OFFER_TO_HOST = /\b(?:ready|willing|prepared|offer(?:s|ed|ing)?|propos(?:es|ed|ing))\s+to\s+(?:host|facilitate|mediate)\b[^.;]{0,40}$/i;

/** Conditions and hypotheses: "if X visits", "unless they meet". */
export const HYPOTHETICAL = /\b(?:if|unless|whether)\b[^,;]{0,60}$/i;

/** A speaker, not a participant: "X said", "according to X", "X told reporters". */
export const SPEAKER_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:(?:has|had|have)\s+)?(?:(?:also|later|then|further|again|earlier|recently|\w+ly)\s+)?(?:said|says|told|tweeted|wrote|added|noted|stated|announced|confirmed|disclosed|revealed|reiterated|stressed|emphasi[sz]ed|declared|insisted|warned|explained|argued|claimed|remarked|commented|posted|described|termed|characteri[sz]ed)\b(?!\s+['"‘“]?(?:no|not\s+now)['"’”]?\s+to\b)/i;
// "…,” said X" names a speaker; in "Szijjarto said Orban had invited Xi" Orban is the reported clause's subject
// ("Erdogan had earlier said Putin would visit": a perfect of saying too; one who "said no to" a visit refused it.)
// ("according to a Brazilian official", "said one senior Kenyan diplomat": an unnamed speaker's mention starts at the country.)
export const SPEAKER_BEFORE = /(?:\b(?:according\s+to|told\s+by|quoted|quoting)|(?:^|[,“”"'’]\s*|\bas\s+)(?:said|says))\s+(?:(?:the|an?|one|two|three|several|some)\s+)?(?:(?:senior|top|former|unnamed|anonymous|another|other)\s+)?$/i;

/**
 * Words that close a clause for status and participant windows ("since 2019", "since May 2021" is a bound, no clause).
 * ", whose headquarters are in Niamey, and to meet … in Ouagadougou": a relative set off by commas, like ", which".
 */
// ", as President Buhari held talks with Obama": "as" opening a clause of its own subject and verb (not "as president").
// ", and in 2010 he received …": a conjunct with its own pronoun subject (and a time before it) is a clause of its own.
// ("…, then flew to Kyiv": a comma and "then" open the next verb's clause, whose subject is the sentence's;
// "the following day" is a time, not "following" an event.)
// ("…, where he met Mohammed bin Salman, and then went to Ankara": so do a comma and "and then", which close a where-clause.)
// (", and the defence secretary, John Healey, hosted …": so does a new subject named by title and apposed name before its verb,
// but not the second of a pair after "between": "Talks between X, Brazil's foreign minister, and the Argentine foreign
// minister, Y, took place …".)
export const CLAUSE_BREAK = /[;:—–]|,\s*(?=then\s+[a-z]+\b|(?:also|later)\s+(?:met|held|visited|hosted|received|spoke|talked|travell?ed|flew|called)\b)|,(?=\s*and\s+then\s+[a-z]+\b)(?<=,\s*where\s[^,;]*,)\s*|,\s+and\s+(?=(?:(?:then|later|in|on|at|by|during|after)\s+[^,;]{0,25}?\s+)?(?:he|she)\s+(?!said|says|told|added)\w+)|,\s+as\s+(?=(?:[\w.'’-]+\s+){1,5}?(?:held|holds|met|meets|was|were|had|has|flew|flies|arrived|arrives|hosted|hosts|received|receives|spoke|speaks|visited|visits|travell?ed|traveled|travels)\b)|,\s*where\s+(?=(?:he|she|they|the\s+two)\b)|,\s+and\s+(?=(?:they|both\s+(?:leaders|ministers|sides|men)|the\s+(?:two|three|four)\s+(?:leaders|ministers|presidents|sides|men|officials|(?:also\s+|later\s+|then\s+)?(?:held|met|spoke|talked|agreed|signed|had|have|will|would)))\b)|,\s+and\s+(?=the\s+(?:[A-Z][\w'’-]+\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|emir|foreign\s+minister|leader)\s+(?!said|says|told|added|of\b|and\b|to\b)[a-z]+\b)|,(?<!\bbetween\s[^;]*)\s+and\s+(?=the\s+(?:[\w-]+\s+){0,3}(?:secretary|minister|president|premier|chancellor|leader|envoy|adviser|advisor)\s*,\s*[A-Z][^,;]{1,40},\s+(?!said|says|told|added)[a-z]+\b)|\s--?\s|\bahead of\b|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|\bfollowing\b(?!\s+(?:day|days|week|month|year|morning|afternoon|evening|night|weekend)\b)|\bwhich\b|\bwho\b|whose\b(?<=,\s*whose)|\bsince\b(?!\s+(?:[a-z]+\s+)?\d{4}\b)|\bwhen\b|\bthough\b|\balthough\b/gi;

/** A later clause refusing the request or invitation: "…, but the Kremlin turned down the request". */
export const REFUSED_LATER = /^[^.;]{0,40}?\bbut\b[^.;]{0,60}?\b(turned\s+down|rejected|declined|refused|rebuffed|spurned)\s+(?:the|his|her|their|this|that|an?)\s+(?:[\w-]+\s+)?(request|invitation|offer|proposal|overture)s?\b/i;

/**
 * Words that put someone in a leader's travelling party: "accompanied the president", "travelling with Lula",
 * "part of the delegation", "a member of his entourage", "(who is) in the entourage".
 */
export const TRAVELLING_PARTY_WORDS = String.raw`(?:accompan(?:ied|ies|ying)|travell?(?:ing|ed)\s+with|(?:part\s+of|(?:a\s+)?members?\s+of|in)\s+(?:the|his|her)\s+(?:[\w-]+\s+)?(?:entourage|delegation))`;
