// Rules that keep words of diplomacy from being read as exchanges (found on the acc-blind10 precision set):
// each with sentences of our own making that still give the exchange, and sentences that give none.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import type { ExchangeEvent } from '../../src/types.js';
import { fold, matches, show, type Want } from '../support/wants.js';

const kb = loadKnowledge();
const run = (text: string, published: string): ExchangeEvent[] => extract({ id: 't', text, published }, kb).events;
const has = (e: ExchangeEvent, who: string) => e.participants.some((p) => fold(p.name ?? '').includes(fold(who)));

interface Case {
  text: string;
  published: string;
  /** Exchanges a reader gives (none when empty). */
  want: Want[];
  /** No event may have all these people. */
  never?: string[][];
  /** How many visits the text tells. */
  visits?: number;
  /** How many phone calls the text tells. */
  calls?: number;
  /** How many video calls the text tells. */
  videoCalls?: number;
  /** People who travel in no event. */
  noTrip?: string[];
  /** [who, code]: no event may give this person this country. */
  notOf?: Array<[string, string]>;
  /** The sender a message event names first. */
  sender?: string;
  /** How many meetings the text tells. */
  meetings?: number;
  /** No event may be dated so (a date prefix). */
  notDated?: string[];
  /** Names some event's participant must carry exactly. */
  names?: string[];
  /** People who stand at most once among any event's participants. */
  once?: string[];
  /** [who, type, date]: every event of this type with this person is dated exactly so (null: undated). */
  dated?: Array<[string, ExchangeEvent['type'], string | null]>;
  /** [host, date]: every visit to this host is dated exactly so (null: undated). */
  hostDated?: Array<[string, string | null]>;
  /** [host, ...people]: no event with all these people may be placed in this host country. */
  notHosted?: Array<[string, ...string[]]>;
  why: string;
}

const CASES: Record<string, Case[]> = {
  'events/lexicon: "met" a bar, not a person': [
    { text: 'Finance Minister Ama Boateng said the talks had met the expectations of both delegations.', published: '2024-03-05', want: [], why: 'met the expectations' },
    { text: 'The Nigerian president said inflation data met market expectations, and Foreign Minister Yusuf Tuggar met Ghanaian Foreign Minister Samuel Okudzeto Ablakwa in Abuja on Monday.', published: '2025-03-05', want: [{ type: 'meeting', people: ['Tuggar', 'Ablakwa'], date: '2025-03-03' }], why: 'a person met beside a bar met' },
  ],
  // Leads of session 10 (acc-leads6).
  'events/candidates: "the two leaders" of a sentence naming one of an earlier pair': [
    {
      text: 'Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sissi in Cairo on Monday. Turkish Vice President Cevdet Yilmaz met Egyptian Prime Minister Mostafa Madbouly in Alamein on Tuesday. Erdogan flew to Riyadh on Friday, where the two leaders spoke on the margins of the summit.',
      published: '2024-11-16',
      want: [{ type: 'meeting', people: ['Erdo', 'Sissi'], date: '2024-11-15' }],
      never: [['Erdo', 'Madbouly']],
      why: 'the one named is of the first pair, not the latest: his pair',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sissi in Cairo on Monday. Turkish Vice President Cevdet Yilmaz met Egyptian Prime Minister Mostafa Madbouly in Alamein on Tuesday. Yilmaz flew to Riyadh on Friday, where the two leaders spoke on the margins of the summit.',
      published: '2024-11-16',
      want: [{ type: 'meeting', people: ['Yilmaz', 'Madbouly'], date: '2024-11-15' }],
      never: [['Yilmaz', 'Sissi']],
      why: 'the one named is of the latest pair: that pair',
    },
  ],
  'refine/relative-dates: "weeks after", a count not given, sets an exchange before by the span it allows': [
    {
      text: 'Ugandan President Yoweri Museveni arrived in Nairobi on Tuesday for talks with Kenyan President William Ruto, weeks after Ruto travelled to Kampala.',
      published: '2024-06-12',
      want: [{ type: 'visit', people: ['Ruto'], date: '2024', host: 'UGA' }],
      dated: [['Ruto', 'visit', '2024']],
      why: '"weeks" before June 11 is April to late May: the year, not the story\'s day',
    },
    {
      text: 'Ugandan President Yoweri Museveni arrived in Nairobi on June 28 for talks with Kenyan President William Ruto, just days after Ruto travelled to Kampala.',
      published: '2024-07-02',
      want: [{ type: 'visit', people: ['Ruto'], date: '2024-06', host: 'UGA' }],
      dated: [['Ruto', 'visit', '2024-06']],
      why: '"days" before June 28 are in June',
    },
    {
      text: 'Ugandan President Yoweri Museveni arrived in Nairobi on Tuesday for a three-day state visit. The visit comes months after Kenyan President William Ruto travelled to Kampala.',
      published: '2024-06-12',
      want: [{ type: 'visit', people: ['Ruto'], date: null, host: 'UGA' }],
      dated: [['Ruto', 'visit', null]],
      why: '"months" before June span two years: undated',
    },
    {
      text: 'Ugandan President Yoweri Museveni arrived in Nairobi on Tuesday for talks with Kenyan President William Ruto, two weeks after Ruto travelled to Kampala.',
      published: '2024-06-12',
      want: [{ type: 'visit', people: ['Ruto'], date: '2024-05', host: 'UGA' }],
      dated: [['Ruto', 'visit', '2024-05']],
      why: 'a count given moves by it',
    },
    {
      text: 'In 2015, weeks after Kenyan President Uhuru Kenyatta travelled to Kampala, the two countries reopened the border.',
      published: '2024-06-12',
      want: [{ type: 'visit', people: ['Kenyatta'], date: '2015', host: 'UGA' }],
      why: 'a year the sentence writes stays',
    },
    {
      text: 'Ugandan President Yoweri Museveni met Kenyan President William Ruto in Nairobi on Tuesday, weeks after the election.',
      published: '2024-06-12',
      want: [{ type: 'meeting', people: ['Museveni', 'Ruto'], date: '2024-06-11', host: 'KEN' }],
      why: 'a clause with no exchange moves none',
    },
  ],
  'events/candidates: "The Prime Minister" of a government\'s own page is the one "he" means next': [
    {
      text: "From: Prime Minister's Office, 10 Downing Street\n\nPM call with President Ramaphosa of South Africa: 20 October 2025\n\nThe Prime Minister spoke to President Cyril Ramaphosa of South Africa this afternoon.\n\nHe said he would travel to Johannesburg for the G20 summit next month.\n",
      published: '2025-10-20',
      want: [
        { type: 'phone_call', people: ['Starmer', 'Ramaphosa'], date: '2025-10-20' },
        { type: 'visit', status: 'planned', people: ['Starmer'], host: 'ZAF' },
      ],
      why: 'the page\'s Prime Minister travels, not the President he spoke to',
    },
    {
      text: "From: Prime Minister's Office, 10 Downing Street\n\nPM call with Prime Minister Carney of Canada: 20 October 2025\n\nThe Prime Minister spoke to Prime Minister Mark Carney of Canada this afternoon.\n\nHe said he would fly to Ottawa next month for talks on trade.\n",
      published: '2025-10-20',
      want: [{ type: 'visit', status: 'planned', people: ['Starmer'], host: 'CAN' }],
      noTrip: ['Carney'],
      why: 'the same with two prime ministers',
    },
    {
      text: "From: Prime Minister's Office, 10 Downing Street\n\nPM call with President Ramaphosa of South Africa: 20 October 2025\n\nThe Prime Minister spoke to President Cyril Ramaphosa of South Africa this afternoon.\n\nPresident Ramaphosa said he would visit London next year.\n",
      published: '2025-10-20',
      want: [{ type: 'visit', status: 'planned', people: ['Ramaphosa'], host: 'GBR' }],
      noTrip: ['Starmer'],
      why: 'a subject named by name is the one "he" means',
    },
  ],
  'refine/implied-visits: a meeting looked forward to in a place abroad is a planned journey there': [
    {
      text: 'British Prime Minister Keir Starmer spoke to Ukrainian President Volodymyr Zelenskyy on Tuesday. Starmer said he looked forward to seeing President Zelenskyy in Kyiv later this week.',
      published: '2024-06-12',
      want: [
        { type: 'meeting', status: 'planned', people: ['Starmer', 'Zelenskyy'], host: 'UKR' },
        { type: 'visit', status: 'planned', people: ['Starmer'], host: 'UKR' },
      ],
      noTrip: ['Zelenskyy'],
      why: '"seeing the President in Kyiv": the speaker goes to Kyiv',
    },
    {
      text: 'Polish President Andrzej Duda said he looked forward to meeting Ukrainian President Volodymyr Zelensky in Warsaw next month.',
      published: '2024-06-12',
      want: [{ type: 'visit', status: 'planned', people: ['Zelensky'], host: 'POL' }],
      noTrip: ['Duda'],
      why: 'meeting the other at home: the other comes',
    },
    {
      text: 'Polish President Andrzej Duda said he looked forward to meeting Ukrainian President Volodymyr Zelensky at the summit in Brussels next month.',
      published: '2024-06-12',
      want: [{ type: 'meeting', status: 'planned', people: ['Duda', 'Zelensky'] }],
      visits: 0,
      why: 'a third country\'s venue tells no one\'s journey',
    },
    {
      text: 'Polish President Andrzej Duda said he will meet Ukrainian President Volodymyr Zelensky in Kyiv next month.',
      published: '2024-06-12',
      want: [{ type: 'meeting', status: 'planned', people: ['Duda', 'Zelensky'], host: 'UKR' }],
      visits: 0,
      why: 'a city named only as the venue of a meeting gives no visit',
    },
  ],
  'events/lexicon + parties: "would see him in Davos", the one named before in the sentence': [
    {
      text: 'Finnish President Alexander Stubb said he had spoken to Ukrainian President Volodymyr Zelensky "for ten minutes" on Sunday, the day before the interview, and would see him in Davos on Thursday.',
      published: '2026-01-20',
      want: [{ type: 'meeting', status: 'planned', people: ['Stubb', 'Zelensky'], date: '2026-01-22', host: 'CHE' }],
      why: '"see him" with a place and a time is a planned meeting; "him" is the one the earlier clause named',
    },
    {
      text: 'Polish President Andrzej Duda met Ukrainian President Volodymyr Zelensky in Warsaw on Monday. Duda said he looked forward to seeing him in Kyiv.',
      published: '2024-06-12',
      want: [
        { type: 'meeting', status: 'planned', people: ['Duda', 'Zelensky'], host: 'UKR' },
        { type: 'visit', status: 'planned', people: ['Duda'], host: 'UKR' },
      ],
      why: '"looked forward to seeing him in Kyiv"',
    },
    {
      text: 'Finnish President Alexander Stubb said voters would see him on television on Thursday.',
      published: '2026-01-20',
      want: [],
      why: 'voters seeing one on television',
    },
    {
      text: 'Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday. Analysts will see him in a new light.',
      published: '2026-01-20',
      want: [{ type: 'meeting', people: ['Xi', 'Lula'], host: 'CHN' }],
      meetings: 1,
      why: '"see him in a new light" is no meeting (nobody named with an office sees him)',
    },
  ],
  'events/since-visits: "the first … to visit X since Y in 1978" tells Y\'s visit': [
    {
      text: 'Bill Clinton arrived in New Delhi in March 2000, the first American president to visit India since Jimmy Carter in 1978.',
      published: '2020-03-20',
      want: [
        { type: 'visit', people: ['Clinton'], date: '2000-03', host: 'IND' },
        { type: 'visit', people: ['Carter'], date: '1978', host: 'IND' },
      ],
      why: 'the bound names a person and a year',
    },
    {
      text: 'Chinese Premier Li Qiang flew to Canberra on Sunday, becoming the first Chinese premier to visit Australia since Li Keqiang\'s visit in 2017.',
      published: '2024-06-18',
      want: [{ type: 'visit', people: ['Li Keqiang'], date: '2017', host: 'AUS' }],
      why: '"since X\'s visit in 2017"',
    },
    {
      text: 'Chinese Premier Li Qiang flew to Canberra on Sunday, becoming the first Chinese premier to visit Australia since Li Keqiang took office in 2013.',
      published: '2024-06-18',
      want: [{ type: 'visit', people: ['Li Qiang'], host: 'AUS' }],
      never: [['Li Keqiang']],
      why: 'a bound that is no one\'s visit ("since X took office")',
    },
    {
      text: 'Japanese Prime Minister Fumio Kishida flew to Seoul on Sunday, the first Japanese leader to visit South Korea since 2011.',
      published: '2023-05-08',
      want: [{ type: 'visit', people: ['Kishida'], host: 'KOR' }],
      visits: 1,
      why: 'a bound with no person',
    },
  ],
  'events/since-visits: "his first visit to X since November 2005, when …" tells the visit then': [
    {
      text: 'Russian President Vladimir Putin arrived in Japan on Thursday. It is Putin\'s first visit to Japan since November 2005, when he held talks in Tokyo with Prime Minister Junichiro Koizumi.',
      published: '2016-12-16',
      want: [
        { type: 'visit', people: ['Putin'], date: '2016-12-15', host: 'JPN' },
        { type: 'visit', people: ['Putin'], date: '2005-11', host: 'JPN' },
      ],
      why: 'the when-clause tells what he did on the visit then',
    },
    {
      text: 'Saudi Crown Prince Mohammed bin Salman will travel to Islamabad on September 7. It will be his first trip to Pakistan since February 2019, when he signed investment pledges worth $20 billion.',
      published: '2026-08-25',
      want: [
        { type: 'visit', status: 'planned', people: ['Mohammed bin Salman'], date: '2026-09-07', host: 'PAK' },
        { type: 'visit', people: ['Mohammed bin Salman'], date: '2019-02', host: 'PAK' },
      ],
      why: 'a planned trip\'s bound is a visit made',
    },
    {
      text: 'Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day state visit, his first trip to Ethiopia since 2022.',
      published: '2025-03-04',
      want: [{ type: 'visit', people: ['Ruto'], host: 'ETH' }],
      notDated: ['2022'],
      why: 'a bound alone tells no trip of its year',
    },
  ],
  'document/resolveTitles: a title alone is one named before whom the knowledge has in that office': [
    {
      text: 'On Monday, the Secretary-General of the North Atlantic Treaty Organization and former Dutch prime minister, Mark Rutte, met Polish President Andrzej Duda in Warsaw.\n\nThe Secretary-General will travel to Ankara next week for talks with Turkish President Recep Tayyip Erdogan.',
      published: '2025-03-05',
      want: [
        { type: 'visit', status: 'planned', people: ['Rutte'], host: 'TUR' },
        { type: 'meeting', status: 'planned', people: ['Rutte', 'Erdogan'], host: 'TUR' },
      ],
      why: 'the title stood far from the name; the knowledge has Rutte hold it',
    },
    {
      text: 'On Monday, Polish President Andrzej Duda met Dutch Prime Minister Dick Schoof in Warsaw.\n\nThe Secretary-General will travel to Ankara next week for talks with Turkish President Recep Tayyip Erdogan.',
      published: '2025-03-05',
      want: [{ type: 'meeting', people: ['Duda', 'Schoof'], host: 'POL' }],
      never: [['Schoof', 'Erdogan'], ['Duda', 'Erdogan']],
      noTrip: ['Schoof', 'Duda'],
      why: 'no one named before holds the office',
    },
    {
      text: "Kenya's foreign minister is due to arrive in Kampala on Friday, officials said. Foreign Minister Musalia Mudavadi will deliver a message from President William Ruto to President Yoweri Museveni. The foreign minister's visit would further ease trade tensions.",
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'planned', people: ['Mudavadi'], host: 'UGA' }],
      visits: 1,
      why: 'a possessive title\'s journey is the one told by the office alone, not a second one',
    },
  ],
  'refine/default-dates: "also" goes on with the day of an exchange of the same person told a few sentences up': [
    {
      text: 'Tanzanian President Samia Suluhu Hassan opened a new port terminal in Tanga on Monday. Later, President Samia hosted Mozambican President Daniel Chapo at State House in Dar es Salaam. The two leaders discussed gas projects and the security of the border. Chapo thanked his host for the warm welcome. Officials said a joint commission would meet before the end of the year. Samia also held talks with Malawian President Lazarus Chakwera, who is in Dar es Salaam for a regional summit.',
      published: '2025-06-04',
      want: [{ type: 'meeting', people: ['Samia', 'Chakwera'], date: '2025-06-02' }],
      why: '"Samia also held talks": the day of her talks with Chapo',
    },
    {
      text: 'Tanzanian President Samia Suluhu Hassan opened a new port terminal in Tanga on Monday. Later, President Samia hosted Mozambican President Daniel Chapo at State House in Dar es Salaam. The two leaders discussed gas projects and the security of the border. Chapo thanked his host for the warm welcome. Officials said a joint commission would meet before the end of the year. Samia held talks with Malawian President Lazarus Chakwera, who is in Dar es Salaam for a regional summit.',
      published: '2025-06-04',
      want: [{ type: 'meeting', people: ['Samia', 'Chakwera'] }],
      dated: [['Chakwera', 'meeting', '2025-06']],
      why: 'with no "also", no day carried so far',
    },
    {
      text: 'Tanzanian President Samia Suluhu Hassan opened a new port terminal in Tanga on Monday. Later, President Samia hosted Mozambican President Daniel Chapo at State House in Dar es Salaam. The two leaders discussed gas projects and the security of the border. Chapo thanked his host for the warm welcome. Officials said a joint commission would meet before the end of the year. Kenyan President William Ruto also held talks with Malawian President Lazarus Chakwera.',
      published: '2025-06-04',
      want: [{ type: 'meeting', people: ['Ruto', 'Chakwera'] }],
      dated: [['Chakwera', 'meeting', '2025-06']],
      why: '"also" of people not told before carries no day',
    },
  ],
  'events/lexicon: "landed" with no place of its own goes where the sentence before was': [
    {
      text: 'Saudi Foreign Minister Prince Faisal bin Farhan arrived in Beijing on Wednesday evening, the Saudi Press Agency said. Iranian Foreign Minister Hossein Amir-Abdollahian landed on Thursday morning.',
      published: '2023-04-06',
      want: [
        { type: 'visit', people: ['Faisal bin Farhan'], date: '2023-04-05', host: 'CHN' },
        { type: 'visit', people: ['Amir-Abdollahian'], date: '2023-04-06', host: 'CHN' },
      ],
      why: 'the Beijing of the sentence before',
    },
    {
      text: 'Iranian Foreign Minister Hossein Amir-Abdollahian landed a blow on his critics on Thursday.',
      published: '2023-04-06',
      want: [],
      why: 'landing a blow',
    },
    {
      text: 'The plane carrying the delegation landed on Thursday morning in heavy rain.',
      published: '2023-04-06',
      want: [],
      why: 'no one named lands',
    },
  ],
  'events/exclusions: naming and judging, not phoning or travelling': [
    { text: 'Brazilian President Luiz Inacio Lula da Silva called Argentine President Javier Milei "a danger to the region" on Tuesday.', published: '2024-06-05', want: [], why: 'called someone a quote' },
    { text: 'Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Tuesday to discuss grain exports.', published: '2024-06-05', want: [{ type: 'phone_call', people: ['Erdogan', 'Putin'], date: '2024-06-04' }], why: 'called someone on a day' },
    {
      text: 'Chinese Defence Minister Dong Jun visited Moscow on Monday. Japanese Prime Minister Fumio Kishida called the visit "deeply regrettable" on Tuesday.',
      published: '2024-06-05',
      want: [{ type: 'visit', people: ['Dong Jun'], host: 'RUS' }],
      never: [['Kishida']],
      why: 'a visit judged is no visit of the judge',
    },
    { text: 'Moscow condemned the visit of Polish President Andrzej Duda to Kyiv on Tuesday.', published: '2024-06-05', want: [{ type: 'visit', people: ['Duda'], host: 'UKR' }], why: 'a visit condemned that the noun names is told' },
  ],
  'events/exclusions: a group met at home is no side': [
    {
      text: 'Kenyan President William Ruto met the governors of 20 counties at State House on Monday, as Tanzanian President Samia Suluhu Hassan held talks with Ugandan President Yoweri Museveni in Kampala.',
      published: '2024-06-04',
      want: [{ type: 'meeting', people: ['Samia', 'Museveni'], host: 'UGA' }],
      never: [['Ruto', 'Museveni'], ['Ruto', 'Samia']],
      why: 'governors met; the talks of another clause opened by ", as"',
    },
    { text: 'Japanese Prime Minister Fumio Kishida held talks with Chinese lawmakers in Tokyo on Tuesday.', published: '2024-04-09', want: [], why: 'lawmakers, even foreign ones' },
    { text: 'Mexican President Andres Manuel Lopez Obrador received U.S. envoys at the National Palace on Monday.', published: '2024-06-04', want: [], why: 'envoys received' },
    { text: 'Aramco chief executive Amin Nasser held talks with Chinese refiners in Beijing this week.', published: '2024-06-04', want: [], why: 'a firm and its customers' },
    { text: 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol and business leaders in Seoul on Sunday.', published: '2023-05-08', want: [{ type: 'meeting', people: ['Kishida', 'Yoon'], host: 'KOR' }], why: 'a leader named before the group is met' },
    { text: 'Japanese Prime Minister Shigeru Ishiba met business leaders and Indonesian President Prabowo Subianto in Jakarta on Monday.', published: '2025-05-06', want: [{ type: 'meeting', people: ['Ishiba', 'Prabowo'], host: 'IDN' }], why: 'a leader named after the group is met too' },
    { text: 'Indian Prime Minister Narendra Modi met students and Mauritian Prime Minister Navin Ramgoolam in Port Louis on Tuesday.', published: '2025-03-12', want: [{ type: 'meeting', people: ['Modi', 'Ramgoolam'], host: 'MUS' }], why: 'a leader named after students' },
    { text: 'Chinese President Xi Jinping met American business leaders, including Apple chief executive Tim Cook, in Beijing on Friday.', published: '2025-03-29', want: [], why: 'a firm\'s head named among the group is no official' },
    { text: 'Kenyan President William Ruto met the governors of 20 counties and Nairobi Governor Johnson Sakaja at State House on Monday.', published: '2025-05-06', want: [], why: 'a region\'s governor named after the group is no official of a state' },
  ],
  'mentions/people + refine/filter: a region\'s or a firm\'s officer is no side': [
    { text: 'Before leaving Canberra, Prime Minister Anthony Albanese met Queensland Premier David Crisafulli to discuss flood funding.', published: '2025-03-10', want: [], why: 'a state premier' },
    { text: 'Pakistani Prime Minister Imran Khan met Punjab Chief Minister Usman Buzdar in Lahore on Tuesday.', published: '2019-03-13', want: [], why: 'a chief minister' },
    { text: 'Zamfara State Governor Abdulaziz Yari met President Muhammadu Buhari in Abuja.', published: '2015-07-21', want: [], why: 'a state governor' },
    { text: 'Real Madrid president Florentino Perez met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.', published: '2024-06-05', want: [], why: 'a club\'s president' },
    { text: 'Senator Lindsey Graham met Ukrainian President Volodymyr Zelensky in Kyiv on Friday.', published: '2024-06-05', want: [], why: 'a legislator of no country named' },
    {
      text: 'Comorian President Azali Assoumani met French President Emmanuel Macron in Paris on Monday.',
      published: '2024-06-05',
      want: [{ type: 'meeting', people: ['Azali', 'Macron'], host: 'FRA' }],
      why: 'a word shaped like a demonym before "President" is a country the knowledge lacks, not a club',
    },
    { text: 'Parliament Speaker Mohammad Bagher Ghalibaf met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.', published: '2024-06-05', want: [{ type: 'meeting', people: ['Ghalibaf', 'Sudani'] }], why: 'a legislature\'s speaker stays a side' },
    { text: 'Energy Minister Park Il-jun met Russian Deputy Prime Minister Alexander Novak in Seoul on Monday.', published: '2024-06-04', want: [{ type: 'meeting', people: ['Park Il-jun', 'Novak'] }], why: 'a minister of a field, of no country named, is a side still' },
  ],
  'events/exclusions: denied, unconfirmed, conditional, not yet': [
    { text: 'Reports in a Turkish newspaper that Greek Prime Minister Kyriakos Mitsotakis would travel to Ankara next month were not confirmed by Athens.', published: '2024-06-04', want: [], why: 'a report not confirmed' },
    { text: 'Reports in a Japanese daily that Chinese Foreign Minister Wang Yi had secretly met Japanese Foreign Minister Yoko Kamikawa were dismissed as groundless.', published: '2024-06-04', want: [], why: 'a report with its source before "that", dismissed' },
    { text: 'Ukrainian President Volodymyr Zelensky said he would be willing to meet Russian President Vladimir Putin "under the right conditions".', published: '2024-06-04', want: [], why: 'a readiness on conditions' },
    { text: 'Ukrainian President Volodymyr Zelensky will meet Turkish President Recep Tayyip Erdogan in Istanbul on Friday.', published: '2024-06-04', want: [{ type: 'meeting', status: 'planned', people: ['Zelensky', 'Erdogan'], date: '2024-06-07' }], why: 'a plan stated' },
    { text: 'If Narendra Modi were to ring after the vote, Shehbaz Sharif should take the call.', published: '2024-03-05', want: [], why: 'the consequent of a condition contrary to fact' },
    { text: 'If all goes well, Indian Prime Minister Narendra Modi will meet Chinese President Xi Jinping in Kazan next week.', published: '2024-10-15', want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Xi Jinping'] }], why: 'an open condition keeps the plan' },
    { text: "Chinese President Xi Jinping's long-promised visit to Islamabad has yet to happen.", published: '2024-06-04', want: [], why: 'a visit that has yet to happen' },
    { text: 'A trip to Riyadh by U.S. President Joe Biden is not expected before the election.', published: '2024-06-04', want: [], why: 'a trip not expected' },
    { text: 'Neither minister raised a visit to Moscow by Chinese President Xi Jinping.', published: '2024-06-04', want: [], why: '"neither" before the trigger' },
    { text: 'Chinese President Xi Jinping is yet to visit India.', published: '2024-06-04', want: [], why: '"is yet to" before the verb' },
  ],
  'events/lexicon: a website visited is no journey': [
    {
      text: "Guatemalan President Otto Perez Molina arrived in Mexico City on Wednesday. For the full programme of the Perez Molina visit, visit the presidency's website.",
      published: '2024-06-06',
      want: [{ type: 'visit', people: ['Perez Molina'], date: '2024-06-05', host: 'MEX' }],
      visits: 1,
      why: 'visit the website',
    },
    { text: 'Indian Prime Minister Narendra Modi will visit the Elysee Palace in Paris on Friday.', published: '2024-06-04', want: [{ type: 'visit', status: 'planned', people: ['Modi'], host: 'FRA' }], why: 'a palace visited' },
  ],
  'refine/in-office-then: out of office by the knowledge': [
    { text: 'In 2009, Olusegun Obasanjo travelled to Harare and met Zimbabwean President Robert Mugabe.', published: '2019-06-04', want: [], why: 'after the last term' },
    { text: "Enrique Pena Nieto, the PRI's presidential candidate, travelled to Madrid in February 2012 and met Spanish Prime Minister Mariano Rajoy.", published: '2012-03-15', want: [], never: [['Nieto', 'Rajoy']], why: 'before the first term, a candidate' },
    { text: 'Mexican President Enrique Pena Nieto met Spanish Prime Minister Mariano Rajoy in Madrid in June 2014.', published: '2014-07-01', want: [{ type: 'meeting', people: ['Nieto', 'Rajoy'], date: '2014-06', host: 'ESP' }], why: 'in office' },
    {
      text: 'Jacques Chirac left office in 2007. In 2008 he travelled to Bamako, where he met Malian President Amadou Toumani Toure, and in 2010 he received the Russian prime minister, Vladimir Putin, in Paris.',
      published: '2019-09-27',
      // (Putin, then prime minister, received in Paris: his visit to France, which a private host does not undo.)
      want: [{ type: 'visit', people: ['Putin'], date: '2010', host: 'FRA' }],
      never: [['Toure', 'Putin'], ['Chirac', 'Putin'], ['Chirac', 'Toure']],
      why: 'what is left of a private man\'s exchanges joins no other',
    },
    {
      text: 'King Salman wrote to Iranian President Ebrahim Raisi on Monday.\n\nThe last Iranian president to visit Saudi Arabia was Mahmoud Ahmadinejad, who travelled to Mecca in August 2012 for a summit.',
      published: '2023-04-06',
      want: [{ type: 'visit', people: ['Ahmadinejad'], date: '2012-08', host: 'SAU' }],
      why: 'a date taken by default (the lead\'s) puts no one out of office: the merged telling dates it',
    },
    {
      text: 'Former Japanese Prime Minister Shinzo Abe left office in 2020. In 2019 he travelled to Osaka, where he met Chinese President Xi Jinping.',
      published: '2024-06-04',
      want: [{ type: 'meeting', people: ['Abe', 'Xi'], date: '2019', host: 'JPN' }],
      why: 'a journey\'s "where" clause takes the journey\'s date, within the term',
    },
  ],
  'events/exclusions + date-for: a noun that describes the exchange just told': [
    {
      text: 'U.S. President Joe Biden met Chinese President Xi Jinping in Lima on Saturday in what was expected to be their last meeting.',
      published: '2024-11-18',
      want: [{ type: 'meeting', status: 'occurred', people: ['Biden', 'Xi Jinping'], date: '2024-11-16', host: 'PER' }],
      why: '"in what was expected to be their last meeting" is the meeting told, not a planned one',
    },
    {
      text: 'Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday, in what could be the first of regular visits.',
      published: '2025-08-25',
      want: [{ type: 'meeting', status: 'occurred', people: ['Ishiba', 'Lee Jae-myung'], date: '2025-08-23', host: 'JPN' }],
      why: 'the date before the description stays the verb\'s',
    },
    {
      text: 'Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday and discussed their next meeting in Seoul in the autumn.',
      published: '2025-08-25',
      want: [
        { type: 'meeting', status: 'occurred', people: ['Ishiba', 'Lee Jae-myung'], date: '2025-08-23', host: 'JPN' },
        { type: 'meeting', status: 'planned', people: ['Ishiba', 'Lee Jae-myung'], host: 'KOR' },
      ],
      why: 'a next meeting discussed is another exchange',
    },
  ],
  'events/visit-parts + meeting-parts: "visiting" qualifying those met': [
    {
      text: 'Indian Prime Minister Manmohan Singh held talks with visiting Pakistani Foreign Minister Khurshid Kasuri on Tuesday.',
      published: '2005-04-21',
      want: [
        { type: 'meeting', people: ['Manmohan Singh', 'Kasuri'], host: 'IND', date: '2005-04-19' },
        { type: 'visit', people: ['Kasuri'], host: 'IND', date: '2005-04-19' },
      ],
      why: 'the visiting guest travelled to the host\'s country',
    },
    {
      text: 'Indian Prime Minister Narendra Modi met visiting foreign ministers of Japan and Australia on Tuesday.',
      published: '2024-09-12',
      want: [{ type: 'meeting', people: ['Modi'], date: '2024-09-10' }],
      visits: 0,
      why: 'no journey of the subject to the countries the guests come "of"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi, visiting Japan on Tuesday, met Prime Minister Shigeru Ishiba.',
      published: '2024-09-12',
      want: [{ type: 'visit', people: ['Modi'], host: 'JPN' }],
      why: 'a participle after the subject\'s comma is the subject\'s own journey',
    },
  ],
  'events/lexicon: a planned "see" of an office holder': [
    { text: 'Japanese Foreign Minister Takeshi Iwaya will see his Chinese counterpart Wang Yi in Beijing on Tuesday.', published: '2025-03-14', want: [{ type: 'meeting', status: 'planned', people: ['Iwaya', 'Wang Yi'], host: 'CHN' }], why: '"will see his counterpart"' },
    { text: 'U.S. Secretary of State Condoleezza Rice arrived in Baghdad on Sunday and was also due to see President Jalal Talabani.', published: '2006-10-08', want: [{ type: 'meeting', status: 'planned', people: ['Rice', 'Talabani'] }], why: '"due to see President X"' },
    { text: 'Analysts said they will see President Xi Jinping\'s speech as a signal, Japanese Foreign Minister Takeshi Iwaya said.', published: '2025-03-14', want: [], why: 'a speech seen, no meeting' },
    { text: 'We will see China\'s reaction before deciding, Japanese Foreign Minister Takeshi Iwaya said.', published: '2025-03-14', want: [], why: 'no office holder after "see"' },
  ],
  'events/visit-parts: past a closed relative clause, the subject is its antecedent': [
    {
      text: 'Iraqi Prime Minister Nuri al-Maliki, who visited Washington in July and met President George W. Bush at the White House, is expected to travel to Tehran later this month, aides said.',
      published: '2006-10-08',
      want: [
        { type: 'visit', status: 'occurred', people: ['Maliki'], host: 'USA', date: '2006-07' },
        { type: 'visit', status: 'planned', people: ['Maliki'], host: 'IRN' },
      ],
      visits: 2,
      why: 'the one the relative clause met does not travel in the main clause',
    },
  ],
  'events/speakers: a perfect of saying names a speaker': [
    {
      text: 'Turkish President Tayyip Erdogan had earlier said Russian President Vladimir Putin would visit Turkey in August.',
      published: '2023-07-20',
      want: [{ type: 'visit', status: 'planned', people: ['Putin'], host: 'TUR', date: '2023-08' }],
      never: [['Erdogan']],
      why: '"had earlier said": the one who said it is no traveller',
    },
    {
      text: 'Turkish President Tayyip Erdogan had earlier visited Moscow, Russian President Vladimir Putin said.',
      published: '2023-07-20',
      want: [{ type: 'visit', people: ['Erdogan'], host: 'RUS' }],
      why: 'a perfect of visiting is the visit, and the speaker is the one after it',
    },
  ],
  'events/lexicon: a visit looked forward to is a plan': [
    {
      text: 'Egyptian Foreign Minister Badr Abdelatty said that Egypt looks forward to President Xi Jinping\'s visit to Egypt at an early date.',
      published: '2025-01-13',
      want: [{ type: 'visit', status: 'planned', people: ['Xi Jinping'], host: 'EGY' }],
      why: '"looks forward to" a visit "at an early date"',
    },
    {
      text: 'Chinese President Xi Jinping looked back on his visit to Egypt in 2016, Egyptian Foreign Minister Badr Abdelatty said.',
      published: '2025-01-13',
      want: [{ type: 'visit', status: 'occurred', people: ['Xi Jinping'], host: 'EGY', date: '2016' }],
      why: 'a visit looked back on took place',
    },
  ],
  'events/lexicon: a visitor expected or due in a place': [
    { text: 'Her foreign minister, January Makamba, is now expected in Nairobi later this month.', published: '2024-05-16', want: [{ type: 'visit', status: 'planned', people: ['Makamba'], host: 'KEN' }], why: '"expected in" a city' },
    { text: 'Kenyan President William Ruto is due in Kampala on Monday for the launch of the pipeline.', published: '2024-05-16', want: [{ type: 'visit', status: 'planned', people: ['Ruto'], host: 'UGA', date: '2024-05-20' }], why: '"due in" a city, a day ahead' },
    { text: 'The report of the commission is expected in March, Kenyan President William Ruto said.', published: '2024-05-16', want: [], why: 'a month, not a place' },
  ],
  'events/lexicon + meeting-parts: a counterpart hosted, a courtesy call received': [
    {
      text: 'South African President Cyril Ramaphosa hosted his Zimbabwean counterpart Emmerson Mnangagwa at the Union Buildings in Pretoria on Tuesday.',
      published: '2024-10-12',
      want: [
        { type: 'meeting', people: ['Ramaphosa', 'Mnangagwa'], host: 'ZAF', date: '2024-10-08' },
        { type: 'visit', people: ['Mnangagwa'], host: 'ZAF', date: '2024-10-08' },
      ],
      why: '"hosted his … counterpart X … in Pretoria": hosting is travel wording (DESIGN)',
    },
    { text: 'South African President Cyril Ramaphosa hosted his cabinet at the Union Buildings in Pretoria on Tuesday.', published: '2024-10-12', want: [], why: 'his own cabinet, no guest' },
    { text: 'Japanese Emperor Naruhito received a courtesy call from Vietnamese Prime Minister Pham Minh Chinh at the Imperial Palace on Thursday.', published: '2024-10-12', want: [{ type: 'meeting', people: ['Pham Minh Chinh', 'Naruhito'], host: 'JPN' }], why: 'a call received: the receiver hosts' },
  ],
  'status: a request or invitation refused in a later clause': [
    { text: 'Kyrgyz President Kurmanbek Bakiyev had asked to meet Russian President Dmitry Medvedev in Astana, but the Kremlin turned down the request.', published: '2008-05-23', want: [{ type: 'meeting', status: 'declined', people: ['Bakiyev', 'Medvedev'] }], why: 'a meeting asked for, refused' },
    { text: 'Japan invited Chinese Premier Li Qiang to visit Tokyo in May, but Beijing rejected the invitation.', published: '2024-03-14', want: [{ type: 'visit', status: 'declined', people: ['Li Qiang'], host: 'JPN' }], why: 'an invitation rejected' },
    { text: 'Kyrgyz President Kurmanbek Bakiyev had asked to meet Russian President Dmitry Medvedev in Astana, but the meeting was moved to Moscow.', published: '2008-05-23', want: [{ type: 'meeting', status: 'planned', people: ['Bakiyev', 'Medvedev'] }], why: 'a plan moved is no refusal' },
  ],
  'events/lexicon + status: a trip or an occasion skipped': [
    { text: 'Scholz to skip Kyiv trip amid row over arms\n\nGerman Chancellor Olaf Scholz told ZDF television on Tuesday that the row had to be settled first.', published: '2022-05-03', want: [{ type: 'visit', status: 'declined', people: ['Scholz'], host: 'UKR' }], why: 'a headline\'s trip skipped' },
    {
      text: 'Chinese President Xi Jinping will skip the G20 summit in New Delhi and send Premier Li Qiang instead, officials said.',
      published: '2023-09-05',
      want: [
        { type: 'visit', status: 'declined', people: ['Xi Jinping'], host: 'IND' },
        { type: 'visit', status: 'planned', people: ['Li Qiang'], host: 'IND' },
      ],
      why: 'a summit skipped is a journey declined; the one sent goes',
    },
    { text: 'Japanese Foreign Minister Yoko Kamikawa skipped a news conference and met Chinese Foreign Minister Wang Yi in Beijing on Monday.', published: '2023-09-05', want: [{ type: 'meeting', status: 'occurred', people: ['Kamikawa', 'Wang Yi'], date: '2023-09-04' }], why: 'skipping something else is no refusal of the meeting' },
    { text: 'Japanese Foreign Minister Yoko Kamikawa attended the summit in Johannesburg.', published: '2023-09-05', want: [], why: 'a summit attended is a venue, no visit (DESIGN)' },
  ],
  'resolve/entities: one who serves an organisation is its side, whatever nationality the text gives': [
    {
      text: "The new chairperson of the African Union Commission, Djibouti's Mahmoud Ali Youssouf, said he would travel to Port Sudan next month for talks with Sudan's army chief, General Abdel Fattah al-Burhan.",
      published: '2025-02-16',
      want: [
        { type: 'visit', status: 'planned', people: ['Youssouf'], host: 'SDN' },
        { type: 'meeting', status: 'planned', people: ['Youssouf', 'Burhan'], countries: ['AFR', 'SDN'] },
      ],
      why: 'the AU chair of the story\'s date, not Djibouti\'s foreign minister he was until February',
    },
    {
      text: "Djibouti's Mahmoud Ali Youssouf held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.",
      published: '2024-06-05',
      want: [{ type: 'meeting', people: ['Youssouf', 'Abiy'], countries: ['DJI', 'ETH'] }],
      why: 'in 2024 he was Djibouti\'s foreign minister',
    },
  ],
  'knowledge: surnames written with and without the "y" after a vowel': [
    { text: 'Medvedev met Nazarbaev in Astana on Thursday.', published: '2008-05-23', want: [{ type: 'meeting', people: ['Medvedev', 'Nazarbayev'], host: 'KAZ' }], why: '"Nazarbaev" is Nazarbayev, of Kazakhstan' },
    { text: 'Putin spoke by phone with Aliev on Monday.', published: '2008-05-23', want: [{ type: 'phone_call', people: ['Putin', 'Ilham Aliyev'] }], why: '"Aliev" is Aliyev, the one in office' },
  ],
  'knowledge: the Holy See\'s Pope is a head of state': [
    { text: 'Pope Francis met Argentine President Javier Milei at the Vatican on Monday.', published: '2024-02-14', want: [{ type: 'meeting', people: ['Francis', 'Milei'], host: 'VAT', date: '2024-02-12' }], why: 'an audience at the Vatican' },
    { text: 'Pope Francis arrived in Baghdad on Friday for the first papal visit to Iraq.', published: '2021-03-07', want: [{ type: 'visit', people: ['Francis'], host: 'IRQ', date: '2021-03-05' }], why: 'a papal journey is a state visit' },
    { text: 'Coptic Pope Tawadros II met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday.', published: '2024-02-14', want: [], why: 'a church\'s pope heads no state' },
  ],
  'events/lexicon: a joint press conference': [
    {
      text: 'When Greek Foreign Minister Nikos Dendias visited Ankara in April 2021, his joint press conference with Turkish Foreign Minister Mevlut Cavusoglu turned into a shouting match.',
      published: '2023-01-23',
      want: [{ type: 'meeting', people: ['Dendias', 'Cavusoglu'], host: 'TUR', date: '2021-04' }],
      why: 'a joint press conference with someone: the two stood together',
    },
    { text: 'German Chancellor Olaf Scholz told a joint news conference with French President Emmanuel Macron in Paris on Monday that Europe must act.', published: '2023-01-23', want: [{ type: 'meeting', people: ['Scholz', 'Macron'], host: 'FRA', date: '2023-01-23' }], why: 'the one who told the conference stood at it' },
    { text: 'The ministry will hold a joint press conference with the police on Monday.', published: '2023-01-23', want: [], why: 'no official of a state' },
  ],
  'events/lexicon: sat down with, a stop over, a cable': [
    { text: 'Russian President Vladimir Putin congratulated Iranian President Masoud Pezeshkian on his election in a telegram on Saturday.', published: '2024-07-08', want: [{ type: 'message', people: ['Putin', 'Pezeshkian'], date: '2024-07-06' }], why: '"in a telegram"' },
    { text: 'Congolese President Joseph Kabila sat down with Rwandan President Paul Kagame in Goma on Thursday.', published: '2009-08-07', want: [{ type: 'meeting', people: ['Kabila', 'Kagame'], host: 'COD', date: '2009-08-06' }], why: '"sat down with": talks in person' },
    { text: 'Venezuelan President Hugo Chavez will stop over in Madrid on his way to Moscow next week.', published: '2009-08-07', want: [{ type: 'visit', status: 'planned', people: ['Chavez'], host: 'ESP' }], why: '"stop over in" a city' },
    { text: "Kuwait's Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah sent a cable to Indonesian President Susilo Bambang Yudhoyono on Monday expressing condolences.", published: '2009-08-07', want: [{ type: 'message', people: ['Sabah', 'Yudhoyono'], date: '2009-08-03' }], why: 'a cable sent is a message' },
    { text: 'The cable network said the interview with U.S. President Barack Obama would air on Sunday.', published: '2009-08-07', want: [], why: 'a cable network sends nothing' },
  ],
  'events/lexicon: an invitation to attend, declined': [
    { text: 'Brazilian President Luiz Inacio Lula da Silva declined an invitation to attend the ceremony in Moscow.', published: '2025-04-20', want: [{ type: 'visit', status: 'declined', people: ['Lula'], host: 'RUS' }], why: 'the invitation refused is to attend an occasion in a place' },
    { text: 'Indonesian President Prabowo Subianto turned down an invitation to attend the Victory Day parade in Moscow on May 9.', published: '2025-04-20', want: [{ type: 'visit', status: 'declined', people: ['Prabowo'], host: 'RUS', date: '2025-05-09' }], why: '"turned down" an invitation' },
    { text: 'Brazilian President Luiz Inacio Lula da Silva received an invitation to attend the ceremony in Moscow.', published: '2025-04-20', want: [], why: 'an invitation received is no refusal (nor yet a plan)' },
  ],
  'events/speakers: one who "became" the first to act did it; one who became president dates something else': [
    {
      text: 'Australian Prime Minister Anthony Albanese became the first Australian leader in seven years to visit China when he landed in Shanghai on Saturday.',
      published: '2025-03-14',
      want: [{ type: 'visit', people: ['Albanese'], host: 'CHN', date: '2025-03-08' }],
      visits: 1,
      why: 'a superlative of an act, the act past the qualifier window',
    },
    { text: 'Kenyan President William Ruto became the only African head of state to visit Havana this year.', published: '2025-07-01', want: [{ type: 'visit', people: ['Ruto'], host: 'CUB' }], why: '"the only … to visit"' },
    {
      text: 'Since Anthony Albanese became prime minister, Chinese Premier Li Qiang has visited Australia.',
      published: '2025-03-14',
      want: [{ type: 'visit', people: ['Li Qiang'], host: 'AUS' }],
      never: [['Albanese']],
      why: 'one who took office only dates the visit',
    },
  ],
  'events/parties: "he and X met"': [
    {
      text: 'Former Chilean President Michelle Bachelet was in office twice. In 2015 she and Argentine President Cristina Fernandez de Kirchner met in Santiago.',
      published: '2024-06-04',
      want: [{ type: 'meeting', people: ['Bachelet', 'Kirchner'], date: '2015' }],
      why: 'a pronoun joined to a name is a side',
    },
    {
      text: 'Indian Prime Minister Narendra Modi spoke at the summit. He and his delegation then met Indian business leaders in Tokyo.',
      published: '2024-06-04',
      want: [],
      why: 'a pronoun joined to no one named: no counterpart',
    },
  ],
  'events/date-for: a journey\'s "where" clause and its participles': [
    {
      text: 'Russian President Vladimir Putin flew to Astana on Tuesday, where he held talks with Kazakh President Kassym-Jomart Tokayev.',
      published: '2024-06-06',
      want: [{ type: 'meeting', people: ['Putin', 'Tokayev'], date: '2024-06-04', host: 'KAZ' }],
      why: 'the where clause on the journey\'s day',
    },
    {
      text: 'Russian President Vladimir Putin flew to Astana on Tuesday, where he will hold talks with Kazakh President Kassym-Jomart Tokayev on Wednesday.',
      published: '2024-06-03',
      want: [{ type: 'meeting', status: 'planned', people: ['Putin', 'Tokayev'], date: '2024-06-05' }],
      why: 'a where clause with a day of its own keeps it',
    },
    {
      text: 'Russian President Vladimir Putin flew to Astana on Tuesday before travelling on to Bishkek for talks with Kyrgyz President Sadyr Japarov.',
      published: '2024-06-06',
      want: [{ type: 'meeting', status: 'occurred', people: ['Putin', 'Japarov'] }],
      why: 'a participle hung on a past journey is past',
    },
    {
      text: 'Russian President Vladimir Putin flew to Astana on Tuesday, where he held talks with Kazakh President Kassym-Jomart Tokayev, before travelling on to Bishkek for talks with Kyrgyz President Sadyr Japarov the same evening.',
      published: '2024-06-07',
      want: [
        { type: 'visit', people: ['Putin'], date: '2024-06-04', host: 'KGZ' },
        { type: 'meeting', people: ['Putin', 'Japarov'], date: '2024-06-04', host: 'KGZ' },
      ],
      why: 'the leg a meeting "the same evening" is for takes its day (refine/relative-dates)',
    },
    {
      text: 'Russian President Vladimir Putin flew to Astana on Tuesday, where he held talks with Kazakh President Kassym-Jomart Tokayev, before travelling on to Bishkek on Thursday for talks with Kyrgyz President Sadyr Japarov the next day.',
      published: '2024-06-08',
      want: [{ type: 'visit', people: ['Putin'], date: '2024-06-06', host: 'KGZ' }],
      why: 'a leg with its own day keeps it',
    },
    {
      text: 'Russian President Vladimir Putin arrives in Astana for talks with Kazakh President Kassym-Jomart Tokayev.',
      published: '2024-06-06',
      want: [{ type: 'meeting', status: 'planned', people: ['Putin', 'Tokayev'] }],
      why: 'what a present journey is for lies ahead',
    },
  ],
  'events/date-for + refine/default-dates: one telling, one date': [
    {
      // The opening of the blind article mexico-governors-business.txt (our own text).
      text: "Calderón rallies governors on security as Monterrey business summit opens\n\nBy Laura Méndez | The Mexico Post | March 15, 2012\n\nMEXICO CITY — President Felipe Calderón met on Tuesday with the governors of eleven states at Los Pinos to review the federal security strategy, three months before Mexicans go to the polls to choose his successor. Interior Secretary Alejandro Poiré, who attended the session, said the governors had agreed to speed up the vetting of state police officers.\n\nCalderón also held talks with the leaders of the three largest parties on a reform of the public security law. PRI chairman Pedro Joaquín Coldwell, who arrived late, said afterwards that his party would \"not sign a blank cheque\" but was willing to keep talking.\n\nOn Wednesday the president turned to foreign policy, receiving Guatemalan President Otto Pérez Molina at the National Palace on his first visit to Mexico since taking office in January. The two leaders held talks on border security and migration, and signed an agreement on the exchange of criminal records. Pérez Molina, a retired general, called for a regional approach to drug trafficking and said Central America could not \"fight the cartels alone\".\n",
      published: '2012-03-15',
      want: [{ type: 'visit', people: ['Pérez Molina'], date: '2012-03-14', host: 'MEX' }],
      visits: 1,
      why: 'a visit the guest was received on shares the reception\'s day',
    },
    {
      text: 'On Tuesday the king turned to foreign affairs, receiving Ghanaian President John Mahama at the palace on his first visit to Morocco since taking office in January.',
      published: '2025-06-05',
      want: [{ type: 'visit', people: ['Mahama'], date: '2025-06-03', host: 'MAR' }],
      why: 'the same, in a short story',
    },
    {
      // The opening of the blind article seoul-moon-party-leaders.txt (our own text).
      text: "Moon meets party leaders, sets date for first summit with Trump\n\nThe Seoul Standard | Politics | 2017-06-02 16:40 KST\n\nPresident Moon Jae-in met the leaders of four parties at Cheong Wa Dae on Thursday, seeking support for an extra budget to create public sector jobs, three weeks after taking office.\n\nThe lunch meeting with the chairs of the Democratic Party, the People's Party, the Bareun Party and the Justice Party lasted more than two hours, the presidential office said. The main opposition Liberty Korea Party boycotted the meeting, and its acting leader Chung Woo-taik called it \"a photo opportunity\".\n\nMoon will visit Washington from June 28 to 30 for his first summit with U.S. President Donald Trump, Cheong Wa Dae spokesman Park Soo-hyun announced after the lunch. The two leaders are scheduled to hold talks at the White House on June 29, with North Korea's nuclear programme and the deployment of the THAAD missile defence system expected to dominate the agenda.\n\nThe two leaders have already spoken by telephone. Trump called Moon on May 10, the day he was sworn in, and invited him to Washington; Moon spoke by phone with Japanese Prime Minister Shinzo Abe the following day. Both calls lasted about 30 minutes, according to the presidential office.\n",
      published: '2017-06-02',
      want: [
        { type: 'phone_call', people: ['Moon Jae-in', 'Trump'], date: '2017-05-10' },
        { type: 'phone_call', people: ['Moon Jae-in', 'Abe'], date: '2017-05-11' },
      ],
      calls: 2,
      why: 'calls summed up ("have already spoken by telephone") before they are told are those calls',
    },
  ],
  'events/candidates + refine: a journey to a region is no country\'s visit': [
    {
      text: "Oil prices fell on Thursday as traders shrugged off Indian Prime Minister Narendra Modi's lightning visit to the Gulf. Modi flew to Abu Dhabi on Wednesday, where he held talks with UAE President Mohamed bin Zayed.",
      published: '2024-06-06',
      want: [
        { type: 'visit', people: ['Modi'], date: '2024-06-05', host: 'ARE' },
        { type: 'meeting', people: ['Modi', 'Mohamed bin Zayed'], date: '2024-06-05', host: 'ARE' },
      ],
      visits: 1,
      why: 'a visit to the Gulf dated by another verb gives the stop neither its day nor a second visit',
    },
    {
      text: "Indian Prime Minister Narendra Modi's Gulf tour ended on Friday. Modi flew to Abu Dhabi on Wednesday.",
      published: '2024-06-07',
      want: [{ type: 'visit', people: ['Modi'], date: '2024-06-05', host: 'ARE' }],
      visits: 1,
      why: 'the tour does not take the stop\'s country, nor give it its day',
    },
  ],
  'mentions/dates: holidays of a fixed day': [
    { text: 'Indian Prime Minister Narendra Modi made a surprise stopover in Lahore on Christmas Day 2015 and held talks with Pakistani Prime Minister Nawaz Sharif.', published: '2019-03-25', want: [{ type: 'meeting', people: ['Modi', 'Nawaz Sharif'], date: '2015-12-25' }], why: 'Christmas Day with its year' },
  ],
  // Session 9 (acc-blind11): rules the blind set of that session showed wanting.
  'events/speakers: a spokesman who confirms a plan is no side of it': [
    {
      text: 'Government spokesman Pavlos Marinakis confirmed on Thursday that Greek Prime Minister Kyriakos Mitsotakis will travel to Ankara on March 4 and hold talks with Turkish President Recep Tayyip Erdogan the same day.',
      published: '2026-02-20',
      want: [
        { type: 'visit', status: 'planned', people: ['Mitsotakis'], date: '2026-03-04', host: 'TUR' },
        { type: 'meeting', status: 'planned', people: ['Mitsotakis', 'Erdogan'], date: '2026-03-04' },
      ],
      never: [['Marinakis']],
      why: 'confirmed that …',
    },
    { text: 'Russian President Vladimir Putin confirmed on Tuesday that he will visit China in May.', published: '2026-02-20', want: [{ type: 'visit', status: 'planned', people: ['Putin'], host: 'CHN' }], why: 'one who confirms his own trip still makes it' },
  ],
  'events/lexicon: "travelled on to" is the next leg': [
    {
      text: 'Finnish Defence Minister Antti Häkkänen travelled on to Riga on Wednesday morning, where he met Latvian Prime Minister Evika Siliņa.',
      published: '2026-05-20',
      want: [
        { type: 'visit', people: ['Häkkänen'], date: '2026-05-20', host: 'LVA' },
        { type: 'meeting', people: ['Häkkänen', 'Siliņa'], date: '2026-05-20', host: 'LVA' },
      ],
      why: 'travelled on to',
    },
    { text: 'Sudanese army chief Abdel Fattah al-Burhan met Saudi Crown Prince Mohammed bin Salman in Riyadh on Wednesday. Al-Burhan is expected to travel on to Doha on Thursday.', published: '2026-11-12', want: [{ type: 'visit', status: 'planned', people: ['Burhan'], date: '2026-11-12', host: 'QAT' }], why: 'travel on to, planned' },
    { text: 'Finnish Defence Minister Antti Häkkänen said the talks would move on to air defence on Wednesday.', published: '2026-05-20', want: [], why: 'talks moving on to a topic travel nowhere' },
  ],
  'mentions/people: a short demonym as the knowledge writes it, and a courtesy after a counterpart\'s comma': [
    { text: 'Cambodian Foreign Minister Prak Sokhonn met Lao Prime Minister Sonexay Siphandone in Phnom Penh on Tuesday.', published: '2026-09-16', want: [{ type: 'meeting', people: ['Prak Sokhonn', 'Sonexay'], countries: ['KHM', 'LAO'], host: 'KHM' }], why: '"Lao" before a title' },
    { text: 'Cambodian Foreign Minister Prak Sokhonn met his Lao counterpart, H.E. Thongsavanh Phomvihane, in Phnom Penh on Tuesday.', published: '2026-09-16', want: [{ type: 'meeting', people: ['Prak Sokhonn', 'Thongsavanh Phomvihane'], countries: ['KHM', 'LAO'] }], why: 'H.E. opens no name' },
    { text: 'US envoy Steve Witkoff met UN Secretary-General Antonio Guterres in New York on Monday.', published: '2026-09-16', want: [{ type: 'meeting', people: ['Witkoff', 'Guterres'] }], never: [['Witkoff', 'Lao']], why: 'short capitals stay acronyms only' },
  ],
  'events/candidates: a body\'s session being prepared is no exchange of those who prepare it': [
    {
      text: 'Cambodian Foreign Minister Prak Sokhonn held a bilateral meeting yesterday evening with Lao Foreign Minister Thongsavanh Phomvihane. The two ministers reviewed the preparations for the 13th meeting of the Cambodia-Laos Joint Commission on Bilateral Cooperation, to be held in Vientiane next year.',
      published: '2026-09-16',
      want: [{ type: 'meeting', people: ['Prak Sokhonn', 'Thongsavanh'], date: '2026-09-15' }],
      why: 'the commission prepared; the meeting held stays occurred',
    },
    {
      text: 'Indian Foreign Minister S. Jaishankar travelled to Beijing on Monday to prepare the meeting between Prime Minister Narendra Modi and President Xi Jinping.',
      published: '2025-08-12',
      want: [{ type: 'visit', people: ['Jaishankar'], host: 'CHN' }],
      why: 'a meeting of people prepared is not dropped as a body\'s session',
    },
  ],
  'events/meeting-parts: what talks covered is their subject, not their venue': [
    {
      text: 'New Zealand Foreign Minister Winston Peters met Kiribati President Taneti Maamau in Tarawa on Wednesday. The talks covered budget support and the workers employed in New Zealand orchards.',
      published: '2026-08-14',
      want: [{ type: 'meeting', people: ['Peters', 'Maamau'], date: '2026-08-12', host: 'KIR' }],
      why: 'the talks covered … in New Zealand',
    },
    {
      text: 'New Zealand Foreign Minister Winston Peters met Kiribati President Taneti Maamau on Wednesday. The talks, held in Tarawa, covered budget support.',
      published: '2026-08-14',
      want: [{ type: 'meeting', people: ['Peters', 'Maamau'], host: 'KIR' }],
      why: 'a venue before what they covered still places them',
    },
  ],
  'mentions/people + meeting-parts: firms\' and unions\' names hold no state': [
    { text: 'Anglo American chief executive Duncan Wanblad visited Beijing this week for talks with Chinese steelmakers on iron ore contracts.', published: '2026-03-12', want: [], never: [['Wanblad']], why: 'a demonym in a firm\'s name before "chief executive"' },
    { text: 'Hong Kong Chief Executive John Lee visited Beijing on Monday and met Chinese Premier Li Qiang.', published: '2026-03-12', want: [{ type: 'meeting', people: ['John Lee', 'Li Qiang'] }], why: 'a chief executive of a place that has one' },
    { text: 'The Congress of South African Trade Unions held talks with Electricity Minister Kgosientsho Ramokgopa on Wednesday over job cuts.', published: '2026-03-12', want: [], why: 'a union named with a demonym' },
    { text: 'The Confederation of British Industry held talks with Indian Commerce Minister Piyush Goyal in London on Monday.', published: '2026-03-12', want: [], why: 'a lobby named with a demonym' },
    { text: 'The President of South Africa held talks with Indian Commerce Minister Piyush Goyal in Pretoria on Monday.', published: '2026-03-12', want: [{ type: 'meeting', people: ['Goyal'], countries: ['IND', 'ZAF'] }], why: 'an office "of" a country is still the state\'s' },
  ],
  'events/speakers: a party\'s spokesperson holds no office of state': [
    { text: "Labour's foreign affairs spokesperson Peeni Henare, who travelled to Tarawa last year with a group of MPs, criticised the cuts.", published: '2026-08-14', want: [], never: [['Henare']], why: "a party's spokesperson" },
    { text: 'Shadow foreign secretary Priti Patel travelled to Kyiv on Monday and met President Volodymyr Zelensky.', published: '2026-08-14', want: [], never: [['Patel']], why: 'a shadow minister' },
    { text: "Kenya's government spokesman Isaac Mwaura travelled to Kampala on Monday and met Ugandan President Yoweri Museveni.", published: '2026-08-14', want: [{ type: 'meeting', people: ['Mwaura', 'Museveni'] }], why: "a state's spokesman is not a party's" },
  ],
  'document: a sea or gulf named for a country is not in it': [
    {
      text: 'Nigerian Foreign Minister Yusuf Tuggar held talks with his Ghanaian counterpart Samuel Okudzeto Ablakwa on Monday on piracy in the Gulf of Guinea.',
      published: '2024-03-05',
      want: [{ type: 'meeting', people: ['Tuggar', 'Ablakwa'], date: '2024-03-04', host: null }],
      why: '"in the Gulf of Guinea" places no talks in Guinea',
    },
    {
      text: 'Chinese Foreign Minister Wang Yi held talks with Japanese Foreign Minister Takeshi Iwaya on Monday on tensions in the Sea of Japan.',
      published: '2025-03-11',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Iwaya'], host: null }],
      why: '"the Sea of Japan" is no place in Japan',
    },
    {
      text: 'Senegalese President Macky Sall paid a two-day visit to the Republic of Guinea on Monday.',
      published: '2024-03-05',
      want: [{ type: 'visit', people: ['Sall'], date: '2024-03-04', host: 'GIN' }],
      why: 'a state\'s formal name "of Guinea" is still the country',
    },
  ],
  'refine/relative-dates: an offset after a clause about the pair just told counts from their exchange': [
    {
      text: 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. The two leaders said the grain corridor could reopen, two days after Erdogan visited Kyiv.',
      published: '2023-09-05',
      want: [{ type: 'visit', people: ['Erdogan'], date: '2023-09-02', host: 'UKR' }],
      why: '"The two leaders said …, two days after X visited Y": the pair\'s day, less two',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. They said on Thursday the grain corridor could reopen, a day after Erdogan visited Kyiv.',
      published: '2023-09-08',
      want: [{ type: 'visit', people: ['Erdogan'], date: '2023-09-06', host: 'UKR' }],
      why: 'a day the main clause writes is its time, not the exchange told before',
    },
  ],
  'events/speakers: the subject of a "since" clause acts in it': [
    {
      text: 'Chinese Premier Li Qiang arrived in Canberra on Saturday, the first visit by a Chinese premier since Li Keqiang visited Australia in 2017.',
      published: '2024-06-17',
      want: [
        { type: 'visit', people: ['Li Qiang'], date: '2024-06-15', host: 'AUS' },
        { type: 'visit', people: ['Li Keqiang'], date: '2017', host: 'AUS' },
      ],
      never: [['Li Qiang', 'Li Keqiang']],
      visits: 2,
      why: '"since X visited Y in 2017" tells X\'s visit, not one more of the traveller before it',
    },
    {
      text: 'Chinese Premier Li Qiang arrived in Canberra on Saturday, the first visit by a Chinese premier since Li Keqiang took office in 2013.',
      published: '2024-06-17',
      want: [{ type: 'visit', people: ['Li Qiang'], date: '2024-06-15', host: 'AUS' }],
      visits: 1,
      why: '"since X took office" only bounds a period',
    },
  ],
  'events/parties + refine/default-dates: "during which he" is the journey\'s owner, on the journey': [
    {
      text: "Lee's trip returns Kishida's visit to Seoul in May, during which he met President Yoon Suk Yeol at the presidential office.",
      published: '2023-09-10',
      want: [
        { type: 'visit', people: ['Kishida'], date: '2023-05', host: 'KOR' },
        { type: 'meeting', people: ['Kishida', 'Yoon'], date: '2023-05', host: 'KOR' },
      ],
      never: [['Lee', 'Yoon']],
      why: 'the owner of the last journey noun, not the sentence\'s first name',
    },
    {
      text: "Kishida's trip to Seoul in May, during which he met President Yoon Suk Yeol, was the first by a Japanese leader in 12 years.",
      published: '2023-09-10',
      want: [{ type: 'meeting', people: ['Kishida', 'Yoon'], date: '2023-05', host: 'KOR' }],
      why: 'a relative clause of time inside the subject',
    },
  ],
  'events/lexicon: leaving for "the" country': [
    {
      text: 'South Korean President Yoon Suk Yeol will leave Seoul on Monday for the United Kingdom.',
      published: '2024-05-10',
      want: [{ type: 'visit', status: 'planned', people: ['Yoon'], date: '2024-05-13', host: 'GBR' }],
      why: '"leave Seoul on Monday for the United Kingdom"',
    },
    { text: 'South Korean President Yoon Suk Yeol will leave for the summit on Monday.', published: '2024-05-10', want: [], why: '"leave for the summit" names no country' },
  ],
  'refine/venues: one travelling with the leader meets on the leader\'s trip': [
    {
      text: 'Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. He laid a wreath. He toured an exhibition. He addressed the diaspora. Modi is to fly to Vienna on Wednesday before returning to New Delhi. External Affairs Minister S. Jaishankar, who is travelling with the prime minister, met Russian Foreign Minister Sergei Lavrov on Tuesday.',
      published: '2024-07-10',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Lavrov'], date: '2024-07-09', host: 'RUS' }],
      why: '"who is travelling with the prime minister", told paragraphs after the trip; a return still planned ends no stay',
    },
    {
      text: 'Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. He laid a wreath. He toured an exhibition. He addressed the diaspora. Modi is to fly to Vienna on Wednesday before returning to New Delhi. External Affairs Minister S. Jaishankar met Russian Foreign Minister Sergei Lavrov on Tuesday.',
      published: '2024-07-10',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Lavrov'], date: '2024-07-09', host: null }],
      why: 'a minister not said to travel with him, told far from the trip, is placed nowhere',
    },
    {
      text: 'Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. He laid a wreath. He returned to New Delhi on Tuesday. He addressed the diaspora. External Affairs Minister S. Jaishankar, who is travelling with the prime minister, met Russian Foreign Minister Sergei Lavrov on Wednesday.',
      published: '2024-07-11',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Lavrov'], date: '2024-07-10', host: null }],
      why: 'a return told as made ends the stay',
    },
  ],
  'events/clause + shared-subject + refine/default-dates: an opening participle phrase': [
    {
      text: "Before meeting Xi Jinping, Brazilian President Luiz Inacio Lula da Silva held talks on Friday morning with Premier Li Qiang and later met Zhao Leji, the chairman of the National People's Congress Standing Committee.",
      published: '2023-04-14',
      want: [
        { type: 'meeting', people: ['Lula', 'Xi Jinping'], date: '2023-04-14' },
        { type: 'meeting', people: ['Lula', 'Li Qiang'], date: '2023-04-14' },
        { type: 'meeting', people: ['Lula', 'Zhao Leji'], date: '2023-04-14' },
      ],
      never: [['Xi Jinping', 'Li Qiang'], ['Li Qiang', 'Zhao Leji']],
      why: 'the participle\'s object is its own side; the subject after the comma is shared; the day is the main clause\'s',
    },
    {
      text: 'After visiting Beijing, French President Emmanuel Macron met Spanish Prime Minister Pedro Sanchez in Madrid on Tuesday.',
      published: '2024-05-10',
      want: [
        { type: 'visit', people: ['Macron'], host: 'CHN' },
        { type: 'meeting', people: ['Macron', 'Sanchez'], date: '2024-05-07', host: 'ESP' },
      ],
      why: 'a journey before the comma is not given the main clause\'s day',
    },
    {
      text: 'Before meeting Indian Prime Minister Narendra Modi in New Delhi on March 4, 2025, Japanese Foreign Minister Takeshi Iwaya held talks with Indian Foreign Minister S. Jaishankar.',
      published: '2025-03-06',
      want: [
        { type: 'meeting', people: ['Modi', 'Iwaya'], date: '2025-03-04', host: 'IND' },
        { type: 'meeting', people: ['Iwaya', 'Jaishankar'] },
      ],
      never: [['Modi', 'Jaishankar']],
      why: 'the comma before a date\'s year does not close the phrase',
    },
    {
      text: 'After meeting on the sidelines of the G20 summit in Johannesburg in November 2025, Indian Prime Minister Narendra Modi and Canadian Prime Minister Mark Carney agreed to restore their envoys.',
      published: '2026-01-10',
      want: [{ type: 'meeting', people: ['Modi', 'Carney'], date: '2025-11', host: 'ZAF' }],
      why: 'a subject of two joined by "and" after the phrase is the participle\'s pair',
    },
  ],
  'text/dateline: a dateline with its country after the city': [
    {
      text: 'Lula receives Boric\nBRASILIA, Aug 5 (EFE).- Brazilian President Luiz Inacio Lula da Silva received his Chilean counterpart Gabriel Boric at the Planalto Palace on Monday.',
      published: '2023-08-05',
      want: [{ type: 'meeting', people: ['Lula', 'Boric'], date: '2023-07-31', host: 'BRA' }],
      why: 'a Spanish-language agency\'s ".-" closes the dateline: its date is the filing\'s, not the meeting\'s',
    },
    {
      text: 'Peru summit\nLIMA, Peru, Nov. 15 (Yonhap) -- Foreign Minister Cho Tae-yul met his Japanese counterpart Takeshi Iwaya on Thursday on the sidelines of the APEC ministerial meeting.',
      published: '2024-11-15',
      want: [{ type: 'meeting', people: ['Cho Tae-yul', 'Iwaya'], date: '2024-11-14', host: 'PER' }],
      why: '"LIMA, Peru, Nov. 15 (Yonhap) --" is filed from Lima: talks beside the gathering are there',
    },
    {
      text: 'Peru summit\nLIMA, Peru, Nov. 15 (Yonhap) -- Foreign Minister Cho Tae-yul spoke by phone with his Japanese counterpart Takeshi Iwaya on Thursday.',
      published: '2024-11-15',
      want: [{ type: 'phone_call', people: ['Cho Tae-yul', 'Iwaya'], date: '2024-11-14', host: null }],
      why: 'a call is placed nowhere, whatever the dateline',
    },
  ],
  'events/parties: the owner of a journey told after the trigger is no side of it': [
    {
      text: 'Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi on Thursday and discussed Xi Jinping\'s planned visit to South Korea.',
      published: '2024-11-15',
      want: [{ type: 'meeting', people: ['Cho Tae-yul', 'Wang Yi'], date: '2024-11-14' }],
      never: [['Cho Tae-yul', 'Xi Jinping']],
      why: '"discussed Xi\'s planned visit": Xi is the visit\'s',
    },
    {
      text: 'South Korean Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi and President Xi Jinping in Beijing on Thursday to prepare Xi\'s state visit to Seoul.',
      published: '2024-11-15',
      want: [{ type: 'meeting', people: ['Cho Tae-yul', 'Wang Yi', 'Xi Jinping'], date: '2024-11-14', host: 'CHN' }],
      why: 'one met by name stays a side, though a journey of his is told after',
    },
  ],
  'events/candidates + refine/default-dates: a sitting of the gathering the lead places': [
    {
      text: 'Leaders gathered for the SCO summit in Tianjin on Sunday. Modi said the talks were good. Trade was discussed. Tariffs were a concern. The rupee fell. Markets were calm. Oil rose. Gold fell. Exports slowed. Modi is scheduled to hold a bilateral meeting with Russian President Vladimir Putin on Monday after the SCO plenary session.',
      published: '2025-08-31',
      want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Putin'], date: '2025-09-01', host: 'CHN' }],
      why: '"after the SCO plenary session", far below the lead that places the summit',
    },
    {
      text: 'Leaders gathered for the SCO summit in Tianjin on Sunday. Modi said the talks were good. Trade was discussed. Tariffs were a concern. The rupee fell. Markets were calm. Oil rose. Gold fell. Exports slowed. Modi is scheduled to hold a bilateral meeting with Russian President Vladimir Putin on Monday.',
      published: '2025-08-31',
      want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Putin'], date: '2025-09-01', host: null }],
      why: 'a meeting that names no sitting of the gathering is not put at it',
    },
  ],
  'events/candidates: "the two foreign ministers" are the last pair of foreign ministers': [
    {
      text: 'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday. Indian Foreign Minister S. Jaishankar and Japanese Foreign Minister Yoko Kamikawa met on Monday. Modi and Kishida also discussed trade. The two foreign ministers had spoken by phone on February 20.',
      published: '2024-03-06',
      want: [{ type: 'phone_call', people: ['Jaishankar', 'Kamikawa'], date: '2024-02-20' }],
      never: [['Modi', 'Jaishankar', 'Kishida']],
      why: 'past the leaders told since',
    },
    {
      text: 'Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian met in Beijing on Thursday. The deal was announced after talks between Saudi national security adviser Musaed Al-Aiban and Ali Shamkhani. The two foreign ministers had spoken by telephone on March 23.',
      published: '2023-04-06',
      want: [{ type: 'phone_call', people: ['Faisal bin Farhan', 'Amir-Abdollahian'], date: '2023-03-23' }],
      never: [['Aiban', 'Shamkhani', 'Faisal bin Farhan'], ['Shamkhani', 'Faisal bin Farhan']],
      calls: 1,
      why: 'past the security advisers told since; a minister titled "Prince" too',
    },
    {
      text: 'Indian Foreign Minister S. Jaishankar met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Tuesday. The deal was announced after talks between Indian national security adviser Ajit Doval and Japanese National Security Secretariat chief Takeo Akiba. The two advisers had spoken by phone on February 20.',
      published: '2024-03-06',
      want: [{ type: 'phone_call', people: ['Doval', 'Akiba'], date: '2024-02-20' }],
      never: [['Jaishankar', 'Doval'], ['Kamikawa', 'Akiba']],
      calls: 1,
      why: '"the two advisers" are still the pair told last',
    },
  ],
  'events/candidates: a leader out of office when the story is told does not stand in for "the two presidents"': [
    {
      text: 'Panamanian President José Raúl Mulino arrived in Bogotá on Tuesday for talks with Colombian President Gustavo Petro. It was the first visit of a Panamanian president since 2018, when the then president Juan Carlos Varela attended an inauguration there. Varela held no talks on that occasion. The two presidents had already spoken by telephone on October 2.',
      published: '2025-10-15',
      want: [{ type: 'phone_call', people: ['Petro', 'Mulino'], date: '2025-10-02' }],
      never: [['Petro', 'Varela']],
      why: 'the past president last named is no side of the two in office',
    },
    {
      text: 'Colombian President Juan Manuel Santos met Panamanian Vice President Isabel Saint Malo in Bogotá on Monday. Panamanian President Juan Carlos Varela arrived in Bogotá on Tuesday. Varela was greeted at the airport by officials. The two leaders had already spoken by telephone on August 2.',
      published: '2018-08-08',
      want: [{ type: 'phone_call', people: ['Santos', 'Varela'], date: '2018-08-02' }],
      why: 'a leader in office, told since the last pair, still stands in for his country\'s side',
    },
  ],
  // acc-blind12 (archived 2005-2016 copies from Central Asia, the Gulf, Moldova): demonyms, Gulf names, datelines.
  'knowledge/countries: demonyms the libraries lack': [
    { text: 'Russian President Dmitry Medvedev arrived in the Kazakh capital on Thursday.', published: '2008-05-23', want: [{ type: 'visit', people: ['Medvedev'], host: 'KAZ', date: '2008-05-22' }], why: '"the Kazakh capital" is Kazakhstan' },
    { text: 'Uzbek President Islam Karimov telephoned Russian President Dmitry Medvedev on Thursday.', published: '2008-05-23', want: [{ type: 'phone_call', people: ['Karimov', 'Medvedev'], countries: ['UZB', 'RUS'] }], why: '"Uzbek" is Uzbekistan' },
    { text: 'Maldivian President Mohamed Nasheed met Sri Lankan President Mahinda Rajapaksa in Colombo on Monday.', published: '2009-06-02', want: [{ type: 'meeting', people: ['Nasheed', 'Rajapaksa'], countries: ['MDV', 'LKA'], host: 'LKA' }], why: '"Maldivian" is the Maldives' },
    { text: 'Kazakh singer Dimash Kudaibergen arrived in Moscow on Monday for a concert.', published: '2019-06-04', want: [], why: 'a demonym gives no office' },
  ],
  'mentions/people: Gulf names and courtesies': [
    {
      text: 'Bahraini King Hamad bin Isa Al-Khalifa received Kuwaiti Prime Minister Nasser Al-Mohammad Al-Ahmad Al-Sabah in Manama on Monday.',
      published: '2009-01-13',
      want: [{ type: 'meeting', people: ['Hamad bin Isa', 'Nasser Al-Mohammad Al-Ahmad Al-Sabah'], countries: ['BHR', 'KWT'], host: 'BHR' }],
      why: '"Al-" joined to a name is no second person, nor counts toward its length',
    },
    {
      text: 'Kuwaiti Prime Minister Nasser Al-Mohammad met Bahraini Prime Minister Sheikh Khalifa bin Salman Al-Khalifa in Manama on Monday.',
      published: '2009-01-13',
      want: [{ type: 'meeting', people: ['Nasser Al-Mohammad', 'Khalifa bin Salman'], countries: ['KWT', 'BHR'] }],
      never: [['Khalifa bin Zayed']],
      why: 'a "Sheikh" the knowledge does not write is no part of the name ("Sheikh Khalifa" alone is another man)',
    },
    {
      text: 'Kuwaiti Foreign Minister Sheikh Dr. Mohammad Sabah Al-Salem Al-Sabah held talks with Egyptian Foreign Minister Ahmed Aboul Gheit in Kuwait City on Sunday.',
      published: '2009-01-12',
      want: [{ type: 'meeting', people: ['Mohammad Sabah', 'Aboul Gheit'], host: 'KWT', date: '2009-01-11' }],
      why: '"Sheikh Dr." before the name',
    },
    {
      text: 'Bangladeshi Prime Minister Sheikh Hasina met Indian Prime Minister Manmohan Singh in New Delhi on Monday.',
      published: '2010-01-12',
      want: [{ type: 'meeting', people: ['Sheikh Hasina', 'Manmohan Singh'], host: 'IND' }],
      why: 'a name the knowledge knows with "Sheikh" keeps it',
    },
    {
      text: 'Kuwaiti Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received a phone call on Monday from the Amir of Qatar Sheikh Hamad bin Khalifa Al-Thani.',
      published: '2009-01-12',
      want: [{ type: 'phone_call', people: ['Sabah Al-Ahmad', 'Hamad bin Khalifa'], countries: ['KWT', 'QAT'], date: '2009-01-12' }],
      why: '"Amir" is the Gulf spelling of emir',
    },
    { text: 'British boxer Amir Khan met fans in Dubai on Monday.', published: '2012-01-10', want: [], why: 'Amir as a given name is no office' },
  ],
  'events/candidates: a message received from someone is theirs': [
    {
      text: 'Kuwaiti Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received on Monday a written message from Egyptian President Hosni Mubarak on the situation in Gaza.',
      published: '2009-01-12',
      want: [{ type: 'message', people: ['Mubarak', 'Sabah Al-Ahmad'], date: '2009-01-12' }],
      sender: 'Mubarak',
      why: 'received … from: the one after "from" sent it',
    },
    {
      text: 'Egyptian President Hosni Mubarak sent a written message on Monday to Kuwaiti Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah.',
      published: '2009-01-12',
      want: [{ type: 'message', people: ['Mubarak', 'Sabah Al-Ahmad'], date: '2009-01-12' }],
      sender: 'Mubarak',
      why: 'sent … to: the subject sent it',
    },
  ],
  'resolve/home-officers (from refine/dateline-officers, folded in): a titled side with no country is the dateline\'s': [
    {
      text: 'CHISINAU, April 22 (Interfax) - Ukrainian President Viktor Yushchenko held talks with Prime Minister Vasile Tarlev on Friday.',
      published: '2005-04-22',
      want: [{ type: 'meeting', people: ['Yushchenko', 'Tarlev'], countries: ['UKR', 'MDA'], date: '2005-04-22' }],
      why: 'talks with a foreigner under a Chisinau dateline',
    },
    {
      text: 'KUWAIT, Jan 12 (KUNA) -- Prime Minister Sheikh Nasser Al-Mohammad Al-Ahmad Al-Sabah left the country on Monday for Manama on a two-day official visit to Bahrain.',
      published: '2009-01-12',
      want: [{ type: 'visit', people: ['Nasser Al-Mohammad'], countries: ['KWT'], host: 'BHR', date: '2009-01-12' }],
      why: 'a trip abroad from the dateline\'s country',
    },
    { text: 'MONTEVIDEO, June 27 - Vice President Lucia Ferreyra received a delegation of Paraguayan senators at the Legislative Palace on Thursday.', published: '2026-06-27', want: [], why: 'no named foreigner: no exchange' },
    {
      text: 'BEIJING, May 3 (AP) - Chinese President Hu Jintao met visiting Prime Minister Anton Varga on Monday.',
      published: '2010-05-04',
      want: [{ type: 'meeting', people: ['Hu Jintao', 'Varga'], host: 'CHN' }],
      notOf: [['Varga', 'CHN']],
      why: 'a visiting guest is not the dateline\'s officer',
    },
  ],
  'events/shared-subject: a pronoun after a time phrase is the subject': [
    {
      text: 'Russian President Dmitry Medvedev arrived in Astana on Thursday. On Friday morning he met Kazakh Prime Minister Karim Masimov before flying to Beijing.',
      published: '2008-05-24',
      want: [{ type: 'visit', people: ['Medvedev'], host: 'CHN' }, { type: 'meeting', people: ['Medvedev', 'Masimov'], host: 'KAZ' }],
      noTrip: ['Masimov'],
      why: '"On Friday morning he met X before flying": he flies',
    },
    {
      text: 'Russian President Dmitry Medvedev arrived in Astana on Thursday. Kazakh Prime Minister Karim Masimov met him before flying to Beijing.',
      published: '2008-05-24',
      want: [{ type: 'visit', people: ['Masimov'], host: 'CHN' }],
      why: 'a named subject flies',
    },
  ],
  'refine/default-dates: a recalled last time dates nothing after it': [
    {
      text: 'Egyptian President Hosni Mubarak held talks with French President Nicolas Sarkozy in Paris on Sunday. The two presidents last met in Cairo on 30 December. On the sidelines Mubarak also held talks with Israeli Prime Minister Ehud Olmert.',
      published: '2008-07-15',
      want: [{ type: 'meeting', people: ['Mubarak', 'Olmert'], date: '2008-07' }, { type: 'meeting', people: ['Mubarak', 'Sarkozy'], date: '2007-12-30', host: 'EGY' }],
      never: [['Sarkozy', 'Olmert']],
      why: 'talks told after "last met … on 30 December" are not of 30 December',
    },
    {
      text: 'Egyptian President Hosni Mubarak held talks with French President Nicolas Sarkozy in Paris on Sunday. They met again on Monday morning. Mubarak also held talks with Israeli Prime Minister Ehud Olmert.',
      published: '2008-07-15',
      want: [{ type: 'meeting', people: ['Mubarak', 'Olmert'], date: '2008-07-14' }],
      why: 'a day told just before, not recalled, still dates the next talks',
    },
  ],
  'refine/default-dates: a dated line under the headline is the page\'s issue': [
    {
      text: 'A handshake in Paris\n\nCairo Weekly Online, 17 - 23 July 2008\n\nPRESIDENT Hosni Mubarak arrived in Paris on Saturday for the summit. Later Mubarak and Syrian President Bashar al-Assad shook hands in front of the cameras but held no talks.',
      published: '2008-07-17',
      want: [{ type: 'handshake', people: ['Mubarak', 'Assad'], date: '2008-07' }],
      why: 'the body after the issue line is not a list that ends the story',
    },
  ],
  'events/parties: "the two leaders" are two': [
    {
      text: 'Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Olmert in Paris on Sunday. His encounter with Syrian President Bashar al-Assad was briefer: the two leaders shook hands in front of the cameras.',
      published: '2008-07-14',
      want: [{ type: 'handshake', people: ['Mubarak', 'Assad'] }, { type: 'meeting', people: ['Mubarak', 'Olmert'] }],
      never: [['Olmert', 'Assad']],
      why: 'one named before the verb and the previous subject',
    },
    {
      text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Wednesday. The two leaders held a video call with Ukrainian President Volodymyr Zelensky on Monday.',
      published: '2024-06-06',
      want: [{ type: 'video_call', people: ['Scholz', 'Macron', 'Zelensky'] }],
      why: 'one named after the verb is a third side',
    },
  ],
  'events/meeting-parts: "the Ukrainian leader" is the one named before': [
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Friday and held talks with Moldovan President Vladimir Voronin. The Ukrainian leader also met Moldovan Prime Minister Vasile Tarlev.',
      published: '2005-04-22',
      want: [{ type: 'meeting', people: ['Yushchenko', 'Tarlev'], host: 'MDA' }],
      why: 'the head of that country named just before',
    },
    {
      text: 'Ukrainian President Viktor Yushchenko and Prime Minister Yulia Tymoshenko arrived in Chisinau on Friday. The Ukrainian leader also met Moldovan Prime Minister Vasile Tarlev.',
      published: '2005-04-22',
      want: [{ type: 'visit', people: ['Yushchenko'], host: 'MDA' }],
      never: [['Tymoshenko', 'Tarlev'], ['Yushchenko', 'Tarlev']],
      why: 'two leaders of that country named before: no telling which',
    },
  ],
  'refine/travelling-party: one who accompanied the traveller is of the traveller\'s country': [
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Friday. Foreign Minister Borys Tarasyuk, who accompanied the president, held talks with his Moldovan counterpart Andrei Stratan.',
      published: '2005-04-22',
      want: [{ type: 'meeting', people: ['Tarasyuk', 'Stratan'], countries: ['UKR', 'MDA'], host: 'MDA' }],
      why: '"who accompanied the president"',
    },
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Friday. Foreign Minister Borys Tarasyuk, who stayed in Kyiv, held talks with his Moldovan counterpart Andrei Stratan by phone.',
      published: '2005-04-22',
      want: [{ type: 'phone_call', people: ['Tarasyuk', 'Stratan'] }],
      notOf: [['Tarasyuk', 'MDA']],
      why: 'one not said to travel with the leader keeps no country',
    },
    {
      text: 'Indonesian President Susilo Bambang Yudhoyono arrived in Kuala Lumpur on Thursday for a three-day visit. Manpower Minister Erman Suparno, who is in the entourage, will meet his Malaysian counterpart Abdul Rahman Bakar on Saturday.',
      published: '2008-01-11',
      want: [{ type: 'meeting', status: 'planned', people: ['Erman Suparno', 'Abdul Rahman Bakar'], countries: ['IDN', 'MYS'], host: 'MYS', date: '2008-01-12' }],
      why: '"who is in the entourage": of the traveller\'s country, meeting where the trip is',
    },
  ],
  'events/status: a weekday opening the clause of a present-tense journey': [
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Friday. On Monday he leaves for Vilnius.',
      published: '2005-04-22',
      want: [{ type: 'visit', status: 'planned', people: ['Yushchenko'], host: 'LTU', date: '2005-04-25' }],
      why: '"On Monday he leaves for": a schedule',
    },
    {
      text: 'Russian Foreign Minister Sergei Lavrov arrived in Tokyo on Friday. On Monday Lavrov visited Seoul.',
      published: '2005-04-22',
      want: [{ type: 'visit', people: ['Lavrov'], host: 'KOR', date: '2005-04-18' }],
      why: 'a past tense after the weekday is a trip made',
    },
  ],
  'events/lexicon: crossing into a country; "as host" is a role': [
    {
      text: 'Rwandan President Paul Kagame crossed into the eastern Congolese city of Goma on Thursday for talks with Congolese President Joseph Kabila.',
      published: '2009-08-06',
      want: [{ type: 'visit', people: ['Kagame'], host: 'COD', date: '2009-08-06' }, { type: 'meeting', people: ['Kagame', 'Kabila'], host: 'COD' }],
      why: '"crossed into" a city is a journey there',
    },
    { text: 'Rwandan troops crossed into Congo on Thursday, officials said.', published: '2009-01-22', want: [], why: 'troops crossing are no official' },
    {
      text: 'Congolese President Joseph Kabila and Rwandan President Paul Kagame last met in Nairobi in November 2008 at a regional summit, with Kenyan President Mwai Kibaki as host.',
      published: '2009-08-06',
      want: [{ type: 'meeting', people: ['Kabila', 'Kagame'], date: '2008-11', host: 'KEN' }],
      never: [['Kibaki', 'Kabila', 'Kagame', 'Obasanjo']],
      visits: 0,
      why: '"as host" names a role, no second exchange',
    },
  ],
  'events/exclusions: an invitation accepted in the next clause is a plan': [
    {
      text: 'Rwandan President Paul Kagame met Congolese President Joseph Kabila in Goma on Thursday. Kagame invited Kabila to pay a visit to Rwanda, and the Congolese leader accepted in principle.',
      published: '2009-08-06',
      want: [{ type: 'visit', status: 'planned', people: ['Kabila'], host: 'RWA' }],
      why: '", and … accepted"',
    },
    {
      text: 'Rwandan President Paul Kagame met Congolese President Joseph Kabila in Goma on Thursday. Kagame invited Kabila to pay a visit to Rwanda, and the two agreed to exchange ambassadors.',
      published: '2009-08-06',
      want: [{ type: 'meeting', people: ['Kagame', 'Kabila'] }],
      noTrip: ['Kabila'],
      why: 'an invitation nobody accepted stays an offer',
    },
  ],
  'mentions and events: a title run into a name, a consultation held, the same summit': [
    {
      text: 'Indonesian President Susilo Bambang Yudhoyono arrived in Kuala Lumpur on Thursday and was received by the Yang di-Pertuan Agong Sultan Mizan Zainal Abidin at the palace.',
      published: '2008-01-11',
      want: [{ type: 'meeting', people: ['Yudhoyono', 'Mizan'], host: 'MYS' }],
      never: [['Yudhoyono', 'Yang']],
      why: 'a title run straight into a titled name is that person\'s, not the president named before',
    },
    {
      text: 'Indonesian President Susilo Bambang Yudhoyono and Malaysian Prime Minister Abdullah Ahmad Badawi agreed on Friday to protect migrant workers as the two leaders held their annual consultation in Putrajaya.',
      published: '2008-01-12',
      want: [{ type: 'meeting', people: ['Yudhoyono', 'Abdullah Ahmad Badawi'], host: 'MYS', date: '2008-01-11' }],
      why: '"held their annual consultation"',
    },
    { text: 'The Indonesian health ministry held a public consultation on tobacco rules in Jakarta on Friday.', published: '2008-01-12', want: [], why: 'a ministry\'s public consultation names no sides' },
    {
      text: 'Indonesian President Susilo Bambang Yudhoyono met Malaysian Prime Minister Abdullah Ahmad Badawi at the ASEAN summit in Singapore on November 20. In a letter to Yudhoyono last month, Abdullah promised action. At the same summit Yudhoyono shook hands with Myanmar Prime Minister Thein Sein.',
      published: '2008-01-12',
      want: [{ type: 'handshake', people: ['Yudhoyono', 'Thein Sein'], host: 'SGP', date: '2007-11' }],
      why: '"At the same summit": the summit told before, not the letter\'s month',
    },
  ],
  'knowledge/load: a continent is no town': [
    { text: 'Venezuelan President Hugo Chavez heads to Asia on Friday for a week of talks.', published: '2006-08-15', want: [], why: '"Asia" is no town in the Philippines' },
    {
      text: 'Venezuelan President Hugo Chavez heads to Asia on Friday and flies to Kuala Lumpur on Saturday.',
      published: '2006-08-15',
      want: [{ type: 'visit', status: 'planned', people: ['Chavez'], host: 'MYS' }],
      never: [['Arroyo']],
      why: 'a city of the continent named after it still is one',
    },
  ],
  'events/status: a delay before "as X heads" is the other trip\'s': [
    {
      text: 'The trip of Jamaican Prime Minister Portia Simpson Miller was put off as Venezuelan President Hugo Chavez heads to China on Friday.',
      published: '2006-08-15',
      want: [{ type: 'visit', status: 'planned', people: ['Chavez'], host: 'CHN', date: '2006-08-18' }],
      why: '"as" before a new named subject opens its own clause',
    },
    {
      text: 'Venezuelan President Hugo Chavez put off his trip to China as violence flared in Caracas.',
      published: '2006-08-15',
      want: [{ type: 'visit', status: 'postponed', people: ['Chavez'], host: 'CHN' }],
      why: 'the delay of the trip it names',
    },
  ],
  'mentions/people: a full name after a country\'s possessive is a person of that country, in a story of offices': [
    {
      text: "Latvian Defence Minister Andris Kalnins hosted Poland's Tomasz Wrona, Lithuania's Jonas Petraitis and Finland's Mikko Salonen in Riga on Tuesday.",
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Kalnins', 'Wrona', 'Petraitis', 'Salonen'], countries: ['POL', 'LTU', 'FIN'], host: 'LVA' }],
      why: 'guests named "Country\'s Name" with no title',
    },
    {
      text: "Interior ministers of the Sahel met in Niamey on Monday. Mali's Colonel Sadio Keita held talks with Niger's General Moussa Dandi.",
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Sadio Keita', 'Moussa Dandi'], countries: ['MLI', 'NER'] }],
      why: 'a rank between the possessive and the name, the office in the sentence before',
    },
    { text: "Serbia's Novak Djokovic met Spain's Carlos Alcaraz in Paris on Sunday.", published: '2026-05-20', want: [], never: [['Djokovic']], why: 'players in a story of no office' },
    { text: "Australia's Lowy Institute hosted Indonesia's Dino Patti Djalal in Sydney on Monday.", published: '2026-05-20', want: [], never: [['Djalal']], why: 'a think tank\'s guest with no office told' },
    { text: "Japan's Liberal Democratic Party held talks with China's Communist Party in Beijing on Monday, the foreign minister said.", published: '2026-05-20', want: [], why: 'parties' },
    { text: "South Korea's Samsung Electronics held talks with Japan's Tokyo Electron in Seoul on Monday, the trade minister said.", published: '2026-05-20', want: [], why: 'firms' },
  ],
  'refine/split + merge: a host\'s guests of three countries listed together are one gathering': [
    {
      text: "Czech Foreign Minister Tomas Novak hosted Poland's Radosław Sikorski, Hungary's Péter Szijjártó and Slovakia's Juraj Blanár at Czernin Palace on Monday. On the margins, Novak held a bilateral meeting with Sikorski.",
      published: '2026-05-20',
      want: [
        { type: 'meeting', people: ['Novak', 'Sikorski', 'Szijjártó', 'Blanár'], date: '2026-05-18', host: 'CZE' },
        { type: 'meeting', people: ['Novak', 'Sikorski'], host: 'CZE' },
      ],
      meetings: 2,
      why: 'one gathering, and the bilateral on its margins apart',
    },
    {
      text: 'Indian Prime Minister Narendra Modi hosted US President Joe Biden and Japanese Prime Minister Fumio Kishida in New Delhi on Saturday.',
      published: '2023-09-10',
      want: [{ type: 'meeting', people: ['Modi', 'Biden'] }, { type: 'meeting', people: ['Modi', 'Kishida'] }],
      meetings: 2,
      why: 'two guests are met one by one',
    },
    {
      text: "Minister of Defence Karl Tamm hosted Poland's Tomasz Wrona, Latvia's Andris Ozols and Finland's Mikko Salonen on Tuesday. Salonen travelled on to Riga on Wednesday, where he met Ozols and Latvian Prime Minister Evika Siliņa.",
      published: '2026-05-20',
      want: [
        { type: 'meeting', people: ['Salonen', 'Siliņa'], date: '2026-05-20', host: 'LVA' },
        { type: 'visit', people: ['Salonen'], date: '2026-05-20', host: 'LVA' },
        // (The text names no country for the Stenbock House: not Latvia, at any rate.)
        { type: 'meeting', people: ['Tamm', 'Wrona', 'Salonen'], date: '2026-05-19', host: null },
      ],
      never: [['Siliņa', 'Tamm']],
      why: 'a guest\'s next leg, told after and begun the next day, hosts no gathering before it',
    },
  ],
  'document/titles + resolve/styled-names: a title or a court style alone names the one the story gave it to': [
    {
      text: 'Prince Nasser bin Hamad Al Mansour, Crown Prince and Prime Minister, received Kenyan President William Ruto in Riyadh on Wednesday. On Tuesday, the Crown Prince received a phone call from Egyptian President Abdel Fattah El-Sisi.',
      published: '2026-11-12',
      want: [{ type: 'phone_call', people: ['Nasser bin Hamad', 'Sisi'], date: '2026-11-10' }],
      why: '"the Crown Prince" after the title set off behind the name',
    },
    {
      text: 'Saudi Foreign Minister Prince Faisal bin Farhan received US Secretary of State Marco Rubio in Riyadh on Wednesday. On Tuesday, the Crown Prince received a phone call from Egyptian President Abdel Fattah El-Sisi.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Faisal bin Farhan', 'Rubio'] }],
      never: [['Faisal', 'Sisi']],
      why: 'a prince not given that title is not "the Crown Prince"',
    },
    {
      text: 'Samdech Moha Bovor Thipadei Hun Manet, Prime Minister of Cambodia, received Thai Prime Minister Anutin Charnvirakul in Phnom Penh on Wednesday. On Tuesday, Samdech Thipadei held a telephone conversation with Vietnamese Prime Minister Pham Minh Chinh.',
      published: '2026-11-12',
      want: [{ type: 'phone_call', people: ['Hun Manet', 'Minh Ch'], date: '2026-11-10' }],
      why: 'a short court style, its words all in one person\'s style',
    },
    {
      text: 'Samdech Akka Moha Sena Padei Techo Hun Sen, President of the Senate, received Thai Prime Minister Anutin Charnvirakul on Wednesday. Samdech Moha Bovor Thipadei Hun Manet received Vietnamese Prime Minister Pham Minh Chinh on Thursday. On Tuesday, Samdech Moha held a telephone conversation with Singaporean Prime Minister Lawrence Wong.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Hun Manet', 'Minh Ch'] }],
      never: [['Hun Sen', 'Wong'], ['Hun Manet', 'Wong']],
      why: 'a short style two people share names neither',
    },
  ],
  'events/date-for + parties: what a state agency\'s readout dates and pairs': [
    {
      text: 'Thai Prime Minister Anutin Charnvirakul held talks with Lao Prime Minister Sonexay Siphandone in Vientiane, and the two agreed to raise bilateral trade to US$10 billion by 2030.',
      published: '2026-09-16',
      want: [{ type: 'meeting', people: ['Anutin', 'Sonexay'], date: '2026-09', host: 'LAO' }],
      why: 'a deadline ahead dates no talks held',
    },
    {
      text: 'Thai Prime Minister Anutin Charnvirakul held talks with Lao Prime Minister Sonexay Siphandone in Vientiane in 2024.',
      published: '2026-09-16',
      want: [{ type: 'meeting', people: ['Anutin', 'Sonexay'], date: '2024', host: 'LAO' }],
      why: 'a past year still dates them',
    },
    {
      text: 'Earlier this week, on Monday evening, Singaporean Prime Minister Lawrence Wong held a telephone conversation with Thai Prime Minister Anutin Charnvirakul.',
      published: '2026-09-16',
      want: [{ type: 'phone_call', people: ['Wong', 'Anutin'], date: '2026-09-14' }],
      why: 'a day set off after "this week" narrows it',
    },
    {
      text: 'Next week, on Tuesday, Singaporean Prime Minister Lawrence Wong will meet Thai Prime Minister Anutin Charnvirakul in Bangkok.',
      published: '2026-09-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Wong', 'Anutin'], date: '2026-09-22', host: 'THA' }],
      why: 'next week\'s Tuesday stays next week\'s',
    },
    {
      text: 'Vietnamese Prime Minister Pham Minh Chinh arrived in Vientiane on Monday for an official visit. King Norodom Sihamoni received Pham Minh Chinh in Phnom Penh last month. Cambodian Prime Minister Hun Manet paid his first official visit to Laos in September 2023, and the two leaders last met in Kuala Lumpur in October 2025.',
      published: '2026-09-16',
      want: [{ type: 'meeting', people: ['Hun Manet', 'Minh Ch'], date: '2025-10', host: 'MYS' }],
      never: [['Sihamoni', 'Hun Manet']],
      why: '"the two leaders" after one of them is named: he stands for the leader of his country told before',
    },
    {
      text: 'Cambodian Prime Minister Hun Manet visited Laos in September 2023. Hun Manet will host a state banquet in honour of Lao Prime Minister Sonexay Siphandone this evening.',
      published: '2026-09-16',
      // (The text does not say where the banquet is; not in Laos, at any rate.)
      want: [
        { type: 'visit', people: ['Hun Manet'], date: '2023-09', host: 'LAO' },
        { type: 'meeting', status: 'planned', people: ['Hun Manet', 'Sonexay'], host: null },
      ],
      why: 'a trip long over hosts no banquet planned now',
    },
  ],
  'events/status: a plan told in a relative clause on the noun, then what befell it': [
    {
      text: 'A meeting of the G7 foreign ministers — Marco Rubio, Yvette Cooper and Jean-Noël Barrot — that had been scheduled for December 3 in Rome has been postponed to a date to be set later, the State Department said.',
      published: '2026-11-12',
      want: [{ type: 'meeting', status: 'postponed', people: ['Rubio', 'Cooper', 'Barrot'], date: '2026-12-03', host: 'ITA' }],
      why: 'had been scheduled … has been postponed',
    },
    {
      text: 'Talks between Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi that were planned for next week in Beijing have been cancelled, the ministry said.',
      published: '2026-11-12',
      want: [{ type: 'meeting', status: 'cancelled', people: ['Jaishankar', 'Wang Yi'], host: 'CHN' }],
      why: 'were planned … have been cancelled',
    },
    {
      text: 'A meeting between Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi that had been scheduled for October was held in Beijing on Monday.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2026-11-09', host: 'CHN' }],
      why: 'a plan that was held after all, on its own day',
    },
    {
      text: 'The meeting of Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi that had been scheduled for Monday went ahead in Beijing as planned.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], host: 'CHN' }],
      why: 'a plan that went ahead',
    },
    {
      text: 'Talks between Indian External Affairs Minister S. Jaishankar and Chinese Foreign Minister Wang Yi are planned for next week in Beijing.',
      published: '2026-11-12',
      want: [{ type: 'meeting', status: 'planned', people: ['Jaishankar', 'Wang Yi'], host: 'CHN' }],
      why: 'a plan with nothing befalling it stays a plan',
    },
  ],
  'resolve/home-officers: a home outlet\'s minister, titled with no country, is of the story\'s home': [
    {
      // (Honduras: a country whose foreign minister the knowledge lacks, so nothing says who holds the office.)
      text: 'TEGUCIGALPA, May 20 (Wire) - Foreign Minister Mario Ferreira held a working meeting with Paraguayan Foreign Minister Rubén Ramírez Lezcano in Asunción on Tuesday.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Ferreira', 'Ramírez Lezcano'], countries: ['HND', 'PRY'], host: 'PRY' }],
      why: 'the dateline\'s country',
    },
    {
      text: 'Defence ministers of the Nordic-Baltic Eight met in Tallinn on Tuesday, with Minister of Defence Karl Tamm telling his colleagues that the region could not wait. Tamm will visit Kyiv in June, the ministry said.',
      published: '2026-05-20',
      want: [{ type: 'visit', status: 'planned', people: ['Tamm'], countries: ['EST'], date: '2026-06', host: 'UKR' }],
      why: 'with no dateline, the place of the lead that names the minister',
    },
    {
      text: 'TALLINN, May 20 (Wire) - Foreign Minister Elina Virtanen arrived in Tallinn on Tuesday for talks on energy. Virtanen will travel on to Riga on Wednesday.',
      published: '2026-05-20',
      want: [],
      never: [['Virtanen']],
      why: 'one who arrives in the home country is a guest there',
    },
    {
      text: 'TALLINN, May 20 (Wire) - Finnish President Alexander Stubb held talks with Estonian President Alar Karis on Tuesday, accompanied by Foreign Minister Elina Virtanen. Virtanen will travel on to Riga on Wednesday.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Stubb', 'Karis'], host: 'EST' }],
      visits: 0,
      why: 'one accompanying a foreigner named before',
    },
    {
      text: 'WASHINGTON, May 20 (Wire) - Foreign Minister Ana Lopez met Secretary of State Marco Rubio at the State Department on Tuesday.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Lopez', 'Rubio'], host: 'USA' }],
      why: 'one who meets a named official of the home country is not of it',
    },
    {
      text: 'TALLINN, May 20 (Wire) - Foreign Minister Elina Virtanen met her Estonian counterpart on Tuesday.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Virtanen'], countries: ['EST'] }],
      why: 'one who meets a counterpart of the home country is not of it',
    },
  ],
  'refine/venues + fill-sides: a companion on the trip, and a sentence on other news': [
    {
      text: 'MONTEVIDEO, June 27 (Wire) - President Yamandú Orsi returned to Montevideo on Friday night after a three-day tour. The president landed in Asunción on Wednesday afternoon. "We share a river," Peña said. Foreign Minister Mario Ferreira, who accompanied the president, held a separate working meeting with the Paraguayan chancellor, Rubén Ramírez Lezcano, on Wednesday evening.',
      published: '2026-06-27',
      want: [{ type: 'meeting', people: ['Ferreira', 'Ramírez Lezcano'], date: '2026-06-24', host: 'PRY' }],
      why: 'the president\'s companion meets in the country of the trip, though the return is told first',
    },
    {
      text: 'MONTEVIDEO, June 27 (Wire) - Uruguay intends to relaunch talks with Canada, officials said. In Montevideo, meanwhile, Vice President Carolina Cosse received a delegation of Paraguayan senators on Thursday.',
      published: '2026-06-27',
      want: [],
      never: [['Cosse']],
      why: 'a sentence on other news names no side of the state\'s talks',
    },
  ],
  'mentions/people: an envoy\'s or adviser\'s remit between the title and the name': [
    {
      text: 'US Senior Adviser for Africa Massad Boulos arrived in Riyadh on Wednesday, where he met Vice Minister of Foreign Affairs Waleed Elkhereiji.',
      published: '2026-11-12',
      want: [{ type: 'visit', people: ['Boulos'], countries: ['USA'], date: '2026-11-11', host: 'SAU' }],
      why: 'a remit of a region, no comma',
    },
    {
      text: "China's special envoy for Pacific affairs, Qian Bo, visited Tarawa in June and met Kiribati President Taneti Maamau.",
      published: '2026-08-14',
      want: [
        { type: 'visit', people: ['Qian Bo'], countries: ['CHN'], date: '2026-06', host: 'KIR' },
        { type: 'meeting', people: ['Qian Bo', 'Maamau'], date: '2026-06', host: 'KIR' },
      ],
      why: 'a remit with a lower-case word, the name set off by commas',
    },
    {
      text: 'UN Special Envoy for the Horn of Africa Hanna Tetteh met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Tetteh', 'Abiy'], host: 'ETH' }],
      why: 'a remit of a region named with "of"',
    },
    {
      text: 'Kenyan President William Ruto met the UN envoy for Sudan in Nairobi on Monday.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Ruto'], countries: ['UNO'], host: 'KEN' }],
      why: 'a remit with no name after it leaves the envoy unnamed',
    },
    {
      text: 'Australian Minister for Trade and Tourism Don Farrell met Chinese Commerce Minister Wang Wentao in Beijing on Monday.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Don Farrell', 'Wang Wentao'], host: 'CHN' }],
      why: 'a minister\'s portfolio is no envoy\'s remit',
    },
  ],
  'events/lexicon: the stop a traveller came from, with a part of the day before it': [
    {
      text: 'US envoy Massad Boulos arrived in Riyadh on Wednesday afternoon from Abu Dhabi, where he met Emirati Foreign Minister Abdullah bin Zayed on Tuesday.',
      published: '2026-11-12',
      want: [
        { type: 'visit', people: ['Boulos'], date: '2026-11-11', host: 'SAU' },
        { type: 'visit', people: ['Boulos'], date: '2026-11', host: 'ARE' },
        { type: 'meeting', people: ['Boulos', 'Abdullah bin Zayed'], date: '2026-11-10', host: 'ARE' },
      ],
      why: '"on Wednesday afternoon from Abu Dhabi, where he met …"',
    },
    {
      text: 'US envoy Massad Boulos arrived in Riyadh on Wednesday afternoon from Abu Dhabi.',
      published: '2026-11-12',
      want: [{ type: 'visit', people: ['Boulos'], date: '2026-11-11', host: 'SAU' }],
      visits: 1,
      why: 'a place left with nothing told there is no stop',
    },
  ],
  'refine/split + merge: each of one country\'s counterparts met on a day of its own': [
    {
      text: 'South African Trade Minister Parks Tau met US Trade Representative Jamieson Greer on Tuesday and Commerce Secretary Howard Lutnick on Wednesday. The talks had been productive, Greer\'s office said.',
      published: '2026-03-12',
      want: [
        { type: 'meeting', people: ['Tau', 'Greer'], date: '2026-03-10' },
        { type: 'meeting', people: ['Tau', 'Lutnick'], date: '2026-03-11' },
      ],
      meetings: 2,
      why: 'two days, two meetings, kept apart by the talks told after them',
    },
    {
      text: 'South African Trade Minister Parks Tau met US Trade Representative Jamieson Greer and Commerce Secretary Howard Lutnick on Wednesday.',
      published: '2026-03-12',
      want: [{ type: 'meeting', people: ['Tau', 'Greer', 'Lutnick'], date: '2026-03-11' }],
      meetings: 1,
      why: 'one day for both: one meeting',
    },
  ],
  'refine/joined-remotely: one who joins the meeting just told by video link': [
    {
      text: 'Norwegian Defence Minister Tore O. Sandvik hosted Swedish Defence Minister Pål Jonson and Finnish Defence Minister Antti Häkkänen in Oslo on Tuesday. Ukrainian Defence Minister Mykhailo Fedorov joined the ministers by video link from Kyiv.',
      published: '2026-05-20',
      want: [{ type: 'video_call', people: ['Fedorov', 'Sandvik', 'Jonson'], date: '2026-05-19' }],
      why: '"joined the ministers by video link"',
    },
    {
      text: 'Norwegian Defence Minister Tore O. Sandvik hosted Swedish Defence Minister Pål Jonson in Oslo on Tuesday. Ukrainian Defence Minister Mykhailo Fedorov joined a NATO conference in Brussels by video link the same day.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Sandvik', 'Jonson'] }],
      never: [['Fedorov', 'Sandvik']],
      why: 'a gathering named with its own article is not the meeting told before',
    },
    {
      text: 'Norwegian Defence Minister Tore O. Sandvik hosted Swedish Defence Minister Pål Jonson in Oslo on Tuesday. Ukrainian Defence Minister Mykhailo Fedorov held a video call with Polish Defence Minister Władysław Kosiniak-Kamysz.',
      published: '2026-05-20',
      want: [{ type: 'video_call', people: ['Fedorov', 'Kosiniak-Kamysz'] }],
      never: [['Fedorov', 'Sandvik']],
      why: 'a call of one\'s own joins nothing',
    },
  ],
  'events/lexicon + refine/merge: a return planned to a capital named by its country\'s adjective': [
    {
      text: 'Uruguayan President Yamandú Orsi will return to the Paraguayan capital on Wednesday night, his office said.',
      published: '2026-06-27',
      want: [{ type: 'visit', status: 'planned', people: ['Orsi'], date: '2026-07-01', host: 'PRY' }],
      why: '"return to the Paraguayan capital"',
    },
    {
      text: 'Uruguayan President Yamandú Orsi returned to Montevideo on Friday night after a tour. He landed in Asunción on Wednesday and met Paraguayan President Santiago Peña on Thursday. Orsi will return to the Paraguayan capital on Wednesday night, his office said.',
      published: '2026-06-27',
      want: [
        { type: 'visit', people: ['Orsi'], date: '2026-06-24', host: 'PRY' },
        { type: 'visit', status: 'planned', people: ['Orsi'], date: '2026-07-01', host: 'PRY' },
      ],
      visits: 2,
      why: 'a return planned is a journey of its own, not a leg of the stay made',
    },
    {
      text: 'Uruguayan President Yamandú Orsi returned to the Uruguayan capital on Friday night.',
      published: '2026-06-27',
      want: [],
      why: 'a return home is no visit',
    },
  ],
  'events/lexicon + mentions/dates: a second clause with its own titled subject, dated by "that year"': [
    {
      text: 'Uruguayan President Yamandú Orsi took office in March. Brazilian President Lula travelled to Montevideo on March 1, 2025, and the Uruguayan president made a state visit to Brasília in May of that year.',
      published: '2026-06-27',
      want: [
        { type: 'visit', people: ['Lula'], date: '2025-03-01', host: 'URY' },
        { type: 'visit', people: ['Orsi'], date: '2025-05', host: 'BRA' },
      ],
      never: [['Lula', 'Orsi']],
      why: '", and the Uruguayan president made a state visit … in May of that year"',
    },
    {
      text: 'Brazilian President Lula travelled to Montevideo on March 1, 2025, and the president held talks with Uruguayan President Yamandú Orsi.',
      published: '2026-06-27',
      want: [{ type: 'meeting', people: ['Lula', 'Orsi'], host: 'URY' }],
      why: 'the clause opened by "and the president" still names the one told before',
    },
    {
      text: 'Japanese Prime Minister Shigeru Ishiba visited Jakarta in 2025 and will return in May.',
      published: '2026-03-12',
      want: [{ type: 'visit', people: ['Ishiba'], date: '2025', host: 'IDN' }],
      why: 'a month with no "that year" keeps the tense\'s year',
    },
  ],
  'events/lexicon: "was in City in Month" is a stay there': [
    {
      text: "Australia's Foreign Minister Penny Wong was in Funafuti in July to mark the second anniversary of the treaty.",
      published: '2026-08-14',
      want: [{ type: 'visit', people: ['Penny Wong'], date: '2026-07', host: 'TUV' }],
      why: 'a stay with its month',
    },
    {
      text: 'Australian Foreign Minister Penny Wong was in Canberra in July to meet business leaders.',
      published: '2026-08-14',
      want: [],
      why: 'a stay at home is no visit',
    },
  ],
  'events/date-for: an opening when-clause dates a refusal too': [
    {
      text: 'When New Zealand Foreign Minister Winston Peters last travelled to Tarawa, in May 2024, Kiribati President Taneti Maamau declined to meet him.',
      published: '2026-08-14',
      want: [
        { type: 'visit', people: ['Peters'], date: '2024-05', host: 'KIR' },
        { type: 'meeting', status: 'declined', people: ['Peters', 'Maamau'], date: '2024-05' },
      ],
      why: 'the date set off by commas at the end of the when-clause',
    },
    {
      text: 'On Monday Kiribati President Taneti Maamau declined to meet New Zealand Foreign Minister Winston Peters, his office said.',
      published: '2026-08-14',
      want: [{ type: 'meeting', status: 'declined', people: ['Peters', 'Maamau'], date: null }],
      why: 'a day before the refusal outside a when-clause stays the refusal\'s, not the meeting\'s',
    },
  ],
  'events/lexicon: a guest one expects in a place is coming there': [
    {
      text: 'Azerbaijani President Ilham Aliyev said he expected Turkish President Recep Tayyip Erdogan in Baku later this month for a trilateral summit.',
      published: '2026-10-09',
      want: [{ type: 'visit', status: 'planned', people: ['Erdo'], date: '2026-10', host: 'AZE' }],
      why: '"expected X in Baku later this month"',
    },
    {
      text: 'Azerbaijani President Ilham Aliyev expects Turkish President Recep Tayyip Erdogan in Baku on Monday.',
      published: '2026-10-09',
      want: [{ type: 'visit', status: 'planned', people: ['Erdo'], date: '2026-10-12', host: 'AZE' }],
      why: 'a guest expected is still to come, whatever the tense of the expecting',
    },
    {
      text: 'Azerbaijani President Ilham Aliyev said he expected Turkish President Recep Tayyip Erdogan to attend the summit.',
      published: '2026-10-09',
      want: [],
      why: 'expected to do something, in no place',
    },
  ],
  'refine/in-office-then: a state title set off after the name keeps one the knowledge has out of office': [
    {
      text: 'Lao Prime Minister Sonexay Siphandone is scheduled to pay a courtesy call on Hun Sen, President of the Senate of Cambodia, this afternoon.',
      published: '2026-09-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Sonexay', 'Hun Sen'], date: '2026-09-16' }],
      why: '", President of the Senate"',
    },
    {
      text: 'Lao Prime Minister Sonexay Siphandone met Hun Sen in Phnom Penh on Monday.',
      published: '2026-09-16',
      want: [],
      never: [['Hun Sen']],
      why: 'no title: out of office by the knowledge',
    },
    {
      text: 'Lao Prime Minister Sonexay Siphandone met Hun Sen, former Prime Minister, in Phnom Penh on Monday.',
      published: '2026-09-16',
      want: [],
      never: [['Hun Sen']],
      why: 'a former title is none',
    },
  ],
  'mentions/people: more of a portfolio after the title\'s comma is no name': [
    {
      text: 'Prince Faisal bin Farhan received a phone call from the Egyptian Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Dr. Badr Abdelatty, on Wednesday.',
      published: '2026-11-12',
      want: [{ type: 'phone_call', people: ['Faisal bin Farhan', 'Abdelatty'], date: '2026-11-11' }],
      never: [['Emigration']],
      calls: 1,
      why: '", Emigration and Egyptian Expatriates, Dr. Badr Abdelatty"',
    },
    {
      text: "Egypt's Foreign Minister, Badr Abdelatty and Saudi Foreign Minister Faisal bin Farhan met in Cairo on Monday.",
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Abdelatty', 'Faisal bin Farhan'], host: 'EGY' }],
      why: 'a name after the comma, joined by "and" to another title, is the holder',
    },
    {
      text: 'The Minister of Industry, Trade and Tourism, Lorena Ruiz, met Spanish Foreign Minister José Manuel Albares in Madrid on Monday.',
      published: '2026-11-12',
      want: [],
      never: [['Trade']],
      why: 'a portfolio word is no one',
    },
  ],
  'events/candidates: "ahead of the meeting" names the occasion told before, no exchange of the sentence': [
    {
      text: 'Estonian Defence Minister Hanno Pevkur spoke by phone on Monday with US Secretary of War Pete Hegseth, ahead of the meeting, about US force rotations.',
      published: '2026-05-20',
      want: [{ type: 'phone_call', people: ['Pevkur', 'Hegseth'], date: '2026-05-18' }],
      meetings: 0,
      why: 'a call ahead of the meeting',
    },
    {
      text: 'Estonian Defence Minister Hanno Pevkur met US Secretary of War Pete Hegseth on Tuesday after the summit in Brussels.',
      published: '2026-05-20',
      want: [{ type: 'meeting', people: ['Pevkur', 'Hegseth'], date: '2026-05-19' }],
      meetings: 1,
      why: 'the meeting told before "after the summit" stays',
    },
  ],
  'events/meeting-parts: a place in an aside after the meeting is not its venue': [
    {
      text: 'Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Monday, pledging cooperation on projects in Africa.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], host: null }],
      why: 'a participle\'s place',
    },
    {
      text: 'Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Monday, a meeting that was watched closely in Washington.',
      published: '2026-11-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], host: null }],
      why: 'a relative clause\'s place',
    },
    {
      text: 'Chinese President Hu Jintao met senior ministers, including Indian Prime Minister Manmohan Singh, in Delhi on Wednesday.',
      published: '2006-11-21',
      want: [{ type: 'meeting', people: ['Hu Jintao', 'Manmohan Singh'], host: 'IND' }],
      why: '"including" sets off no aside',
    },
  ],
  'events: what a clause inside the sentence tells is not the main clause\'s': [
    {
      text: 'Indian Prime Minister Narendra Modi had been due to meet Australian Prime Minister Anthony Albanese at a Quad summit in Sydney, but the summit was scrapped after U.S. President Joe Biden cut short his Asia trip to deal with debt ceiling talks in Washington.',
      published: '2023-05-18',
      want: [{ type: 'meeting', status: 'cancelled', people: ['Modi', 'Albanese'] }],
      noTrip: ['Modi', 'Biden'],
      never: [['Biden', 'Albanese']],
      why: 'a region names the trip, a place past an infinitive is not where it went, and "debt ceiling talks" are a domestic negotiation',
    },
    {
      text: 'Albanese cut short his Pacific tour to return to Canberra on Friday.',
      published: '2024-02-09',
      want: [],
      why: 'a regional tour cut short: no one country visited',
    },
    {
      text: 'Japanese Prime Minister Fumio Kishida began his Asia tour in Jakarta on Monday, meeting Indonesian President Joko Widodo.',
      published: '2024-01-09',
      want: [{ type: 'meeting', people: ['Kishida', 'Widodo'], host: 'IDN' }],
      never: [['Kishida', 'Biden']],
      why: 'a region-named tour still meets its hosts where it stops',
    },
    {
      text: "Lula's last overseas trip was to New York in September, where he met U.S. President Joe Biden.",
      published: '2024-10-20',
      want: [{ type: 'visit', people: ['Lula'], date: '2024-09', host: 'USA' }],
      why: '"overseas" is abroad, no region: the trip "was to" a place goes there',
    },
    {
      text: 'German Chancellor Olaf Scholz, who met French President Emmanuel Macron in Paris on Monday, returned to coalition talks in Berlin on Tuesday.',
      published: '2024-06-12',
      want: [{ type: 'meeting', people: ['Scholz', 'Macron'], date: '2024-06-10', host: 'FRA' }],
      meetings: 1,
      why: 'coalition talks at home are no exchange with the one met before',
    },
    {
      text: 'Trade talks between Chinese Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent opened in Geneva on Saturday.',
      published: '2025-05-11',
      want: [{ type: 'meeting', people: ['He Lifeng', 'Bessent'], date: '2025-05-10' }],
      why: 'trade talks between governments are an exchange',
    },
    {
      text: 'SYDNEY, May 24 (Reuters) - Indian Prime Minister Narendra Modi, who arrived in Sydney on Monday after a stop in Papua New Guinea, addressed thousands of members of the Indian diaspora on Tuesday evening.',
      published: '2023-05-24',
      want: [
        { type: 'visit', people: ['Modi'], date: '2023-05-22', host: 'AUS' },
        { type: 'visit', people: ['Modi'], date: '2023-05', host: 'PNG' },
      ],
      notDated: ['2023-05-23', '2023-05-24'],
      why: 'a stop told in a relative clause on the subject is not dated by the main verb, nor by the dateline: it ended by the arrival',
    },
    {
      text: 'Chinese Premier Li Qiang arrived in Canberra on Saturday for a three-day visit, his first since taking office.',
      published: '2024-06-15',
      want: [{ type: 'visit', people: ['Li Qiang'], date: '2024-06-15', host: 'AUS' }],
      why: 'an arrival "for" a visit dates the visit it begins',
    },
    {
      text: 'Iraqi Foreign Minister Fuad Hussein paid a courtesy call on Turkish President Recep Tayyip Erdogan in Ankara last month, and Turkish Foreign Minister Hakan Fidan held talks by video link with his Iranian counterpart Hossein Amir-Abdollahian on Wednesday.',
      published: '2024-03-08',
      want: [
        { type: 'meeting', people: ['Fuad Hussein', 'Erdogan'], date: '2024-02' },
        { type: 'video_call', people: ['Fidan', 'Amir-Abdollahian'], date: '2024-03-06' },
      ],
      never: [['Hussein', 'Fidan'], ['Erdogan', 'Amir-Abdollahian']],
      why: '", and" before a titled name and its verb opens a clause of its own',
    },
    {
      text: 'Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva, Argentine President Javier Milei, and Chilean President Gabriel Boric in Lima on Friday.',
      published: '2024-11-16',
      want: [
        { type: 'meeting', people: ['Xi Jinping', 'Lula'], date: '2024-11-15' },
        { type: 'meeting', people: ['Xi Jinping', 'Boric'], date: '2024-11-15' },
      ],
      why: 'a list of titled names with ", and" and no verb after it stays one clause',
    },
    {
      text: 'Turkish Foreign Minister Hakan Fidan spoke with Greek Foreign Minister George Gerapetritis on Tuesday, ahead of a meeting of the High-Level Cooperation Council expected to take place in Athens in the spring.',
      published: '2024-03-08',
      want: [
        { type: 'phone_call', people: ['Fidan', 'Gerapetritis'], date: '2024-03-05' },
        { type: 'meeting', status: 'planned', people: ['Fidan', 'Gerapetritis'] },
      ],
      why: '"spoke with" beside a meeting of another clause is a call; a meeting "expected to take place" is planned',
    },
    {
      text: 'Turkish Foreign Minister Hakan Fidan spoke with Greek Foreign Minister George Gerapetritis at the meeting of NATO foreign ministers in Brussels on Tuesday.',
      published: '2024-03-08',
      want: [],
      calls: 0,
      why: '"spoke with" at a meeting its clause tells is no call',
    },
  ],
  'mentions/people and events/lexicon: short forms and wordings of news': [
    {
      text: 'Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Recep Tayyip Erdogan last year. Erdogan received a phone call from al-Sudani on Thursday.',
      published: '2024-03-08',
      want: [{ type: 'phone_call', people: ['Erdogan', 'Sudani'], date: '2024-03-07' }],
      why: 'a short name that keeps its Arabic article ("al-Sudani") is the official',
    },
    {
      text: 'Fighters of al-Shabaab attacked a base near the border on Thursday, and Kenyan officials met in Nairobi.',
      published: '2024-03-08',
      want: [],
      why: 'an Arabic article before a name the knowledge does not hold is no one',
    },
    {
      text: 'Indian Prime Minister Narendra Modi and Chinese President Xi Jinping spoke briefly on the sidelines of the G20 summit in Bali in November 2022.',
      published: '2024-03-08',
      want: [{ type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2022-11', host: 'IDN' }],
      calls: 0,
      why: 'talk on the sidelines of a gathering is a meeting',
    },
    {
      text: 'Indian Prime Minister Narendra Modi spoke on the sidelines of a rally in Varanasi on Sunday.',
      published: '2024-03-08',
      want: [],
      why: 'one who speaks at a gathering with no one else named meets no one',
    },
  ],
  'refine/merge: a trip put off from an earlier time and planned anew': [
    {
      text: 'Turkish President Recep Tayyip Erdogan will travel to Iraq next week, officials said on Friday. The trip, originally scheduled for January, was postponed after a drone strike near the border.',
      published: '2024-03-08',
      want: [{ type: 'visit', status: 'planned', people: ['Erdogan'], date: '2024-03', host: 'IRQ' }],
      visits: 1,
      why: 'postponed from the time first set, and planned with a time of its own: planned',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan will travel to Iraq next week, officials said on Friday. On Saturday his office said the trip had been postponed after a drone strike near the border.',
      published: '2024-03-08',
      want: [{ type: 'visit', status: 'postponed', people: ['Erdogan'], host: 'IRQ' }],
      visits: 1,
      why: 'a plan put off later in the story is postponed',
    },
  ],
  'events/parties: the briefer\'s own exchanges': [
    {
      text: 'British Prime Minister Keir Starmer spoke to Ukrainian President Volodymyr Zelenskyy on Tuesday. He updated President Zelenskyy on his meeting with NATO Secretary General Mark Rutte in London on Monday and his call with President-elect Donald Trump last month.',
      published: '2025-01-14',
      want: [
        { type: 'phone_call', people: ['Starmer', 'Zelenskyy'], date: '2025-01-14' },
        { type: 'meeting', people: ['Starmer', 'Rutte'], date: '2025-01-13' },
        { type: 'phone_call', people: ['Starmer', 'Trump'], date: '2024-12' },
      ],
      never: [['Zelenskyy', 'Rutte'], ['Zelenskyy', 'Trump']],
      why: 'one briefed on "his meeting" and "his call" is no side of them; each noun keeps its own date',
    },
    {
      text: 'British Prime Minister Keir Starmer spoke to Ukrainian President Volodymyr Zelenskyy on Tuesday. Starmer said he looked forward to seeing President Zelenskyy in Kyiv later this week. He also briefed the President on his call with U.S. President-elect Donald Trump last month.',
      published: '2025-01-14',
      want: [
        { type: 'meeting', status: 'planned', people: ['Starmer', 'Zelenskyy'], date: '2025-01' },
        { type: 'phone_call', people: ['Starmer', 'Trump'], date: '2024-12' },
      ],
      never: [['Zelenskyy', 'Trump']],
      why: '"looked forward to seeing" an office holder is a planned meeting; the speaker who "said he" is the next "He"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi thanked Japanese Prime Minister Fumio Kishida for his visit to New Delhi in March.',
      published: '2023-05-20',
      want: [{ type: 'visit', people: ['Kishida'], date: '2023-03', host: 'IND' }],
      noTrip: ['Modi'],
      why: 'one thanked for "his visit" made it',
    },
    {
      text: 'Finance Minister Nirmala Sitharaman said investors looked forward to seeing the results of the reforms, and heeded his call for calm.',
      published: '2023-05-20',
      want: [],
      calls: 0,
      why: '"seeing the results", "his call for": no one met, no call',
    },
    {
      text: 'The Rt Hon Sir Keir Starmer KCB KC MP met Irish Taoiseach Micheál Martin in London on Monday.',
      published: '2025-01-14',
      want: [{ type: 'meeting', people: ['Starmer', 'Martin'], date: '2025-01-13' }],
      names: ['Keir Starmer'],
      why: 'letters after a name (KCB, KC, MP) are no part of it',
    },
  ],
  'refine/default-dates: a visit with no destination goes where the story\'s trips went': [
    {
      text: "Ruto hosts Museveni at State House as border talks resume\n\nNAIROBI, Kenya (AP) — Kenyan President William Ruto on Thursday hosted his Ugandan counterpart Yoweri Museveni at State House, Nairobi, where the two leaders witnessed the signing of agreements on oil pipelines and cross-border trade.\n\nMuseveni, who jetted in on Wednesday evening for a three-day state visit, was received at Jomo Kenyatta International Airport by Foreign Affairs Cabinet Secretary Musalia Mudavadi.\n\nThe visit comes weeks after Ruto travelled to Kampala for the East African Community summit, where he also held bilateral talks with Tanzanian President Samia Suluhu Hassan.\n\nRuto is scheduled to fly to Addis Ababa on Sunday to attend an African Union meeting, State House spokesperson Hussein Mohamed said. He will hold talks with Ethiopian Prime Minister Abiy Ahmed on the sidelines.\n\nMeanwhile, a planned visit by South Sudan's President Salva Kiir has been pushed back to next month, officials said, without giving a reason.\n\nMuseveni last visited Kenya in 2022 for Ruto's inauguration.",
      published: '2024-02-09',
      want: [{ type: 'visit', status: 'postponed', people: ['Kiir'], host: 'KEN' }],
      why: 'as many trips to two countries: the one the story is filed from',
    },
    {
      text: 'NAIROBI, Kenya (AP) — Kenyan President William Ruto travelled to Kampala in January and flew to Entebbe again on Tuesday. Ugandan President Yoweri Museveni arrived in Nairobi last year. Meanwhile, a planned visit by South Sudan\'s President Salva Kiir has been pushed back to next month, officials said.',
      published: '2024-02-09',
      want: [{ type: 'visit', status: 'postponed', people: ['Kiir'], host: 'UGA' }],
      why: 'more trips to another country than to the dateline\'s: that country',
    },
  ],
  'resolve/entities + places: an archive story of namesakes and small towns': [
    {
      text: 'U.S. President George W. Bush hosted Russian President Vladimir Putin at his family\'s estate on Monday. The two leaders went fishing with former president George H.W. Bush. It was the first time Bush had invited a foreign leader to the estate. Chinese President Hu Jintao, who met Bush in Sydney last year, is expected to visit Washington in 2008.',
      published: '2007-07-02',
      want: [{ type: 'meeting', people: ['Hu Jintao', 'George W. Bush'], date: '2006' }],
      never: [['Hu Jintao', 'H.W.']],
      why: 'a bare surname is not the namesake the text only titles as former',
    },
    {
      text: 'Chinese Premier Li Qiang met German Chancellor Olaf Scholz in Berlin on Tuesday. Former premier Li Keqiang had visited Berlin in 2018. Li told reporters the talks were candid.',
      published: '2023-06-21',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Scholz'], date: '2023-06-20' }],
      never: [['Li Keqiang', 'Scholz']],
      why: 'a namesake the knowledge holds keeps its own rule (the one in office is the bare surname\'s)',
    },
    {
      text: 'U.S. President George W. Bush and Russian President Vladimir Putin last met on the sidelines of the G8 summit in Heiligendamm, Germany, in June, where Putin proposed a joint use of a radar station in Azerbaijan.',
      published: '2007-07-02',
      want: [{ type: 'meeting', people: ['Bush', 'Putin'], date: '2007-06', host: 'DEU' }],
      why: 'a town the gazetteer lacks before its country; a "where" clause\'s own place is not the meeting\'s',
    },
    {
      text: 'Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva in Brasília on Wednesday, where the two leaders signed 37 agreements.',
      published: '2024-11-21',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Lula'], date: '2024-11-20', host: 'BRA' }],
      why: 'the place before a "where" clause is still the meeting\'s',
    },
    {
      text: 'Argentina marks friendship day on the anniversary of the meeting between presidents Raúl Alfonsín and José Sarney in Foz do Iguaçu, 35 years ago.',
      published: '2020-11-30',
      want: [{ type: 'meeting', people: ['Alfonsín', 'Sarney'], date: '1985' }],
      why: 'a date set off at the end of the sentence is the meeting\'s',
    },
  ],
  // Session 10 (acc-blind13): state agencies' house styles.
  'mentions/people: a family name after a particle is no headline verb': [
    {
      text: 'Russian President Vladimir Putin held talks on Tuesday with Sultan of Oman Haitham bin Tariq Al Said, who is in Russia on an official visit.',
      published: '2025-04-23',
      want: [{ type: 'meeting', people: ['Putin', 'Haitham'], date: '2025-04-22' }, { type: 'visit', people: ['Haitham'], host: 'RUS' }],
      why: "'Al Said' ends the Sultan's name",
    },
    {
      text: 'Omani Foreign Minister Badr Albusaidi said Steve Witkoff and Abbas Araghchi would meet in Muscat on Saturday.',
      published: '2025-04-09',
      want: [{ type: 'meeting', status: 'planned', people: ['Witkoff', 'Araghchi'], host: 'OMN' }],
      never: [['Albusaidi']],
      why: 'a speaker who said is still no side',
    },
  ],
  'mentions/people: a long patronymic chain before a title set off by a comma': [
    {
      text: 'Kenyan President William Ruto hosted Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown Prince, in Nairobi on Tuesday.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], host: 'KEN' }],
      never: [['Ruto', 'Mohamed bin Zayed']],
      why: 'the son, not the father named inside his name',
    },
    {
      text: 'Ana Maria Ribeiro Costa, Brazil\'s foreign minister, met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ribeiro Costa', 'Lavrov'], host: 'RUS' }],
      why: 'a four-word name with no particle is still read whole',
    },
  ],
  'events/meeting-parts: the seat a royal\'s or governor\'s title names is no venue': [
    {
      text: 'President Ruto hosted Sheikh Khaled bin Mohamed Al Nahyan, Crown Prince of Abu Dhabi, in Nairobi on Tuesday.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], host: 'KEN' }],
      why: "'Crown Prince of Abu Dhabi' is a title",
    },
    {
      text: 'Kenyan President William Ruto met the Emir of Qatar in Doha on Tuesday.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Tamim'], host: 'QAT' }],
      why: 'a venue named with "in" after the title still places the meeting',
    },
  ],
  'events/date-for + visit-parts: talks held "as part of the latter\'s state visit"': [
    {
      text: 'Party General Secretary To Lam held talks with Indonesian President Prabowo Subianto in Hanoi on March 10, as part of the latter\'s state visit to Vietnam from March 9 to 11.',
      published: '2025-03-10',
      want: [
        { type: 'meeting', people: ['To Lam', 'Prabowo'], date: '2025-03-10', host: 'VNM' },
        { type: 'visit', people: ['Prabowo'], date: '2025-03', host: 'VNM' },
      ],
      noTrip: ['To Lam'],
      why: 'the talks keep their own day; the latter is the guest',
    },
    {
      text: 'Indonesian President Prabowo Subianto held talks with Party General Secretary To Lam in Hanoi on March 10, as part of the former\'s state visit to Vietnam.',
      published: '2025-03-10',
      want: [{ type: 'visit', people: ['Prabowo'], host: 'VNM' }],
      noTrip: ['To Lam'],
      why: 'the former is the first of the two',
    },
  ],
  'events/lexicon: "received a call from" is a telephone call; a courtesy call is in person': [
    {
      text: 'Prime Minister Shehbaz Sharif received a call from Kuwaiti Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah on Friday evening.',
      published: '2025-04-26',
      want: [{ type: 'phone_call', people: ['Shehbaz', 'Sabah'], date: '2025-04-25' }],
      meetings: 0,
      why: 'a call received',
    },
    {
      text: 'Prime Minister Shehbaz Sharif received a courtesy call from Kuwaiti Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah in Islamabad on Friday.',
      published: '2025-04-26',
      want: [{ type: 'meeting', people: ['Shehbaz', 'Sabah'], date: '2025-04-25', host: 'PAK' }],
      calls: 0,
      why: 'a courtesy call received',
    },
  ],
  'mentions/people: a headline listing two sides before a plural verb': [
    {
      text: 'PM Shehbaz, UAE President discuss regional situation\n\nISLAMABAD, Apr 26: Prime Minister Shehbaz Sharif received a telephone call from UAE President Mohamed bin Zayed on Saturday.',
      published: '2025-04-26',
      want: [{ type: 'phone_call', people: ['Shehbaz', 'Mohamed bin Zayed'], date: '2025-04-26' }],
      notOf: [['Shehbaz', 'ARE']],
      why: "'X, Y discuss' names two men",
    },
    {
      text: 'Ahmed Attaf, Minister of State, Minister of Foreign Affairs of Algeria, met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.',
      published: '2025-04-29',
      want: [{ type: 'meeting', people: ['Attaf', 'Lavrov'], countries: ['DZA'], host: 'RUS' }],
      why: 'a further title set off by commas is still his',
    },
  ],
  'events/meeting-parts: "of" a country right after a name says whose one is, not where one met': [
    {
      text: 'Chinese President Xi Jinping held talks with Sultan Haji Hassanal Bolkiah of Brunei Darussalam, who is on a state visit to China, at the Great Hall of the People in Beijing on Thursday.',
      published: '2025-02-06',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Hassanal Bolkiah'], host: 'CHN' }],
      why: 'the Sultan of Brunei in Beijing',
    },
    {
      text: 'Chinese President Xi Jinping held talks with Sultan Haji Hassanal Bolkiah in the capital of Brunei on Thursday.',
      published: '2025-02-06',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Hassanal Bolkiah'], host: 'BRN' }],
      why: '"the capital of" a country still places the talks',
    },
  ],
  'refine/relative-dates: "the same day" is the day of the exchange held on one day, not of a journey begun': [
    {
      text: 'Chinese President Xi Jinping held talks with Sultan Hassanal Bolkiah in Beijing on Thursday. The Sultan arrived in Beijing on Wednesday for the visit. On the same day, Chinese Premier Li Qiang met with Hassanal Bolkiah.',
      published: '2025-02-06',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Hassanal Bolkiah'], date: '2025-02-06' }],
      why: 'the talks\' day, not the arrival\'s',
    },
    {
      text: 'Chinese Premier Li Qiang arrived in Canberra on Wednesday. The same day, he met Australian Prime Minister Anthony Albanese.',
      published: '2025-02-06',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Albanese'], date: '2025-02-05' }],
      why: 'with no exchange of one day told, the arrival\'s day',
    },
    {
      text: 'Pakistani Foreign Minister Ishaq Dar called on Chief Adviser Muhammad Yunus in Dhaka on Sunday. He had arrived on Saturday. Earlier in the day, Dar held talks with Foreign Affairs Adviser Touhid Hossain.',
      published: '2025-08-24',
      want: [{ type: 'meeting', people: ['Dar', 'Touhid Hossain'], date: '2025-08-24' }],
      why: '"earlier in the day" too',
    },
  ],
  'events/date-for: a date before "…, the office said, adding that" is not the reported clause\'s': [
    {
      text: 'Prime Minister Shehbaz Sharif received a call from Kuwaiti Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah on Friday evening, the PM Office said, adding that the two leaders agreed to meet at the earliest.',
      published: '2025-04-26',
      want: [{ type: 'phone_call', people: ['Shehbaz', 'Sabah'], date: '2025-04-25' }, { type: 'meeting', status: 'planned', people: ['Shehbaz', 'Sabah'], date: '2025-04' }],
      why: 'the call keeps Friday; the meeting agreed is not dated a week ahead',
    },
    {
      text: 'Prime Minister Shehbaz Sharif and Kuwaiti Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah agreed on Friday to meet in Kuwait next month.',
      published: '2025-04-26',
      want: [{ type: 'meeting', status: 'planned', people: ['Shehbaz', 'Sabah'], date: '2025-05' }],
      why: 'with no report between, the clause keeps its own time',
    },
  ],
  'mentions/people: a middle initial and "Jr." before a title set off by a comma': [
    {
      text: 'Japanese Foreign Minister Takeshi Iwaya also met with Hon. Gilberto C. Teodoro Jr., Secretary of National Defense, in Manila on Wednesday.',
      published: '2025-01-15',
      want: [{ type: 'meeting', people: ['Iwaya', 'Teodoro'], countries: ['JPN', 'PHL'], date: '2025-01-15' }],
      why: 'the Philippine defence secretary',
    },
    {
      text: 'Japanese Foreign Minister Takeshi Iwaya met Ferdinand R. Marcos Jr., President of the Philippines, in Manila on Wednesday.',
      published: '2025-01-15',
      want: [{ type: 'meeting', people: ['Iwaya', 'Marcos'], countries: ['JPN', 'PHL'], date: '2025-01-15' }],
      why: 'a name the knowledge writes with its suffix',
    },
  ],
  'mentions/dates + events/lexicon: "within the year"; "concurred to hold" plans': [
    {
      text: 'Secretary of Foreign Affairs Enrique Manalo expressed his intention to visit Japan within the year.',
      published: '2025-01-15',
      want: [{ type: 'visit', status: 'planned', people: ['Manalo'], date: '2025', host: 'JPN' }],
      why: 'the year of the news, not the next',
    },
    {
      text: 'Japanese Foreign Minister Takeshi Iwaya met Philippine Foreign Secretary Enrique Manalo in Manila on Wednesday. The two ministers concurred to hold their next meeting in Tokyo.',
      published: '2025-01-15',
      want: [{ type: 'meeting', people: ['Iwaya', 'Manalo'], date: '2025-01-15', host: 'PHL' }, { type: 'meeting', status: 'planned', people: ['Iwaya', 'Manalo'], host: 'JPN' }],
      meetings: 2,
      why: 'a meeting both concurred to hold is a plan',
    },
  ],
  'events/lexicon: messages exchanged': [
    {
      text: 'Chinese President Xi Jinping exchanged congratulatory messages with Sri Lankan President Anura Kumara Dissanayake on Thursday.',
      published: '2025-02-06',
      want: [{ type: 'message', people: ['Xi Jinping', 'Dissanayake'], date: '2025-02-06' }],
      why: 'congratulatory messages exchanged',
    },
    {
      text: 'Chinese President Xi Jinping and Sri Lankan President Anura Kumara Dissanayake exchanged views on trade by video link on Thursday.',
      published: '2025-02-06',
      want: [{ type: 'video_call', people: ['Xi Jinping', 'Dissanayake'] }],
      never: [],
      why: 'views exchanged are no messages',
    },
  ],
  'mentions/people: a given name the knowledge does not write, and a senator\'s seat, before a known minister': [
    {
      text: 'The visit of Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar to Bangladesh, scheduled for April 27-28, has been postponed, the Foreign Office said on Saturday.',
      published: '2025-04-26',
      want: [{ type: 'visit', status: 'postponed', people: ['Ishaq Dar'], countries: ['PAK'], host: 'BGD' }],
      why: 'the Pakistani foreign minister, not a senator unknown',
    },
    {
      text: 'Pakistani Foreign Minister Ishaq Dar met Senator Sherry Rehman in Islamabad on Friday.',
      published: '2025-04-26',
      want: [],
      why: 'a senator named by that title alone is still a lawmaker at home',
    },
  ],
  'document: a portfolio is no place': [
    {
      text: 'Federal Minister for Commerce Jam Kamal Khan met Bangladeshi Commerce Adviser Sk Bashir Uddin on Friday.',
      published: '2025-04-26',
      want: [{ type: 'meeting', people: ['Jam Kamal', 'Bashir Uddin'], host: null }],
      why: "'Commerce' is no town in the United States",
    },
    {
      text: 'Pakistani Commerce Minister Jam Kamal Khan met Bangladeshi Commerce Adviser Sk Bashir Uddin in Dhaka on Friday.',
      published: '2025-04-26',
      want: [{ type: 'meeting', people: ['Jam Kamal', 'Bashir Uddin'], host: 'BGD' }],
      why: 'a city after "in" still places it',
    },
  ],
  'events/clause: a relative clause with a break of its own still closes at the comma before the verb': [
    {
      text: "Pakistan's Commerce Minister Jam Kamal Khan, who arrived in Dhaka on Thursday ahead of Deputy Prime Minister Ishaq Dar, held talks with Commerce Adviser Sk Bashir Uddin on Friday.",
      published: '2025-08-24',
      want: [{ type: 'meeting', people: ['Jam Kamal', 'Bashir Uddin'], date: '2025-08-22' }],
      never: [['Ishaq Dar', 'Bashir Uddin']],
      why: 'the minister before "who" held the talks',
    },
    {
      text: 'Pakistani Foreign Minister Ishaq Dar met Chief Adviser Muhammad Yunus in Dhaka on Sunday, who had returned from Malaysia after talks with Anwar Ibrahim, and later left for Beijing.',
      published: '2025-08-24',
      want: [{ type: 'meeting', people: ['Ishaq Dar', 'Yunus'], date: '2025-08-24' }],
      never: [['Yunus', 'Beijing']],
      why: '", and later left" goes back to the main clause',
    },
  ],
  'events/lexicon: "was in the Bahraini capital Manama" is a stay there': [
    {
      text: 'On Tuesday, Turkish Vice President Cevdet Yilmaz was in the Bahraini capital Manama for the meeting of the Joint Economic Commission. He was received in audience by King Hamad bin Isa Al Khalifa at Sakhir Palace.',
      published: '2025-02-04',
      want: [
        { type: 'visit', people: ['Yilmaz'], date: '2025-02-04', host: 'BHR' },
        { type: 'meeting', people: ['Yilmaz', 'Hamad bin Isa'], date: '2025-02-04', host: 'BHR' },
      ],
      why: 'a capital named by its adjective',
    },
    {
      text: 'Turkish Vice President Cevdet Yilmaz said on Tuesday that investment in the Turkish capital Ankara was rising.',
      published: '2025-02-04',
      want: [],
      why: 'investment in a capital is no stay of anyone',
    },
  ],
  'refine/default-dates: "Later," goes on from the day written just before': [
    {
      text: 'Receiving the envoys at State House, Nairobi, today, President William Ruto urged them to deepen trade. Later, President Ruto hosted Sheikh Khaled bin Mohamed Al Nahyan, Crown Prince of Abu Dhabi, who is in the country for a two-day official visit.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], date: '2025-10-01', host: 'KEN' }],
      why: 'today, then later',
    },
    {
      text: 'Kenyan President William Ruto hosted Sheikh Khaled bin Mohamed Al Nahyan in Nairobi on 29 September. Ruto also received the credentials of nine ambassadors today.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], date: '2025-09-29', host: 'KEN' }],
      why: 'without "later", no day is carried over',
    },
  ],
  'refine/relative-dates: "the same day" is not the first day of a guest\'s visit told in a relative clause': [
    {
      text: 'Also on March 10, Prime Minister Pham Minh Chinh met with Indonesian President Prabowo Subianto. The same day, Vice President Vo Thi Anh Xuan received Cuban Vice President Salvador Valdes Mesa, who is on an official visit to Vietnam from March 9 to 12.',
      published: '2025-03-10',
      want: [
        { type: 'meeting', people: ['Vo Thi Anh Xuan', 'Valdes Mesa'], date: '2025-03-10', host: 'VNM' },
        { type: 'visit', people: ['Valdes Mesa'], date: '2025-03-09', host: 'VNM' },
      ],
      why: 'the day of the talks told before',
    },
    {
      text: 'Cuban Vice President Salvador Valdes Mesa arrived in Hanoi on March 9. The same day, he met Vice President Vo Thi Anh Xuan.',
      published: '2025-03-11',
      want: [{ type: 'meeting', people: ['Vo Thi Anh Xuan', 'Valdes Mesa'], date: '2025-03-09' }],
      why: 'with no exchange of one day told, the arrival\'s day',
    },
  ],
  'mentions/people: a known name that begins or ends with an Arabic article joined to it': [
    {
      text: 'Turkish Foreign Minister Hakan Fidan held talks with Ahmed al-Sharaa in Damascus on Dec. 22.',
      published: '2025-02-04',
      want: [{ type: 'meeting', people: ['Fidan', 'Sharaa'], countries: ['TUR', 'SYR'], date: '2024-12-22', host: 'SYR' }],
      why: "'Ahmed al-Sharaa', who led Syria's transitional administration then",
    },
    {
      text: 'Fidan was the first Turkish minister to go to Damascus after the fall of the Baath regime, holding talks with al-Sharaa there on Dec. 22.',
      published: '2025-02-04',
      want: [{ type: 'meeting', people: ['Fidan', 'Sharaa'], date: '2024-12-22' }],
      why: "'al-Sharaa' alone",
    },
    {
      text: 'Turkish Foreign Minister Hakan Fidan said al-Qaeda remained a threat in Syria.',
      published: '2025-02-04',
      want: [],
      why: 'no official is named by an article-joined word the knowledge lacks',
    },
  ],
  'events/lexicon: a dialogue co-chaired with a counterpart': [
    {
      text: 'During his stay in London, Chinese Foreign Minister Wang Yi will co-chair the China-UK strategic dialogue with British Foreign Secretary David Lammy.',
      published: '2025-02-06',
      want: [{ type: 'meeting', status: 'planned', people: ['Wang Yi', 'Lammy'], host: 'GBR' }],
      why: 'the two chairs of a dialogue hold it',
    },
    {
      text: 'Chinese Foreign Minister Wang Yi co-chaired a meeting of the party\'s foreign affairs commission on Thursday.',
      published: '2025-02-06',
      want: [],
      why: 'a body co-chaired at home is no exchange',
    },
  ],
  'refine/merge: a headline\'s undated telling takes the day the body reads from the story': [
    {
      text: 'President Ruto receives envoys, hosts Abu Dhabi Crown Prince\n\nReceiving the envoys at State House, Nairobi, today, President William Ruto urged them to deepen trade. Later, President Ruto hosted Sheikh Khaled bin Mohamed Al Nahyan, Crown Prince of Abu Dhabi, who is in the country for a two-day official visit.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], date: '2025-10-01', host: 'KEN' }],
      meetings: 1,
      why: 'one meeting, on the day',
    },
    {
      text: 'President Ruto hosts Abu Dhabi Crown Prince\n\nPresident William Ruto hosted Sheikh Khaled bin Mohamed Al Nahyan, Crown Prince of Abu Dhabi, at State House, Nairobi.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Ruto', 'Khaled bin Mohamed'], date: '2025-10', host: 'KEN' }],
      meetings: 1,
      why: 'with no day anywhere, the month of the news',
    },
  ],
  'events/lexicon + visit-parts: the one accompanied travels too': [
    {
      text: 'Prime Minister Shehbaz Sharif spoke to Chief Adviser Muhammad Yunus on Saturday. Pakistani Foreign Minister Ishaq Dar met Yunus in Dhaka on Sunday. He will accompany the Prime Minister to China later this week for the summit in Tianjin.',
      published: '2025-08-24',
      want: [
        { type: 'visit', status: 'planned', people: ['Ishaq Dar'], host: 'CHN' },
        { type: 'visit', status: 'planned', people: ['Shehbaz Sharif'], host: 'CHN' },
      ],
      why: '"accompany the Prime Minister to China"',
    },
    {
      text: 'Pakistani Foreign Minister Ishaq Dar will accompany the delegation of businessmen to the trade fair.',
      published: '2025-08-24',
      want: [],
      why: 'a delegation accompanied to a fair is no journey abroad told',
    },
  ],
  'refine/split: on a tour, each counterpart listed is met in his own country': [
    {
      text: "Prime Minister Shehbaz Sharif will undertake a visit to Türkiye, Iran, Azerbaijan and Tajikistan next month, where he will hold talks with President Recep Tayyip Erdogan, President Masoud Pezeshkian and President Ilham Aliyev, the Prime Minister's Office said.",
      published: '2025-04-26',
      want: [
        { type: 'meeting', status: 'planned', people: ['Shehbaz', 'Erdo'], host: 'TUR' },
        { type: 'meeting', status: 'planned', people: ['Shehbaz', 'Pezeshkian'], host: 'IRN' },
        { type: 'meeting', status: 'planned', people: ['Shehbaz', 'Aliyev'], host: 'AZE' },
      ],
      never: [['Erdo', 'Aliyev']],
      why: 'three leaders, three countries of the tour; the office that speaks named after them is no counterpart',
    },
    {
      text: 'Prime Minister Shehbaz Sharif will visit Türkiye next month, where he will hold talks with President Recep Tayyip Erdogan and Azerbaijani President Ilham Aliyev at a trilateral summit.',
      published: '2025-04-26',
      want: [{ type: 'meeting', status: 'planned', people: ['Shehbaz', 'Aliyev'], host: 'TUR' }],
      why: 'a counterpart whose country the tour does not visit is met where the tour is',
    },
  ],
  'refine/met-again: "and again in Doha in March" tells one more meeting': [
    {
      text: 'Prime Minister Shehbaz Sharif and Chief Adviser Muhammad Yunus had met on the sidelines of the D-8 Summit in Cairo in December last year, and again in Doha in March on the sidelines of a regional conference.',
      published: '2025-04-26',
      want: [
        { type: 'meeting', people: ['Shehbaz', 'Yunus'], date: '2024-12', host: 'EGY' },
        { type: 'meeting', people: ['Shehbaz', 'Yunus'], date: '2025-03', host: 'QAT' },
      ],
      meetings: 2,
      why: 'Cairo, then Doha',
    },
    {
      text: 'Prime Minister Shehbaz Sharif met Chief Adviser Muhammad Yunus in Cairo in December, and again stressed the need for trade.',
      published: '2025-04-26',
      want: [{ type: 'meeting', people: ['Shehbaz', 'Yunus'], date: '2024-12', host: 'EGY' }],
      meetings: 1,
      why: '"and again" before a verb is no second meeting',
    },
  ],
  'events/lexicon: "spoke over telephone" with no article': [
    {
      text: 'Prime Minister Shehbaz Sharif and Chief Adviser Muhammad Yunus also spoke over telephone last week.',
      published: '2025-08-24',
      want: [{ type: 'phone_call', people: ['Shehbaz', 'Yunus'], date: '2025-08' }],
      why: 'South Asian English',
    },
    {
      text: 'Prime Minister Shehbaz Sharif said Chief Adviser Muhammad Yunus had won over phone makers in Dhaka last week.',
      published: '2025-08-24',
      want: [],
      why: '"won over phone makers" is no call',
    },
  ],
  'document: a word of a city named for a man is no bare mention of him': [
    {
      text: 'President Ho Chi Minh paid a visit to Indonesia in 1959. In Ho Chi Minh City on Monday, Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Prabowo Subianto.',
      published: '2025-03-10',
      want: [{ type: 'meeting', people: ['Pham Minh Chinh', 'Prabowo'], date: '2025-03-10', host: 'VNM' }],
      never: [['Ho Chi Minh', 'Prabowo'], ['Hồ Chí Minh', 'Prabowo']],
      why: 'the city, not the president',
    },
    {
      text: 'Vietnamese President Ho Chi Minh paid a visit to Indonesia in 1959. Ho Chi Minh met President Sukarno in Jakarta.',
      published: '2025-03-10',
      want: [{ type: 'meeting', people: ['Minh', 'Sukarno'], date: '1959', host: 'IDN' }],
      why: 'his name outside the city name is still his',
    },
  ],
  // Session 10 (acc-blind14), from blind set 9.
  'document: a surname that opens a building\'s name is the place, not its namesake': [
    {
      text: 'On July 4, 1999, Pakistani Prime Minister Nawaz Sharif flew to Washington and was received by President Bill Clinton at Blair House. In October 2001 British Prime Minister Tony Blair visited Islamabad.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Sharif', 'Clinton'], host: 'USA' }, { type: 'visit', people: ['Tony Blair'], host: 'PAK' }],
      never: [['Sharif', 'Blair']],
      why: '"at Blair House" beside a Blair named in full',
    },
    {
      text: 'British Prime Minister Tony Blair flew to Washington in February 2001. Blair met President George W. Bush at Camp David.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Blair', 'Bush'], date: '2001-02' }],
      why: 'the bare surname before a place that is no building\'s name is the man',
    },
  ],
  'mentions/dates: a day written without its year takes the year of its month written before it': [
    {
      text: 'Indian Prime Minister Atal Bihari Vajpayee was received by Pakistani President Pervez Musharraf in Islamabad in January 2004, and met him again on the 5th.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Vajpayee', 'Musharraf'], date: '2004-01', host: 'PAK' }],
      why: 'an ordinal day after a month of 2004',
    },
    {
      text: 'In January 2004, Indian Prime Minister Atal Bihari Vajpayee flew to Islamabad and met Pakistani President Pervez Musharraf on January 5.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Vajpayee', 'Musharraf'], date: '2004-01-05', host: 'PAK' }],
      why: 'the same month named again with its day',
    },
  ],
  'refine/default-dates: a day written without its year, in the month the story gave with its year': [
    {
      text: 'U.S. President Bill Clinton finally came to India in March 2000. He spent five days in the country and met Indian Prime Minister Atal Bihari Vajpayee in New Delhi on March 21.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Clinton', 'Vajpayee'], date: '2000-03-21', host: 'IND' }],
      why: 'the month of the trip told the sentence before',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited Japan in March 2025. He will meet Japanese Prime Minister Sanae Takaichi in Tokyo on May 21.',
      published: '2026-02-20',
      want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Takaichi'], date: '2026-05-21' }],
      why: 'another month keeps the reading of the publication year',
    },
  ],
  'events/lexicon: refusing for a while to confirm a trip is no refusal of it': [
    {
      text: 'Saudi Crown Prince Mohammed bin Salman will visit Pakistan on September 7. Officials in Islamabad had refused for weeks to confirm the trip.',
      published: '2026-08-25',
      want: [{ type: 'visit', status: 'planned', people: ['Mohammed bin Salman'], host: 'PAK' }],
      why: '"refused for weeks to confirm"',
    },
    {
      text: 'Saudi Crown Prince Mohammed bin Salman refused for weeks to visit Pakistan, officials said on Tuesday.',
      published: '2026-08-25',
      want: [{ type: 'visit', status: 'declined', people: ['Mohammed bin Salman'], host: 'PAK' }],
      why: '"refused for weeks to visit" refuses the trip',
    },
  ],
  'events/exclusions: a report denied after it is told, in its sentence or the next': [
    {
      text: 'A Gulf newspaper reported last week that Saudi Crown Prince Mohammed bin Salman would fly on to New Delhi to meet Indian Prime Minister Narendra Modi. India\'s Ministry of External Affairs denied the report on Friday.',
      published: '2026-08-25',
      want: [],
      never: [['Mohammed bin Salman', 'Modi']],
      why: 'a newspaper\'s report denied in the next sentence',
    },
    {
      text: 'A story in an Indian newspaper said Pakistani army chief Asim Munir had secretly met India\'s national security adviser, Ajit Doval, in Dubai in July; both governments denied it.',
      published: '2026-08-25',
      want: [],
      never: [['Munir', 'Doval']],
      why: 'a story denied after a semicolon',
    },
    {
      text: 'Chinese state media reported on Monday that President Xi Jinping met Russian President Vladimir Putin in Moscow. The Kremlin said the talks were useful.',
      published: '2026-08-25',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Putin'], date: '2026-08-24', host: 'RUS' }],
      why: 'a report no one denies',
    },
  ],
  'document: a given name no one in the story bears makes another person of the surname': [
    {
      text: 'French President Emmanuel Macron opened the summit in Evian on Monday. Brigitte Macron took the leaders\' spouses on a boat trip across the lake to Lausanne, where they visited the Olympic Museum.',
      published: '2026-06-16',
      want: [],
      noTrip: ['Macron'],
      why: 'the president\'s wife on an outing',
    },
    {
      text: 'French President Emmanuel Macron opened the summit in Evian on Monday. Later Macron flew to Bern and met Swiss President Karin Keller-Sutter.',
      published: '2026-06-16',
      want: [{ type: 'visit', people: ['Emmanuel Macron'], host: 'CHE' }],
      why: 'an opening adverb before the surname',
    },
  ],
  'events/lexicon: pulling someone aside, a pull-aside': [
    {
      text: 'During the coffee break on Monday, U.S. President Donald Trump pulled Canadian Prime Minister Mark Carney aside for fifteen minutes on steel tariffs.',
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Trump', 'Carney'], date: '2026-06-15' }],
      why: 'the verb',
    },
    {
      text: 'Japanese Prime Minister Sanae Takaichi also had a brief pull-aside with German Chancellor Friedrich Merz on the terrace on Monday.',
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Takaichi', 'Merz'], date: '2026-06-15' }],
      why: 'the noun',
    },
    {
      text: 'U.S. President Donald Trump pulled the plug on the tariff plan on Monday, and Canadian Prime Minister Mark Carney took Mexico\'s offer aside for study.',
      published: '2026-06-16',
      want: [],
      never: [['Trump', 'Carney']],
      why: 'a plan set aside, a plug pulled',
    },
  ],
  'refine/venues and default-dates: the day and place of a gathering the story is filed from': [
    {
      text: 'EVIAN-LES-BAINS, France, June 16 — The leaders of the Group of Seven gathered on Sunday evening, and by Monday night the summit had produced one joint statement. French President Emmanuel Macron greeted the leaders on Monday morning. Japanese Prime Minister Sanae Takaichi and Italian Prime Minister Giorgia Meloni held a bilateral meeting before lunch.',
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Takaichi', 'Meloni'], date: '2026-06-15', host: 'FRA' }],
      why: 'a town the gazetteer lacks, in the country the dateline writes after it; talks of the summit day',
    },
    {
      text: 'NAGATO, Japan, Dec. 16 — Russian President Vladimir Putin arrived in Japan on Thursday for a two-day summit with Prime Minister Shinzo Abe. Japanese Foreign Minister Fumio Kishida and Chinese Foreign Minister Wang Yi held talks by video link.',
      published: '2016-12-16',
      want: [{ type: 'video_call', people: ['Kishida', 'Wang Yi'], date: '2016-12' }],
      why: 'a summit "with" one leader is no gathering that dates others\' exchanges',
    },
  ],
  'refine/default-dates: talks a dated journey is for take its day': [
    {
      text: 'Ukrainian President Volodymyr Zelensky is due in Evian on Tuesday for the final session and a meeting with U.S. President Donald Trump, their first since February.',
      published: '2026-06-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Zelensky', 'Trump'], date: '2026-06-16' }],
      why: '"due in X on Tuesday for … a meeting with"',
    },
    {
      text: 'Ukrainian President Volodymyr Zelensky is due in Evian on Tuesday, and his aides are pressing for a meeting with U.S. President Donald Trump next month.',
      published: '2026-06-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Zelensky', 'Trump'], date: '2026-07' }],
      why: 'a meeting pressed for in another clause keeps its own time',
    },
  ],
  'refine/relative-dates: "the next day", "the day before" count from a time told before them': [
    {
      text: 'U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Manila on July 10. Rubio flew on to Tokyo the next day and held talks with Japanese Foreign Minister Toshimitsu Motegi there on the 11th.',
      published: '2026-07-16',
      want: [{ type: 'visit', people: ['Rubio'], date: '2026-07-11', host: 'JPN' }, { type: 'meeting', people: ['Rubio', 'Motegi'], date: '2026-07-11' }],
      why: 'a day told after the offset in its sentence is no anchor',
    },
    {
      text: 'U.S. Secretary of State Marco Rubio met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on July 13. Rubio flew to Seoul the next day.',
      published: '2026-07-16',
      want: [{ type: 'visit', people: ['Rubio'], date: '2026-07-14', host: 'KOR' }],
      why: 'a day told before the offset, in the sentence before, is its anchor',
    },
    {
      text: 'Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday. Lula, who had arrived in Beijing the day before, left for Shanghai on Tuesday.',
      published: '2026-07-16',
      want: [{ type: 'visit', people: ['Lula'], date: '2026-07-12', host: 'CHN' }],
      visits: 1,
      why: 'the relative clause\'s arrival, one stay with the departure past the comma',
    },
  ],
  'events/status: a plan a participle right after the noun tells': [
    {
      text: 'Both sides still want the meeting between U.S. President Donald Trump and Chinese President Xi Jinping planned for the autumn to go ahead.',
      published: '2026-06-09',
      want: [{ type: 'meeting', status: 'planned', people: ['Trump', 'Xi Jinping'] }],
      why: '"planned for" after the noun and its "between"',
    },
    {
      text: 'The meeting between U.S. President Donald Trump and Chinese President Xi Jinping in Busan on Thursday set in motion a truce for a year.',
      published: '2025-11-01',
      want: [{ type: 'meeting', status: 'occurred', people: ['Trump', 'Xi Jinping'] }],
      why: '"set in motion" is no plan',
    },
  ],
  'events/status: the news day\'s programme in the present': [
    {
      text: 'Indian Prime Minister Narendra Modi holds the annual leaders\' summit with Australian Prime Minister Anthony Albanese in Canberra today.',
      published: '2026-06-09',
      want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Albanese'], date: '2026-06-09' }],
      why: '"holds … today"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi, who holds the record for summits, held talks with Australian Prime Minister Anthony Albanese in Canberra on Monday, officials said today.',
      published: '2026-06-09',
      want: [{ type: 'meeting', status: 'occurred', people: ['Modi', 'Albanese'], date: '2026-06-08' }],
      why: 'a present of another noun, and talks held',
    },
  ],
  'refine/anaphora: "the call" is a call told before, not a nearer meeting': [
    {
      text: 'U.S. President Donald Trump and Chinese President Xi Jinping spoke by telephone on Tuesday. Chinese Foreign Minister Wang Yi last came to Washington in October 2023, when he met President Joe Biden at the White House. The White House said the call lasted about 90 minutes.',
      published: '2026-07-16',
      want: [{ type: 'phone_call', people: ['Trump', 'Xi Jinping'], date: '2026-07-14' }, { type: 'meeting', people: ['Wang Yi', 'Biden'], date: '2023-10' }],
      never: [['Wang Yi', 'Biden', 'Trump']],
      calls: 1,
      why: 'a meeting recalled between the call and its mention',
    },
    {
      text: 'U.S. President Donald Trump met Chinese President Xi Jinping in Busan on Thursday. The White House said the talks lasted about 90 minutes.',
      published: '2025-11-01',
      want: [{ type: 'meeting', people: ['Trump', 'Xi Jinping'], date: '2025-10-30' }],
      meetings: 1,
      why: '"the talks" still refer back to the meeting',
    },
  ],
  'events/date-for: the time of a saying is not the plan\'s': [
    {
      text: 'U.S. President Donald Trump, who said in May that he would travel to China "sometime this year", did not mention the trip on Wednesday.',
      published: '2026-07-16',
      want: [{ type: 'visit', status: 'planned', people: ['Trump'], date: '2026', host: 'CHN' }],
      why: '"said in May that he would travel"',
    },
    {
      text: 'U.S. President Donald Trump said on Monday that he would travel to China in November.',
      published: '2026-07-16',
      want: [{ type: 'visit', status: 'planned', people: ['Trump'], date: '2026-11', host: 'CHN' }],
      why: 'the plan\'s own month',
    },
  ],
  'refine/default-dates: hosting for an exchange the sentence dates is on its day': [
    {
      text: 'Finnish President Alexander Stubb met Chinese President Xi Jinping in Beijing in October 2024. His predecessor, Sauli Niinistö, hosted Putin and Trump for their summit in Helsinki in July 2018, and met each of them before they sat down together.',
      published: '2026-01-21',
      want: [{ type: 'meeting', people: ['Niinist', 'Trump'], date: '2018-07', host: 'FIN' }],
      why: '"hosted X and Y for their summit in … in July 2018"',
    },
    {
      text: 'Finnish President Alexander Stubb met Chinese President Xi Jinping in Beijing in October 2024. His predecessor, Sauli Niinistö, hosted Russian President Vladimir Putin for talks in Helsinki. Putin and U.S. President Donald Trump held a summit in July 2018.',
      published: '2026-01-21',
      want: [{ type: 'meeting', people: ['Niinist', 'Putin'], date: '2026-01', host: 'FIN' }],
      why: 'a summit dated in another sentence does not date the hosting',
    },
  ],
  'events/visit-parts: a clause opening with "he" goes on with the sentence\'s subject': [
    {
      text: 'Chinese President Jiang Zemin arrived in New Delhi in November 1996 and held talks with Prime Minister H. D. Deve Gowda; he flew on to Islamabad, where President Farooq Leghari received him in December.',
      published: '2026-02-20',
      want: [{ type: 'visit', people: ['Jiang Zemin'], date: '1996-12', host: 'PAK' }],
      noTrip: ['Deve Gowda'],
      why: 'the object of the clause before is not "he"',
    },
    {
      text: 'Chinese President Jiang Zemin held talks with Prime Minister H. D. Deve Gowda in New Delhi in November 1996; Deve Gowda flew to Islamabad in December.',
      published: '2026-02-20',
      want: [{ type: 'visit', people: ['Deve Gowda'], host: 'PAK' }],
      why: 'a clause with a subject of its own',
    },
  ],
  'events/lexicon: stepping off the plane in a place is arriving there': [
    {
      text: 'When Mexican President Claudia Sheinbaum stepped off the plane in Ottawa on a raw Thursday in March, Canadian Prime Minister Mark Carney was not there to meet her.',
      published: '2026-04-12',
      want: [{ type: 'visit', people: ['Sheinbaum'], date: '2026-03', host: 'CAN' }],
      why: 'the plane in a place',
    },
    {
      text: 'Mexican President Claudia Sheinbaum stepped off the stage in Mexico City after talks with Canadian Prime Minister Mark Carney.',
      published: '2026-04-12',
      want: [{ type: 'meeting', people: ['Sheinbaum', 'Carney'] }],
      noTrip: ['Sheinbaum'],
      why: 'a stage at home',
    },
  ],
  'events/lexicon: a stop in a place on the way is a visit': [
    {
      text: 'On his way home U.S. President Bill Clinton stopped for five hours in Islamabad on March 25, 2000, and met General Pervez Musharraf.',
      published: '2026-02-20',
      want: [{ type: 'visit', people: ['Clinton'], date: '2000-03-25', host: 'PAK' }],
      why: '"stopped for five hours in Islamabad"',
    },
    {
      text: 'Talks between Indian and Chinese officials stopped in August, and Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan in October.',
      published: '2024-11-16',
      want: [{ type: 'meeting', people: ['Modi', 'Xi Jinping'], host: 'RUS' }],
      noTrip: ['Xi Jinping', 'Modi'],
      why: 'talks stopped in a month',
    },
  ],
  'events/status: a task that "fell to" someone was done': [
    {
      text: 'Canadian Prime Minister Mark Carney spoke to Mexican President Claudia Sheinbaum by telephone on January 20. It fell to her economy secretary, Marcelo Ebrard, to fly to Ottawa a week later.',
      published: '2026-04-12',
      want: [{ type: 'visit', status: 'occurred', people: ['Ebrard'], date: '2026-01', host: 'CAN' }],
      why: '"it fell to X to fly"',
    },
    {
      text: 'Mexican Economy Secretary Marcelo Ebrard is to fly to Ottawa next week, and it falls to him to settle the quarrel.',
      published: '2026-04-12',
      want: [{ type: 'visit', status: 'planned', people: ['Ebrard'], host: 'CAN' }],
      why: 'a journey still ahead',
    },
  ],
  'events/status: a planned exchange skipped is called off': [
    {
      text: 'U.S. President Donald Trump will leave straight after it, skipping a planned meeting with South African President Cyril Ramaphosa.',
      published: '2026-06-16',
      want: [{ type: 'meeting', status: 'cancelled', people: ['Trump', 'Ramaphosa'] }],
      why: '"skipping a planned meeting"',
    },
    {
      text: 'U.S. President Donald Trump skipped a meeting with South African President Cyril Ramaphosa at the summit.',
      published: '2026-06-16',
      want: [{ type: 'meeting', status: 'declined', people: ['Trump', 'Ramaphosa'] }],
      why: 'a meeting skipped with no plan told stays refused',
    },
  ],
  'refine/default-dates: talks named with a visit are of its time': [
    {
      text: 'Bill Clinton finally came to India in March 2000. Atal Bihari Vajpayee returned the visit in September 2000 with a state visit to Washington and talks with Clinton at the White House.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Vajpayee', 'Clinton'], date: '2000-09', host: 'USA' }],
      why: '"a state visit to Washington and talks with Clinton"',
    },
    {
      text: 'Bill Clinton finally came to India in March 2000. In November 2001, Atal Bihari Vajpayee held talks with President George W. Bush in Washington, a year after a state visit to Washington and a dinner at the White House.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Vajpayee', 'Bush'], date: '2001-11' }],
      why: 'talks with a time of their own',
    },
  ],
  'events/lexicon and meeting-parts: a declaration of something signed with someone; a place describing the subject': [
    {
      text: 'Russian President Vladimir Putin, barely five months in the Kremlin, came to New Delhi in October 2000 and signed a declaration of strategic partnership with Indian Prime Minister Atal Bihari Vajpayee.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Putin', 'Vajpayee'], date: '2000-10', host: 'IND' }],
      why: '"signed a declaration of strategic partnership with"; "in the Kremlin" set off after the subject',
    },
    {
      text: 'On Monday, in Moscow, Russian President Vladimir Putin met Indian Prime Minister Narendra Modi.',
      published: '2024-07-10',
      want: [{ type: 'meeting', people: ['Putin', 'Modi'], host: 'RUS' }],
      why: 'an opening place set off by commas is the venue',
    },
    {
      text: 'Russian President Vladimir Putin signed a decree on cooperation with India in Moscow in October 2000.',
      published: '2026-02-20',
      want: [],
      why: 'a decree is no accord between sides',
    },
  ],
  'text/sentence-breaks: "I." before another initial': [
    {
      text: 'French President Jacques Chirac held talks with Prime Minister I. K. Gujral in New Delhi in January 1998.',
      published: '2026-02-20',
      want: [{ type: 'meeting', people: ['Chirac', 'Gujral'], date: '1998-01', host: 'IND' }],
      why: 'the prime minister named with his initials',
    },
  ],
  'events/parties: a court title run into the titled name, and the subject before a "who" clause': [
    {
      text: 'Indonesian President Joko Widodo, who arrived in Kuala Lumpur on Thursday, was received by the Yang di-Pertuan Agong Sultan Abdullah at the Istana Negara.',
      published: '2023-06-10',
      want: [{ type: 'meeting', people: ['Widodo', 'Abdullah'], host: 'MYS' }],
      why: 'a title and the titled name after it are one host, so the guest before the "who" clause is the other side',
    },
    {
      text: 'The Yang di-Pertuan Agong Sultan Abdullah, who opened a mosque in Kuantan on Monday, was received by cheering crowds in Pekan.',
      published: '2023-06-10',
      want: [],
      why: 'one titled twice, received by crowds, meets no one',
    },
    {
      text: 'German Chancellor Olaf Scholz, who arrived in Paris on Monday, met President Emmanuel Macron and Prime Minister Gabriel Attal on Tuesday.',
      published: '2024-03-12',
      want: [{ type: 'meeting', people: ['Scholz', 'Macron', 'Attal'], date: '2024-03-12', host: 'FRA' }],
      why: 'the antecedent of a closed "who" clause is the subject of a verb with two objects',
    },
    {
      text: 'German Chancellor Olaf Scholz, who arrived in Paris on Monday, said that Emmanuel Macron met Chinese President Xi Jinping and Indian Prime Minister Narendra Modi last week.',
      published: '2024-03-12',
      want: [{ type: 'meeting', people: ['Macron', 'Xi Jinping'] }],
      never: [['Scholz', 'Xi Jinping'], ['Scholz', 'Modi']],
      why: 'a clause with a subject of its own before the verb takes no one from before the "who" clause',
    },
  ],
  'refine/split and merge: guests received together, and another host with the same guests': [
    {
      text: 'Kazakh President Kassym-Jomart Tokayev received Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov together in Almaty on Tuesday.',
      published: '2026-10-08',
      want: [{ type: 'meeting', people: ['Tokayev', 'Mirzoyan', 'Bayramov'], date: '2026-10-06', host: 'KAZ' }],
      meetings: 1,
      why: 'guests of two countries received "together" are one meeting',
    },
    {
      text: 'Kazakh President Kassym-Jomart Tokayev received Armenian Foreign Minister Ararat Mirzoyan on Tuesday and Azerbaijani Foreign Minister Jeyhun Bayramov on Wednesday.',
      published: '2026-10-08',
      want: [{ type: 'meeting', people: ['Tokayev', 'Mirzoyan'], date: '2026-10-06' }, { type: 'meeting', people: ['Tokayev', 'Bayramov'], date: '2026-10-07' }],
      never: [['Mirzoyan', 'Bayramov']],
      why: 'guests received on days of their own are met apart',
    },
    {
      text: 'Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Almaty on Tuesday, hosted by Kazakh Foreign Minister Yermek Kosherbayev. Kazakh President Kassym-Jomart Tokayev received Mirzoyan and Bayramov together after their talks.',
      published: '2026-10-08',
      want: [
        { type: 'meeting', people: ['Mirzoyan', 'Bayramov', 'Kosherbayev'], date: '2026-10-06', host: 'KAZ' },
        { type: 'meeting', people: ['Tokayev', 'Mirzoyan', 'Bayramov'], date: '2026-10-06', host: 'KAZ' },
      ],
      meetings: 2,
      never: [['Tokayev', 'Kosherbayev']],
      why: 'a reception by the president after the talks his minister hosted is another exchange, on the talks\' day',
    },
    {
      text: 'Kazakh President Kassym-Jomart Tokayev received Armenian Foreign Minister Ararat Mirzoyan after his talks with Chinese officials.',
      published: '2026-10-08',
      want: [{ type: 'meeting', people: ['Tokayev', 'Mirzoyan'], date: '2026-10', host: 'KAZ' }],
      meetings: 1,
      why: 'talks told nowhere before date nothing',
    },
    {
      text: 'US Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on Sunday. Blinken, Qin and Chinese Vice Foreign Minister Ma Zhaoxu discussed Taiwan for five hours at the meeting.',
      published: '2023-06-19',
      want: [{ type: 'meeting', people: ['Blinken', 'Qin Gang'], date: '2023-06-18', host: 'CHN' }],
      meetings: 1,
      why: 'one telling that adds a side of its own is still the one meeting',
    },
  ],
  'refine/relative-dates: an offset opening the sentence': [
    {
      text: "Georgian Prime Minister Irakli Kobakhidze travelled to Baku on Wednesday for talks with President Ilham Aliyev. The two leaders discussed the Middle Corridor. Aliyev praised Georgia's foreign policy. Kobakhidze said trade had doubled. A day earlier, in Almaty, Armenian Foreign Minister Ararat Mirzoyan held talks with Kazakh Foreign Minister Yermek Kosherbayev.",
      published: '2026-10-08',
      want: [{ type: 'meeting', people: ['Mirzoyan', 'Kosherbayev'], date: '2026-10-06', host: 'KAZ' }],
      why: '"A day earlier," counts from the last exchange the story dated, sentences up',
    },
    {
      text: 'Georgian Prime Minister Irakli Kobakhidze travelled to Baku on Wednesday for talks with President Ilham Aliyev. A day earlier, in Almaty, Armenian Foreign Minister Ararat Mirzoyan held talks with Kazakh Foreign Minister Yermek Kosherbayev on Monday.',
      published: '2026-10-08',
      want: [{ type: 'meeting', people: ['Mirzoyan', 'Kosherbayev'], date: '2026-10-05', host: 'KAZ' }],
      why: 'a day the clause writes wins over the offset',
    },
  ],
  'events/exclusions and lexicon: invitations accepted, and invitations to a place': [
    {
      text: 'President Prabowo Subianto invited Prime Minister Sanae Takaichi to visit Indonesia, and Takaichi expressed her intention to visit at an appropriate time.',
      published: '2025-12-10',
      want: [{ type: 'visit', status: 'planned', people: ['Takaichi'], host: 'IDN' }],
      why: 'the guest\'s stated intention to visit accepts the invitation',
    },
    {
      text: 'President Prabowo Subianto invited Prime Minister Sanae Takaichi to visit Indonesia, and Takaichi expressed her gratitude for the warm welcome.',
      published: '2025-12-10',
      want: [],
      why: 'gratitude expressed is no acceptance',
    },
    {
      text: 'Prime Minister Portia Simpson Miller yesterday received a letter from Chinese Premier Wen Jiabao inviting her to visit Beijing next year. She has accepted, her office said.',
      published: '2006-09-12',
      want: [{ type: 'visit', status: 'planned', people: ['Simpson Miller'], date: '2007', host: 'CHN' }],
      why: '"has accepted" opening the next sentence',
    },
    {
      text: 'Prime Minister Portia Simpson Miller yesterday received a letter from Chinese Premier Wen Jiabao inviting her to visit Beijing next year. She has accepted the award on behalf of Jamaica.',
      published: '2006-09-12',
      want: [{ type: 'message', people: ['Wen Jiabao', 'Simpson Miller'] }],
      visits: 0,
      why: 'something else accepted next accepts no invitation',
    },
    {
      text: 'Iranian Foreign Minister Hossein Amir-Abdollahian said he had invited Saudi Foreign Minister Prince Faisal bin Farhan to visit Tehran, and that the Saudi minister had in turn invited him to Riyadh. Both invitations were accepted, he said.',
      published: '2023-04-07',
      want: [
        { type: 'visit', status: 'planned', people: ['Faisal bin Farhan'], host: 'IRN' },
        { type: 'visit', status: 'planned', people: ['Amir-Abdollahian'], host: 'SAU' },
      ],
      why: '"invited him to Riyadh": the one invited to a place, of another country than the inviter; both invitations accepted',
    },
    {
      text: 'Chinese President Xi Jinping invited Brazilian President Luiz Inacio Lula da Silva to Beijing, and Lula accepted.',
      published: '2023-04-07',
      want: [{ type: 'visit', status: 'planned', people: ['Lula'], host: 'CHN' }],
      why: 'an accepted invitation to a city',
    },
    {
      text: 'Chinese President Xi Jinping invited Brazilian President Luiz Inacio Lula da Silva to Beijing, officials said.',
      published: '2023-04-07',
      want: [],
      why: 'an invitation to a city, not accepted, is only an offer',
    },
  ],
  "events/candidates: a ministers' meeting the leaders agree to hold": [
    {
      text: 'Prime Minister Sanae Takaichi held talks with President Prabowo Subianto in Tokyo on Tuesday. The two leaders confirmed that they would hold the next Japan-Indonesia Foreign and Defense Ministerial Meeting in Jakarta next year.',
      published: '2025-12-10',
      want: [{ type: 'meeting', people: ['Takaichi', 'Prabowo'], date: '2025-12-09', host: 'JPN' }],
      meetings: 1,
      why: 'the ministerial meeting is no planned meeting of the leaders',
    },
    {
      text: 'Foreign Minister Toshimitsu Motegi held talks with Indonesian Foreign Minister Sugiono in Tokyo on Tuesday. The two ministers agreed to hold the next Japan-Indonesia Ministerial Meeting in Jakarta next year.',
      published: '2025-12-10',
      want: [{ type: 'meeting', status: 'planned', people: ['Motegi', 'Sugiono'], date: '2026', host: 'IDN' }],
      why: 'ministers agreeing to hold their own meeting plan it',
    },
  ],
  'refine: "the two presidents last met …, when X came to discuss", the travelling party, and days of a trip': [
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Friday for a one-day working visit and held talks with his Moldovan counterpart Ion Cebanu. The two presidents last met in Kyiv in February, when Cebanu came to discuss customs control. Yushchenko invited Cebanu to pay a state visit to Ukraine in the autumn, and Cebanu accepted. Foreign Minister Borys Tarasyuk, who accompanied the president, held separate talks with his Moldovan counterpart Andrei Stratan.',
      published: '2005-04-22',
      want: [
        { type: 'meeting', people: ['Yushchenko', 'Cebanu'], date: '2005-02', host: 'UKR' },
        { type: 'visit', people: ['Cebanu'], date: '2005-02', host: 'UKR' },
        { type: 'visit', status: 'planned', people: ['Cebanu'], host: 'UKR' },
        { type: 'meeting', people: ['Tarasyuk', 'Stratan'], date: '2005-04-22', host: 'MDA', countries: ['UKR', 'MDA'] },
      ],
      why: 'a counterpart of unknown office is one of "the two presidents"; one who "came to discuss" came to the place the clause before names; a plan in another sentence is no leg of a stay long over; the party of the trip to the country met; a one-day trip dates what is held on it',
    },
    {
      text: 'Ukrainian President Viktor Yushchenko arrived in Chisinau on Thursday for a two-day visit and held talks with his Moldovan counterpart Ion Cebanu. Foreign Minister Borys Tarasyuk, who accompanied the president, held separate talks with his Moldovan counterpart Andrei Stratan.',
      published: '2005-04-22',
      want: [{ type: 'meeting', people: ['Tarasyuk', 'Stratan'], date: '2005-04', host: 'MDA' }],
      why: 'talks during a trip of two days take no one day of it',
    },
    {
      text: 'Ukrainian President Viktor Yushchenko held talks with Prime Minister Mikhail Fradkov in Moscow on Friday. The two presidents last met in Kyiv in February.',
      published: '2005-04-22',
      want: [{ type: 'meeting', people: ['Yushchenko', 'Fradkov'], date: '2005-04-22', host: 'RUS' }],
      meetings: 1,
      why: 'a prime minister the knowledge knows is not one of "the two presidents"',
    },
    {
      text: 'Cebanu came to discuss customs control with Ukrainian President Viktor Yushchenko, officials said.',
      published: '2005-04-22',
      want: [],
      visits: 0,
      why: '"came to discuss" with no place before it goes nowhere',
    },
    {
      text: 'Polish President Aleksander Kwasniewski returns to Warsaw tonight. On Tuesday he leaves for Riga, where he will open an exhibition and hold talks with Latvian President Vaira Vike-Freiberga.',
      published: '2005-04-22',
      want: [{ type: 'meeting', status: 'planned', people: ['Kwasniewski', 'Vike-Freiberga'], date: '2005-04-26', host: 'LVA' }],
      why: 'talks in the "where" clause of a journey are on its day',
    },
    {
      text: 'Polish President Aleksander Kwasniewski returns to Warsaw tonight. On Tuesday he leaves for Riga, where he will open an exhibition and hold talks with Latvian President Vaira Vike-Freiberga on Wednesday.',
      published: '2005-04-22',
      want: [{ type: 'meeting', status: 'planned', people: ['Kwasniewski', 'Vike-Freiberga'], date: '2005-04-27', host: 'LVA' }],
      why: 'a day of their own wins',
    },
  ],
  'mentions and refine: names listed after a plural title, "In parallel,", saints\' places, and agendas': [
    {
      text: 'The Goma summit was prepared by the two foreign ministers, Alexis Dumbe Kamanga and Rosemary Uwase, who held talks in Kigali in June.',
      published: '2009-08-07',
      want: [{ type: 'meeting', people: ['Kamanga', 'Uwase'], date: '2009-06', host: 'RWA' }],
      notOf: [['Kamanga', 'RWA']],
      why: 'names the knowledge lacks, listed after a plural title, hold its office (and neither is taken for the home country\'s)',
    },
    {
      text: 'The Goma summit was prepared by the two foreign ministers, Kamanga and Uwase, who held talks in Kigali in June.',
      published: '2009-08-07',
      want: [],
      why: 'single words after a plural title are no names to list',
    },
    {
      text: 'BOGOTA, Oct 15 - Colombian President Gustavo Petro received Panamanian President Jose Raul Mulino at the Casa de Narino on Tuesday. In parallel, the foreign ministers of both countries, Rosa Villavicencio and Javier Martinez-Acha, held a working meeting at the Palacio de San Carlos. It was the first visit by a Panamanian president since 2018, when Juan Carlos Varela came to Bogota.',
      published: '2025-10-15',
      want: [{ type: 'meeting', people: ['Villavicencio', 'Martinez-Acha'], date: '2025-10-14', host: 'COL' }],
      never: [['Villavicencio', 'Varela']],
      why: '"In parallel," is the day and place of the exchange told before; the "Carlos" of "San Carlos" is no one',
    },
    {
      text: 'BOGOTA, Oct 15 - Colombian President Gustavo Petro received Panamanian President Jose Raul Mulino at the Casa de Narino on Tuesday. In parallel with the visit, the foreign ministers of both countries, Rosa Villavicencio and Javier Martinez-Acha, met for lunch on Wednesday.',
      published: '2025-10-15',
      want: [{ type: 'meeting', people: ['Villavicencio', 'Martinez-Acha'], date: '2025-10-15' }],
      why: 'a day of its own wins over "in parallel with"',
    },
    {
      text: 'Panamanian President Juan Carlos Varela travelled to Bogota on Monday. Varela met Colombian President Juan Manuel Santos at the Casa de Narino.',
      published: '2018-05-15',
      want: [{ type: 'meeting', people: ['Varela', 'Santos'], host: 'COL' }],
      why: 'a surname alone, after no saint\'s title, is still the one named in full',
    },
    {
      text: 'The agenda of Colombian Foreign Minister Rosa Villavicencio also foresees a trip to Lima, where on October 22 she will meet Peruvian Foreign Minister Hugo de Zela.',
      published: '2025-10-15',
      want: [
        { type: 'visit', status: 'planned', people: ['Villavicencio'], date: '2025-10-22', host: 'PER' },
        { type: 'meeting', status: 'planned', people: ['Villavicencio', 'de Zela'], date: '2025-10-22', host: 'PER' },
      ],
      why: 'a trip an agenda foresees is planned, on the day of the meeting its "where" clause dates',
    },
    {
      text: 'Colombian Foreign Minister Rosa Villavicencio, who foresees closer ties with Peru, travelled to Lima on Monday.',
      published: '2025-10-15',
      want: [{ type: 'visit', people: ['Villavicencio'], date: '2025-10-13', host: 'PER' }],
      why: '"foresees" in a relative clause plans nothing of the main clause',
    },
    {
      text: 'Colombian Foreign Minister Rosa Villavicencio will travel to Lima, where she will meet Peruvian Foreign Minister Hugo de Zela.',
      published: '2025-10-15',
      want: [{ type: 'visit', status: 'planned', people: ['Villavicencio'], date: '2025-10', host: 'PER' }],
      why: 'an undated "where" clause dates no journey',
    },
  ],
  'refine/again: "and again" with a place or time of its own': [
    {
      text: 'Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan met in Brussels in June 2021, and again in Istanbul in March 2022.',
      published: '2022-04-10',
      want: [
        { type: 'meeting', people: ['Mitsotakis', 'Erdogan'], date: '2021-06', host: 'BEL' },
        { type: 'meeting', people: ['Mitsotakis', 'Erdogan'], date: '2022-03', host: 'TUR' },
      ],
      meetings: 2,
      why: 'a second meeting in a place and month of its own',
    },
    {
      text: 'Japanese Prime Minister Fumio Kishida spoke by phone with US President Joe Biden on Monday and again on Wednesday.',
      published: '2024-03-14',
      want: [
        { type: 'phone_call', people: ['Kishida', 'Biden'], date: '2024-03-11' },
        { type: 'phone_call', people: ['Kishida', 'Biden'], date: '2024-03-13' },
      ],
      calls: 2,
      why: 'a second call on a day of its own',
    },
    {
      text: 'Japanese Prime Minister Fumio Kishida met US President Joe Biden in Washington on Monday and again called for calm in the Middle East.',
      published: '2024-03-12',
      want: [{ type: 'meeting', people: ['Kishida', 'Biden'], date: '2024-03-11', host: 'USA' }],
      meetings: 1,
      why: '"and again" with a verb of its own tells no second exchange',
    },
  ],
  'events/parties and visit-parts: "the two presidents last met …, when A … and B was on a visit"': [
    {
      text: 'Russian President Dmitry Medvedev held talks with Kazakh President Nursultan Nazarbayev in Astana on Thursday. Medvedev will then fly to Beijing for talks with Chinese President Hu Jintao. The two presidents last met in Moscow in February, when Medvedev was still first deputy prime minister and Nazarbayev was on a working visit to Russia.',
      published: '2008-05-23',
      want: [
        { type: 'meeting', people: ['Medvedev', 'Nazarbayev'], date: '2008-02', host: 'RUS' },
        { type: 'visit', people: ['Nazarbayev'], date: '2008-02', host: 'RUS' },
      ],
      never: [['Hu Jintao', 'Nazarbayev']],
      why: 'the when-clause names the two, one of them of the pair told before; the one who "was on a working visit" travelled',
    },
    {
      text: 'Russian President Dmitry Medvedev held talks with Kazakh President Nursultan Nazarbayev in Astana on Thursday. The two presidents agreed to meet again, when Chinese President Hu Jintao and Japanese Prime Minister Yasuo Fukuda visit Moscow.',
      published: '2008-05-23',
      want: [{ type: 'meeting', status: 'planned', people: ['Medvedev', 'Nazarbayev'] }],
      never: [['Medvedev', 'Fukuda'], ['Nazarbayev', 'Hu Jintao']],
      why: 'a when-clause naming two others, neither told before, is not "the two"',
    },
    {
      text: 'Kazakh President Nursultan Nazarbayev praised Russian President Dmitry Medvedev, who was on a working visit to Kazakhstan.',
      published: '2008-05-23',
      want: [{ type: 'visit', people: ['Medvedev'], host: 'KAZ' }],
      noTrip: ['Nazarbayev'],
      why: 'the one a relative clause says was on the visit travelled, not the main clause\'s subject',
    },
  ],
  'events/status: a present tense in a time clause of a plan': [
    {
      text: 'Japanese Prime Minister Shinzo Abe is expected to brief US President Donald Trump when the two meet on the sidelines of the Group of 20 summit in Osaka on June 28.',
      published: '2019-06-14',
      want: [{ type: 'meeting', status: 'planned', people: ['Abe', 'Trump'], date: '2019-06-28', host: 'JPN' }],
      why: '"when the two meet" under "is expected to" lies ahead',
    },
    {
      text: 'Japanese Prime Minister Shinzo Abe briefed US President Donald Trump when the two met on the sidelines of the Group of 20 summit in Osaka on June 28.',
      published: '2019-07-14',
      want: [{ type: 'meeting', people: ['Abe', 'Trump'], date: '2019-06-28', host: 'JPN' }],
      why: 'a past tense in the time clause took place',
    },
  ],
  'events/lexicon and date-for: a named dialogue or session held with someone, and the date of the verb before "and"': [
    {
      text: 'Chinese Foreign Minister Wang Yi visited Canberra in March and held the seventh Foreign and Strategic Dialogue with his counterpart Penny Wong on March 20.',
      published: '2024-06-17',
      want: [
        { type: 'visit', people: ['Wang Yi'], date: '2024-03', host: 'AUS' },
        { type: 'meeting', people: ['Wang Yi', 'Penny Wong'], date: '2024-03-20', host: 'AUS' },
      ],
      why: 'a dialogue held with a counterpart is talks, dated by its own day, not the month of the visit before "and"',
    },
    {
      text: 'Saudi Foreign Minister Prince Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian held a joint session with Chinese Foreign Minister Qin Gang in Beijing on Thursday.',
      published: '2023-04-07',
      want: [{ type: 'meeting', people: ['Faisal bin Farhan', 'Amir-Abdollahian', 'Qin Gang'], date: '2023-04-06', host: 'CHN' }],
      why: 'a joint session with someone',
    },
    {
      text: 'Saudi Foreign Minister Prince Faisal bin Farhan held a session with journalists in Riyadh on Thursday.',
      published: '2023-04-07',
      want: [],
      why: 'a session with no one named',
    },
    {
      text: 'Chinese Foreign Minister Wang Yi visited Canberra on March 19 and met his counterpart Penny Wong.',
      published: '2024-06-17',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Penny Wong'], date: '2024-03-19', host: 'AUS' }],
      why: 'with no day of its own, the verb after "and" keeps the day before it',
    },
  ],
  'events/status: a past verb right after "and" keeps its own tense': [
    {
      text: 'US President Joe Biden promised to visit Angola in 2023, postponed the trip, and finally landed in Luanda in December 2024.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Biden'], date: '2024-12', host: 'AGO' }],
      why: 'the landing took place, whatever befell the plan before it',
    },
    {
      text: 'US President Joe Biden postponed his trip to Nairobi and cancelled a visit to Luanda.',
      published: '2025-06-10',
      want: [
        { type: 'visit', status: 'postponed', people: ['Biden'], host: 'KEN' },
        { type: 'visit', status: 'cancelled', people: ['Biden'], host: 'AGO' },
      ],
      why: 'nouns after "and" keep the verbs that govern them',
    },
  ],
  'events and refine: "…, and X was received instead by Y" after a refusal': [
    {
      text: 'When Australian Foreign Minister Penny Wong last travelled to Honiara, in March 2024, Solomon Islands Prime Minister Joseph Tegai declined to meet her, citing a busy schedule, and Wong was received instead by Deputy Prime Minister Peter Kenilorea.',
      published: '2026-08-14',
      want: [
        { type: 'meeting', status: 'declined', people: ['Tegai', 'Wong'] },
        { type: 'meeting', people: ['Wong', 'Kenilorea'], date: '2024-03', host: 'SLB' },
      ],
      never: [['Tegai', 'Kenilorea']],
      why: 'the reception after ", and Wong" is a clause of its own: not refused, not the refuser\'s, dated by the opening when-clause and held on the trip told before it',
    },
    {
      text: 'When Australian Foreign Minister Penny Wong last travelled to Honiara, in March 2024, she met Solomon Islands Prime Minister Joseph Tegai; in June Tegai was received by Wong in Canberra.',
      published: '2024-08-14',
      want: [
        { type: 'meeting', people: ['Wong', 'Tegai'], date: '2024-03', host: 'SLB' },
        { type: 'meeting', people: ['Tegai', 'Wong'], date: '2024-06', host: 'AUS' },
      ],
      why: 'past a semicolon, the opening when-clause dates nothing',
    },
  ],
  'events/exclusions and candidates: an inverted condition, and a count of countries': [
    {
      text: 'Should US President Donald Trump go himself, he would be the first Republican president to visit South Africa since 2003.',
      published: '2025-06-10',
      want: [],
      why: '"Should X go, he would be the first to visit" supposes the visit',
    },
    {
      text: 'Should talks fail, Chinese President Xi Jinping is expected to visit Moscow in May.',
      published: '2025-03-10',
      want: [{ type: 'visit', status: 'planned', people: ['Xi Jinping'], host: 'RUS' }],
      why: 'an inverted condition with no "would" in its main clause leaves the plan told',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan visited Senegal in January. Erdogan has visited more than thirty African countries.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Erdogan'], date: '2025-01', host: 'SEN' }],
      visits: 1,
      why: 'a count of countries visited is no visit to the country of the story\'s other visits',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan visited Senegal, Gambia and Guinea-Bissau in January.',
      published: '2025-06-10',
      want: [
        { type: 'visit', people: ['Erdogan'], host: 'SEN' },
        { type: 'visit', people: ['Erdogan'], host: 'GMB' },
      ],
      visits: 3,
      why: 'countries named are visited one by one',
    },
  ],
  'knowledge and events: "The EAM", and a "where" clause after a gathering a journey is for': [
    {
      text: "External Affairs Minister S Jaishankar arrived in Beijing on Sunday. He will travel to Tianjin on Tuesday to attend the SCO foreign ministers' meeting, where he is also expected to hold bilateral meetings with Russian Foreign Minister Sergey Lavrov.",
      published: '2025-07-14',
      want: [{ type: 'meeting', status: 'planned', people: ['Jaishankar', 'Lavrov'], date: '2025-07-15', host: 'CHN' }],
      why: 'talks in the "where" clause of the gathering a journey is for are at its place, on its day',
    },
    {
      text: 'External Affairs Minister S Jaishankar arrived in Beijing on Sunday. He will travel to Tianjin on Tuesday to visit a port, where he is also expected to hold talks with Russian Foreign Minister Sergey Lavrov on Wednesday.',
      published: '2025-07-14',
      want: [{ type: 'meeting', status: 'planned', people: ['Jaishankar', 'Lavrov'], date: '2025-07-16' }],
      why: 'a day of their own wins',
    },
    {
      text: 'External Affairs Minister S Jaishankar arrived in Tianjin on Monday. The EAM met Russian Foreign Minister Sergey Lavrov on Tuesday.',
      published: '2025-07-16',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Lavrov'], date: '2025-07-15', host: 'CHN' }],
      why: '"The EAM", India\'s External Affairs Minister, is the one the story named so',
    },
    {
      text: 'The team will review the EAM results and met the deadline on Tuesday.',
      published: '2025-07-16',
      want: [],
      why: 'no one is named',
    },
  ],
  'events/lexicon: received at a venue, the guest named after it': [
    {
      text: 'The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, on Monday received at the AU headquarters in Addis Ababa the Prime Minister of Sudan, Kamil Idris.',
      published: '2025-11-18',
      want: [{ type: 'meeting', people: ['Mahmoud Ali Youssouf', 'Idris'], date: '2025-11-17', host: 'ETH' }],
      why: 'the day before the verb, the venue after it, then the guest',
    },
    {
      text: 'Kenyan President William Ruto received in Geneva Swiss aid worth $10 million on Monday.',
      published: '2025-11-18',
      want: [],
      why: 'what is received after the place is no guest',
    },
  ],
  'events/date-for: a participle with no date of its own after a dated phrase': [
    {
      text: 'Greek Prime Minister Kyriakos Mitsotakis held talks with Turkish President Recep Tayyip Erdogan in Ankara on Thursday. The two leaders discussed migration. Erdogan visited Athens in December 2017. Greek Prime Minister Alexis Tsipras returned the visit in February 2019, meeting Erdogan in Ankara.',
      published: '2026-02-13',
      want: [{ type: 'meeting', people: ['Tsipras', 'Erdogan'], date: '2019-02', host: 'TUR' }],
      why: '", meeting Erdogan in Ankara" is at the time of "returned the visit in February 2019"',
    },
    {
      text: 'Chinese Foreign Minister Wang Yi held talks with Lavrov in Moscow on Monday. Wang had travelled to Moscow in January, meeting Russian Foreign Minister Sergei Lavrov on January 18.',
      published: '2024-02-13',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Lavrov'], date: '2024-01-18', host: 'RUS' }],
      why: 'a participle with a day of its own keeps it',
    },
  ],
  'events/date-for: the meeting a dated stay is for': [
    {
      text: 'German Chancellor Olaf Scholz met Russian President Vladimir Putin in Moscow on Tuesday. Scholz himself was in Washington on February 7 for his first meeting with US President Joe Biden at the White House.',
      published: '2022-02-15',
      want: [{ type: 'meeting', people: ['Scholz', 'Biden'], date: '2022-02-07', host: 'USA' }],
      why: '"was in Washington on February 7 for his first meeting with Biden": the meeting is on the stay\'s day',
    },
    {
      text: 'German Chancellor Olaf Scholz met Russian President Vladimir Putin in Moscow on Tuesday. Scholz himself was in Washington on February 7 for his first meeting with US President Joe Biden on February 8.',
      published: '2022-02-15',
      want: [{ type: 'meeting', people: ['Scholz', 'Biden'], date: '2022-02-08', host: 'USA' }],
      why: 'a day of its own wins',
    },
  ],
  'merge of session 10: two readings of a pronoun after a clause break': [
    {
      text: 'European Commission President Ursula von der Leyen met Angolan President João Lourenço in Brussels in 2022. Lourenço and von der Leyen last met in Luanda in 2023 when she came to launch the Lobito corridor investment package.',
      published: '2025-11-24',
      want: [{ type: 'visit', people: ['von der Leyen'], date: '2023', host: 'AGO' }],
      noTrip: ['Lourenço'],
      why: '"she" after a subject of two joined by "and" is not the first of them',
    },
    {
      text: 'Chinese President Jiang Zemin arrived in New Delhi in November and held talks with Prime Minister Deve Gowda; he flew on to Islamabad on December 1.',
      published: '1996-12-02',
      want: [{ type: 'visit', people: ['Jiang'], host: 'PAK' }],
      noTrip: ['Gowda'],
      why: 'a clause opening with "he" after a semicolon goes on with the sentence\'s one subject',
    },
    {
      text: 'Finnish President Alexander Stubb met U.S. President Donald Trump in Florida in March. They met again in Washington in August, he said, when he was one of the European leaders who accompanied Ukrainian President Volodymyr Zelensky to the White House for his meeting with Trump.',
      published: '2026-01-21',
      want: [{ type: 'meeting', people: ['Stubb', 'Trump'], date: '2025-08', host: 'USA' }],
      why: 'a when-clause whose subject is a pronoun does not name "they"',
    },
  ],
  'events/candidates (session 11): a pair told earlier in the sentence is its later "the two …"': [
    {
      text:
        'Indonesian President Joko Widodo held talks with Australian Prime Minister Anthony Albanese in Sydney on Tuesday. ' +
        'Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong in Jakarta last month, and the two ministers spoke by phone on Thursday to prepare the visit.',
      published: '2023-07-07',
      want: [{ type: 'phone_call', people: ['Marsudi', 'Wong'], date: '2023-07-06' }],
      calls: 1,
      why: '"…, and the two ministers spoke by phone": the ministers just told, not the leaders of the sentence before',
    },
    {
      text:
        'Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. ' +
        'Kenyan Foreign Minister Musalia Mudavadi met his Tanzanian counterpart January Makamba in Arusha in May, and they spoke again by phone on Wednesday.',
      published: '2024-06-07',
      want: [{ type: 'phone_call', people: ['Mudavadi', 'Makamba'], date: '2024-06-05' }],
      calls: 1,
      why: '"…, and they spoke again by phone": the pair of the clause before',
    },
    {
      text:
        'Indonesian President Joko Widodo held talks with Australian Prime Minister Anthony Albanese in Sydney on Tuesday. ' +
        'Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong in Jakarta last month, and the two leaders spoke by phone on Thursday to prepare the visit.',
      published: '2023-07-07',
      want: [{ type: 'phone_call', people: ['Widodo', 'Albanese'], date: '2023-07-06' }],
      calls: 1,
      why: 'a pair of ministers is not "the two leaders" of the same sentence',
    },
  ],
  'events/date-for (session 11): a plan told in the pluperfect was for a time gone by': [
    {
      text: 'Australian Trade Minister Don Farrell had been due to travel to Beijing in April, but the trip was pushed back.',
      published: '2023-11-04',
      want: [{ type: 'visit', status: 'postponed', people: ['Farrell'], date: '2023-04', host: 'CHN' }],
      notDated: ['2024'],
      why: '"had been due … in April", told in November: the April before',
    },
    {
      text: 'Kenyan President William Ruto had been scheduled to visit Seoul in March before the trip was called off.',
      published: '2024-10-02',
      want: [{ type: 'visit', status: 'cancelled', people: ['Ruto'], date: '2024-03', host: 'KOR' }],
      why: 'a month half a year ahead is read back',
    },
    {
      text: 'Australian Trade Minister Don Farrell had been due to travel to Beijing in December, but the trip was pushed back.',
      published: '2023-11-04',
      want: [{ type: 'visit', status: 'postponed', people: ['Farrell'], date: '2023-12', host: 'CHN' }],
      why: 'next month stays: a plan for the month ahead may have been changed already',
    },
    {
      text: 'Australian Trade Minister Don Farrell had been due to travel to Beijing in April 2024, but the trip was pushed back.',
      published: '2023-11-04',
      want: [{ type: 'visit', status: 'postponed', people: ['Farrell'], date: '2024-04', host: 'CHN' }],
      why: 'a year written stays',
    },
  ],
  'refine/default-dates (session 11): the story’s exchange told again keeps its day': [
    {
      text:
        'U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday. ' +
        'On Monday he held talks in Cairo with Egyptian President Abdel Fattah el-Sisi. ' +
        'After meeting Netanyahu for more than two hours, Blinken sat down with Israeli President Isaac Herzog.',
      published: '2024-02-07',
      want: [
        { type: 'meeting', people: ['Blinken', 'Netanyahu'], date: '2024-02-07', host: 'ISR' },
        { type: 'meeting', people: ['Blinken', 'Herzog'], date: '2024-02-07' },
        { type: 'meeting', people: ['Blinken', 'Sisi'], date: '2024-02-05', host: 'EGY' },
      ],
      meetings: 3,
      why: '"After meeting Netanyahu": the meeting of the lead, not one on the day of the sentence before',
    },
    {
      text:
        'U.S. President Donald Trump and Canadian Prime Minister Mark Carney, who have not spoken since their trade talks in Washington in April, shook hands on Monday. ' +
        'Trump later pulled Carney aside for talks on steel tariffs.',
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Trump', 'Carney'], date: '2026-06-15' }],
      why: 'a time of the pair recalled from months before is not the day of their talks told again',
    },
  ],
  'events/candidates (session 11): a region before the journey noun, in more of its spellings': [
    {
      text: 'Blinken ends ninth Mideast trip\n\nU.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday. He had visited Egypt in January.',
      published: '2024-02-07',
      want: [{ type: 'visit', people: ['Blinken'], date: '2024-01', host: 'EGY' }],
      visits: 1,
      why: '"Mideast trip": a regional journey, no visit of its own',
    },
    {
      text: 'Macron ends Sahel tour\n\nFrench President Emmanuel Macron met Nigerien President Mohamed Bazoum in Niamey on Monday. He had visited Chad in June.',
      published: '2022-11-08',
      want: [{ type: 'visit', people: ['Macron'], date: '2022-06', host: 'TCD' }],
      visits: 1,
      why: '"Sahel tour" too',
    },
  ],
  'events/lexicon (session 11): "last saw" someone is a meeting recalled': [
    {
      text: 'U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday. He last saw Netanyahu in Tel Aviv in January.',
      published: '2024-02-07',
      want: [{ type: 'meeting', people: ['Blinken', 'Netanyahu'], date: '2024-01', host: 'ISR' }],
      meetings: 2,
      why: '"last saw" a person',
    },
    {
      text: 'Chinese President Xi Jinping met U.S. President Joe Biden in Woodside on Wednesday. The two leaders last saw each other in Bali in 2022.',
      published: '2023-11-16',
      want: [{ type: 'meeting', people: ['Xi', 'Biden'], date: '2022', host: 'IDN' }],
      why: '"last saw each other"',
    },
    {
      text: 'Chinese Premier Li Qiang said on Tuesday that the economy last saw such growth in 2019. Investors first saw Chinese bonds rally in March.',
      published: '2023-11-16',
      want: [],
      why: 'no person seen',
    },
  ],
  'events/lexicon + protocol-welcome (session 11): received at a named airport by a lower rank is protocol': [
    {
      text: 'Ugandan President Yoweri Museveni was received at Jomo Kenyatta International Airport by Kenyan Deputy President Rigathi Gachagua on Monday. He later held talks with President William Ruto at State House.',
      published: '2024-02-13',
      want: [{ type: 'meeting', people: ['Museveni', 'Ruto'] }],
      never: [['Museveni', 'Gachagua']],
      why: 'the passive with a long airport name is read as "received by", and a deputy at the airport is protocol',
    },
    {
      text: 'Ugandan President Yoweri Museveni was welcomed at Jomo Kenyatta International Airport by Kenyan President William Ruto on Monday.',
      published: '2024-02-13',
      want: [{ type: 'meeting', people: ['Museveni', 'Ruto'], date: '2024-02-12' }],
      why: 'a head of state waiting at the airport for another marks the visit',
    },
    {
      text: 'Kenyan President William Ruto received at State House Nairobi Ugandan President Yoweri Museveni on Monday.',
      published: '2024-02-13',
      want: [{ type: 'meeting', people: ['Ruto', 'Museveni'], date: '2024-02-12' }],
      why: 'the active "received at a venue" still names the guest after it',
    },
    {
      text: 'Syrian President Ahmed al-Sharaa landed in Paris on Wednesday. He was received at the Elysée Palace by French President Emmanuel Macron for two hours of talks.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Macron', 'al-Sharaa'], date: '2025-05-07', host: 'FRA' }],
      why: 'the passive past a venue whose name has a letter beyond ASCII',
    },
  ],
  'events/candidates (session 11): a group named by its head noun holds its own gathering': [
    {
      text: 'British Prime Minister Keir Starmer and German Chancellor Friedrich Merz welcomed the progress made at the Coalition of the Willing meeting in Rome last week.',
      published: '2025-07-14',
      want: [],
      why: '"the Coalition of the Willing meeting" is the coalition\'s, not a meeting of the two who welcome it',
    },
    {
      text: 'Indian External Affairs Minister S Jaishankar will travel to Tianjin on Tuesday for the SCO Council of Foreign Ministers meeting, where he is expected to meet Russian Foreign Minister Sergey Lavrov.',
      published: '2025-07-14',
      want: [{ type: 'meeting', status: 'planned', people: ['Jaishankar', 'Lavrov'], host: 'CHN' }],
      meetings: 1,
      why: 'a council of a body, its meeting no side of anyone',
    },
    {
      text: 'External Affairs Minister S Jaishankar and Nepalese Foreign Minister Arzu Rana Deuba co-chaired the India-Nepal Joint Commission meeting in Kathmandu on Monday.',
      published: '2025-02-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Deuba'], date: '2025-02-10', host: 'NPL' }],
      why: 'a joint commission of two states is their own exchange',
    },
  ],
  'events/parties (session 11): a readout\'s "The leaders …" as the subject of its verb': [
    {
      text: 'British Prime Minister Keir Starmer spoke to German Chancellor Friedrich Merz on Monday. The leaders looked forward to meeting in Berlin in the autumn.',
      published: '2025-07-14',
      want: [
        { type: 'phone_call', people: ['Starmer', 'Merz'], date: '2025-07-14' },
        { type: 'meeting', status: 'planned', people: ['Starmer', 'Merz'], host: 'DEU' },
      ],
      why: '"The leaders looked forward to meeting": the two of the call',
    },
    {
      text: "Brazil's Foreign Minister Celso Amorim met South African Foreign Minister Nkosazana Dlamini-Zuma in Pretoria on Friday. The ministers also discussed the group of developing nations formed at the failed Cancun trade talks in September.",
      published: '2003-11-08',
      want: [{ type: 'meeting', people: ['Amorim', 'Dlamini-Zuma'], date: '2003-11-07' }],
      meetings: 1,
      why: 'talks deep in the object of "The ministers discussed" are not theirs',
    },
    {
      text: 'British Prime Minister Keir Starmer spoke to German Chancellor Friedrich Merz on Monday. The leaders of ASEAN will meet in Kuala Lumpur in October.',
      published: '2025-07-14',
      want: [{ type: 'phone_call', people: ['Starmer', 'Merz'], date: '2025-07-14' }],
      meetings: 0,
      why: '"the leaders of ASEAN" are not the two',
    },
  ],
  'refine/again + events/date-for (session 11): "and again … in September, where they agreed to …"': [
    {
      text: 'Turkish President Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis met in Vilnius in July and again in New York in September, where they agreed to restart talks.',
      published: '2023-12-05',
      want: [
        { type: 'meeting', people: ['Erdogan', 'Mitsotakis'], date: '2023-07', host: 'LTU' },
        { type: 'meeting', people: ['Erdogan', 'Mitsotakis'], date: '2023-09', host: 'USA' },
      ],
      notDated: ['2024'],
      why: 'the second time keeps its own month though a comma closes it, and the plan made there is not for that month a year on',
    },
    {
      text: 'Turkish President Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis in New York in September, where they agreed to hold talks in Athens on December 7.',
      published: '2023-12-05',
      want: [{ type: 'meeting', status: 'planned', people: ['Erdogan', 'Mitsotakis'], date: '2023-12-07', host: 'GRC' }],
      why: 'a plan with a date of its own keeps it',
    },
  ],
  'events/lexicon (session 11): "dialled" or "rang" someone is a call': [
    {
      text: 'Brazilian President Luiz Inacio Lula da Silva dialled Mexican President Andres Manuel Lopez Obrador on Monday.',
      published: '2024-08-13',
      want: [{ type: 'phone_call', people: ['Lula', 'Lopez Obrador'], date: '2024-08-12' }],
      why: 'dialled a person',
    },
    {
      text: 'Kenyan President William Ruto rang up his Tanzanian counterpart Samia Suluhu Hassan on Sunday.',
      published: '2024-08-12',
      want: [{ type: 'phone_call', people: ['Ruto', 'Samia'], date: '2024-08-11' }],
      why: 'rang up a counterpart',
    },
    {
      text: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Sunday. The incident rang alarm bells in Nairobi, and the central bank dialled back its forecasts.',
      published: '2024-08-12',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'] }],
      calls: 0,
      why: 'alarm bells and forecasts are no one called',
    },
  ],
  'refine/default-dates (session 11): a journey in a who-clause was on the way to what its subject then did': [
    {
      text:
        'Brazilian President Luiz Inacio Lula da Silva held a phone conversation with Colombian President Gustavo Petro on Monday. ' +
        'Later in the day Lula spoke by phone with Mexican President Andres Manuel Lopez Obrador. ' +
        'The two had met in Mexico City in January. Petro visited Brasilia in April. Lula went to Bogota in May. ' +
        "Brazil's top foreign policy adviser Celso Amorim, who travelled to Caracas for the vote, met Venezuelan President Nicolas Maduro at the Miraflores palace on July 29.",
      published: '2024-08-12',
      want: [
        { type: 'visit', people: ['Amorim'], date: '2024-07', host: 'VEN' },
        { type: 'meeting', people: ['Amorim', 'Maduro'], date: '2024-07-29', host: 'VEN' },
      ],
      why: 'the trip takes the meeting\'s month, and the meeting the trip\'s country',
    },
    {
      text: "Brazil's top foreign policy adviser Celso Amorim, who travelled to Caracas in 2023, met Venezuelan President Nicolas Maduro in Brasilia on July 29.",
      published: '2024-08-12',
      want: [
        { type: 'visit', people: ['Amorim'], date: '2023', host: 'VEN' },
        { type: 'meeting', people: ['Amorim', 'Maduro'], date: '2024-07-29', host: 'BRA' },
      ],
      why: 'a trip with a time of its own keeps it',
    },
  ],
  // Session 11 (acc-blind15), blind set 10's misses: sentences of my own making.
  'knowledge: a US state names its country, not a town of its name abroad': [
    { text: 'Japanese Prime Minister Fumio Kishida visited South Carolina on Friday to open a battery plant.', published: '2024-04-13', want: [{ type: 'visit', people: ['Kishida'], host: 'USA' }], why: '"South Carolina" is no Puerto Rican town of Carolina' },
    { text: 'Philippine President Ferdinand Marcos Jr. visited New Mexico on Thursday.', published: '2024-04-13', want: [{ type: 'visit', people: ['Marcos'], host: 'USA' }], why: '"New Mexico" is no Mexico' },
    { text: 'Japanese Prime Minister Fumio Kishida visited Carolina, Puerto Rico, on Friday.', published: '2024-04-13', want: [{ type: 'visit', people: ['Kishida'], host: 'PRI' }], why: 'the town itself, with its country after it' },
  ],
  'knowledge and resolve: "the pope" and "the pontiff" re-name the Holy See\'s pope': [
    {
      text: 'Pope Francis arrived in Jakarta on Tuesday. On Friday the pope flew to Port Moresby, where he met Prime Minister James Marape.',
      published: '2024-09-07',
      want: [{ type: 'visit', people: ['Francis'], host: 'PNG', date: '2024-09-06' }, { type: 'meeting', people: ['Francis', 'Marape'], host: 'PNG' }],
      why: '"the pope" after Pope Francis',
    },
    { text: 'Pope Francis met President Joko Widodo on Wednesday. On Monday the pontiff arrived in Dili.', published: '2024-09-10', want: [{ type: 'visit', people: ['Francis'], host: 'TLS', date: '2024-09-09' }], why: '"the pontiff"' },
    { text: 'Pope Tawadros II of the Coptic Church arrived in Rome on Wednesday and met Pope Francis.', published: '2023-05-11', want: [], why: 'a church\'s pope, whom the knowledge does not name, heads no state' },
  ],
  'refine/split: calls listed in groups, each group closed by its own day': [
    {
      text: 'U.S. President Joe Biden spoke by telephone with Israeli Prime Minister Benjamin Netanyahu on Sunday and with Qatar\'s Emir, Sheikh Tamim bin Hamad, and Egyptian President Abdel Fattah El Sisi on Monday.',
      published: '2025-01-14',
      want: [
        { type: 'phone_call', people: ['Biden', 'Netanyahu'], date: '2025-01-12' },
        { type: 'phone_call', people: ['Biden', 'Tamim'], date: '2025-01-13' },
        { type: 'phone_call', people: ['Biden', 'Sisi'], date: '2025-01-13' },
      ],
      why: 'the first of a group takes the day the group closes with',
    },
    {
      text: 'German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron and Polish Prime Minister Donald Tusk on Monday.',
      published: '2025-01-14',
      want: [{ type: 'phone_call', people: ['Scholz', 'Macron'], date: '2025-01-13' }, { type: 'phone_call', people: ['Scholz', 'Tusk'], date: '2025-01-13' }],
      why: 'one day for the whole list',
    },
  ],
  'events/parties: a companion of the "who" clause\'s first verb is no side of the verb joined to it': [
    {
      text: 'Japanese Foreign Minister Yoko Kamikawa, who travelled with Prime Minister Fumio Kishida to Washington and held talks with Secretary of State Antony Blinken on Wednesday, flew home on Thursday.',
      published: '2024-04-13',
      want: [{ type: 'meeting', people: ['Kamikawa', 'Blinken'], date: '2024-04-10' }],
      never: [['Kishida', 'Blinken']],
      why: '"who travelled with Kishida … and held talks with Blinken"',
    },
    {
      text: 'Japanese Foreign Minister Yoko Kamikawa, who held talks with Secretary of State Antony Blinken on Wednesday and met Commerce Secretary Gina Raimondo on Thursday, flew home on Friday.',
      published: '2024-04-13',
      want: [{ type: 'meeting', people: ['Kamikawa', 'Blinken'] }, { type: 'meeting', people: ['Kamikawa', 'Raimondo'] }],
      never: [['Blinken', 'Raimondo']],
      why: 'one met "with" before is no side of the next meeting either',
    },
  ],
  'events/meeting-parts: the place of an occasion the subject came from is not the talks\' venue': [
    {
      text: 'U.S. President Joe Biden arrived in Hanoi on Sunday afternoon, straight from the G20 summit in New Delhi, and went almost directly into talks with Nguyen Phu Trong.',
      published: '2023-09-11',
      want: [{ type: 'meeting', people: ['Biden', 'Nguyen Phu Trong'], host: 'VNM' }],
      why: '"straight from the G20 summit in New Delhi"',
    },
    {
      text: 'U.S. President Joe Biden held talks with Indian Prime Minister Narendra Modi on the sidelines of the G20 summit in New Delhi on Saturday.',
      published: '2023-09-11',
      want: [{ type: 'meeting', people: ['Biden', 'Modi'], host: 'IND' }],
      why: 'a summit the talks were held at is their venue',
    },
  ],
  'events/clause and shared-subject: "…, where he met X, and then went to Y to meet Z"': [
    {
      text: 'Syrian President Ahmed al-Sharaa made his first foreign trip to Riyadh in early February, where he met Crown Prince Mohammed bin Salman, and then went to Ankara to meet Recep Tayyip Erdogan.',
      published: '2025-05-08',
      want: [
        { type: 'visit', people: ['al-Sharaa'], host: 'TUR' },
        { type: 'meeting', people: ['al-Sharaa', 'Erdogan'], host: 'TUR' },
      ],
      never: [['Mohammed bin Salman', 'Erdogan']],
      noTrip: ['Mohammed bin Salman'],
      why: '", and then" closes the where-clause; the journey and its purpose are the subject\'s',
    },
    {
      text: 'The crisis ended in 2022, when Spanish Prime Minister Pedro Sánchez backed the autonomy plan, and then flew to Rabat in April 2022 for an iftar dinner with King Mohammed VI.',
      published: '2026-03-03',
      want: [{ type: 'visit', people: ['Sánchez'], host: 'MAR', date: '2022-04' }],
      why: 'after a when-clause, ", and then" goes on with its subject',
    },
  ],
  'resolve/entities: one named without a title holds the office the knowledge gives for their country': [
    {
      text: 'Kaja Kallas told reporters in Brussels on Monday that the bloc would keep its sanctions. The High Representative will travel to Cairo next week.',
      published: '2026-03-12',
      want: [{ type: 'visit', status: 'planned', people: ['Kallas'], host: 'EGY' }],
      why: '"The High Representative" is Kallas',
    },
  ],
  'text/structure: a page\'s "Published:" stamp dates the news, not the story\'s sections': [
    {
      text: 'Envoys shuttle between Doha and Jerusalem\n\nPublished: January 14, 2025\n\nDOHA — U.S. envoy Steve Witkoff arrived in Doha on Friday. On Saturday he flew to Israel, where he met Prime Minister Benjamin Netanyahu in Jerusalem.',
      published: '2025-01-14',
      want: [{ type: 'meeting', people: ['Witkoff', 'Netanyahu'], date: '2025-01-11', host: 'ISR' }],
      why: 'the where-clause of a dated journey, under a "Published:" line',
    },
    {
      text: 'Summit diary\n\nMonday: 13 January 2025\n\nChinese Foreign Minister Wang Yi met Indian External Affairs Minister S. Jaishankar.',
      published: '2025-01-20',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Jaishankar'], date: '2025-01-13' }],
      why: 'a dated heading still dates its section',
    },
  ],
  'events/lexicon: "sent the head of the Mossad, David Barnea, … to Doha"': [
    {
      text: 'On Sunday, Israeli Prime Minister Benjamin Netanyahu sent the head of the Mossad, David Barnea, and the head of the Shin Bet, Ronen Bar, to Doha.',
      published: '2025-01-14',
      want: [{ type: 'visit', people: ['Barnea'], host: 'QAT', date: '2025-01-12' }],
      noTrip: ['Netanyahu'],
      why: 'heads of services named after their titles, set off by commas',
    },
    { text: 'Israeli Prime Minister Benjamin Netanyahu sent a letter to Doha on Sunday.', published: '2025-01-14', want: [], why: 'a letter sent is no one sent' },
  ],
  'events/date-for: a date before "and" and a subject of the trigger\'s own is the clause before\'s': [
    {
      text: 'The tour began in Singapore, where the delegation landed on Sunday and House Speaker Nancy Pelosi met Prime Minister Lee Hsien Loong on Monday.',
      published: '2022-08-05',
      want: [{ type: 'meeting', people: ['Pelosi', 'Lee Hsien Loong'], date: '2022-08-01', host: 'SGP' }],
      why: '"landed on Sunday and Pelosi met Lee on Monday"',
    },
    {
      text: 'House Speaker Nancy Pelosi landed in Singapore on Sunday and met Prime Minister Lee Hsien Loong.',
      published: '2022-08-05',
      want: [{ type: 'meeting', people: ['Pelosi', 'Lee Hsien Loong'], date: '2022-07-31', host: 'SGP' }],
      why: 'a verb with no day of its own shares the one before',
    },
  ],
  'events/shared-subject: "he" after a place and a day with no comma is the sentence\'s subject': [
    {
      text: 'Pope Francis arrived in Port Moresby on Friday. At Government House on Saturday he met Governor-General Bob Dadae. In Dili, where he arrived on Monday, he was welcomed by President José Ramos-Horta.',
      published: '2024-09-13',
      want: [{ type: 'visit', people: ['Francis'], host: 'TLS', date: '2024-09-09' }, { type: 'meeting', people: ['Francis', 'Ramos-Horta'], host: 'TLS' }],
      never: [['Dadae', 'Ramos-Horta']],
      noTrip: ['Dadae'],
      why: '"At Government House on Saturday he met X": X is an object, not whom the next "he" means',
    },
  ],
  'events/visit-parts: an arrival in a where-clause is at the place the clause follows': [
    {
      text: 'SINGAPORE — Pope Francis ended his tour on Friday. His last stop before Singapore was Dili, where he arrived on Monday.',
      published: '2024-09-13',
      want: [{ type: 'visit', people: ['Francis'], host: 'TLS', date: '2024-09-09' }],
      why: '"Dili, where he arrived on Monday", in a story filed from Singapore',
    },
    {
      text: 'SINGAPORE — Indonesian President Joko Widodo flew in on Monday for talks with Prime Minister Lawrence Wong.',
      published: '2024-09-13',
      want: [{ type: 'visit', people: ['Widodo'], host: 'SGP', date: '2024-09-09' }],
      why: 'an arrival with no where-clause is where the story is filed',
    },
  ],
  'refine/split: each counterpart met at a place of its own': [
    {
      text: 'Pope Francis said on Friday he will meet Grand Duke Henri in Luxembourg and King Philippe in Brussels later this month.',
      published: '2024-09-13',
      want: [
        { type: 'meeting', status: 'planned', people: ['Francis', 'Henri'], host: 'LUX' },
        { type: 'meeting', status: 'planned', people: ['Francis', 'Philippe'], host: 'BEL' },
      ],
      why: '"Henri in Luxembourg and Philippe in Brussels"',
    },
    {
      text: 'French President Emmanuel Macron met German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni in Berlin on Monday.',
      published: '2024-09-13',
      want: [{ type: 'meeting', people: ['Macron', 'Scholz'], host: 'DEU' }, { type: 'meeting', people: ['Macron', 'Meloni'], host: 'DEU' }],
      why: 'one place after the list is every meeting\'s',
    },
  ],
  'events/exclusions: a wish in the conditional with no time is no plan': [
    { text: 'Asked about China, Pope Francis said he would also like one day to go to China, "a great country".', published: '2024-09-13', want: [], why: '"would also like one day to go to China"' },
    { text: 'Indian Prime Minister Narendra Modi said he would love to visit Pakistan.', published: '2024-09-13', want: [], why: '"would love to visit"' },
    {
      text: 'Indian Prime Minister Narendra Modi said he would like to visit Pakistan in March.',
      published: '2024-09-13',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], host: 'PAK', date: '2025-03' }],
      why: 'a wish with a time set is a plan floated',
    },
  ],
  'events/parties and date-for: a clause after a colon elaborates the one before it': [
    {
      text: 'French Foreign Minister Jean-Noël Barrot was the first senior Western official to travel to Damascus after the regime fell: on January 3, he and his German counterpart Annalena Baerbock met Syria\'s interim president, Ahmed al-Sharaa.',
      published: '2025-05-08',
      want: [
        { type: 'visit', people: ['Barrot'], host: 'SYR', date: '2025-01-03' },
        { type: 'meeting', people: ['Barrot', 'Baerbock', 'al-Sharaa'], date: '2025-01-03' },
      ],
      why: '"…: on January 3, he and his German counterpart …": the day and the pronoun are the clause before\'s',
    },
    {
      text: 'French Foreign Minister Jean-Noël Barrot travelled to Damascus in January. Two reasons were given: on Monday, German Foreign Minister Annalena Baerbock met Syrian President Ahmed al-Sharaa.',
      published: '2025-05-08',
      want: [{ type: 'visit', people: ['Barrot'], host: 'SYR', date: '2025-01' }, { type: 'meeting', people: ['Baerbock', 'al-Sharaa'], date: '2025-05-05' }],
      never: [['Barrot', 'Baerbock']],
      why: 'a clause with a date of its own keeps it; a named subject after the colon is its own',
    },
  ],
  'events/lexicon and refine/merge: "is due back in Doha" is a return ahead, not the stay made': [
    {
      text: 'U.S. envoy Steve Witkoff arrived in Doha on Friday and met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani. Witkoff is due back in Doha on Wednesday, two officials said.',
      published: '2025-01-14',
      want: [
        { type: 'visit', people: ['Witkoff'], host: 'QAT', date: '2025-01-10' },
        { type: 'visit', status: 'planned', people: ['Witkoff'], host: 'QAT', date: '2025-01-15' },
      ],
      why: 'the return announced is a journey of its own',
    },
    {
      text: 'Italian Foreign Minister Antonio Tajani arrived in Ankara on Monday. Tajani is due in Ankara again on Thursday for a NATO meeting.',
      published: '2025-01-14',
      want: [{ type: 'visit', people: ['Tajani'], host: 'TUR', date: '2025-01-13' }],
      why: '"due in" still names a journey ahead',
    },
  ],
  'events/speakers: the one an envoy serves, named with a possessive, is no side': [
    {
      text: "Steve Witkoff, Mr Trump's incoming special envoy to the Middle East, arrived in Doha on Friday and met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
      published: '2025-01-14',
      want: [{ type: 'visit', people: ['Witkoff'], host: 'QAT' }, { type: 'meeting', people: ['Witkoff', 'Mohammed bin Abdulrahman'] }],
      noTrip: ['Trump'],
      never: [['Trump', 'Mohammed bin Abdulrahman']],
      why: '"Mr Trump\'s incoming special envoy"',
    },
    {
      text: "U.S. President Donald Trump's meeting with Russian President Vladimir Putin in Alaska on Friday lasted three hours.",
      published: '2025-08-18',
      want: [{ type: 'meeting', people: ['Trump', 'Putin'], host: 'USA' }],
      why: 'a possessive before an exchange names its side',
    },
  ],
  'refine/anaphora (session 11): "the trip" of one whose own trip plan the sentence told': [
    {
      text: 'Chinese Foreign Minister Wang Yi visited Canberra in March. Australian Trade Minister Don Farrell had been due to travel in April, but the trip was pushed back.',
      published: '2023-11-04',
      want: [{ type: 'visit', people: ['Wang Yi'], date: '2023-03', host: 'AUS' }],
      visits: 1,
      why: 'Farrell\'s trip is not Wang\'s visit told before',
    },
    {
      text: 'Chinese President Xi Jinping was due to visit Moscow in May. Kremlin spokesman Dmitry Peskov said the visit had been postponed.',
      published: '2023-04-04',
      want: [{ type: 'visit', status: 'postponed', people: ['Xi'], host: 'RUS' }],
      why: 'a speaker named before "the visit" plans no trip of his own: the visit is still the one told',
    },
  ],
  // Session 12 (lead): probes of the lead's own wire-style stories (a Tanzanian daily, Kyodo, the Saudi agency).
  'mentions/people + document (session 12): a name that a facility\'s word goes on from names the facility': [
    {
      text: 'Egyptian President Abdel Fattah al-Sisi arrived in Jeddah on Tuesday and was received at King Abdulaziz International Airport by Mecca Governor Prince Khalid al-Faisal.',
      published: '2025-03-12',
      want: [{ type: 'visit', people: ['Sisi'], host: 'SAU' }],
      never: [['Airport'], ['Sisi', 'Salman']],
      why: 'an airport named for a king is no king, nor anyone',
    },
    {
      text: 'Indian Prime Minister Narendra Modi hosted Australian Prime Minister Anthony Albanese for a cricket test at the Narendra Modi Stadium in Ahmedabad on Thursday.',
      published: '2023-03-10',
      want: [{ type: 'meeting', people: ['Modi', 'Albanese'], host: 'IND' }],
      meetings: 1,
      why: 'the stadium named for the host is no second meeting, and the host is still the man',
    },
    {
      text: 'King Saud University hosted Indian External Affairs Minister S. Jaishankar for a lecture on Sunday.',
      published: '2024-10-28',
      want: [],
      never: [['University']],
      why: 'a university named for a king hosts no exchange',
    },
  ],
  'document (session 12): a surname alone paired with a place, never named in full, is the place\'s short form': [
    {
      text: 'Jaishankar hosts Kombo as Delhi, Dar seal maritime pact\n\nIndian External Affairs Minister S. Jaishankar hosted Tanzanian Foreign Minister Mahmoud Thabit Kombo in New Delhi on Monday.',
      published: '2024-07-09',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Kombo'], host: 'IND' }],
      never: [['Ishaq']],
      why: '"Delhi, Dar" are two cities',
    },
    {
      text: 'Pakistani Foreign Minister Ishaq Dar arrived in Washington on Thursday. Rubio met Dar, Islamabad said on Friday.',
      published: '2025-07-26',
      want: [{ type: 'meeting', people: ['Rubio', 'Ishaq Dar'] }],
      why: 'a man named in full before stays the man beside a city',
    },
  ],
  'events/status (session 12): a plan\'s infinitive before a hyphenated adjective, and "slated to" before a participle': [
    {
      text: 'Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed in phone talks on Sunday to hold their first in-person meeting at an early date.',
      published: '2024-10-28',
      want: [{ type: 'phone_call', people: ['Prabowo', 'Albanese'], date: '2024-10-27' }, { type: 'meeting', status: 'planned', people: ['Prabowo', 'Albanese'] }],
      meetings: 1,
      why: '"to hold their first in-person meeting" is intended',
    },
    {
      text: 'Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Sunday to hold a face-to-face meeting.',
      published: '2024-10-28',
      want: [{ type: 'meeting', status: 'planned', people: ['Prabowo', 'Albanese'] }],
      meetings: 1,
      why: '"to hold a face-to-face meeting" is no meeting held',
    },
    {
      text: 'Chinese Premier Li Qiang is slated to arrive in Jakarta on Monday before heading to Kuala Lumpur for the ASEAN summit.',
      published: '2025-10-25',
      want: [{ type: 'visit', status: 'planned', people: ['Li Qiang'], host: 'IDN' }, { type: 'visit', status: 'planned', people: ['Li Qiang'], host: 'MYS' }],
      why: 'the leg after "before heading" shares the plan',
    },
  ],
  'events/lexicon (session 12): ", and the two held …" begins a clause with places of its own': [
    {
      text: 'French President Emmanuel Macron met Brazilian President Luiz Inacio Lula da Silva in Paris in March, and the two held talks again on the sidelines of the G20 summit in Johannesburg in November.',
      published: '2025-12-01',
      want: [{ type: 'meeting', people: ['Macron', 'Lula'], date: '2025-03', host: 'FRA' }, { type: 'meeting', people: ['Macron', 'Lula'], date: '2025-11', host: 'ZAF' }],
      why: 'the second meeting is in Johannesburg, not Paris',
    },
  ],
  'events/candidates (session 12): "the president\'s visit" is determined and refers back': [
    {
      text: 'U.S. President Donald Trump last met Shigeru Ishiba in Washington in February. Trump is due to arrive in Tokyo on Monday. Secretary of State Marco Rubio spoke by phone with Japanese Foreign Minister Toshimitsu Motegi on Thursday ahead of the president\'s visit.',
      published: '2025-10-25',
      want: [{ type: 'visit', status: 'planned', people: ['Trump'], host: 'JPN' }, { type: 'phone_call', people: ['Rubio', 'Motegi'] }],
      visits: 1,
      why: 'the visit told before, not a new one dated by the February meeting',
    },
  ],
  'events/lexicon + date-for (session 12): "agreed last week to meet" is a plan made last week': [
    {
      text: 'South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed last week to meet on the sidelines of the APEC summit in Gyeongju in late October.',
      published: '2025-08-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-10' }],
      notDated: ['2024', '2025-07'],
      why: '"last" before a time is no superlative, and the plan is for October',
    },
    {
      text: 'South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed last week to meet in Gyeongju.',
      published: '2025-08-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Lee Jae-myung', 'Ishiba'] }],
      notDated: ['2025-07', '2026'],
      why: 'the day the plan was made dates no meeting',
    },
    {
      text: 'Lee Jae-myung became the last South Korean president to visit Hanoi when he met To Lam there in August.',
      published: '2025-12-04',
      want: [{ type: 'visit', people: ['Lee Jae-myung'], host: 'VNM' }],
      why: 'a superlative "last … to visit" still reports a visit',
    },
  ],
  'events/candidates (session 12): "such" before the noun refers back': [
    {
      text: 'European Council President Antonio Costa visited New Delhi in February together with the College of Commissioners, the first such visit by the full College to India.',
      published: '2025-11-12',
      want: [{ type: 'visit', people: ['Costa'], date: '2025-02', host: 'IND' }],
      visits: 1,
      notOf: [['Costa', 'USA']],
      why: 'one visit, and no town called College',
    },
    {
      text: 'European Council President Antonio Costa visited New Delhi in February. Commission President Ursula von der Leyen will make a separate visit to India in March.',
      published: '2025-01-12',
      want: [{ type: 'visit', people: ['Costa'], host: 'IND' }, { type: 'visit', status: 'planned', people: ['von der Leyen'], date: '2025-03', host: 'IND' }],
      visits: 2,
      why: 'a visit with a determiner but no "such" is its own',
    },
  ],
  'events/exclusions (session 12): a gathering a country hosts is no meeting of the sentence\'s people': [
    {
      text: 'Argentine President Javier Milei spoke with Uruguayan President Yamandu Orsi on Wednesday. It will be the second Mercosur summit hosted by Brazil that Milei has missed.',
      published: '2025-12-19',
      want: [{ type: 'phone_call', people: ['Milei', 'Orsi'] }],
      meetings: 0,
      why: 'a summit hosted by Brazil',
    },
    {
      text: 'Indian Prime Minister Narendra Modi attended a state banquet hosted by King Charles at Windsor Castle on Tuesday.',
      published: '2025-07-24',
      want: [{ type: 'meeting', people: ['Modi', 'Charles'] }],
      why: 'a banquet a person hosts is still his meeting with the guest',
    },
  ],
  'refine/default-dates (session 12): a plan at "the summit" takes no gathering already over': [
    {
      text: 'Argentine Foreign Minister Pablo Quirno will lead the delegation to Saturday\'s Mercosur summit in Brazil. Milei and Lula shook hands at the G20 summit in Rio de Janeiro in November 2024. Quirno is expected to meet his Brazilian counterpart Mauro Vieira on the sidelines of the summit.',
      published: '2025-12-19',
      want: [{ type: 'meeting', status: 'planned', people: ['Quirno', 'Vieira'], date: '2025-12-20' }],
      why: 'the summit still ahead, not the one of 2024',
    },
  ],
  'events/lexicon (session 12): "received in his office" the guest, and "would receive" one': [
    {
      text: 'The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, today received in his office the Foreign Minister of the Republic of Ghana, H.E. Samuel Okudzeto Ablakwa.',
      published: '2025-05-20',
      want: [{ type: 'meeting', people: ['Youssouf', 'Ablakwa'], date: '2025-05-20' }],
      why: 'his own office between the verb and the guest',
    },
    {
      text: 'Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin would receive Indian National Security Adviser Ajit Doval on Thursday.',
      published: '2025-08-05',
      want: [{ type: 'meeting', status: 'planned', people: ['Putin', 'Doval'], date: '2025-08-07' }],
      why: 'the bare form after a modal',
    },
    {
      text: 'Russian President Vladimir Putin will receive the report of the Security Council on Thursday.',
      published: '2025-08-05',
      want: [],
      why: 'receiving a report is no meeting',
    },
  ],
  'events/status + date-for + default-dates (session 12): "…, but the meeting was cancelled" calls off the meeting alone': [
    {
      text: 'Brazilian President Luiz Inacio Lula da Silva arrived in Paris on Wednesday for a state visit. He and French President Emmanuel Macron are expected to meet again at the climate conference in Belem in November. Lula was also due to meet French Prime Minister Francois Bayrou on Friday before flying to Toulon, but the meeting was cancelled after Bayrou fell ill.',
      published: '2025-06-06',
      want: [{ type: 'meeting', status: 'cancelled', people: ['Lula', 'Bayrou'], date: '2025-06-06' }, { type: 'visit', people: ['Lula'], host: 'FRA' }],
      visits: 1,
      why: 'the journey beside it stands, and "the meeting" is the one told, on its day',
    },
    {
      text: 'Brazilian President Luiz Inacio Lula da Silva was due to travel to Paris in June, but the trip was cancelled.',
      published: '2025-07-06',
      want: [{ type: 'visit', status: 'cancelled', people: ['Lula'], host: 'FRA' }],
      why: 'the trip called off is the journey',
    },
  ],
  'events/candidates (session 12): one named twice in a sentence is one side of the pair "the two" means next': [
    {
      text: 'French President Emmanuel Macron and his Brazilian counterpart Luiz Inacio Lula da Silva pledged on Thursday to keep working on the trade deal, during a state visit by Lula to France. Lula was greeted with military honours at the Invalides before the two men held talks at the Elysee Palace.',
      published: '2025-06-06',
      want: [{ type: 'meeting', people: ['Macron', 'Lula'], host: 'FRA' }],
      why: '"Lula … by Lula" and Macron are two, not three',
    },
  ],
  'refine/split + events/lexicon (session 12): subjects who meet one "separately"; a visit "ruled out"': [
    {
      text: 'Chinese Premier Li Qiang and Zhao Leji, chairman of the National People\'s Congress Standing Committee, will meet with Vietnamese leader To Lam separately on Tuesday.',
      published: '2025-01-13',
      want: [{ type: 'meeting', status: 'planned', people: ['Li Qiang', 'To Lam'] }, { type: 'meeting', status: 'planned', people: ['Zhao Leji', 'To Lam'] }],
      never: [['Li Qiang', 'Zhao Leji']],
      why: 'one meeting each',
    },
    {
      text: 'Chinese Premier Li Qiang and Zhao Leji, chairman of the National People\'s Congress Standing Committee, jointly met Vietnamese leader To Lam on Tuesday.',
      published: '2025-01-15',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Zhao Leji', 'To Lam'] }],
      meetings: 1,
      why: 'met jointly: one meeting',
    },
    {
      text: 'Secretary of State Marco Rubio has ruled out any visit to Cuba while the current government remains in power.',
      published: '2025-06-01',
      want: [],
      visits: 0,
      why: 'a visit ruled out is no visit',
    },
  ],
  // Session 12 (acc-leads7): the leads session 11 left.
  'events/status (session 12): a plan dropped, struck from the schedule, abandoned or axed is called off': [
    {
      text: 'A planned visit to France by Indian Prime Minister Narendra Modi has been dropped.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"has been dropped" after the noun',
    },
    {
      text: "Indian Prime Minister Narendra Modi's stop in Paris was removed from the itinerary.",
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"was removed from the itinerary"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi was due to visit France in March, but the visit was struck from his schedule.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: 'a but-clause: "but the visit was struck from his schedule"',
    },
    {
      text: "The visit of Indian Prime Minister Narendra Modi to France was taken off the agenda.",
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"was taken off the agenda"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi dropped a planned visit to France.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"dropped a planned visit": dropping right before the noun',
    },
    {
      text: "Indian Prime Minister Narendra Modi's visit to France was abandoned.",
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"was abandoned" after the noun',
    },
    {
      text: "Indian Prime Minister Narendra Modi's visit to France was axed.",
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"was axed" after the noun',
    },
    {
      text: 'Indian Prime Minister Narendra Modi dropped a hint that he would visit France in April.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-04', host: 'FRA' }],
      why: '"dropped a hint" calls off nothing',
    },
    {
      text: 'Indian Prime Minister Narendra Modi, who dropped a defamation case against a rival last year, is due to visit France in April.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-04', host: 'FRA' }],
      why: '"dropped a defamation case" calls off nothing',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited France on Monday after a rival was dropped from the cabinet.',
      published: '2025-03-05',
      want: [{ type: 'visit', people: ['Modi'], date: '2025-03-03', host: 'FRA' }],
      why: 'another noun "was dropped" in a clause of its own',
    },
    {
      text: 'Indian Prime Minister Narendra Modi, who was dropped off at the Elysee Palace by his motorcade, met French President Emmanuel Macron on Monday.',
      published: '2025-03-05',
      want: [{ type: 'meeting', people: ['Modi', 'Macron'], date: '2025-03-03' }],
      why: '"was dropped off at" a place is no call-off',
    },
  ],
  'refine/tour-traveller (session 12): a stop no one is named for, after one traveller\'s tour, is that traveller\'s': [
    {
      text: 'US Secretary of State Antony Blinken arrived in Cairo on Monday at the start of a Middle East tour that will take him to Riyadh and Doha. A planned stop in Amman was dropped from the itinerary.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Blinken'], host: 'JOR' }],
      why: 'an indefinite stop after the tour',
    },
    {
      text: 'US Secretary of State Antony Blinken arrived in Cairo on Monday at the start of a Middle East tour that will take him to Riyadh and Doha. The planned stop in Amman was dropped from the itinerary.',
      published: '2025-03-05',
      want: [
        { type: 'visit', status: 'cancelled', people: ['Blinken'], host: 'JOR' },
        { type: 'visit', status: 'planned', people: ['Blinken'], host: 'SAU' },
      ],
      why: '"the stop in Amman" is no other stop of the tour: it does not call off the one in Riyadh',
    },
    {
      text: 'US Secretary of State Antony Blinken arrived in Cairo on Monday and met President Abdel Fattah al-Sisi. A planned stop in Amman was dropped from the itinerary.',
      published: '2025-03-05',
      want: [{ type: 'visit', status: 'cancelled', people: ['Blinken'], host: 'JOR' }],
      why: 'one journey and a meeting before: the traveller is still one',
    },
    {
      text: "Jordan's foreign ministry said on Monday that it regretted the decision. A planned stop in Amman was dropped from the itinerary.",
      published: '2025-03-05',
      want: [],
      visits: 0,
      why: 'no tour told before: no one\'s stop',
    },
    {
      text: 'US Secretary of State Antony Blinken arrived in Cairo on Monday. Russian Foreign Minister Sergei Lavrov flew to Riyadh on the same day. A planned stop in Amman was dropped from the itinerary.',
      published: '2025-03-05',
      want: [{ type: 'visit', people: ['Blinken'], host: 'EGY' }, { type: 'visit', people: ['Lavrov'], host: 'SAU' }],
      visits: 2,
      why: 'two travellers before: the stop is told of neither',
    },
    {
      text: 'US Secretary of State Antony Blinken arrived in Riyadh on Monday. A stop in Jeddah was dropped from the itinerary.',
      published: '2025-03-05',
      want: [{ type: 'visit', people: ['Blinken'], host: 'SAU' }],
      visits: 1,
      why: 'a stop dropped in a country the tour visits anyway calls off no visit',
    },
    {
      text: 'Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Sunday and left for Shanghai on Tuesday.\n\nUS Secretary of State Marco Rubio flew on to Tokyo on Friday and held talks with Japanese Foreign Minister Toshimitsu Motegi. A planned stop in Seoul was dropped at the last minute.',
      published: '2026-07-16',
      want: [{ type: 'visit', status: 'cancelled', people: ['Rubio'], host: 'KOR' }],
      visits: 3,
      why: 'the tour is the one of the stop\'s own paragraph: an earlier paragraph\'s journeys are another story\'s',
    },
    {
      text: 'US Secretary of State Antony Blinken flew to Beijing on Sunday. A senior official briefed reporters during a refuelling stop in Tokyo.',
      published: '2023-06-20',
      want: [{ type: 'visit', people: ['Blinken'], host: 'CHN' }],
      visits: 1,
      why: 'a refuelling stop is no visit',
    },
  ],
  'refine/merge (session 12): a bare "spoke to" takes a medium only from a call of the same sides': [
    {
      text: 'Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon co-chaired a meeting of Pacific leaders by video link on Monday. On Tuesday Albanese spoke to Papua New Guinea Prime Minister James Marape.',
      published: '2025-03-07',
      want: [{ type: 'phone_call', people: ['Albanese', 'Marape'], date: '2025-03-04' }],
      why: 'a group meeting by video link of one of them',
    },
    {
      text: 'Australian Prime Minister Anthony Albanese held a video call with New Zealand Prime Minister Christopher Luxon on Monday. On Tuesday Albanese spoke to Papua New Guinea Prime Minister James Marape.',
      published: '2025-03-07',
      want: [{ type: 'phone_call', people: ['Albanese', 'Marape'], date: '2025-03-04' }],
      why: 'a video call of one of them with another',
    },
    {
      text: 'Australian Prime Minister Anthony Albanese held a video call with New Zealand Prime Minister Christopher Luxon on Monday. On Wednesday Albanese spoke to Luxon again about the cyclone.',
      published: '2025-03-07',
      want: [{ type: 'video_call', people: ['Albanese', 'Luxon'], date: '2025-03-05' }],
      why: 'the same two again: the medium they used',
    },
  ],
  'events/exclusions, date-for (session 12): a count of meetings tells none, but its latest time is one': [
    {
      text: 'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan have met several times, most recently in Arusha in November.',
      published: '2025-03-07',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'], date: '2024-11', host: 'TZA' }],
      meetings: 1,
      why: '"have met several times, most recently in Arusha in November": the November before the news',
    },
    {
      text: 'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan have met three times this year, the last time in Nairobi in February.',
      published: '2025-03-07',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'], date: '2025-02', host: 'KEN' }],
      why: '"the last time in Nairobi in February": the count\'s "this year" dates it not',
    },
    {
      text: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan several times last year, most recently in Arusha in November.',
      published: '2025-03-07',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'], date: '2024-11', host: 'TZA' }],
      why: 'the count after the object',
    },
    {
      text: 'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan have met several times.',
      published: '2025-03-07',
      want: [],
      meetings: 0,
      why: 'a count alone tells no meeting',
    },
    {
      text: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan several times last year.',
      published: '2025-03-07',
      want: [],
      meetings: 0,
      why: 'a count of last year\'s meetings tells none of them',
    },
  ],
  'mentions/dates (session 12): a season is its months, in the year the tense or the relative word gives': [
    {
      text: 'Indian Prime Minister Narendra Modi will visit France in the autumn.',
      published: '2025-03-07',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-09', host: 'FRA' }],
      why: 'a plan "in the autumn": the coming autumn\'s months',
    },
    {
      text: 'Indian Prime Minister Narendra Modi will visit France in the autumn.',
      published: '2025-12-07',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2026-09', host: 'FRA' }],
      why: 'a plan "in the autumn" told in December: next year\'s',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited France in the autumn.',
      published: '2025-03-07',
      want: [{ type: 'visit', people: ['Modi'], date: '2024-09', host: 'FRA' }],
      why: 'a visit made "in the autumn": the last autumn',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited France last summer.',
      published: '2025-03-07',
      want: [{ type: 'visit', people: ['Modi'], date: '2024-06', host: 'FRA' }],
      why: '"last summer"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi will visit France next winter.',
      published: '2025-03-07',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-12', host: 'FRA' }],
      why: '"next winter": December to February',
    },
    {
      text: 'Indian Prime Minister Narendra Modi will visit France this spring.',
      published: '2025-01-10',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-03', host: 'FRA' }],
      why: '"this spring"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited France in autumn 2023.',
      published: '2025-03-07',
      want: [{ type: 'visit', people: ['Modi'], date: '2023-09', host: 'FRA' }],
      why: '"in autumn 2023": the written year',
    },
    {
      text: 'Tunisian President Kais Saied visited Algeria during the Arab Spring.',
      published: '2025-07-09',
      want: [{ type: 'visit', people: ['Saied'], host: 'DZA' }],
      notDated: ['2025-03', '2024-03'],
      why: '"the Arab Spring" is no season',
    },
    {
      text: 'Czech President Petr Pavel met Slovak President Peter Pellegrini in Bratislava to mark the anniversary of the Prague Spring.',
      published: '2025-07-09',
      want: [{ type: 'meeting', people: ['Pavel', 'Pellegrini'], host: 'SVK' }],
      notDated: ['2025-03', '2024-03'],
      why: '"the Prague Spring" is no season',
    },
    {
      text: 'Ukrainian President Volodymyr Zelensky met British Prime Minister Keir Starmer in London to discuss aid during the spring offensive.',
      published: '2025-07-09',
      want: [{ type: 'meeting', people: ['Zelensky', 'Starmer'], host: 'GBR' }],
      notDated: ['2025-03', '2024-03'],
      why: '"the spring offensive": a season qualifying a noun',
    },
    {
      text: 'British Chancellor Rachel Reeves met Indian Finance Minister Nirmala Sitharaman in London before announcing new trade credits in the Autumn Statement.',
      published: '2025-07-09',
      want: [{ type: 'meeting', people: ['Reeves', 'Sitharaman'], host: 'GBR' }],
      notDated: ['2024-09', '2025-09'],
      why: '"the Autumn Statement": a season naming a noun',
    },
    {
      text: 'Azerbaijani President Ilham Aliyev held talks with Georgian Prime Minister Irakli Kobakhidze in Baku on gas supplies for the coming winter.',
      published: '2025-07-09',
      want: [{ type: 'meeting', people: ['Aliyev', 'Kobakhidze'], host: 'AZE' }],
      notDated: ['2025-12', '2026-12'],
      why: 'supplies "for the coming winter": a season something is for',
    },
  ],
  'events/date-for (session 12): a date after what an exchange was held to prepare is that thing\'s': [
    {
      text: 'German Foreign Minister Annalena Baerbock met her French counterpart Stephane Sejourne in Paris to prepare a joint council of ministers in October.',
      published: '2024-06-06',
      want: [{ type: 'meeting', people: ['Baerbock', 'Sejourne'], host: 'FRA' }],
      notDated: ['2023-10', '2024-10'],
      why: '"to prepare a joint council … in October"',
    },
    {
      text: 'German Foreign Minister Annalena Baerbock met her French counterpart Stephane Sejourne in Paris in May to prepare a joint council of ministers.',
      published: '2024-06-06',
      want: [{ type: 'meeting', people: ['Baerbock', 'Sejourne'], date: '2024-05', host: 'FRA' }],
      why: 'a date before the purpose is the meeting\'s',
    },
  ],
  'events/status (session 12): a phrasal verb of delay or call-off split round the noun': [
    {
      text: 'Indian Prime Minister Narendra Modi put his visit to France off until June.',
      published: '2025-03-07',
      want: [{ type: 'visit', status: 'postponed', people: ['Modi'], host: 'FRA' }],
      why: '"put his visit to France off"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi called his visit to France off.',
      published: '2025-03-07',
      want: [{ type: 'visit', status: 'cancelled', people: ['Modi'], host: 'FRA' }],
      why: '"called his visit to France off"',
    },
    {
      text: 'Indian Prime Minister Narendra Modi, who had been due to visit France in March, put the trip off indefinitely.',
      published: '2025-03-07',
      want: [{ type: 'visit', status: 'postponed', people: ['Modi'], host: 'FRA' }],
      visits: 1,
      why: '"put the trip off" after the plan it puts off',
    },
    {
      text: 'Indian Prime Minister Narendra Modi put the visit to France behind him and met French President Emmanuel Macron in Paris on Monday.',
      published: '2025-03-07',
      want: [{ type: 'visit', people: ['Modi'], host: 'FRA' }, { type: 'meeting', people: ['Modi', 'Macron'], host: 'FRA' }],
      why: '"put the visit behind him" puts nothing off',
    },
  ],
  'events/visit-parts, exclusions (session 12): "an invitation to X to visit" is the invitation "invited X to visit" is': [
    {
      text: "Pakistani Foreign Minister Ishaq Dar conveyed Prime Minister Shehbaz Sharif's invitation to Bangladeshi Chief Adviser Muhammad Yunus to visit Pakistan, and Yunus accepted it.",
      published: '2025-08-24',
      want: [{ type: 'visit', status: 'planned', people: ['Yunus'], host: 'PAK' }],
      noTrip: ['Ishaq Dar'],
      why: 'accepted in the next clause: the one invited travels',
    },
    {
      text: "Pakistani Foreign Minister Ishaq Dar conveyed Prime Minister Shehbaz Sharif's invitation to Bangladeshi Chief Adviser Muhammad Yunus to visit Pakistan.",
      published: '2025-08-24',
      want: [],
      visits: 0,
      why: 'an invitation not accepted is no plan',
    },
  ],
  'events/status, date-for (session 12): a journey told by a participle after "before", to a stay still ahead': [
    {
      text: 'On Friday morning Russian President Dmitry Medvedev met Kazakh Prime Minister Karim Masimov over breakfast before flying to Beijing, where he is due to hold talks with Chinese President Hu Jintao.',
      published: '2008-05-23',
      want: [{ type: 'visit', status: 'planned', people: ['Medvedev'], date: '2008-05-23', host: 'CHN' }],
      visits: 1,
      why: 'on its way on the day of the clause it hangs on',
    },
    {
      text: 'Russian President Dmitry Medvedev met Kazakh Prime Minister Karim Masimov on Thursday before flying to Beijing, where he held talks with Chinese President Hu Jintao on Friday.',
      published: '2008-05-23',
      want: [{ type: 'visit', people: ['Medvedev'], host: 'CHN' }],
      visits: 1,
      why: 'a stay told in the past took place',
    },
    {
      text: 'US envoy Steve Witkoff is due back in Doha on Wednesday after a brief visit to Israel.',
      published: '2025-01-14',
      want: [{ type: 'visit', status: 'planned', people: ['Witkoff'], host: 'ISR' }, { type: 'visit', status: 'planned', people: ['Witkoff'], host: 'QAT' }],
      why: 'a journey noun right after "after", in a clause ahead, is ahead too',
    },
    {
      text: 'US envoy Steve Witkoff will fly to Doha on Wednesday after a visit to Israel.',
      published: '2025-01-14',
      want: [{ type: 'visit', status: 'planned', people: ['Witkoff'], host: 'ISR' }],
      why: 'the same after "will fly"',
    },
    {
      text: 'US envoy Steve Witkoff returned to Doha on Wednesday after a brief visit to Israel.',
      published: '2025-01-14',
      want: [{ type: 'visit', people: ['Witkoff'], host: 'ISR' }],
      why: 'after a past return, the visit was made',
    },
    {
      text: 'Russian President Dmitry Medvedev flew to Beijing on Friday, where he is due to hold talks with Chinese President Hu Jintao on Saturday.',
      published: '2008-05-23',
      want: [{ type: 'visit', people: ['Medvedev'], date: '2008-05-23', host: 'CHN' }],
      why: 'a finite past journey has arrived, whatever lies ahead there',
    },
  ],
  'events/visit-parts, date-for, refine/venues (session 12): "her visit" after the subject met someone is the subject\'s': [
    {
      text: "US House Speaker Nancy Pelosi met Japanese Prime Minister Fumio Kishida in Tokyo on Friday, the last stop of an Asia tour that has been overshadowed by China's reaction to her visit to Taiwan.",
      published: '2022-08-05',
      want: [{ type: 'visit', people: ['Pelosi'], host: 'TWN' }],
      noTrip: ['Kishida'],
      dated: [['Pelosi', 'visit', '2022-08']],
      why: 'the one met is no owner of "her visit", nor is the day of the meeting its date (a noun inside the apposition\'s relative clause)',
    },
    {
      text: "US House Speaker Nancy Pelosi met Japanese Prime Minister Fumio Kishida in Tokyo on Friday, the last stop of an Asia tour that has been overshadowed by China's reaction to her visit to Taiwan.\n\nPelosi landed in Taipei on Tuesday. On Wednesday she met Taiwanese President Tsai Ing-wen.",
      published: '2022-08-05',
      want: [{ type: 'meeting', people: ['Pelosi', 'Tsai'], date: '2022-08-03', host: 'TWN' }],
      why: 'a trip told first in the lead is where its latest telling before the meeting stands: the stops told between are not between',
    },
    {
      text: 'French President Emmanuel Macron met Indian Prime Minister Narendra Modi in Paris, who was on his first visit to France since the election.',
      published: '2022-08-05',
      want: [{ type: 'visit', people: ['Modi'], host: 'FRA' }],
      noTrip: ['Macron'],
      why: 'a relative clause on the one met holds the possessive: his',
    },
  ],
  // Session 12 (acc-blind16), blind set 11's misses: sentences of my own making.
  'mentions/dates: an article that writes numeric dates day first is read day first': [
    {
      text: 'Chancellor Friedrich Merz will visit Warsaw on 04/09 for talks with Prime Minister Donald Tusk. The coalition committee meets on 15/08.',
      published: '2025-08-01',
      want: [{ type: 'visit', status: 'planned', people: ['Merz'], date: '2025-09-04', host: 'POL' }],
      why: 'one date that can only be day first (15/08) tells the order of the others (04/09 is 4 September)',
    },
    {
      text: 'Dates are day/month/year. 03/02/2026: President Lula travelled to New Delhi and met Prime Minister Narendra Modi.',
      published: '2026-03-01',
      want: [{ type: 'visit', people: ['Lula'], date: '2026-02-03', host: 'IND' }],
      why: 'an article that names its order',
    },
    {
      text: 'Minister Johann Wadephul flew to Kyiv on 3.11.2025 and met President Volodymyr Zelensky.',
      published: '2025-11-05',
      want: [{ type: 'visit', people: ['Wadephul'], date: '2025-11-03', host: 'UKR' }],
      why: 'a dotted date is day first anywhere',
    },
    {
      text: 'Secretary of State Marco Rubio will travel to Tokyo on 04/09 and meet Prime Minister Shigeru Ishiba.',
      published: '2025-03-20',
      want: [{ type: 'visit', status: 'planned', people: ['Rubio'], date: '2025-04-09', host: 'JPN' }],
      why: 'with nothing to tell the order, a numeric date stays month first, as American copy writes it',
    },
    {
      text: 'Prime Minister Keir Starmer met President Emmanuel Macron in Paris on 11/20/2025. The hotline is staffed 24/7.',
      published: '2025-11-21',
      want: [{ type: 'meeting', people: ['Starmer', 'Macron'], date: '2025-11-20', host: 'FRA' }],
      why: 'a date that can only be month first keeps the order; "24/7" is no date',
    },
  ],
  'knowledge (session 12): envoys and a minister of state blind set 11 named': [
    {
      text: "Massad Boulos, Trump's adviser for Africa, flew to Kigali on Saturday and was received by President Paul Kagame.",
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Boulos'], host: 'RWA', countries: ['USA'] }, { type: 'meeting', people: ['Boulos', 'Kagame'], host: 'RWA' }],
      never: [['Trump', 'Kagame']],
      why: 'the adviser, not the president he serves, travels',
    },
    {
      text: 'Keith Kellogg arrived in Kyiv on Monday for talks with President Volodymyr Zelensky.',
      published: '2025-08-26',
      want: [{ type: 'visit', people: ['Kellogg'], host: 'UKR', countries: ['USA'] }],
      why: 'the envoy for Ukraine',
    },
    {
      text: 'Sheikh Meshal Al-Ahmad Al-Jabir Al-Sabah arrived in Cairo on Sunday.',
      published: '2025-09-15',
      want: [{ type: 'visit', people: ['Meshal'], host: 'EGY', countries: ['KWT'] }],
      why: "the Emir of Kuwait's name as the Gulf's English press spells it",
    },
  ],
  'mentions/people: a sports body\'s president and a governor of a place named after a country are no sides': [
    {
      text: "Brazil's President Luiz Inácio Lula da Silva watched the final beside UEFA President Aleksander Čeferin in Munich on Saturday and met Chancellor Friedrich Merz afterwards.",
      published: '2025-06-01',
      want: [{ type: 'meeting', people: ['Lula', 'Merz'], host: 'DEU' }],
      never: [['Lula', 'Čeferin'], ['Merz', 'Čeferin']],
      why: 'UEFA\'s president',
    },
    {
      text: 'Emir Sheikh Tamim bin Hamad Al Thani sat with IOC President Kirsty Coventry at the opening ceremony in Milan on Friday. He met Prime Minister Giorgia Meloni in the president\'s box.',
      published: '2026-02-07',
      want: [{ type: 'meeting', people: ['Tamim', 'Meloni'] }],
      never: [['Tamim', 'Coventry']],
      why: 'the IOC\'s president, and "the president\'s box" is not a meeting with her',
    },
    {
      text: 'President Donald Trump flew to Newark on Sunday and was greeted on the tarmac by New Jersey Governor Mikie Sherrill.',
      published: '2026-07-20',
      want: [],
      notOf: [['Sherrill', 'JEY']],
      why: 'New Jersey is no Jersey: the president at home',
    },
    {
      text: 'Prime Minister Narendra Modi arrived in Albuquerque on Sunday and was received by New Mexico Governor Michelle Lujan Grisham.',
      published: '2026-07-20',
      want: [{ type: 'visit', people: ['Modi'], host: 'USA' }],
      never: [['Modi', 'Lujan Grisham']],
      notOf: [['Lujan Grisham', 'MEX']],
      why: 'New Mexico is no Mexico, and its governor no side',
    },
  ],
  'refine/merge: a handshake with one the talks did not have is an encounter of its own': [
    {
      text: 'President Emmanuel Macron and President Donald Trump held talks at the stadium on Sunday. King Felipe VI shook hands with Trump and Macron at the trophy presentation.',
      published: '2026-07-20',
      want: [
        { type: 'meeting', people: ['Macron', 'Trump'] },
        { type: 'handshake', people: ['Felipe', 'Trump', 'Macron'] },
      ],
      never: [],
      meetings: 1,
      why: 'the king joins no talks',
    },
    {
      text: 'President Emmanuel Macron shook hands with President Donald Trump at the White House on Monday before their talks. Macron and Trump held talks for an hour.',
      published: '2026-07-20',
      want: [{ type: 'meeting', people: ['Macron', 'Trump'] }],
      meetings: 1,
      why: 'a handshake that opens the talks is part of them',
    },
  ],
  'events/status and refine/split: trips "scheduled to" places, each leg on its own day': [
    {
      text: 'President Cyril Ramaphosa has a visit scheduled to Ghana on March 3.',
      published: '2026-02-20',
      want: [{ type: 'visit', status: 'planned', people: ['Ramaphosa'], date: '2026-03-03', host: 'GHA' }],
      why: '"scheduled to" a place after the noun puts the trip ahead',
    },
    {
      text: 'Prime Minister Luís Montenegro will travel to Angola on March 3 and to Mozambique on March 5.',
      published: '2026-02-20',
      want: [
        { type: 'visit', status: 'planned', people: ['Montenegro'], date: '2026-03-03', host: 'AGO' },
        { type: 'visit', status: 'planned', people: ['Montenegro'], date: '2026-03-05', host: 'MOZ' },
      ],
      visits: 2,
      why: 'a second leg with its own "to" after the first one\'s day',
    },
    {
      text: 'Foreign Minister Paulo Rangel flew to Luanda on Monday and to Maputo on Wednesday.',
      published: '2026-02-20',
      want: [
        { type: 'visit', people: ['Rangel'], date: '2026-02-16', host: 'AGO' },
        { type: 'visit', people: ['Rangel'], date: '2026-02-18', host: 'MOZ' },
      ],
      why: 'legs by weekday',
    },
    {
      text: 'Foreign Minister Paulo Rangel flew to Luanda on Monday and to discuss debt relief met President João Lourenço.',
      published: '2026-02-20',
      want: [{ type: 'visit', people: ['Rangel'], date: '2026-02-16', host: 'AGO' }],
      visits: 1,
      why: 'an infinitive is no second leg',
    },
    {
      text: 'The talks were scheduled to take place in Luanda on Monday.',
      published: '2026-02-20',
      want: [],
      why: '"scheduled to take place" names no destination',
    },
  ],
  'text/pipe-table: a table of exchanges is read row by row as the sentences it stands for': [
    {
      text: 'Africa tracker, March 2026. Dates are day/month/year.\n\nDate | Type | Who | Where | Notes\n03/03/2026 | Visit | Kenyan President William Ruto | Addis Ababa | Met Prime Minister Abiy Ahmed.\n05/03/2026 | Call | Nigerian President Bola Tinubu / Ghanaian President John Mahama | - | On the Sahel.\n',
      published: '2026-03-31',
      want: [
        { type: 'visit', people: ['Ruto'], date: '2026-03-03', host: 'ETH' },
        { type: 'meeting', people: ['Ruto', 'Abiy'], date: '2026-03-03', host: 'ETH' },
        { type: 'phone_call', people: ['Tinubu', 'Mahama'], date: '2026-03-05' },
      ],
      why: 'a visit row, its note, and a call row',
    },
    {
      text: 'Team | Played | Won | Lost\nKenya | 10 | 7 | 3\nEthiopia | 10 | 5 | 5\n',
      published: '2026-03-31',
      want: [],
      why: 'a table of other things is left alone',
    },
  ],
  'text/structure: an agency\'s dateline a day before the page is the story\'s today': [
    {
      text: 'Luanda, 12 mar 2026 (Lusa) - The President of Portugal, Marcelo Rebelo de Sousa, met today with the President of Angola, João Lourenço.',
      published: '2026-03-13',
      want: [{ type: 'meeting', people: ['Rebelo de Sousa', 'Lourenço'], date: '2026-03-12' }],
      why: 'a Portuguese agency\'s lower-case month',
    },
    {
      text: 'NAIROBI, March 12 (Reuters) - Kenyan President William Ruto held talks today with Ethiopian Prime Minister Abiy Ahmed.',
      published: '2026-03-13',
      want: [{ type: 'meeting', people: ['Ruto', 'Abiy'], date: '2026-03-12' }],
      why: 'a wire dateline of the day before',
    },
    {
      text: 'NAIROBI, March 2 (Reuters) - Kenyan President William Ruto held talks today with Ethiopian Prime Minister Abiy Ahmed.',
      published: '2026-03-13',
      want: [{ type: 'meeting', people: ['Ruto', 'Abiy'], date: '2026-03-13' }],
      why: 'a dateline far from the page is not read as its today',
    },
  ],
  'document: a country\'s name that is the surname of one named in full stands for him before his verb': [
    {
      text: 'Portugal\'s Prime Minister Luís Montenegro is in Maputo. Montenegro received President Daniel Chapo on Tuesday.',
      published: '2026-03-13',
      want: [{ type: 'meeting', people: ['Luís Montenegro', 'Chapo'] }],
      notOf: [['Montenegro', 'MNE']],
      why: '"Montenegro received"',
    },
    {
      text: 'Portugal\'s Prime Minister Luís Montenegro met President Aleksandar Vučić in Belgrade on Monday. President Jakov Milatović of Montenegro welcomed the talks.',
      published: '2026-03-13',
      want: [{ type: 'meeting', people: ['Luís Montenegro', 'Vučić'] }],
      never: [['Luís Montenegro', 'Milatović']],
      why: '"of Montenegro" is the country',
    },
  ],
  'events/lexicon and clause: "the host" is a noun; "met A and B held talks" is two clauses': [
    {
      text: 'Several capitals cited tensions between the host, President Gustavo Petro, and U.S. President Donald Trump.',
      published: '2025-11-10',
      want: [],
      why: '"the host, X," names the host of a summit, and hosts no one',
    },
    {
      text: 'President Gustavo Petro hosted President Luiz Inácio Lula da Silva in Bogotá on Monday.',
      published: '2025-11-10',
      want: [{ type: 'meeting', people: ['Petro', 'Lula'], host: 'COL' }],
      why: 'the verb still hosts',
    },
    {
      text: 'On Monday President Lula met Chancellor Friedrich Merz and President Gustavo Petro held talks with Prime Minister Pedro Sánchez.',
      published: '2025-11-12',
      want: [
        { type: 'meeting', people: ['Lula', 'Merz'] },
        { type: 'meeting', people: ['Petro', 'Sánchez'] },
      ],
      never: [['Lula', 'Petro'], ['Merz', 'Sánchez']],
      why: 'a name after "and" with a verb of its own, after a clause with its verb, opens a new clause',
    },
    {
      text: 'Mirzoyan met Bayramov in Almaty in May, and President Ilham Aliyev and Prime Minister Nikol Pashinyan held talks in Dushanbe in October.',
      published: '2025-11-12',
      want: [{ type: 'meeting', people: ['Aliyev', 'Pashinyan'] }],
      why: 'two subjects joined by "and" after ", and" stay together',
    },
  ],
  'events/exclusions: a leader chairing a body of his own government holds no exchange': [
    {
      text: 'Prime Minister Narendra Modi held talks with Crown Prince Mohammed bin Salman on Tuesday. On Wednesday he chaired a meeting of the Cabinet Committee on Security in New Delhi.',
      published: '2025-04-23',
      want: [{ type: 'meeting', people: ['Modi', 'Mohammed bin Salman'], date: '2025-04-22', host: null }],
      meetings: 1,
      why: 'the committee meeting at home is not the talks, and does not place them in India',
    },
    {
      text: 'Prime Minister Narendra Modi and Crown Prince Mohammed bin Salman co-chaired the second meeting of the India-Saudi Arabia Strategic Partnership Council in Jeddah on Tuesday.',
      published: '2025-04-23',
      want: [{ type: 'meeting', people: ['Modi', 'Mohammed bin Salman'], host: 'SAU' }],
      why: 'co-chairing a council of two states is an exchange',
    },
  ],
  'mentions/people and events/speakers: a country before an envoy\'s title is his remit, and the one he serves no side': [
    {
      text: "Trump's Ukraine envoy Keith Kellogg is expected in Kyiv later this month, an official said.",
      published: '2025-09-05',
      want: [{ type: 'visit', status: 'planned', people: ['Kellogg'], host: 'UKR', countries: ['USA'] }],
      noTrip: ['Trump'],
      notOf: [['Kellogg', 'UKR']],
      why: 'Kellogg serves the United States; Ukraine is his remit',
    },
    {
      text: "Biden's Middle East envoy Brett McGurk met Crown Prince Mohammed bin Salman in Riyadh on Monday.",
      published: '2024-05-21',
      want: [{ type: 'meeting', people: ['McGurk', 'Mohammed bin Salman'], host: 'SAU' }],
      never: [['Biden', 'Mohammed bin Salman']],
      why: 'a remit of two capitalised words',
    },
    {
      text: "Ukraine's envoy Rustem Umerov is expected in Washington later this month.",
      published: '2025-09-05',
      want: [{ type: 'visit', status: 'planned', people: ['Umerov'], host: 'USA', countries: ['UKR'] }],
      why: 'a country that is the envoy\'s own stays his',
    },
  ],
  'events/lexicon: taking part "by video" is a video call': [
    {
      text: 'Chancellor Friedrich Merz and Prime Minister Giorgia Meloni took part by video on Thursday.',
      published: '2025-09-05',
      want: [{ type: 'video_call', people: ['Merz', 'Meloni'], date: '2025-09-04' }],
      noTrip: ['Merz', 'Meloni'],
      why: 'the medium alone after "took part"',
    },
    {
      text: 'President Lula spoke by video to students in Recife on Thursday.',
      published: '2025-09-05',
      want: [],
      why: 'a speech by video to no official is no exchange',
    },
  ],
  'events/lexicon: a tour that began in a place is a visit there': [
    {
      text: 'Secretary of State Marco Rubio began the tour in Kuala Lumpur on Thursday, where he was received by Prime Minister Anwar Ibrahim.',
      published: '2025-07-12',
      want: [
        { type: 'visit', people: ['Rubio'], date: '2025-07-10', host: 'MYS' },
        { type: 'meeting', people: ['Rubio', 'Anwar'], host: 'MYS' },
      ],
      why: '"began the tour in", then a reception',
    },
    {
      text: 'Secretary of State Marco Rubio began his tour in Kuala Lumpur on Thursday.',
      published: '2025-07-12',
      want: [{ type: 'visit', people: ['Rubio'], date: '2025-07-10', host: 'MYS' }],
      why: '"began his tour in" alone',
    },
    {
      text: 'The war began in Ukraine in 2022, Secretary of State Marco Rubio said on Friday.',
      published: '2025-07-12',
      want: [],
      why: 'something else that began in a place is no tour',
    },
  ],
  'events/date-for: a noun dated with its year well after the news lies ahead': [
    {
      text: 'President Lula is due at the Elysee Palace on 5 June 2026, his first state visit to France since 2012.',
      published: '2026-04-01',
      want: [{ type: 'visit', status: 'planned', people: ['Lula'], date: '2026-06-05', host: 'FRA' }],
      why: 'a noun dated with its year two months ahead',
    },
    {
      text: 'Crown Prince Mohammed bin Salman is due at the White House on 18/11/2025, his first visit to Washington since 2018.',
      published: '2025-10-03',
      want: [{ type: 'visit', status: 'planned', people: ['Mohammed bin Salman'], date: '2025-11-18', host: 'USA' }],
      why: '"due at" a building',
    },
    {
      text: 'Crown Prince Mohammed bin Salman made his first visit to Washington on 18 November 2025.',
      published: '2025-11-19',
      want: [{ type: 'visit', people: ['Mohammed bin Salman'], date: '2025-11-18', host: 'USA' }],
      why: 'a visit on a day before the news happened',
    },
    {
      text: 'President Lula met President Emmanuel Macron in Paris on 5 June 2026, on his first state visit to France since 2012.',
      published: '2026-04-01',
      want: [{ type: 'visit', people: ['Lula'], date: '2026-06-05', host: 'FRA' }],
      why: 'a past verb before the noun tells it done, whatever the page\'s date',
    },
  ],
  'refine/default-dates: a journey to a gathering the lead tells is on the gathering\'s day': [
    {
      text: 'ASUNCION, Paraguay, 10 March 2026 - Leaders of Mercosur gathered in Asunción on Sunday for their summit, where President Santiago Peña met President Lula. President Javier Milei flew in from Buenos Aires and left after the plenary.',
      published: '2026-03-10',
      want: [{ type: 'visit', people: ['Milei'], date: '2026-03-08', host: 'PRY' }],
      why: 'the journey to the summit\'s country',
    },
    {
      text: 'ASUNCION, Paraguay, 10 March 2026 - Leaders of Mercosur gathered in Asunción on Sunday for their summit, where President Santiago Peña met President Lula. President Javier Milei flew to Washington last week and met President Donald Trump.',
      published: '2026-03-10',
      want: [{ type: 'visit', people: ['Milei'], host: 'USA' }],
      dated: [['Milei', 'visit', '2026-03']],
      why: 'a journey elsewhere is not the gathering\'s',
    },
  ],
  'mentions/dates and refine/relative-dates: "N years later" counts from the year the sentence wrote before it': [
    {
      text: "Prime Minister Narendra Modi marked India's 2015 yoga day in New Delhi, and two years later travelled to Israel, where he held talks with Benjamin Netanyahu.",
      published: '2026-03-02',
      want: [
        { type: 'visit', people: ['Modi'], date: '2017', host: 'ISR' },
        { type: 'meeting', people: ['Modi', 'Netanyahu'], date: '2017', host: 'ISR' },
      ],
      notDated: ['2028', '2026'],
      why: 'a year after a possessive, then the offset, then the journey and its where-clause',
    },
    {
      text: 'President Lula was in Moscow in 2010, and three years later travelled to Beijing, where he met Xi Jinping.',
      published: '2025-05-02',
      want: [
        { type: 'visit', people: ['Lula'], date: '2010', host: 'RUS' },
        { type: 'visit', people: ['Lula'], date: '2013', host: 'CHN' },
        { type: 'meeting', people: ['Lula', 'Xi'], date: '2013', host: 'CHN' },
      ],
      why: 'the where-clause is of the nearest journey, dated by its offset, not of the first',
    },
    {
      text: 'President Lula travelled to Beijing in 2023, three years later than planned.',
      published: '2025-05-02',
      want: [{ type: 'visit', people: ['Lula'], date: '2023', host: 'CHN' }],
      why: 'a date after the trigger is the exchange\'s own',
    },
    {
      text: 'Chancellor Olaf Scholz watched the final beside the president, and two years later travelled to Brazil, where he met President Lula.',
      published: '2025-05-02',
      want: [{ type: 'visit', people: ['Scholz'], date: null, host: 'BRA' }],
      notDated: ['2027'],
      why: 'with no time told before, a trip "two years later" counted from the news would come after it: undated',
    },
  ],
  'resolve/publisher (session 12): a release stamped "Posted On: … by PIB Delhi" names its own officers by title, "PM" too': [
    {
      text: 'PM meets Prime Minister of Mauritius\n\nPosted On: 12 MAR 2025 2:15PM by PIB Delhi\n\nPrime Minister Shri Narendra Modi held talks with the Prime Minister of Mauritius, Dr Navinchandra Ramgoolam, in Port Louis today. The Prime Minister is on a two-day State Visit to Mauritius. Earlier in the day, PM called on the President of Mauritius, Shri Dharam Gokhool, at the State House. PM last visited Mauritius in March 2015.',
      published: '2025-03-12',
      want: [
        { type: 'visit', people: ['Modi'], host: 'MUS' },
        { type: 'meeting', people: ['Modi', 'Gokhool'], date: '2025-03-12' },
        { type: 'visit', people: ['Modi'], date: '2015-03', host: 'MUS' },
      ],
      noTrip: ['Ramgoolam'],
      why: 'the Indian bureau\'s "The Prime Minister" and "PM" are India\'s',
    },
    {
      text: 'Posted On: 12 MAR 2025 2:15PM by PIB Delhi\n\nThe President of Mauritius, Shri Dharam Gokhool, received the Prime Minister of Mauritius at the State House today.',
      published: '2025-03-12',
      want: [],
      why: 'one country\'s officers meeting at home is no exchange',
    },
  ],
  'refine/implied-visits (session 12): talks told as "the first stop of a tour" are a journey there': [
    {
      text: 'U.S. Secretary of State Marco Rubio met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Sunday, on the first stop of a Middle East tour that will also take him to Saudi Arabia.',
      published: '2025-02-17',
      want: [{ type: 'visit', people: ['Rubio'], host: 'ISR' }, { type: 'meeting', people: ['Rubio', 'Netanyahu'], host: 'ISR' }],
      why: 'the guest travelled to the stop',
    },
    {
      text: 'U.S. Secretary of State Marco Rubio met Israeli Prime Minister Benjamin Netanyahu in Washington on Sunday, on the first stop of Netanyahu\'s tour.',
      published: '2025-02-17',
      want: [{ type: 'meeting', people: ['Rubio', 'Netanyahu'], host: 'USA' }],
      noTrip: ['Rubio'],
      why: 'the host travels nowhere',
    },
  ],
  'refine/merge + events/status (session 12): a dateline\'s day for a headline\'s talks; "was considered but ruled out"': [
    {
      text: 'Rubio presses Netanyahu on Gaza aid in Jerusalem talks\n\nJERUSALEM, Feb 16 (Reuters) - U.S. Secretary of State Marco Rubio met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Sunday, on the first stop of a Middle East tour that will also take him to Saudi Arabia.\n\nThe two men spoke for nearly three hours, an Israeli official said.',
      published: '2025-02-16',
      want: [{ type: 'meeting', people: ['Rubio', 'Netanyahu'], date: '2025-02-16' }],
      meetings: 1,
      why: 'the dateline\'s day, not the month a headline is given by default',
    },
    {
      text: 'U.S. Secretary of State Marco Rubio flew to Riyadh on Monday. A stop in Cairo was considered but ruled out, officials said.',
      published: '2025-02-18',
      want: [{ type: 'visit', status: 'cancelled', people: ['Rubio'], host: 'EGY' }],
      why: 'a stop floated and ruled out is called off',
    },
    {
      text: 'U.S. Secretary of State Marco Rubio met Egyptian Foreign Minister Badr Abdelatty in Cairo on Monday but ruled out new aid.',
      published: '2025-02-18',
      want: [{ type: 'meeting', people: ['Rubio', 'Abdelatty'], date: '2025-02-17' }],
      why: '"but ruled out" something else calls off nothing',
    },
  ],
  'document + meeting-parts (session 12, MOFA and ABC probes): a state\'s formal name with "of the"; welcoming one "to Japan"': [
    {
      text: 'Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, who is visiting the Republic of the Philippines, held a Foreign Ministers\' Meeting with Secretary of Foreign Affairs Ma. Theresa P. Lazaro in Manila on July 8. Minister Iwaya stated that Japan looks forward to welcoming Secretary Lazaro to Japan at an early date.',
      published: '2025-07-08',
      want: [{ type: 'visit', people: ['Iwaya'], host: 'PHL' }, { type: 'meeting', status: 'planned', people: ['Iwaya', 'Lazaro'], host: 'JPN' }],
      notOf: [['Iwaya', 'USA']],
      visits: 2,
      why: 'no town called Republic, and the welcome is in Japan',
    },
  ],
  'events/lexicon + date-for + default-dates (session 12, ABC probe): "was last in", a count\'s period, "has arrived"': [
    {
      text: 'Foreign Minister Penny Wong has arrived in Port Moresby for talks with Papua New Guinea Prime Minister James Marape. It is her second visit to PNG this year. She was last in Port Moresby in March, when she and Mr Marape announced a policing partnership.',
      published: '2025-10-01',
      want: [{ type: 'visit', people: ['Wong'], date: '2025-10-01', host: 'PNG' }, { type: 'visit', people: ['Wong'], date: '2025-03', host: 'PNG' }],
      visits: 2,
      why: 'the arrival is the news\'s day, the March stay another visit, and "this year" dates neither',
    },
    {
      text: 'Foreign Minister Penny Wong arrived in Port Moresby in March for talks with Papua New Guinea Prime Minister James Marape.',
      published: '2025-10-01',
      want: [{ type: 'visit', people: ['Wong'], date: '2025-03', host: 'PNG' }],
      notDated: ['2025-10'],
      why: 'a past arrival keeps its own month',
    },
  ],
  // Session 12 (acc-blind17), blind set 12's misses: sentences of my own making.
  'session 12 (acc-blind17)': [
    {
      text: 'Buenos Aires, 4 Mar (EFE).- The Argentine president, Javier Milei, received this Tuesday his Paraguayan homologue, Santiago Peña, in the Casa Rosada.',
      published: '2026-03-04',
      want: [{ type: 'meeting', people: ['Milei', 'Peña'], date: '2026-03-03', host: 'ARG' }],
      why: "a translated 'homologue' is a counterpart, and 'received this Tuesday his …' puts the day before the guest",
    },
    {
      text: 'The Chilean foreign minister met his Peruvian homologues in Lima on Monday to discuss the border.',
      published: '2026-03-04',
      want: [],
      why: "'homologues' read as counterparts still names no one: no exchange",
    },
    {
      text: 'The finance ministry received this Thursday the first draft of the budget from the central bank.',
      published: '2026-03-05',
      want: [],
      why: "'received this Thursday' a document: no visitor",
    },
    {
      text: 'Wadephul wrote on X that he was glad to meet Foreign Minister Wang Yi in Munich on Saturday.',
      published: '2026-02-16',
      want: [{ type: 'meeting', people: ['Wadephul', 'Wang Yi'], date: '2026-02-14' }],
      why: "'was glad to meet' tells a meeting had, not one intended",
    },
    {
      text: 'Wadephul said he would be glad to meet Foreign Minister Wang Yi in Munich next month.',
      published: '2026-02-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Wadephul', 'Wang Yi'] }],
      why: "a pleasure still ahead keeps its 'would': planned",
    },
    {
      text: 'Wadephul travelled to Munich to meet Foreign Minister Wang Yi on Saturday.',
      published: '2026-02-16',
      want: [{ type: 'meeting', people: ['Wadephul', 'Wang Yi'], date: '2026-02-14' }],
      why: 'a purpose after a past journey is still carried out (the pleasure rule takes nothing from it)',
    },
    {
      text:
        'Presidential news\n\nTelephone conversation with President of Uzbekistan Shavkat Mirziyoyev\nMarch 3, 2026, 17:10\n\nVladimir Putin had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.\n\nMessage of condolences to President of Egypt Abdel Fattah el-Sisi\nMarch 2, 2026, 12:00\n\nVladimir Putin sent a message of condolences to President of Egypt Abdel Fattah el-Sisi over the train crash in Minya.\n',
      published: '2026-03-04',
      want: [
        { type: 'phone_call', people: ['Putin', 'Mirziyoyev'], date: '2026-03-03' },
        { type: 'message', people: ['Putin', 'Sisi'], date: '2026-03-02' },
      ],
      why: 'a feed of items, each title over a line of its own date, dates each item by its line',
    },
    {
      text:
        'Visit of the Prime Minister of Nepal to India\n\nApril 02, 2026\n\nPrime Minister K.P. Sharma Oli will pay an official visit to India from April 8-10, 2026. He will meet President Droupadi Murmu the same evening.\n\nNew Delhi\nApril 02, 2026\n',
      published: '2026-04-02',
      want: [{ type: 'visit', status: 'planned', people: ['Oli'], date: '2026-04-08', host: 'IND' }],
      notDated: ['2026-04-02'],
      why: "a release's date at its top and again under its place is no feed: it dates no item",
    },
    {
      text:
        'Vladimir Putin held a meeting with permanent members of the Security Council.\n\nTaking part were Deputy Chairman of the Security Council Dmitry Medvedev, Prime Minister Mikhail Mishustin and Foreign Minister Sergei Lavrov.',
      published: '2026-03-04',
      want: [],
      why: "the Security Council's deputy chairman is an office: its holder is Russia's own, and the session is a domestic one",
    },
    {
      text: 'The two leaders last met in March, when Prime Minister Christopher Luxon visited Nara on a two-day trip.',
      published: '2026-05-04',
      want: [{ type: 'visit', people: ['Luxon'], date: '2026-03', host: 'JPN' }],
      why: "Nara is a Japanese city (GeoNames lists it as 'Nara-shi')",
    },
    {
      text: 'Albanese shared a photo of himself over dinner with Prime Minister Christopher Luxon in Auckland on Friday.',
      published: '2026-03-09',
      want: [{ type: 'meeting', people: ['Albanese', 'Luxon'], date: '2026-03-06' }],
      why: "'over dinner with' a leader is a meal shared with him: a meeting",
    },
    {
      text: 'Albanese talked about the housing plan over dinner with party donors in Sydney on Friday.',
      published: '2026-03-09',
      want: [],
      why: 'a meal with no official named gives no exchange',
    },
    {
      text: 'A video of Albanese shaking hands with President Xi Jinping at the airport, shared thousands of times, was generated by artificial intelligence, the fact-checkers found.',
      published: '2026-03-09',
      want: [],
      never: [['Albanese', 'Xi Jinping']],
      why: 'a picture of an exchange that an AI made tells none',
    },
    {
      text: 'A fake account posing as the Greek prime minister claimed he had met President Erdogan in Ankara; the account was removed. A parody account also said Mitsotakis had called Erdogan.',
      published: '2026-03-09',
      want: [],
      never: [['Mitsotakis', 'Erdogan']],
      why: "an impostor's or parody account's claim of an exchange tells none",
    },
    {
      text: 'A photo of Albanese shaking hands with President Xi Jinping in Beijing was released by his office on Friday.',
      published: '2026-03-09',
      want: [{ type: 'handshake', people: ['Albanese', 'Xi Jinping'] }],
      why: 'a genuine photo of a handshake still tells it',
    },
    {
      text: 'Prime Minister Christopher Luxon arrived in Tokyo on Sunday for a three-day visit. Separately, Defence Minister Judith Collins spoke by phone on Friday with her Japanese counterpart Shinjiro Koizumi and agreed to resume mutual visits by naval vessels.',
      published: '2026-05-18',
      want: [{ type: 'visit', people: ['Luxon'], host: 'JPN' }],
      noTrip: ['Collins', 'Koizumi'],
      why: "visits by naval vessels are the ships', no minister's trip",
    },
    {
      text: 'The port visit of two Japanese destroyers to Manila will take place next month, the defence ministry said.',
      published: '2026-05-18',
      want: [],
      why: "a port visit of destroyers is no one's trip",
    },
    {
      text: 'Koizumi agreed to a visit by Ahn Gyu-back to Tokyo next month.',
      published: '2026-05-18',
      want: [{ type: 'visit', status: 'planned', people: ['Ahn Gyu-back'], host: 'JPN' }],
      why: 'a visit by a minister is still his trip',
    },
    {
      text: "The Foreign Minister of Peru, Hugo de Zela, and the Foreign Minister of Chile, Alberto van Klaveren, held the third Foreign Ministers' Political Consultations in Lima on 2 March 2026.",
      published: '2026-03-04',
      want: [{ type: 'meeting', people: ['de Zela', 'van Klaveren'], date: '2026-03-02' }],
      why: "a dialogue or consultations 'the third' of a name of three words, held by two named sides",
    },
    {
      text: "Foreign Minister Alberto van Klaveren held the third Foreign Ministry press conference on dialogue with students in Santiago on Monday.",
      published: '2026-03-04',
      want: [],
      why: 'a press conference about dialogue names no one met',
    },
  ],
  // Session 12 (acc-pend8): general rules for misses that recur in the blind sets; sentences of my own making.
  'resolve/short-titles: a bare head title is the one the story titled with it in full': [
    {
      text: 'ACCRA, March 4 (Agency) - The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Addis Ababa on Tuesday. The Chairperson had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'phone_call', people: ['Youssouf', 'Faye'], date: '2025-03-03' }],
      why: '"The Chairperson" after "The Chairperson of the African Union Commission, Youssouf" is Youssouf',
    },
    {
      text: 'BRUSSELS, March 4 (Agency) - The European Commissioner for Trade, Maros Sefcovic, met the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Brussels on Tuesday. The Commissioner later spoke by telephone with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'phone_call', people: ['Sefcovic', 'Faye'] }],
      why: '"The Commissioner" is the commissioner for trade named in full before',
    },
    {
      text: 'GENEVA, March 4 (Agency) - The Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa, met the Director-General of the World Trade Organization, Ngozi Okonjo-Iweala, in Geneva on Tuesday. The Minister had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'phone_call', people: ['Ablakwa', 'Faye'], date: '2025-03-03' }],
      why: '"The Minister" is the one minister the story titled in full',
    },
    {
      text: 'ADDIS ABABA, March 4 (Agency) - The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, on Tuesday. The party chairperson, John Mbadi, also attended. The Chairperson had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'meeting', people: ['Youssouf', 'Ablakwa'] }],
      never: [['Youssouf', 'Faye']],
      why: 'not when the story wrote the word for someone else too (a party chairperson)',
    },
    {
      text: 'ADDIS ABABA, March 4 (Agency) - The Deputy Chairperson of the African Union Commission, Selma Malika Haddadi, received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, on Tuesday. The Chairperson had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'meeting', people: ['Haddadi', 'Ablakwa'] }],
      never: [['Haddadi', 'Faye']],
      why: 'a deputy is not "the Chairperson"',
    },
    {
      text: 'ADDIS ABABA, March 4 (Agency) - The Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, arrived in Addis Ababa on Tuesday. The Chairperson had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'visit', people: ['Ablakwa'], host: 'ETH' }],
      never: [['Ablakwa', 'Faye']],
      why: 'with no chairperson titled in full before, the bare word names no one',
    },
    {
      text: 'STOCKHOLM, March 4 (Agency) - Prime Minister Ulf Kristersson received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, on Tuesday. The Minister had on Monday held a telephone conversation with the President of Senegal, Bassirou Diomaye Faye.',
      published: '2025-03-04',
      want: [{ type: 'meeting', people: ['Kristersson', 'Ablakwa'] }],
      never: [['Kristersson', 'Faye'], ['Ablakwa', 'Faye']],
      why: 'not when another title holds the word: "the Minister" is not the Prime Minister',
    },
  ],
  'mentions/people: a longer patronymic that contradicts a known person is someone else': [
    {
      text: 'RIYADH, Nov 20 (Agency) - Deputy Governor of Riyadh Region Prince Mohammed bin Abdulrahman bin Abdulaziz received the Ambassador of Japan, Fumio Iwai, at his office on Thursday.',
      published: '2025-11-20',
      want: [{ type: 'meeting', people: ['Mohammed bin Abdulrahman', 'Iwai'] }],
      notOf: [['Mohammed bin Abdulrahman', 'QAT']],
      why: 'a "Prince … bin Abdulaziz" is not the Qatari "Sheikh" Mohammed bin Abdulrahman cut at his next "bin"',
    },
    {
      text: 'DOHA, Nov 20 (Agency) - Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Doha on Thursday.',
      published: '2025-11-20',
      want: [{ type: 'meeting', people: ['Mohammed bin Abdulrahman', 'Ablakwa'], countries: ['QAT'], host: 'QAT' }],
      why: 'the Qatari\'s own longer chain, ending in his family name, is still he',
    },
    {
      text: 'RIYADH, Nov 20 (Agency) - Foreign Minister Prince Faisal bin Farhan bin Abdullah received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Riyadh on Thursday.',
      published: '2025-11-20',
      want: [{ type: 'meeting', people: ['Faisal bin Farhan', 'Ablakwa'], countries: ['SAU'], host: 'SAU' }],
      names: ['Faisal bin Farhan'],
      why: 'a chain with no family name and the courtesy the known person carries is still the known person',
    },
    {
      text: 'RIYADH, Nov 20 (Agency) - Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud received the Foreign Minister of Ghana, Samuel Okudzeto Ablakwa, in Riyadh on Thursday.',
      published: '2025-11-20',
      want: [{ type: 'meeting', people: ['Mohammed bin Salman', 'Ablakwa'], countries: ['SAU'], host: 'SAU' }],
      why: 'a family name is no contradiction of one the knowledge knows by no family name',
    },
  ],
  'events/visit-parts: the country chosen for a journey is where it goes': [
    {
      text: 'COLOMBO, April 5 (Agency) - President Anura Kumara Dissanayake chose India for his first bilateral visit abroad in December last year.',
      published: '2025-04-05',
      want: [{ type: 'visit', people: ['Dissanayake'], date: '2024-12', host: 'IND' }],
      why: '"chose India for his first bilateral visit" is a visit to India',
    },
    {
      text: 'MALE, April 5 (Agency) - President Mohamed Muizzu picked Turkey as the destination of his first state visit in November 2023.',
      published: '2025-04-05',
      want: [{ type: 'visit', people: ['Muizzu'], date: '2023-11', host: 'TUR' }],
      why: '"picked Turkey as the destination of his first state visit": the same with "as"',
    },
    {
      text: 'COLOMBO, April 5 (Agency) - The council chose India for its next summit, and President Anura Kumara Dissanayake will visit Japan in May.',
      published: '2025-04-05',
      want: [{ type: 'visit', status: 'planned', people: ['Dissanayake'], host: 'JPN' }],
      visits: 1,
      why: 'a country chosen for something other than the journey is not where it goes',
    },
    {
      text: 'COLOMBO, April 5 (Agency) - President Anura Kumara Dissanayake praised India for his warm reception on the visit.',
      published: '2025-04-05',
      want: [],
      why: 'a country praised, not chosen, is no destination',
    },
  ],
  'events/status: a visit that did not take place, after its complement and a phrase set off by commas': [
    {
      text: 'DUBAI, Oct 1 (Agency) - A visit by President Masoud Pezeshkian to Riyadh, announced by state television last week, did not take place.',
      published: '2025-10-01',
      want: [{ type: 'visit', status: 'cancelled', people: ['Pezeshkian'], host: 'SAU' }],
      why: 'the predicate after the noun\'s "by … to …" and a participle phrase in commas says it did not happen',
    },
    {
      text: 'DUBAI, Oct 1 (Agency) - President Masoud Pezeshkian made a visit to Riyadh on Tuesday and the planned talks with the Crown Prince did not take place.',
      published: '2025-10-01',
      want: [{ type: 'visit', people: ['Pezeshkian'], host: 'SAU' }],
      why: 'not across another clause: the visit was made, the talks were not held',
    },
  ],
  'resolve/namesake-towns: a small foreign town no one in the story belongs to is a namesake at home': [
    {
      text: 'LISBON, May 2 (Agency) - Prime Minister Luís Montenegro received President Daniel Chapo in São Bento on Tuesday, during the Mozambican leader\'s working visit to Lisbon.',
      published: '2025-05-02',
      want: [{ type: 'meeting', people: ['Montenegro', 'Chapo'], host: 'PRT' }],
      why: '"in São Bento" beside a visit to Lisbon is the Lisbon residence, not the Brazilian town',
    },
    {
      text: 'BRASILIA, May 2 (Agency) - President Luiz Inácio Lula da Silva received Prime Minister Luís Montenegro in São Bento on Tuesday, after the Portuguese leader\'s visit to Lisbon\'s partners in Brasília.',
      published: '2025-05-02',
      want: [{ type: 'meeting', people: ['Lula', 'Montenegro'], host: 'BRA' }],
      why: 'a town of a country the story names (the Brazilian host) is that town',
    },
  ],
  'text/structure, events/visit-parts: a diary of days headed by date lines; a head of state by office with a companion': [
    {
      text: 'ROYAL DIARY\n\nHOLYROODHOUSE\n14th March 2025\n\nThe President of the Federal Republic of Germany and Mrs Elke Büdenbender arrived in Edinburgh this afternoon on a State Visit.\n\nHOLYROODHOUSE\n16th March 2025\n\nThe Prime Minister this morning received the Minister for Foreign Affairs of Japan.\n',
      published: '2025-03-18',
      want: [{ type: 'visit', people: ['Steinmeier'], date: '2025-03-14', host: 'GBR' }],
      notDated: ['2025-03-18'],
      why: 'a line that is only a date, in a page of several such lines, dates the entries under it; the president by office with "and Mrs …" is the traveller',
    },
    {
      text: 'ROYAL DIARY\n14th March 2025\n\nThe President of the Federal Republic of Germany arrived in Edinburgh this afternoon on a State Visit to The King.\n',
      published: '2025-03-18',
      want: [{ type: 'visit', people: ['Steinmeier'], host: 'GBR' }],
      notDated: ['2025-03-14'],
      visits: 1,
      why: 'one date line alone is the page\'s stamp, not a diary heading; "to The King" names no town called King',
    },
    {
      text: 'LONDON, March 14 (Agency) - The President of the Federal Republic of Germany and Prime Minister Anthony Albanese arrived in Edinburgh this afternoon.',
      published: '2025-03-14',
      want: [{ type: 'visit', people: ['Albanese'], host: 'GBR' }],
      why: 'a companion with a country of their own is a traveller in their own right: the office holder is not put in their place',
    },
  ],
  'events/lexicon: "held meetings with" is a meeting': [
    {
      text: 'LONDON, Dec 5 (Agency) - Development Minister Jenny Chapman today visited Lusaka and held meetings with the President of the Republic of Zambia.',
      published: '2025-12-05',
      want: [{ type: 'meeting', people: ['Chapman', 'Hichilema'], date: '2025-12-05', host: 'ZMB' }],
      why: 'the plural noun before "with" and the one met is a meeting as the singular is',
    },
    {
      text: 'LONDON, Dec 5 (Agency) - President Hakainde Hichilema chaired two meetings of the cabinet in Lusaka on Friday.',
      published: '2025-12-05',
      want: [],
      why: 'meetings not held with anyone make no exchange',
    },
  ],
  'document/titles: the holder named in brackets after an office; "called upon"': [
    {
      text: 'LONDON, Dec 4 (Agency) - The Federal Minister for Foreign Affairs (Dr Johann Wadephul) arrived in London on Thursday. The Federal Minister for Foreign Affairs this afternoon called upon the Secretary of State for Foreign, Commonwealth and Development Affairs (the Right Honourable Yvette Cooper MP).',
      published: '2025-12-04',
      want: [
        { type: 'visit', people: ['Wadephul'], host: 'GBR' },
        { type: 'meeting', people: ['Wadephul', 'Cooper'], date: '2025-12-04' },
      ],
      why: 'an office with the holder in brackets names that holder, and the same office alone later does too; "called upon" is a call in person',
    },
    {
      text: 'LONDON, Dec 4 (Agency) - The Prime Minister (the Right Honourable Sir Keir Starmer MP) received the President of the Republic of Zambia (His Excellency Mr Hakainde Hichilema) at 10 Downing Street.',
      published: '2025-12-04',
      want: [{ type: 'meeting', people: ['Starmer', 'Hichilema'], host: 'GBR' }],
      why: 'both sides named in brackets after their offices',
    },
    {
      text: 'LONDON, Dec 4 (Agency) - British Foreign Secretary Yvette Cooper (who chairs the council) received President Hakainde Hichilema (Zambia) at Lancaster House.',
      published: '2025-12-04',
      want: [{ type: 'meeting', people: ['Cooper', 'Hichilema'], countries: ['GBR', 'ZMB'] }],
      why: 'a bracket that is no name names no holder: the one met after it stays another side',
    },
  ],
  'mentions/dates (session 12): a day-first date on no calendar is no date': [
    {
      text: 'U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on 31/02/2023.',
      published: '2023-03-05',
      want: [{ type: 'meeting', people: ['Blinken', 'Wang Yi'] }],
      notDated: ['2023-02-31'],
      why: '31 February',
    },
    {
      text: 'U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on 28/02/2023.',
      published: '2023-03-05',
      want: [{ type: 'meeting', people: ['Blinken', 'Wang Yi'], date: '2023-02-28' }],
      why: '28 February',
    },
  ],
  'events/status + lexicon (session 13): a stop "added" to a schedule is a plan, one "cut at the last minute" called off': [
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio will visit Riyadh and Doha this week. A stop in Abu Dhabi was added at the last minute.',
      published: '2025-11-04',
      want: [{ type: 'visit', status: 'planned', people: ['Rubio'], host: 'ARE' }],
      notDated: ['2025-11-04'],
      why: '"was added", and "at the last minute" is no time',
    },
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio will visit Riyadh this week. A visit to Amman has been added to the itinerary, officials said.',
      published: '2025-11-04',
      want: [{ type: 'visit', status: 'planned', people: ['Rubio'], host: 'JOR' }],
      why: '"has been added to the itinerary"',
    },
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio visited Riyadh and Doha last week. A stop in Abu Dhabi was cut at the last minute.',
      published: '2025-11-04',
      want: [{ type: 'visit', status: 'cancelled', people: ['Rubio'], host: 'ARE' }],
      why: '"was cut at the last minute"',
    },
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio visited Riyadh last week. A stop in Amman was cut from the itinerary.',
      published: '2025-11-04',
      want: [{ type: 'visit', status: 'cancelled', people: ['Rubio'], host: 'JOR' }],
      why: '"was cut from the itinerary"',
    },
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio visited Riyadh last week, but the visit was cut short by a crisis at home.',
      published: '2025-11-04',
      want: [{ type: 'visit', people: ['Rubio'], host: 'SAU' }],
      why: 'a visit "cut short" took place',
    },
  ],
  'events/parties + status (session 13): a leader who says "a meeting with" one other tells his own; "being prepared for" is a plan': [
    {
      text: 'WASHINGTON (Agency) - President Donald Trump said a meeting with Chinese President Xi Jinping was planned for next month.',
      published: '2025-11-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Trump', 'Xi'], date: '2025-12' }],
      why: 'the leader speaking is a side',
    },
    {
      text: 'MOSCOW (Agency) - Kremlin spokesman Dmitry Peskov said a meeting with U.S. President Donald Trump was planned for next month.',
      published: '2025-11-04',
      want: [],
      never: [['Peskov', 'Trump']],
      why: 'a spokesman speaks of his principal\'s meeting, not his own',
    },
    {
      text: 'WASHINGTON (Agency) - President Donald Trump said a meeting with Chinese President Xi Jinping was being prepared for next month.',
      published: '2025-11-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Trump', 'Xi'], date: '2025-12' }],
      why: '"was being prepared for next month"',
    },
  ],
  'events/candidates (session 13): "the two prime ministers" are the latest pair of heads of government': [
    {
      text: 'HANOI (Agency) - Singapore\'s Prime Minister Lawrence Wong held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday. He also met National Assembly Chairman Tran Thanh Man. The two prime ministers spoke by telephone in January.',
      published: '2025-03-06',
      want: [{ type: 'phone_call', people: ['Wong', 'Chinh'], date: '2025-01' }],
      never: [['Tran Thanh Man', 'Wong', 'January']],
      calls: 1,
      why: 'past a pair with a chairman in it told since',
    },
    {
      text: 'HANOI (Agency) - Singapore\'s Prime Minister Lawrence Wong held talks with Vietnamese President Luong Cuong in Hanoi on Monday. The two leaders spoke by telephone in January.',
      published: '2025-03-06',
      want: [{ type: 'phone_call', people: ['Wong', 'Luong Cuong'], date: '2025-01' }],
      why: '"the two leaders" still means the latest pair, whatever their offices',
    },
  ],
  'events/date-for + refine/merge (session 13): a meeting at a place and a call after "and" are two exchanges, each with its date': [
    {
      text: 'SINGAPORE (Agency) - Prime Minister Lawrence Wong met Vietnamese Prime Minister Pham Minh Chinh in Vientiane in October 2024, and spoke by telephone with him in January.',
      published: '2025-03-06',
      want: [
        { type: 'meeting', people: ['Wong', 'Chinh'], date: '2024-10', host: 'LAO' },
        { type: 'phone_call', people: ['Wong', 'Chinh'], date: '2025-01' },
      ],
      why: 'the date before "and" is the meeting\'s, the one after the call\'s',
    },
    {
      text: 'SINGAPORE (Agency) - Prime Minister Lawrence Wong met Vietnamese Prime Minister Pham Minh Chinh in Vientiane and later spoke by telephone with him.',
      published: '2025-03-06',
      want: [
        { type: 'meeting', people: ['Wong', 'Chinh'], host: 'LAO' },
        { type: 'phone_call', people: ['Wong', 'Chinh'] },
      ],
      why: 'a meeting at a place is in person: the call after "and" is another exchange',
    },
    {
      text: 'NEW DELHI (Agency) - Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in New Delhi by video link on Monday.',
      published: '2025-03-06',
      want: [{ type: 'video_call', people: ['Modi', 'Putin'], date: '2025-03-03' }],
      meetings: 0,
      why: 'talks held by video link are one exchange, held by video',
    },
  ],
  'events/meeting-parts (session 13): a venue that modifies the meeting noun is where it is held': [
    {
      text: 'WASHINGTON (Agency) - President Donald Trump will hold a White House meeting with Jordan\'s King Abdullah II next week.',
      published: '2025-11-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Trump', 'Abdullah'], host: 'USA' }],
      why: '"a White House meeting"',
    },
    {
      text: 'MOSCOW (Agency) - A Kremlin meeting between Russian President Vladimir Putin and Indian Prime Minister Narendra Modi is planned for next week.',
      published: '2025-11-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Putin', 'Modi'], host: 'RUS' }],
      why: '"a Kremlin meeting"',
    },
    {
      text: 'WASHINGTON (Agency) - President Donald Trump said a China meeting with Chinese President Xi Jinping was being prepared for next month.',
      published: '2025-11-04',
      want: [{ type: 'meeting', status: 'planned', people: ['Trump', 'Xi'], host: null }],
      why: 'a country before the noun may be its topic: no venue',
    },
    {
      text: 'Japan-Indonesia Summit Meeting and Dinner. On December 9, Prime Minister of Japan Sanae Takaichi held a Japan-Indonesia Summit Meeting with President Prabowo Subianto, who is visiting Japan.',
      published: '2025-12-10',
      want: [{ type: 'meeting', people: ['Takaichi', 'Prabowo'], date: '2025-12-09', host: 'JPN' }],
      why: '"Summit" before "Meeting" is the meeting\'s word, not the small town in New Jersey',
    },
  ],
  'refine/anaphora (session 13): a noun whose own date contradicts the exchange told before is another': [
    {
      text: 'RIYADH — Sudanese army chief Abdel Fattah al-Burhan will travel on to Doha on Thursday for talks with Emir Sheikh Tamim bin Hamad Al Thani, Sudanese sources said. The Kingdom hosted the Jeddah talks between the two parties in 2023.',
      published: '2026-11-10',
      want: [{ type: 'meeting', status: 'planned', people: ['Burhan', 'Tamim'], date: '2026-11-12', host: 'QAT' }],
      notDated: ['2023'],
      why: '"the Jeddah talks between the two parties in 2023" is no retelling of talks planned for Thursday',
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday. The talks between the two leaders on Monday lasted three hours.',
      published: '2025-06-11',
      want: [{ type: 'meeting', people: ['Xi', 'Macron'], date: '2025-06-09', host: 'CHN' }],
      meetings: 1,
      why: 'the same day: one exchange told twice',
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping met French President Emmanuel Macron in Beijing in June 2025. The talks between the two leaders on June 9 lasted three hours.',
      published: '2025-06-11',
      want: [{ type: 'meeting', people: ['Xi', 'Macron'], date: '2025-06-09', host: 'CHN' }],
      meetings: 1,
      why: 'a month and a day in it: one exchange told twice, on the day',
    },
  ],
  'events/exclusions (session 13): those who attended talks told before hold no exchange of their own': [
    {
      text: 'ABU DHABI (Agency) - President Sheikh Mohamed bin Zayed received Indonesian President Prabowo Subianto at Qasr Al Watan on Monday. The talks were attended by Sheikh Mansour bin Zayed, Vice President, and Sheikh Abdullah bin Zayed, Minister of Foreign Affairs.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Mohamed bin Zayed', 'Prabowo'], date: '2025-06-09' }],
      never: [['Mansour', 'Abdullah bin Zayed']],
      meetings: 1,
      why: '"The talks were attended by"',
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday. The meeting was also attended by Foreign Minister Wang Yi and French Foreign Minister Jean-Noel Barrot.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Macron'], date: '2025-06-09' }],
      never: [['Wang Yi', 'Barrot']],
      why: '"The meeting was also attended by"',
    },
    {
      text: 'BEIJING (Agency) - Chinese Foreign Minister Wang Yi met French Foreign Minister Jean-Noel Barrot in Beijing on Monday. The two ministers attended a dinner hosted by Premier Li Qiang.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Barrot'], date: '2025-06-09' }],
      why: 'ministers who meet, then attend something: their meeting stands',
    },
    {
      text: 'KINSHASA (Agency) - Congolese President Joseph Kabila met Rwandan President Paul Kagame in Goma on Thursday. The Goma meeting was prepared by the two foreign ministers, Alexis Thambwe Mwamba and Rosemary Museminali.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Kabila', 'Kagame'], host: 'COD' }],
      never: [['Thambwe', 'Museminali']],
      meetings: 1,
      why: '"was prepared by": those who readied it',
    },
  ],
  'events/visit-parts (session 13): the place a journey is "made" into': [
    {
      text: 'WASHINGTON (Agency) - President Donald Trump made Riyadh the first foreign trip of his second term in May 2025.',
      published: '2025-11-04',
      want: [{ type: 'visit', people: ['Trump'], date: '2025-05', host: 'SAU' }],
      why: '"made Riyadh the first foreign trip"',
    },
    {
      text: 'WASHINGTON (Agency) - President Donald Trump made a trip to Riyadh in May 2025.',
      published: '2025-11-04',
      want: [{ type: 'visit', people: ['Trump'], date: '2025-05', host: 'SAU' }],
      why: '"made a trip to" keeps its destination',
    },
  ],
  'events/exclusions + date-for (session 13): "several times …, most recently last week" past a clause, and a plan is never "last week"': [
    {
      text: 'BERLIN (Agency) - German Chancellor Friedrich Merz and US President Donald Trump have spoken by phone several times since the chancellor\'s election, most recently last week.',
      published: '2025-06-03',
      want: [{ type: 'phone_call', people: ['Merz', 'Trump'], date: '2025-05' }],
      why: 'the latest of the calls counted, past a "since" clause',
    },
    {
      text: 'BERLIN (Agency) - German Chancellor Friedrich Merz is due to meet US President Donald Trump at the White House on Thursday. Merz and Trump have spoken by phone several times since the election, most recently last week, but this will be their first face-to-face meeting.',
      published: '2025-06-03',
      want: [
        { type: 'meeting', status: 'planned', people: ['Merz', 'Trump'], date: '2025-06-05', host: 'USA' },
        { type: 'phone_call', people: ['Merz', 'Trump'], date: '2025-05' },
      ],
      meetings: 1,
      notDated: ['2026'],
      why: '"their first face-to-face meeting" is the one due on Thursday, not one a year after "last week"',
    },
    {
      text: 'BERLIN (Agency) - German Chancellor Friedrich Merz and US President Donald Trump have spoken by phone several times since the election.',
      published: '2025-06-03',
      want: [],
      calls: 0,
      why: 'a count alone tells none of the calls',
    },
  ],
  'events/lexicon (session 13): "no plans so far for a telephone conversation"': [
    {
      text: 'MOSCOW (Agency) - Kremlin spokesman Dmitry Peskov said there are no plans so far for a telephone conversation between Russian President Vladimir Putin and French President Emmanuel Macron.',
      published: '2025-10-03',
      want: [],
      calls: 0,
      why: 'no plan of a call',
    },
    {
      text: 'MOSCOW (Agency) - Kremlin spokesman Dmitry Peskov said there are plans for a telephone conversation between Russian President Vladimir Putin and French President Emmanuel Macron next week.',
      published: '2025-10-03',
      want: [{ type: 'phone_call', status: 'planned', people: ['Putin', 'Macron'] }],
      why: 'plans for a call',
    },
  ],
  'events/speakers (session 13): "Abdelatty\'s deputy" is the deputy, not the minister': [
    {
      text: 'TEHRAN (Agency) - Iranian Foreign Minister Abbas Araghchi hosted Egyptian Foreign Minister Badr Abdelatty\'s deputy in Tehran last week.',
      published: '2025-06-01',
      want: [],
      never: [['Araghchi', 'Abdelatty']],
      noTrip: ['Abdelatty'],
      why: 'a minister named only to say whose deputy came',
    },
    {
      text: 'TEHRAN (Agency) - Iranian Foreign Minister Abbas Araghchi hosted Egyptian Foreign Minister Badr Abdelatty in Tehran last week.',
      published: '2025-06-01',
      want: [{ type: 'meeting', people: ['Araghchi', 'Abdelatty'], host: 'IRN' }],
      why: 'the minister himself',
    },
  ],
  'events/lexicon (session 13): ", and the defence secretary, John Healey, hosted" opens a clause of its own': [
    {
      text: 'LONDON (Agency) - The foreign secretary, Yvette Cooper, is in Washington for talks with Marco Rubio, and the defence secretary, John Healey, hosted his Ukrainian counterpart in London yesterday.',
      published: '2025-10-08',
      want: [{ type: 'meeting', people: ['Healey', 'Shmyhal'], date: '2025-10-07', host: 'GBR' }],
      never: [['Cooper', 'Healey'], ['Rubio', 'Healey'], ['Cooper', 'Shmyhal'], ['Cooper', 'Sybiha']],
      why: 'the second subject\'s counterpart is his, in his own clause',
    },
    {
      text: 'LONDON (Agency) - British Foreign Secretary Yvette Cooper met Marco Rubio in Washington, and the defence secretary, John Healey, said the talks went well.',
      published: '2025-10-08',
      want: [{ type: 'meeting', people: ['Cooper', 'Rubio'], host: 'USA' }],
      never: [['Healey', 'Rubio']],
      why: 'a second subject who only speaks',
    },
    {
      text: 'BUENOS AIRES (Agency) - Talks on trade between Ana Ribeiro, Brazil\'s foreign minister, and the Argentine foreign minister, Martín Castellano, took place in Buenos Aires on Tuesday, January 3.',
      published: '2023-01-04',
      want: [{ type: 'meeting', people: ['Ribeiro', 'Castellano'], date: '2023-01-03', host: 'ARG' }],
      why: 'the second of a pair after "between" is no new subject',
    },
  ],
  'knowledge/load + document (session 13): "St. Petersburg" and gatherings named for a city': [
    {
      text: 'MOSCOW (Agency) - Russian President Vladimir Putin met Indonesian President Prabowo Subianto in St. Petersburg in June.',
      published: '2025-10-03',
      want: [{ type: 'meeting', people: ['Putin', 'Prabowo'], date: '2025-06', host: 'RUS' }],
      why: '"St." for "Saint": the Russian city, not the one in Florida',
    },
    {
      text: 'MOSCOW (Agency) - Russian President Vladimir Putin and Indonesian President Prabowo Subianto last met in June at the St. Petersburg International Economic Forum.',
      published: '2025-10-03',
      want: [{ type: 'meeting', people: ['Putin', 'Prabowo'], date: '2025-06', host: 'RUS' }],
      why: 'a forum named for a city is held there',
    },
    {
      text: 'NEW DELHI (Agency) - Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi at the Munich Security Conference in February.',
      published: '2025-10-03',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2025-02', host: 'DEU' }],
      why: '"at the Munich Security Conference"',
    },
    {
      text: 'MANILA (Agency) - U.S. Defense Secretary Pete Hegseth met Philippine Defense Secretary Gilberto Teodoro at the Shangri-La Dialogue in May.',
      published: '2025-10-03',
      want: [{ type: 'meeting', people: ['Hegseth', 'Teodoro'], date: '2025-05', host: 'SGP' }],
      why: 'the Shangri-La Dialogue is named for a hotel in Singapore, not for the Chinese town',
    },
    {
      text: 'WASHINGTON (Agency) - U.S. President Donald Trump met Russian President Vladimir Putin in Anchorage, and later spoke of Independence Day celebrations.',
      published: '2025-10-03',
      want: [{ type: 'meeting', people: ['Trump', 'Putin'], host: 'USA' }],
      why: 'an occasion that is no gathering names no town',
    },
  ],
  'events/status (session 13): a journey\'s noun apposed to a present-simple schedule, and "arrives" or "lands" with a weekday': [
    {
      text: 'BRUSSELS (Agency) - Commission President Ursula von der Leyen travels to Kyiv on Thursday, her ninth visit since the full-scale invasion.',
      published: '2025-06-10',
      want: [{ type: 'visit', status: 'planned', people: ['von der Leyen'], date: '2025-06-12', host: 'UKR' }],
      visits: 1,
      why: 'the apposed "ninth visit" is the schedule the clause tells, not a visit made',
    },
    {
      text: 'BRUSSELS (Agency) - Commission President Ursula von der Leyen travelled to Kyiv on Thursday, her ninth visit since the full-scale invasion.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['von der Leyen'], date: '2025-06-05', host: 'UKR' }],
      visits: 1,
      why: 'the same noun after a past tense is a visit made',
    },
    {
      text: 'CANBERRA (Agency) - Prime Minister Anthony Albanese travels to Jakarta today, his fourth visit to Indonesia as leader.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Albanese'], host: 'IDN' }],
      visits: 1,
      why: 'no weekday ahead: the present tells the news\'s own day',
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Fumio Kishida arrives in Manila on Friday for talks on maritime security.',
      published: '2025-06-10',
      want: [{ type: 'visit', status: 'planned', people: ['Kishida'], date: '2025-06-13', host: 'PHL' }],
      why: '"arrives" with a weekday ahead is a schedule',
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Fumio Kishida lands in Manila late on Friday.',
      published: '2025-06-10',
      want: [{ type: 'visit', status: 'planned', people: ['Kishida'], date: '2025-06-13', host: 'PHL' }],
      why: '"lands" with a weekday ahead is a schedule',
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Fumio Kishida arrived in Manila on Friday for talks on maritime security.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Kishida'], date: '2025-06-06', host: 'PHL' }],
      why: 'the past tense is a visit made',
    },
    {
      text: 'NEW DELHI, Dec 2 (Agency) - Indian Prime Minister Narendra Modi leaves for Oman on Thursday.',
      published: '2025-12-02',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-12-04', host: 'OMN' }],
      why: 'a dateline leads the line, not a chronology\'s date: the present with a weekday ahead is still a schedule',
    },
    {
      text: 'Modi and the Maldives: a timeline\n\n2019 - Indian Prime Minister Narendra Modi flies to Male on Saturday for his first visit of the new term.',
      published: '2025-12-02',
      want: [{ type: 'visit', people: ['Modi'], date: '2019', host: 'MDV' }],
      why: 'a chronology line\'s present tells its year\'s past',
    },
  ],
  'events/trip-list + text/structure (session 13): a factbox list of one person\'s trips': [
    {
      text: 'FACTBOX-Modi\'s trips abroad this year\n\nNEW DELHI, Dec 2 (Agency) - Indian Prime Minister Narendra Modi leaves for Oman on Thursday.\nHere are his foreign trips so far this year:\n* February 2025 - Paris for the AI Action Summit, then Washington, where he met U.S. President Donald Trump.\n* April 2025 - Bangkok for the BIMSTEC summit; Sri Lanka.\n* June 2025 - Cyprus, Canada and Croatia.\n\nModi skipped the ASEAN summit in October.',
      published: '2025-12-02',
      want: [
        { type: 'visit', people: ['Modi'], date: '2025-02', host: 'FRA' },
        { type: 'visit', people: ['Modi'], date: '2025-02', host: 'USA' },
        { type: 'meeting', people: ['Modi', 'Trump'], date: '2025-02', host: 'USA' },
        { type: 'visit', people: ['Modi'], date: '2025-04', host: 'THA' },
        { type: 'visit', people: ['Modi'], date: '2025-04', host: 'LKA' },
        { type: 'visit', people: ['Modi'], date: '2025-06', host: 'CYP' },
        { type: 'visit', people: ['Modi'], date: '2025-06', host: 'CAN' },
        { type: 'visit', people: ['Modi'], date: '2025-06', host: 'HRV' },
      ],
      noTrip: ['Trump'],
      why: 'each item is a journey of the one whose trips they are, to the places it opens with, at its date; "he" is that traveller',
    },
    {
      text: 'FACTBOX-Key dates\n\nNEW DELHI, Dec 2 (Agency) - Indian Prime Minister Narendra Modi leaves for Oman on Thursday.\nHere are the key dates of the trade talks:\n* February 2025 - Paris, where negotiators met for a first round.\n* April 2025 - Bangkok, Sri Lanka and Cyprus hosted technical rounds.',
      published: '2025-12-02',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], host: 'OMN' }],
      visits: 1,
      why: 'a list that is no one\'s trips tells no journeys',
    },
    {
      text: 'WASHINGTON, Dec 2 (Agency) - Secretary of State Marco Rubio\'s foreign trips since January:\n* March 2025 - Canada, for the G7 foreign ministers\' meeting.\n* April 2025 - Brussels and Washington.',
      published: '2025-12-02',
      want: [
        { type: 'visit', people: ['Rubio'], date: '2025-03', host: 'CAN' },
        { type: 'visit', people: ['Rubio'], date: '2025-04', host: 'BEL' },
      ],
      visits: 2,
      why: 'a name\'s possessive names the traveller; home is no journey',
    },
  ],
  'events/status + date-for (session 13): ", scheduled for Monday" after the noun, and a plan that "did not materialise"': [
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung departed for Washington later Saturday for his first summit with US President Donald Trump, scheduled for Monday.',
      published: '2025-08-24',
      want: [
        { type: 'visit', people: ['Lee Jae-myung'], date: '2025-08-23', host: 'USA' },
        { type: 'meeting', status: 'planned', people: ['Lee Jae-myung', 'Trump'], date: '2025-08-25', host: 'USA' },
      ],
      why: 'the summit is planned for the day it is scheduled for, not the departure\'s',
    },
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung held a summit with US President Donald Trump on Monday, scheduled after a phone call in June.',
      published: '2025-08-27',
      want: [{ type: 'meeting', people: ['Lee Jae-myung', 'Trump'], date: '2025-08-25' }],
      why: '"scheduled after" a call: the summit still took place, on its own day',
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Shigeru Ishiba had been expected to visit Seoul in June, but the trip did not materialise because of the election.',
      published: '2025-08-24',
      want: [{ type: 'visit', status: 'cancelled', people: ['Ishiba'], date: '2025-06', host: 'KOR' }],
      why: '"did not materialise"',
    },
    {
      text: 'TOKYO (Agency) - A planned visit to Seoul by Japanese Prime Minister Shigeru Ishiba in June fell through.',
      published: '2025-08-24',
      want: [{ type: 'visit', status: 'cancelled', people: ['Ishiba'], host: 'KOR' }],
      why: '"fell through"',
    },
  ],
  'resolve/publisher (session 13): a bare "the Secretary-General" is the head of the one organisation named, or of the UN': [
    {
      text: 'The Secretary-General met today with H.E. Mr. Cyril Ramaphosa, President of the Republic of South Africa. Earlier, the Secretary-General spoke by phone with the Prime Minister of Pakistan, Shehbaz Sharif.',
      published: '2025-06-10',
      want: [
        { type: 'meeting', people: ['Guterres', 'Ramaphosa'], date: '2025-06-10' },
        { type: 'phone_call', people: ['Guterres', 'Sharif'] },
      ],
      why: 'a UN readout names no organisation: the UN\'s',
    },
    {
      text: 'BRUSSELS (Agency) - Ukrainian President Volodymyr Zelensky visited NATO headquarters on Tuesday. The Secretary-General met Zelensky for an hour.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Rutte', 'Zelensky'] }],
      never: [['Guterres', 'Zelensky']],
      why: 'the one organisation named: NATO\'s',
    },
    {
      text: 'NEW YORK (Agency) - The UN chief and NATO\'s leaders discussed Ukraine. The Secretary-General met South African President Cyril Ramaphosa on Tuesday.',
      published: '2025-06-11',
      want: [],
      never: [['Guterres', 'Ramaphosa'], ['Rutte', 'Ramaphosa']],
      why: 'two organisations named: no telling whose',
    },
  ],
  'events/lexicon (session 13): "said he would not visit … until" is no plan; "would not only visit" is one': [
    {
      text: 'WARSAW (Agency) - Polish President Karol Nawrocki had previously said he would not visit Ukraine until the Volhynia issue was resolved.',
      published: '2025-08-25',
      want: [],
      noTrip: ['Nawrocki'],
      why: '"would not visit"',
    },
    {
      text: 'WARSAW (Agency) - Polish President Karol Nawrocki said he would not only visit Kyiv but also Lviv in September.',
      published: '2025-08-25',
      want: [{ type: 'visit', status: 'planned', people: ['Nawrocki'], date: '2025-09', host: 'UKR' }],
      why: '"not only … but also" affirms',
    },
  ],
  "text/structure (acc-blind19, session 13): a liveblog entry's title under its clock stamp": [
    {
      text: "Live updates: Finland's president in Japan\n\n10:15 am\nStubb lands in Tokyo for three-day visit\n\nFinnish President Alexander Stubb lands in Tokyo for a three-day visit.\n\n11:40 am\nTakaichi spoke with Albanese last night, spokesman says\n\nPrime Minister Sanae Takaichi spoke by phone with Australian Prime Minister Anthony Albanese last night, her spokesman says.\n\n12:30 pm\nStubb, Takaichi hold talks at the Kantei\n\nStubb and Takaichi hold talks at the Kantei on energy security.\n",
      published: '2026-03-03',
      want: [
        { type: 'visit', people: ['Stubb'], date: '2026-03-03', host: 'JPN' },
        { type: 'meeting', people: ['Stubb', 'Takaichi'], date: '2026-03-03' },
        { type: 'phone_call', people: ['Takaichi', 'Albanese'], date: '2026-03-02' },
      ],
      why: "an entry's title right under its stamp keeps the entry on the page's day, and a title's 'last night' moves no later entry to the day before",
    },
    {
      text: "Live updates: Finland's president in Japan\n\n10:15 am\nStubb lands in Tokyo for three-day visit\n\nFinnish President Alexander Stubb lands in Tokyo for a three-day visit.\n\nBackground: a long friendship\n\nStubb has held talks with Japanese Prime Minister Sanae Takaichi at the Kantei.\n",
      published: '2026-03-03',
      want: [{ type: 'visit', people: ['Stubb'], date: '2026-03-03', host: 'JPN' }],
      dated: [['Takaichi', 'meeting', '2026-03']],
      why: "a section's heading after an entry's text (not right under a stamp) still ends the entry: what it tells is not the entry's day",
    },
  ],
  "events/exclusions (acc-blind19, session 13): a trip to one's family is a private one": [
    {
      text: 'SEOUL, May 8 (Agency) - South Korean Foreign Minister Cho Hyun flew to Los Angeles on Friday to visit his ailing mother, the ministry said. Earlier in the week Cho visited Tokyo, where he met Japanese Foreign Minister Toshimitsu Motegi. The ministry said the trip to Los Angeles was private.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Cho Hyun'], host: 'JPN' }],
      visits: 1,
      why: "'flew to … to visit his ailing mother' and 'the trip … was private' tell no visit abroad",
    },
    {
      text: 'MANILA, May 8 (Agency) - Vice President Sara Duterte flew to The Hague on Tuesday to visit her father, former President Rodrigo Duterte, who is detained at the International Criminal Court.',
      published: '2026-05-08',
      want: [],
      noTrip: ['Sara Duterte'],
      why: "'to visit her father' is the purpose of a private trip",
    },
    {
      text: 'TOKYO, May 8 (Agency) - Japanese Prime Minister Sanae Takaichi flew to Washington with her husband on Friday to meet President Donald Trump at the White House.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Takaichi'], host: 'USA' }, { type: 'meeting', people: ['Takaichi', 'Trump'] }],
      why: 'a spouse along on a trip to meet a leader leaves it a visit',
    },
    {
      text: 'JAKARTA, May 8 (Agency) - Indonesian President Prabowo Subianto travelled to Beijing on Friday to see his counterpart Xi Jinping.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Prabowo'], host: 'CHN' }],
      why: "a counterpart is no relative: 'to see his counterpart' is a visit",
    },
  ],
  "events/visit-parts (acc-blind19, session 13): the one whose invitation it is stays home": [
    {
      text: "KYIV, March 16 (Agency) - Slovak Prime Minister Robert Fico on Monday declined Zelensky's invitation to come to Kyiv.",
      published: '2026-03-16',
      want: [{ type: 'visit', status: 'declined', people: ['Fico'], host: 'UKR' }],
      noTrip: ['Zelensk'],
      why: "'declined Zelensky's invitation to come to Kyiv': the invited one declines a journey, the inviter makes none",
    },
    {
      text: "BRASILIA, March 16 (Agency) - Brazilian President Luiz Inacio Lula da Silva has accepted Xi Jinping's invitation to travel to Beijing in May, his office said.",
      published: '2026-03-16',
      want: [{ type: 'visit', status: 'planned', people: ['Lula'], date: '2026-05', host: 'CHN' }],
      noTrip: ['Xi Jinping'],
      why: "'accepted Xi Jinping's invitation to travel to Beijing': the one who accepted travels",
    },
    {
      text: 'KYIV, March 16 (Agency) - Italian Prime Minister Giorgia Meloni said Zelensky\'s visit to Rome would take place in the spring.',
      published: '2026-03-16',
      want: [{ type: 'visit', status: 'planned', people: ['Zelensk'], host: 'ITA' }],
      why: "a possessive on the visit itself ('Zelensky's visit') is still its traveller",
    },
  ],
  "events/status (acc-blind19, session 13): a plan moved to a later date is put off": [
    {
      text: 'MANILA, July 15 (Agency) - The working visit of President Ferdinand Marcos to Singapore, which was to follow on Thursday and Friday, has been moved to a later date, the Department of Foreign Affairs said.',
      published: '2026-07-15',
      want: [{ type: 'visit', status: 'postponed', people: ['Marcos'], host: 'SGP' }],
      visits: 1,
      why: "'has been moved to a later date' after the noun",
    },
    {
      text: "MANILA, July 15 (Agency) - Philippine President Ferdinand Marcos Jr.'s state visit to Vietnam has been pushed to a date to be announced.",
      published: '2026-07-15',
      want: [{ type: 'visit', status: 'postponed', people: ['Marcos'], host: 'VNM' }],
      visits: 1,
      why: "'pushed to a date to be announced'",
    },
    {
      text: 'MANILA, July 15 (Agency) - Philippine President Ferdinand Marcos Jr. moved to a new date the groundbreaking of a bridge and flew to Singapore, where he met Prime Minister Lawrence Wong.',
      published: '2026-07-15',
      want: [
        { type: 'visit', people: ['Marcos'], host: 'SGP' },
        { type: 'meeting', people: ['Marcos', 'Lawrence Wong'] },
      ],
      why: 'a domestic event moved to a new date leaves the trip told after it made',
    },
  ],
  "refine/default-dates (acc-blind19, session 13): ', then' joins the next verb to the day told": [
    {
      text: "PHNOM PENH, July 15 (Agency) - Philippine President Ferdinand Marcos Jr. is due to fly home on Wednesday.\n\nMarcos arrived in Phnom Penh on Monday night. On Tuesday morning he was welcomed by King Norodom Sihamoni at the Royal Palace, then held talks with Prime Minister Hun Manet at the Peace Palace.",
      published: '2026-07-15',
      want: [{ type: 'meeting', people: ['Marcos', 'Hun Manet'], date: '2026-07-14' }],
      why: "'On Tuesday morning he was welcomed by the King …, then held talks with …': the talks on the same Tuesday",
    },
    {
      text: "PHNOM PENH, July 15 (Agency) - Philippine President Ferdinand Marcos Jr. is due to fly home on Wednesday.\n\nMarcos arrived in Phnom Penh on Monday night. On Tuesday morning he was welcomed by King Norodom Sihamoni at the Royal Palace, while Foreign Secretary Theresa Lazaro held talks with Foreign Minister Sok Chenda Sokha.",
      published: '2026-07-15',
      want: [{ type: 'meeting', people: ['Marcos', 'Sihamoni'], date: '2026-07-14' }],
      dated: [['Lazaro', 'meeting', '2026-07']],
      why: "another's talks in a 'while' clause are not carried to the day of the first verb",
    },
  ],
  "events/parties and exclusions (acc-blind19, session 13): whom a greeting passed on goes to is no side": [
    {
      text: 'HAVANA, Oct 22 (Agency) - Cuban President Miguel Díaz-Canel received Colombian Foreign Minister Rosa Villavicencio on Tuesday and asked her to convey a warm greeting to President Gustavo Petro.',
      published: '2025-10-22',
      want: [{ type: 'meeting', people: ['Díaz-Canel', 'Villavicencio'], host: 'CUB' }],
      never: [['Díaz-Canel', 'Petro']],
      why: "'asked her to convey a warm greeting to President Petro': the noun 'greeting' greets no one in person, and the one it goes to is no side of the meeting",
    },
    {
      text: 'HAVANA, Oct 22 (Agency) - Cuban President Miguel Díaz-Canel received Colombian Foreign Minister Rosa Villavicencio and Colombian President Gustavo Petro on Tuesday with warm greetings.',
      published: '2025-10-22',
      want: [{ type: 'meeting', people: ['Díaz-Canel', 'Villavicencio', 'Petro'] }],
      why: 'greetings that go to no one named leave those received the sides',
    },
  ],
  "refine/default-dates (acc-blind19, session 13): 'on which occasion' goes on with the journey's time": [
    {
      text: "HAVANA, Oct 22 (Agency) - Cuban President Miguel D\u00edaz-Canel received Colombian Foreign Minister Rosa Villavicencio on Tuesday.\n\nPresident Gustavo Petro travelled to Havana in June 2023 to witness the signing of a ceasefire, on which occasion he was received by D\u00edaz-Canel.",
      published: '2025-10-22',
      want: [
        { type: 'visit', people: ['Petro'], date: '2023-06', host: 'CUB' },
        { type: 'meeting', people: ['Petro', 'Díaz-Canel'], date: '2023-06' },
      ],
      why: "'travelled to Havana in June 2023 …, on which occasion he was received by Díaz-Canel': received on that journey, not on the news day",
    },
    {
      text: "HAVANA, Oct 22 (Agency) - Cuba and Colombia signed two agreements.\n\nPresident Gustavo Petro travelled to Havana in June 2023, on which occasion he thanked Cuba for its role; Cuban President Miguel D\u00edaz-Canel then received Colombian Foreign Minister Rosa Villavicencio on Tuesday.",
      published: '2025-10-22',
      want: [{ type: 'meeting', people: ['Díaz-Canel', 'Villavicencio'], date: '2025-10-21' }],
      why: "past the semicolon that ends the occasion's clause, another's exchange keeps its own day",
    },
  ],
  "mentions/dates (acc-blind19, session 13): 'as soon as' is no near future of its own": [
    {
      text: 'WASHINGTON, March 10 (Agency) - President Donald Trump and Chinese leader Xi Jinping will speak by phone as soon as next week, according to people familiar with the matter.',
      published: '2026-03-10',
      want: [{ type: 'phone_call', status: 'planned', people: ['Trump', 'Xi Jinping'], date: '2026-03' }],
      why: "'as soon as next week': the week it bounds dates the call, not 'soon'",
    },
    {
      text: 'WASHINGTON, March 10 (Agency) - President Donald Trump and Chinese leader Xi Jinping will speak by phone soon, according to people familiar with the matter.',
      published: '2026-03-10',
      want: [{ type: 'phone_call', status: 'planned', people: ['Trump', 'Xi Jinping'], date: '2026' }],
      dated: [['Trump', 'phone_call', '2026']],
      why: "'soon' alone is still a near future of the year",
    },
  ],
  "text/dateline (acc-blind19, session 13): an agency's name after the city and a period": [
    {
      text: 'SEOUL. KAZINFORM – Kazakh Foreign Minister Yermek Kosherbayev held talks with Foreign Minister of the Republic of Korea Cho Hyun on Tuesday.',
      published: '2026-05-27',
      want: [{ type: 'meeting', people: ['Kosherbayev', 'Cho Hyun'], date: '2026-05-26', host: 'KOR' }],
      why: "'SEOUL. KAZINFORM –': the story is filed from Seoul, where the talks with a side at home were held",
    },
    {
      text: 'ST. LOUIS, June 5 (AP) — Japanese Prime Minister Sanae Takaichi met President Donald Trump on Thursday.',
      published: '2026-06-05',
      want: [{ type: 'meeting', people: ['Takaichi', 'Trump'], host: 'USA' }],
      why: "a period after a two-letter abbreviation ('ST. LOUIS') is the city's own, no agency after it",
    },
  ],
  "refine/default-dates (acc-blind19, session 13): the lead's gathering dates its sidelines told far down": [
    {
      text: "TASHKENT, June 3 (Agency) - Uzbek President Shavkat Mirziyoyev took part in the Central Asia - China Summit held in Astana on Tuesday.\n\nThe leaders adopted a joint declaration. They agreed to meet again in 2027. Trade between the region and China grew by a fifth last year. Oil prices fell.\n\nOn the sidelines of the summit, Mirziyoyev met Kazakh President Kassym-Jomart Tokayev.",
      published: '2026-06-03',
      want: [{ type: 'meeting', people: ['Mirziyoyev', 'Tokayev'], date: '2026-06-02', host: 'KAZ' }],
      why: "'took part in the … Summit held in Astana on Tuesday' in the lead dates 'On the sidelines of the summit, … met' five sentences on",
    },
    {
      text: "EVIAN-LES-BAINS, France, June 16 \u2014 The leaders of the Group of Seven gathered on Sunday evening, and by Monday night the summit had produced a joint statement on critical minerals.\n\nThe statement was short. Officials said it took weeks to agree. Markets barely moved. Oil prices fell.\n\nOn the sidelines of the summit, Japanese Prime Minister Sanae Takaichi met Italian Prime Minister Giorgia Meloni.",
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Takaichi', 'Meloni'] }],
      notDated: ['2026-06-16', '2026-06-15'],
      why: "a lead's dateline day and a day told before the gathering's noun ('by Monday night the summit had produced') are not the day of its sidelines",
    },
  ],
  "refine/default-dates (acc-blind19, session 13): the next gathering is not the one whose sidelines are told": [
    {
      text: "TASHKENT, June 3 (Agency) - Uzbek President Shavkat Mirziyoyev took part in the Central Asia - China Summit in Astana.\n\nThe leaders adopted a joint declaration. They agreed to meet again in 2027. The next summit will be held in China.\n\nOn the sidelines of the summit, Mirziyoyev met Kazakh President Kassym-Jomart Tokayev.",
      published: '2026-06-03',
      want: [{ type: 'meeting', people: ['Mirziyoyev', 'Tokayev'], host: 'KAZ' }],
      why: "'The next summit will be held in China' does not place 'On the sidelines of the summit, … met' there",
    },
    {
      text: "TASHKENT, June 3 (Agency) - The leaders adopted a joint declaration. They agreed to meet again in 2027. Oil prices fell.\n\nThe summit was held in Astana. It drew five leaders.\n\nOn the sidelines of the summit, Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev.",
      published: '2026-06-03',
      want: [{ type: 'meeting', people: ['Mirziyoyev', 'Tokayev'], host: 'KAZ' }],
      why: "'The summit was held in Astana' still places its sidelines",
    },
  ],
  "refine/default-dates (acc-blind19, session 13): one who came along on the lead's trip is of its story": [
    {
      text: "KYIV, March 16 (Agency) - Italian Prime Minister Giorgia Meloni arrived in Kyiv on Monday on an unannounced visit.\n\nShe laid flowers at a memorial. The talks focused on air defence. Oil prices fell.\n\nItalian Foreign Minister Antonio Tajani, who accompanied Meloni, held separate talks with Ukrainian Foreign Minister Andrii Sybiha.",
      published: '2026-03-16',
      want: [{ type: 'meeting', people: ['Tajani', 'Sybiha'], date: '2026-03-16', host: 'UKR' }],
      why: "'Tajani, who accompanied Meloni, held separate talks': on the day of the lead's visit, like the lead's own people",
    },
    {
      text: "KYIV, March 16 (Agency) - Italian Prime Minister Giorgia Meloni arrived in Kyiv on Monday on an unannounced visit.\n\nShe laid flowers at a memorial. The talks focused on air defence. Oil prices fell.\n\nItalian Foreign Minister Antonio Tajani, who accompanied President Sergio Mattarella to Warsaw, held separate talks with Polish Foreign Minister Radoslaw Sikorski.",
      published: '2026-03-16',
      want: [{ type: 'meeting', people: ['Tajani', 'Sikorski'] }],
      dated: [['Sikorski', 'meeting', '2026-03']],
      why: "one who accompanied another than the lead's people is not taken into the lead's day",
    },
  ],
  "events/meeting-parts (acc-blind19, session 13): ', planned for <place>' places the plan": [
    {
      text: 'WASHINGTON, March 10 (Agency) - A meeting between Commerce Secretary Howard Lutnick and Chinese Commerce Minister Wang Wentao, planned for Washington this week, has been postponed.',
      published: '2026-03-10',
      want: [{ type: 'meeting', status: 'postponed', people: ['Lutnick', 'Wang Wentao'], host: 'USA' }],
      why: "the reduced relative ', planned for Washington this week,' names where the postponed meeting was to be",
    },
    {
      text: 'WASHINGTON, March 10 (Agency) - A meeting between Commerce Secretary Howard Lutnick and Chinese Commerce Minister Wang Wentao has been postponed, and a trade mission planned for Beijing next month was called off.',
      published: '2026-03-10',
      want: [{ type: 'meeting', status: 'postponed', people: ['Lutnick', 'Wang Wentao'], host: null }],
      why: "another noun's 'planned for Beijing' in a later clause does not place the meeting",
    },
  ],
  'events/parties + candidates (session 13): a page of remarks speaks in the first person of its speaker; "last met" is a meeting before the story\'s': [
    {
      text: 'Remarks by President António Costa following his meeting with Prime Minister Narendra Modi\n\nBrussels, 14 July 2026\n\nIt is a pleasure to welcome Prime Minister Modi to Brussels. We last met in New Delhi in February 2025. I also spoke this morning by phone with President Zelensky.',
      published: '2026-07-14',
      want: [
        { type: 'meeting', people: ['Costa', 'Modi'], date: '2026-07', host: 'BEL' },
        { type: 'meeting', people: ['Costa', 'Modi'], date: '2025-02', host: 'IND' },
        { type: 'phone_call', people: ['Costa', 'Zelensky'] },
      ],
      meetings: 2,
      why: '"we" is the speaker and the one the headline says he met; "I" is the speaker; the meeting "last" held is another, and dates no news of today',
    },
    {
      text: 'Statement on the talks in Brussels\n\nBrussels, 14 July 2026\n\nEuropean Council President António Costa welcomed Prime Minister Narendra Modi to Brussels. We last met in New Delhi in February 2025.',
      published: '2026-07-14',
      want: [{ type: 'meeting', people: ['Costa', 'Modi'], date: '2026-07', host: 'BEL' }],
      meetings: 1,
      why: 'a page that names no speaker in its headline: "we" is no one known, and the meeting "last" held dates no news of today',
    },
    {
      text: 'BEIJING (Agency) - Chinese Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Badr Abdelatty in Beijing on Thursday. Last year the two presidents met in Kazan. After the talks, the two foreign ministers jointly met the press.',
      published: '2025-12-18',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Abdelatty'], date: '2025-12-18', host: 'CHN' }],
      notDated: ['2024'],
      why: '"jointly met the press": the press are no side, and no new meeting of the two',
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday. Their previous meeting took place in Paris in May 2024.',
      published: '2025-06-11',
      want: [
        { type: 'meeting', people: ['Xi', 'Macron'], date: '2025-06-09', host: 'CHN' },
        { type: 'meeting', people: ['Xi', 'Macron'], date: '2024-05', host: 'FRA' },
      ],
      why: 'the previous meeting keeps its own place as it keeps its own time',
    },
  ],
  // acc-blind18, session 13: rules found on blind set 13 (a briefing transcript, a Pakistani daily, a Holy See bulletin, a
  // fact-check, a traffic advisory, photo captions).
  'mentions/people (acc-blind18, session 13): Urdu courtesies before a leader\'s name': [
    {
      text: 'ISLAMABAD: Prime Minister Mian Muhammad Shehbaz Sharif left for Baku on Tuesday on a two-day official visit to Azerbaijan.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Shehbaz'], host: 'AZE', countries: ['PAK'] }],
      why: '"Mian" before a known name is a courtesy, not a given name',
    },
    {
      text: 'LAHORE: Foreign Minister Makhdoom Shah Mahmood Qureshi met Chinese Foreign Minister Wang Yi in Beijing on Monday.',
      published: '2019-02-18',
      want: [{ type: 'meeting', people: ['Qureshi', 'Wang Yi'], countries: ['PAK', 'CHN'] }],
      why: '"Makhdoom" after an office and before a known name',
    },
    {
      text: 'ISLAMABAD: Sahibzada Hamid Raza of the Sunni Ittehad Council criticised the government on Monday.',
      published: '2026-02-18',
      want: [],
      why: 'a courtesy before an unknown legislator makes no side',
    },
  ],
  'mentions/people (acc-blind18, session 13): another given name before a known full name makes another person': [
    {
      text: 'LAHORE: Punjab Chief Minister Maryam Nawaz Sharif returned from a week-long visit to Japan on Sunday.',
      published: '2026-02-18',
      want: [],
      noTrip: ['Nawaz'],
      why: 'a daughter named for her father is not her father',
    },
    {
      text: 'ISLAMABAD: Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar returned from a visit to Japan on Sunday.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Ishaq Dar'], host: 'JPN', countries: ['PAK'] }],
      why: 'a devotional given name before a known full name is still that man',
    },
  ],
  'mentions/people (acc-blind18, session 13): a state\'s formal name closing an office is no person': [
    {
      text: 'VATICAN CITY, March 14 (Agency) - Pope Leo XIV received Joseph Aoun, President of the Lebanese Republic, in the Apostolic Palace on Saturday.',
      published: '2026-03-14',
      want: [{ type: 'meeting', people: ['Leo XIV', 'Aoun'] }],
      never: [['Republic']],
      why: '"the Lebanese Republic" after "President of" names no one called Republic',
    },
    {
      text: 'BEIJING, March 14 (Agency) - Chinese President Xi Jinping received King Abdullah II of the Hashemite Kingdom of Jordan in Beijing on Saturday.',
      published: '2026-03-14',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Abdullah II'], countries: ['CHN', 'JOR'] }],
      never: [['Kingdom']],
      why: 'a kingdom after the name still gives its king',
    },
  ],
  'events/date-for (acc-blind18, session 13): a stay whose span of days opens after the news is ahead': [
    {
      text: 'In view of the State Visit of H.E. Mr. Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil, to New Delhi from 18.02.2026 to 21.02.2026, special traffic arrangements will be in place.',
      published: '2026-02-17',
      want: [{ type: 'visit', status: 'planned', people: ['Lula'], date: '2026-02-18', host: 'IND' }],
      why: 'a notice of the 17th of a stay from the 18th',
    },
    {
      text: 'The State Visit of Brazilian President Luiz Inácio Lula da Silva to New Delhi from 15.02.2026 to 17.02.2026 brought traffic restrictions.',
      published: '2026-02-17',
      want: [{ type: 'visit', people: ['Lula'], date: '2026-02-15', host: 'IND' }],
      why: 'a stay that opened before the news has begun',
    },
  ],
  'events/exclusions (acc-blind18, session 13): what a post or a clip claims happened is no exchange': [
    {
      text: 'CLAIM: A video shared thousands of times on Facebook claims that President Bola Tinubu flew secretly to Moscow on April 14 and met Russian President Vladimir Putin at the Kremlin.',
      published: '2026-04-22',
      want: [],
      why: "a video's claim a fact-check weighs",
    },
    {
      text: 'Last month, we debunked a video that claimed Senate President Godswill Akpabio had met US President Donald Trump in Washington.',
      published: '2026-04-22',
      want: [],
      never: [['Akpabio', 'Trump']],
      why: 'a debunked clip that claimed a meeting',
    },
    {
      text: 'The viral post falsely claimed that Kenyan President William Ruto had met Chinese President Xi Jinping in Beijing last week.',
      published: '2026-04-22',
      want: [],
      why: 'a claim called false',
    },
    {
      text: 'The presidency said that Kenyan President William Ruto had met Chinese President Xi Jinping in Beijing last week.',
      published: '2026-04-22',
      want: [{ type: 'meeting', people: ['Ruto', 'Xi Jinping'], host: 'CHN' }],
      why: 'an office telling its own leader\'s meeting vouches for it',
    },
    {
      text: 'A video released by the presidency shows Kenyan President William Ruto meeting Chinese President Xi Jinping in Beijing last week.',
      published: '2026-04-22',
      want: [{ type: 'meeting', people: ['Ruto', 'Xi Jinping'] }],
      why: 'a video that shows, not one that claims',
    },
  ],
  'events/candidates (acc-blind18, session 13): a transcript line\'s speaker is not the "he" of his answer': [
    {
      text: 'QUESTION: What did the Deputy Secretary do in Mexico?\n\nMS BRUCE: Deputy Secretary Landau spoke at a conference in Mexico City on Monday. Later he met Mexican Foreign Secretary Juan Ramon de la Fuente.',
      published: '2025-03-12',
      want: [{ type: 'meeting', people: ['Landau', 'de la Fuente'] }],
      never: [['BRUCE']],
      why: 'the one the answer names is whom "he" means',
    },
    {
      text: 'QUESTION: Did you see the Chinese side?\n\nSECRETARY RUBIO: Yes. I met Foreign Minister Wang Yi in Kuala Lumpur on Friday.',
      published: '2025-07-14',
      want: [{ type: 'meeting', people: ['Rubio', 'Wang Yi'] }],
      why: 'the speaker is still who says "I"',
    },
  ],
  'document (acc-blind18, session 13): a country after a small town\'s comma says which town': [
    {
      text: 'U.S. Secretary of State Marco Rubio met President Jose Raul Mulino at the Palacio de las Garzas in Panama City, Panama, on Monday.',
      published: '2026-06-06',
      want: [{ type: 'meeting', people: ['Rubio', 'Mulino'], host: 'PAN' }],
      why: 'Panama City, Panama is not the Florida town of that name',
    },
    {
      text: 'U.S. Secretary of State Marco Rubio met President Jose Raul Mulino in Panama City, Florida, on Monday.',
      published: '2026-06-06',
      want: [{ type: 'meeting', people: ['Rubio', 'Mulino'], host: 'USA' }],
      why: 'a state after the comma keeps the town',
    },
    {
      text: 'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Geneva, Switzerland, on Monday.',
      published: '2026-06-06',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Lavrov'], host: 'CHE' }],
      why: "a town of the country written after it",
    },
    {
      text: 'Brazilian President Luiz Inacio Lula da Silva ended a tour on Saturday that took him to Sao Tome, Angola, Mozambique and Namibia.',
      published: '2003-11-09',
      want: [
        { type: 'visit', people: ['Lula'], host: 'STP' },
        { type: 'visit', people: ['Lula'], host: 'AGO' },
      ],
      why: 'a list of stops names the town and then other countries, not the town\'s country',
    },
  ],
  'refine/implied-visits (acc-blind18, session 13): a ceremony of welcome tells the guest came; a guard inspected together': [
    {
      text: 'South Korean President Lee Jae-myung shakes hands with Vietnamese President Luong Cuong during a welcoming ceremony at the Presidential Palace in Hanoi, Vietnam, June 6, 2026.',
      published: '2026-06-06',
      want: [{ type: 'visit', people: ['Lee Jae-myung'], date: '2026-06-06', host: 'VNM' }],
      why: 'a handshake at a welcoming ceremony: the guest travelled',
    },
    {
      text: 'Japanese Prime Minister Sanae Takaichi and Australian Prime Minister Anthony Albanese inspect a guard of honour at Parliament House in Canberra, Australia, June 3, 2026.',
      published: '2026-06-06',
      want: [
        { type: 'meeting', people: ['Takaichi', 'Albanese'], host: 'AUS' },
        { type: 'visit', people: ['Takaichi'], host: 'AUS' },
      ],
      why: 'a host and a guest inspecting a guard of honour',
    },
    {
      text: 'Chinese President Xi Jinping shakes hands with French President Emmanuel Macron at the Great Hall of the People in Beijing, China, June 4, 2026.',
      published: '2026-06-06',
      want: [{ type: 'handshake', people: ['Xi Jinping', 'Macron'] }],
      visits: 0,
      why: 'a venue alone gives no visit',
    },
    {
      text: 'Prime Minister Anthony Albanese and Defence Minister Richard Marles inspect a guard of honour at Parliament House in Canberra, June 3, 2026.',
      published: '2026-06-06',
      want: [],
      why: "a government's own ministers at their own ceremony",
    },
  ],
  'text/structure (acc-blind18, session 13): one time of day atop a transcript is no liveblog stamp': [
    {
      text: 'Department Press Briefing – March 10, 2026\n\nWashington, D.C.\n1:42 p.m. EDT\n\nMR PIGOTT: Secretary of State Marco Rubio last saw President Ferdinand Marcos Jr. when the President was in Washington in July of last year.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Rubio', 'Marcos'], date: '2025-07', host: 'USA' }],
      why: "the briefing's start time does not date what is recalled in it",
    },
    {
      text: 'Live: Sahel leaders meet\n\nUpdated 17:00 GMT, 6 July 2024\n\n15:20 GMT\nMalian leader Assimi Goita and Nigerien leader Abdourahamane Tiani have wrapped up their talks at the presidential palace.\n\n09:00 GMT\nGoita arrived in Niamey this morning.',
      published: '2024-07-08',
      want: [{ type: 'meeting', people: ['Goita', 'Tiani'], date: '2024-07-06' }],
      why: "a liveblog's entries still take the page's day",
    },
  ],
  'events/lexicon (acc-blind18, session 13): a present "talk" or "chat" on the sidelines of a gathering': [
    {
      text: 'Danish Prime Minister Mette Frederiksen and Polish Prime Minister Donald Tusk talk on the sidelines of the European Political Community summit in Yerevan, Armenia, May 4, 2026.',
      published: '2026-06-06',
      want: [{ type: 'meeting', people: ['Frederiksen', 'Tusk'], date: '2026-05-04', host: 'ARM' }],
      why: "a caption's present tense",
    },
    {
      text: 'Danish Prime Minister Mette Frederiksen will talk to reporters on the sidelines of the summit in Yerevan.',
      published: '2026-05-04',
      want: [],
      why: 'talking to reporters is no exchange',
    },
  ],
  'refine/merge (acc-blind18, session 13): a leg still ahead does not date the stay under way': [
    {
      text: 'President William Ruto on Thursday hosted Tanzanian President Samia Suluhu Hassan at State House, Nairobi. Samia is on a three-day state visit to Kenya. On Saturday she is expected to travel to Kisumu, where she will lay a wreath.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Samia'], date: '2026-05-07', host: 'KEN' }],
      why: 'the stay began on Thursday; Saturday is the Kisumu leg',
    },
    {
      text: 'Tanzanian President Samia Suluhu Hassan is on a three-day state visit to Kenya. On Saturday she is expected to travel to Kisumu, where she will lay a wreath.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Samia'], host: 'KEN' }],
      visits: 1,
      why: 'a stay with no day of its own is still one visit with its leg',
    },
  ],
  'events/candidates (acc-blind18, session 13): two of one government are no pair "the two leaders" means': [
    {
      text: 'President William Ruto on Thursday hosted his Tanzanian counterpart Samia Suluhu Hassan at State House, Nairobi.\n\nRuto welcomed the visitor, who was received by Prime Cabinet Secretary Musalia Mudavadi.\n\nThe two leaders last met in February last year in Dar es Salaam.',
      published: '2026-05-08',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'], date: '2025-02', host: 'TZA' }],
      why: 'the host and his own minister are named between; the pair meant is still the two presidents',
    },
    {
      text: 'President William Ruto on Thursday hosted Tanzanian President Samia Suluhu Hassan at State House, Nairobi. Kenyan Foreign Minister Musalia Mudavadi met Ugandan President Yoweri Museveni in Nairobi on Friday. The two last met in February last year in Kampala.',
      published: '2026-05-08',
      want: [{ type: 'meeting', people: ['Mudavadi', 'Museveni'], date: '2025-02', host: 'UGA' }],
      why: 'a pair of two countries named between is the one meant',
    },
  ],
  'resolve/entities (acc-blind18, session 13): a longer name with a given name of its own before a known one is another person': [
    {
      text: 'LAHORE: PML-N president Mian Muhammad Nawaz Sharif received party workers on Monday. Punjab Chief Minister Maryam Nawaz Sharif, who returned from a week-long visit to Japan on Sunday, was also present.',
      published: '2026-02-18',
      want: [],
      noTrip: ['Nawaz'],
      why: 'the daughter named after her father is not joined to him',
    },
    {
      text: 'ISLAMABAD: Foreign Minister Ishaq Dar spoke on Monday. Deputy Prime Minister Mohammad Ishaq Dar returned from a week-long visit to Japan on Sunday.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Ishaq Dar'], host: 'JPN', countries: ['PAK'] }],
      why: 'a devotional given name before the known name is the same man',
    },
  ],
  'events/date-for (acc-blind18, session 13): a date before "and that" closes the first reported clause': [
    {
      text: 'Mr Dar, in response, said that he had spoken by telephone with acting Afghan foreign minister Amir Khan Muttaqi last month and that there were no plans for a prime ministerial visit to Kabul.',
      published: '2026-02-18',
      want: [{ type: 'phone_call', people: ['Ishaq Dar', 'Muttaqi'], date: '2026-01' }],
      why: '"last month" is the call\'s, not taken by the visit the second clause rules out',
    },
    {
      text: 'Foreign Minister Ishaq Dar said that he had spoken by telephone with Afghan foreign minister Amir Khan Muttaqi on Monday and that he would visit Kabul next month.',
      published: '2026-02-18',
      want: [
        { type: 'phone_call', people: ['Ishaq Dar', 'Muttaqi'], date: '2026-02-16' },
        { type: 'visit', status: 'planned', people: ['Ishaq Dar'], date: '2026-03', host: 'AFG' },
      ],
      why: 'each reported clause keeps its own date',
    },
  ],
  'events/lexicon (acc-blind18, session 13): a journey to a place is a trip': [
    {
      text: 'VATICAN CITY, March 14 (Agency) - The two sides recalled the Apostolic Journey of Pope Leo XIV to Lebanon in December last year.',
      published: '2026-03-14',
      want: [{ type: 'visit', people: ['Leo XIV'], date: '2025-12', host: 'LBN' }],
      why: 'a papal journey to a country',
    },
    {
      text: "BEIJING, May 9 (Agency) - Chinese President Xi Jinping's journey to Moscow this week was his third since 2023.",
      published: '2025-05-09',
      want: [{ type: 'visit', people: ['Xi Jinping'], host: 'RUS' }],
      why: "a leader's journey to a capital",
    },
    {
      text: 'Lebanese President Joseph Aoun said the journey to peace would be long, and Chinese President Xi Jinping spoke of his journey to power in a speech on Monday.',
      published: '2026-03-14',
      want: [],
      why: 'a journey to no place is no trip',
    },
  ],
  // Session 13 (acc-leads8).
  'events/date-for (acc-leads8, session 13): a tour\'s later leg sets off when the stay before it ends': [
    {
      text: 'SEOUL, May 8 (Agency) - French President Emmanuel Macron will arrive in Tokyo on Monday for a three-day stay before heading to South Korea.',
      published: '2025-05-08',
      want: [
        { type: 'visit', status: 'planned', people: ['Macron'], date: '2025-05-12', host: 'JPN' },
        { type: 'visit', status: 'planned', people: ['Macron'], date: '2025-05-15', host: 'KOR' },
      ],
      why: 'a stay of stated length: the later leg is the day after it ends, not the day it begins',
    },
    {
      text: 'HANOI, Oct 2 (Agency) - Indian Prime Minister Narendra Modi will arrive in Jakarta on Sunday and will then travel to Vietnam.',
      published: '2025-10-02',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2025-10-05', host: 'IDN' }],
      hostDated: [['VNM', '2025-10']],
      why: 'a later leg told by "then" after a dated arrival, with no length of stay: only the month',
    },
    {
      text: 'CANBERRA, Mar 10 (Agency) - Prime Minister Anthony Albanese flew to Wellington last Tuesday for a two-day visit and then travelled on to Fiji.',
      published: '2025-03-10',
      want: [{ type: 'visit', people: ['Albanese'], date: '2025-03-04', host: 'NZL' }],
      hostDated: [['FJI', '2025-03-06']],
      why: 'a past tour: the next leg the day after a two-day stay',
    },
    {
      text: 'ASTANA, Apr 12 (Agency) - On Friday morning Chinese Premier Li Qiang met Kazakh Prime Minister Olzhas Bektenov over breakfast before flying to Tashkent.',
      published: '2025-04-12',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Bektenov'] }],
      hostDated: [['UZB', '2025-04-11']],
      why: 'a journey hung on a meeting, not on a stay, leaves on the meeting\'s day',
    },
    {
      text: 'DUBAI, Dec 7 (Agency) - Putin flew to Abu Dhabi on Wednesday, where he held talks with UAE President Sheikh Mohamed bin Zayed, before travelling on to Riyadh the same evening.',
      published: '2025-12-07',
      want: [{ type: 'visit', people: ['Putin'], date: '2025-12-03', host: 'ARE' }],
      hostDated: [['SAU', '2025-12-03']],
      why: 'a later leg said to be "the same evening" keeps the day of the leg before',
    },
  ],
  'mentions/people (acc-leads8, session 13): "of the French Republic" is an office\'s own words, no name': [
    {
      text: 'PARIS, May 8 (Agency) - The President of the French Republic received the Prime Minister of India, Narendra Modi, at the Elysee Palace on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Macron', 'Modi'], date: '2025-05-08', host: 'FRA' }],
      never: [['Republic']],
      why: 'a state\'s formal name after its adjective closes the office; the office alone names its holder',
    },
    {
      text: 'ROME, May 8 (Agency) - The President of the Italian Republic, Sergio Mattarella, received King Abdullah II of Jordan at the Quirinale on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Mattarella', 'Abdullah'], date: '2025-05-08' }],
      never: [['Republic']],
      why: 'the holder named after the formal name is the only one',
    },
    {
      text: 'BERN, May 8 (Agency) - The President of the Swiss Confederation, Karin Keller-Sutter, met Ukrainian President Volodymyr Zelensky in Bern on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Keller-Sutter', 'Zelensky'], countries: ['CHE', 'UKR'] }],
      never: [['Confederation']],
      why: 'a confederation is a formal state name too',
    },
    {
      text: 'ATHENS, May 8 (Agency) - The President of the Hellenic Republic received the Prime Minister of India, Narendra Modi, on Thursday in Athens.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Tasoulas', 'Modi'], host: 'GRC' }],
      why: 'a formal name no demonym gives, "the Hellenic Republic", is a name of Greece in the knowledge',
    },
    {
      text: 'PRAGUE, May 8 (Agency) - The Prime Minister of the Czech Republic, Petr Fiala, met Kyrgyz President Sadyr Japarov in Prague on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Fiala', 'Japarov'], countries: ['CZE', 'KGZ'], host: 'CZE' }],
      why: 'a country whose own name ends in "Republic" is read whole, as before',
    },
  ],
  'events/term-year (acc-leads8, session 13): a month named without its year falls in the subject\'s term': [
    {
      text: 'SEOUL, Aug 20 (Agency) - A planned visit by President Yoon Suk Yeol to Tokyo in December was cancelled.',
      published: '2025-08-20',
      want: [{ type: 'visit', status: 'cancelled', people: ['Yoon Suk Yeol'], date: '2024-12', host: 'JPN' }],
      notDated: ['2025-12'],
      why: 'a president the knowledge has out of office since April: the December of his last term, not the one ahead',
    },
    {
      text: 'SEOUL, Aug 20 (Agency) - President Yoon Suk Yeol travelled to Tokyo in May for talks with Prime Minister Fumio Kishida.',
      published: '2025-08-20',
      want: [{ type: 'visit', people: ['Yoon Suk Yeol'], date: '2024-05', host: 'JPN' }],
      notDated: ['2025-05'],
      why: 'a past month after the term ended is the same month a year before, inside it',
    },
    {
      text: 'SEOUL, Aug 20 (Agency) - President Yoon Suk Yeol travelled to Tokyo in March for talks with Prime Minister Shigeru Ishiba.',
      published: '2025-08-20',
      want: [{ type: 'visit', people: ['Yoon Suk Yeol'], date: '2025-03', host: 'JPN' }],
      why: 'a month inside the term stays in the year the tense gives',
    },
    {
      text: 'NAIROBI, Aug 20 (Agency) - Former US President Barack Obama visited his father\'s village in western Kenya in July, local media reported.',
      published: '2025-08-20',
      want: [],
      notDated: ['2016'],
      why: 'one the text calls former is told of out of office: his month is not moved into his term',
    },
  ],
  'resolve/namesake-towns (acc-leads8, session 13): a city many countries share is the one of a country the story names': [
    {
      text: 'LONDON, May 8 (Agency) - German President Frank-Walter Steinmeier arrived in Windsor on Thursday for a state visit, and was received by King Charles III.',
      published: '2025-05-08',
      want: [
        { type: 'visit', people: ['Steinmeier'], host: 'GBR' },
        { type: 'meeting', people: ['Steinmeier', 'Charles'], host: 'GBR' },
      ],
      visits: 1,
      why: 'the larger Canadian Windsor is of a country the story never names; the British one is of the King\'s',
    },
    {
      text: 'MADRID, May 8 (Agency) - Spanish Prime Minister Pedro Sanchez met French President Emmanuel Macron in Valencia on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Sánchez', 'Macron'], host: 'ESP' }],
      why: 'the Venezuelan Valencia is larger, but the story names Spain',
    },
    {
      text: 'WINDSOR, England, May 8 (Agency) - German President Frank-Walter Steinmeier met King Charles III on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Steinmeier', 'Charles'], host: 'GBR' }],
      why: 'a dateline\'s town is the namesake in the country the dateline writes after it',
    },
    {
      text: 'CARACAS, May 8 (Agency) - Venezuelan President Nicolas Maduro met Colombian President Gustavo Petro in Valencia on Thursday.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Maduro', 'Petro'], host: 'VEN' }],
      why: 'the first namesake stays when its country is named',
    },
    {
      text: 'WASHINGTON, May 8 (Agency) - US President Joe Biden met British Prime Minister Rishi Sunak in Paris on Thursday.',
      published: '2023-05-08',
      want: [{ type: 'meeting', people: ['Biden', 'Sunak'], host: 'FRA' }],
      why: 'a capital is itself, though the story names no French side and the United States has a Paris',
    },
    {
      text: 'WASHINGTON, May 8 (Agency) - US President Joe Biden met Canadian Prime Minister Justin Trudeau in Sydney on Thursday.',
      published: '2023-05-08',
      want: [{ type: 'meeting', people: ['Biden', 'Trudeau'], host: 'AUS' }],
      why: 'a city many times the size of its namesake (Sydney, Nova Scotia) is itself',
    },
  ],
  'refine/relative-dates (acc-leads8, session 13): "the following May", "that autumn", "three months later, when" count from the time the story stands at': [
    {
      text: 'HANOI, Sept 11 (Agency) - Vietnamese leader Nguyen Phu Trong travelled to Washington in July 2015 for talks at the White House. U.S. President Barack Obama visited Hanoi the following May.',
      published: '2023-09-11',
      want: [{ type: 'visit', people: ['Obama'], date: '2016-05', host: 'VNM' }],
      why: 'the first May after July 2015, not the May of the news',
    },
    {
      text: 'SEOUL, Sept 11 (Agency) - South Korean President Moon Jae-in travelled to Pyongyang in September 2018. Kim Jong Un had visited Panmunjom the previous April for talks with Moon.',
      published: '2023-09-11',
      want: [{ type: 'meeting', people: ['Kim Jong Un', 'Moon'], date: '2018-04' }],
      why: 'the last April before September 2018',
    },
    {
      text: 'NEW DELHI, Feb 10 (Agency) - The border crisis began in March 2019. Chinese Premier Li Keqiang, who had been due to visit India that autumn, called off the trip.',
      published: '2026-02-10',
      want: [{ type: 'visit', status: 'cancelled', people: ['Li Keqiang'], date: '2019', host: 'IND' }],
      visits: 1,
      why: '"that autumn" is of the year the story stands at, and the plan called off after it is the same journey',
    },
    {
      text: 'TOKYO, Feb 10 (Agency) - The two leaders first met in April 2023. Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida again that December in Tokyo.',
      published: '2026-02-10',
      want: [{ type: 'meeting', people: ['Marcos', 'Kishida'], date: '2023-12' }],
      why: '"that December" is the December of the year told before',
    },
    {
      text: 'TOKYO, Feb 10 (Agency) - Philippine President Ferdinand Marcos Jr. said that May would be a good month for talks, and met Japanese Prime Minister Sanae Takaichi in Tokyo on Tuesday.',
      published: '2026-02-10',
      want: [{ type: 'meeting', people: ['Marcos', 'Takaichi'], date: '2026-02-10' }],
      why: 'a month after "that" as a conjunction is no time of a year told before',
    },
    {
      text: 'OTTAWA, Feb 10 (Agency) - At the G7 summit in Kananaskis in June 2025, Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney. Carney gave her half an hour. The second meeting came three months later, when he flew to Mexico City.',
      published: '2026-02-10',
      want: [{ type: 'visit', people: ['Carney'], date: '2025-09', host: 'MEX' }],
      why: 'an offset whose clause tells no exchange dates the "when" clause after it, from the date written before',
    },
    {
      text: 'OTTAWA, Feb 10 (Agency) - The second meeting came three months later, when Canadian Prime Minister Mark Carney flew to Mexico City.',
      published: '2026-02-10',
      want: [{ type: 'visit', people: ['Carney'], host: 'MEX' }],
      notDated: ['2026-05', '2025'],
      why: 'with no date written before, there is nothing to count from',
    },
    {
      text: 'HANOI, Sept 11 (Agency) - U.S. President Joe Biden will visit Hanoi in May.',
      published: '2023-09-11',
      want: [{ type: 'visit', status: 'planned', people: ['Biden'], date: '2024-05', host: 'VNM' }],
      why: 'a month named alone is read from the news, as before',
    },
  ],
  'events/date-for (acc-leads8, session 13): a present "arrives" on the news day, in a sentence told in the future, lies ahead': [
    {
      text: 'PARIS, June 16 (Agency) - Trump will leave after the session, skipping a meeting with South African President Cyril Ramaphosa, who arrives on Tuesday morning.',
      published: '2026-06-16',
      want: [{ type: 'visit', status: 'planned', people: ['Ramaphosa'], date: '2026-06-16' }],
      why: 'the weekday is the news day, and the sentence tells what will be',
    },
    {
      text: 'PARIS, June 16 (Agency) - Trump will leave after the session, skipping a meeting with South African President Cyril Ramaphosa, who arrived on Tuesday morning.',
      published: '2026-06-16',
      want: [{ type: 'visit', people: ['Ramaphosa'], date: '2026-06-16' }],
      why: 'a past "arrived" on the news day has happened, whatever else the sentence plans',
    },
  ],
  'events/date-for (acc-leads8, session 13): "arrived on Tuesday and met X": the verb joined by "and" shares the date': [
    {
      text: 'TOKYO, Sept 28 (Agency) - Leaders from around the world attended the state funeral in Tokyo this week. Indian Prime Minister Narendra Modi arrived on Tuesday morning and met Japanese Prime Minister Fumio Kishida shortly before the funeral, and then flew home the same night.',
      published: '2022-09-28',
      want: [{ type: 'meeting', people: ['Modi', 'Kishida'], date: '2022-09-27' }],
      why: 'the meeting has no date of its own: it is of the arrival\'s day',
    },
    {
      text: 'TOKYO, Sept 28 (Agency) - Leaders from around the world attended the state funeral in Tokyo this week. Indian Prime Minister Narendra Modi arrived on Monday night and met Japanese Prime Minister Fumio Kishida on Tuesday.',
      published: '2022-09-28',
      want: [{ type: 'meeting', people: ['Modi', 'Kishida'], date: '2022-09-27' }],
      dated: [['Kishida', 'meeting', '2022-09-27']],
      why: 'a verb with a date of its own keeps it',
    },
  ],
  'events/visit-parts (acc-leads8, session 13): a return home named right after the trigger takes no place further on': [
    {
      text: 'RABAT, March 3 (Agency) - Spanish Prime Minister Pedro Sánchez met King Mohammed VI in Rabat on Monday. Sánchez returns to Madrid on Tuesday evening and is due in Brussels on Thursday for a summit of European Union leaders.',
      published: '2026-03-03',
      want: [{ type: 'visit', status: 'planned', people: ['Sánchez'], date: '2026-03-05', host: 'BEL' }],
      hostDated: [['BEL', '2026-03-05']],
      why: 'the homecoming is no journey to Brussels: the one due there on Thursday is',
    },
    {
      text: 'NAIROBI, April 8 (Agency) - Massad Boulos, the senior adviser to President Donald Trump for Africa, ended a five-day tour of the Great Lakes region in Nairobi on Monday.',
      published: '2025-04-08',
      want: [{ type: 'visit', people: ['Boulos'], host: 'KEN' }],
      why: 'a journey that is no return still takes the place in its clause when the one after it is at home',
    },
  ],
  'events/date-for (acc-leads8, session 13): what the gathering a dated journey is for tells is on the journey\'s day': [
    {
      text: 'PARIS, March 30 (Agency) - French Foreign Minister Jean-Noel Barrot travelled to Damascus on January 3. Syrian Foreign Minister Asaad al-Shaibani came to Paris on February 13 for the international conference on Syria that Barrot hosted, and the two ministers met on its sidelines.',
      published: '2025-03-30',
      want: [{ type: 'meeting', people: ['al-Shaibani', 'Barrot'], date: '2025-02-13' }],
      why: 'the sideline meeting is of the conference the journey was for',
    },
    {
      text: 'PARIS, March 30 (Agency) - French Foreign Minister Jean-Noel Barrot travelled to Damascus on January 3. Syrian Foreign Minister Asaad al-Shaibani came to Paris on February 13 for the international conference on Syria, and met Barrot on February 14.',
      published: '2025-03-30',
      want: [{ type: 'meeting', people: ['al-Shaibani', 'Barrot'], date: '2025-02-14' }],
      why: 'an exchange with a date of its own keeps it',
    },
  ],
  "mentions/people (acc-probe13, session 13): 'President of the French Republic' names a country, not a person called Republic": [
    {
      text: 'DOHA: The Emir received Emmanuel Macron, President of the French Republic, at the Amiri Diwan in Doha on Wednesday.',
      published: '2025-06-04',
      want: [{ type: 'visit', people: ['Macron'], host: 'QAT' }],
      never: [['Republic']],
      why: "the formal noun after the country's adjective is part of the country's name",
    },
    {
      text: 'ROME, June 4 (Agency) - The President of the Italian Republic Sergio Mattarella received Prime Minister Kyriakos Mitsotakis of Greece in Rome on Wednesday.',
      published: '2025-06-04',
      want: [{ type: 'meeting', people: ['Mattarella', 'Mitsotakis'], host: 'ITA' }],
      never: [['Republic']],
      why: 'a name after the formal state name is still read',
    },
    {
      text: 'SEOUL, June 4 (Agency) - Lee Jae-myung, President of the Republic of Korea, met Prime Minister Kyriakos Mitsotakis of Greece in Seoul on Wednesday.',
      published: '2025-06-04',
      want: [{ type: 'meeting', people: ['Lee Jae', 'Mitsotakis'], host: 'KOR' }],
      notOf: [['Lee Jae', 'GRC']],
      why: "'the Republic of Korea' stays the knowledge's whole name",
    },
  ],
  "events/lexicon (acc-probe13, session 13): 'has not yet made a reciprocal trip' negates, 'yet' not counted among the words between": [
    {
      text: 'JAKARTA (Agency) - President Prabowo Subianto received Australian Prime Minister Anthony Albanese in Jakarta in May. Prabowo has not yet made a reciprocal trip to Australia.',
      published: '2025-09-01',
      want: [{ type: 'meeting', people: ['Prabowo', 'Albanese'], date: '2025-05', host: 'IDN' }],
      noTrip: ['Prabowo'],
      why: "'has not yet made a reciprocal trip': four words between the negation and the noun, one of them 'yet'",
    },
    {
      text: 'OTTAWA (Agency) - Prime Minister Mark Carney hosted Mexican President Claudia Sheinbaum in Ottawa in June. She has not yet paid a return visit to Canada.',
      published: '2025-09-01',
      want: [{ type: 'visit', people: ['Sheinbaum'], host: 'CAN' }],
      visits: 1,
      why: "'has not yet paid a return visit' tells no second visit",
    },
    {
      text: 'JAKARTA (Agency) - The trade agreement has not yet been ratified, but Prabowo paid a return visit to Canberra in August.',
      published: '2025-09-01',
      want: [{ type: 'visit', status: 'occurred', people: ['Prabowo'], date: '2025-08', host: 'AUS' }],
      why: "a 'not yet' of another clause does not reach the visit",
    },
  ],
  "events/lexicon (acc-probe13, session 13): 'should visit' is urged or expected, not done; 'should not visit' is no plan": [
    {
      text: 'Why Prabowo should go to Canberra\n\nJAKARTA (Agency) - Indonesia and Australia signed a defence pact last year.',
      published: '2025-09-01',
      want: [],
      visits: 0,
      why: "a headline's 'should go to Canberra' is no visit that took place",
    },
    {
      text: 'WASHINGTON (Agency) - President Donald Trump should not meet Russian President Vladimir Putin until a ceasefire holds, Senator Lindsey Graham said on Sunday.',
      published: '2025-09-01',
      want: [],
      why: "'should not meet' rules the meeting out",
    },
    {
      text: 'WASHINGTON (Agency) - Senator Lindsey Graham said sanctions should stay. President Donald Trump met Russian President Vladimir Putin in Anchorage on Friday.',
      published: '2025-08-17',
      want: [{ type: 'meeting', status: 'occurred', people: ['Trump', 'Putin'], date: '2025-08-15', host: 'USA' }],
      why: "a 'should' of an earlier sentence does not touch the meeting",
    },
    {
      text: 'NEW DELHI (Agency) - Japanese Prime Minister Shigeru Ishiba should arrive in New Delhi on Monday for two days of talks, officials said on Saturday.',
      published: '2025-08-30',
      want: [{ type: 'visit', status: 'planned', people: ['Ishiba'], date: '2025-09-01', host: 'IND' }],
      why: "'should arrive … on Monday', with its day, is an expected trip",
    },
    {
      text: 'WASHINGTON (Agency) - Senator Lindsey Graham said on Sunday that President Donald Trump ought to visit Kyiv.',
      published: '2025-09-01',
      want: [],
      visits: 0,
      why: "'ought to visit', with no time, is urged, not planned",
    },
  ],
  "events/lexicon (acc-probe13, session 13): 'face-to-face diplomacy' is a way of conducting relations, no meeting": [
    {
      text: 'JAKARTA (Agency) - Indonesian presidents have long understood the value of face-to-face diplomacy with Australia, the analyst Dewi Fortuna Anwar said.',
      published: '2025-09-01',
      want: [],
      why: "'the value of face-to-face diplomacy' names no meeting",
    },
    {
      text: 'JAKARTA (Agency) - President Prabowo Subianto and Australian Prime Minister Anthony Albanese held face-to-face talks in Jakarta on Monday.',
      published: '2025-09-03',
      want: [{ type: 'meeting', people: ['Prabowo', 'Albanese'], date: '2025-09-01', host: 'IDN' }],
      why: "'face-to-face talks' are still a meeting",
    },
  ],
  "document/resolveTitles (acc-probe13, session 13): 'Mr President' names the president the story named, as 'the President' does": [
    {
      text: 'ABUJA (Agency) - President Bola Tinubu on Tuesday addressed a security summit in Abuja.\n\nLater in the day, Mr President hosted Ghanaian President John Mahama at the Presidential Villa.',
      published: '2025-06-24',
      want: [{ type: 'meeting', people: ['Tinubu', 'Mahama'], date: '2025-06-24', host: 'NGA' }],
      why: "'Mr President hosted …': the courtesy of address before the bare title",
    },
    {
      text: 'ABUJA (Agency) - Vice President Kashim Shettima on Tuesday opened a trade fair in Abuja.\n\nLater in the day, Mr President hosted Ghanaian President John Mahama at the Presidential Villa in Abuja.',
      published: '2025-06-24',
      want: [{ type: 'visit', people: ['Mahama'], host: 'NGA' }],
      never: [['Shettima', 'Mahama']],
      why: "a vice president named before is not 'Mr President'",
    },
  ],
  "events/visit-parts (acc-probe13, session 13): 'the visiting Turkmen leader X': a word for the guest that is no office may stand before the name": [
    {
      text: 'BISHKEK (Agency) - Kyrgyz President Sadyr Japarov held talks in Bishkek with the visiting Turkmen leader Serdar Berdimuhamedov on Wednesday.',
      published: '2025-06-12',
      want: [{ type: 'visit', people: ['Berdimuhamedov'], date: '2025-06-11', host: 'KGZ' }],
      why: "'the visiting Turkmen leader' before the name makes him the traveller",
    },
    {
      text: 'ASHGABAT (Agency) - Kyrgyz President Sadyr Japarov, visiting Ashgabat, held talks with Turkmen leader Serdar Berdimuhamedov on Wednesday.',
      published: '2025-06-12',
      want: [{ type: 'visit', people: ['Japarov'], host: 'TKM' }],
      noTrip: ['Berdimuhamedov'],
      why: "'visiting' as the subject's own verb still sends the subject",
    },
  ],
  "events/visit-parts (acc-probe13, session 13): 'the first visit to Japan by a South Korean leader' is the journey of the one South Korean the sentence names": [
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday, the first visit to Japan by a South Korean leader in over a year.',
      published: '2025-08-24',
      want: [{ type: 'visit', people: ['Lee Jae'], date: '2025-08-23', host: 'JPN' }],
      why: "the indefinite leader of a country is the one person of that country the sentence names",
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Saturday, weeks before the first visit to Japan by a Chinese leader since 2019.',
      published: '2025-08-24',
      want: [{ type: 'meeting', people: ['Ishiba', 'Lee Jae'], date: '2025-08-23', host: 'JPN' }],
      noTrip: ['Lee Jae', 'Ishiba'],
      why: "a leader of a country the sentence names no one of is no one",
    },
  ],
  "events/meeting-parts (acc-probe13, session 13): a bare 'on the sidelines' is of the gathering the sentence before places": [
    {
      text: 'OTTAWA (Agency) - Canadian Prime Minister Mark Carney invited Indian Prime Minister Narendra Modi to the G7 summit in Calgary. The two leaders met on the sidelines on June 17.',
      published: '2025-09-18',
      want: [{ type: 'meeting', people: ['Carney', 'Modi'], date: '2025-06-17', host: 'CAN' }],
      why: "'met on the sidelines' with no 'of': the summit in Calgary just told",
    },
    {
      text: 'NEW DELHI (Agency) - Indian Prime Minister Narendra Modi attended the G20 summit in Johannesburg. He met Canadian Prime Minister Mark Carney on the sidelines on November 22.',
      published: '2025-12-01',
      want: [{ type: 'meeting', people: ['Modi', 'Carney'], date: '2025-11-22', host: 'ZAF' }],
      why: 'a pronoun subject on the sidelines of the summit just told',
    },
    {
      text: 'NEW DELHI (Agency) - Indian Prime Minister Narendra Modi returned from Johannesburg on Sunday. He met Canadian Prime Minister Mark Carney on the sidelines on November 22.',
      published: '2025-12-01',
      want: [{ type: 'meeting', people: ['Modi', 'Carney'], date: '2025-11-22', host: null }],
      why: 'a place the sentence before names for no gathering places nothing',
    },
  ],
  "events/visit-parts (acc-probe13, session 13): 'his trip' in a sentence whose subject is 'he' and which names only objects is the subject's": [
    {
      text: 'BEIJING (Agency) - Chinese Foreign Minister Wang Yi wrapped up a tour of Europe on Sunday. He went to Berlin for talks with German Foreign Minister Johann Wadephul on Thursday, before ending his trip in Paris.',
      published: '2025-07-07',
      want: [{ type: 'visit', people: ['Wang Yi'], host: 'FRA' }],
      noTrip: ['Wadephul'],
      why: "'his trip' is the one 'he' means, not the minister he held talks with",
    },
    {
      text: 'BEIJING (Agency) - Chinese Foreign Minister Wang Yi held talks in Beijing on Thursday with German Foreign Minister Johann Wadephul, who was ending his trip to Asia.',
      published: '2025-07-07',
      want: [{ type: 'meeting', people: ['Wang Yi', 'Wadephul'], host: 'CHN' }],
      noTrip: ['Wang Yi'],
      why: "a relative clause on the one met still makes him the possessor",
    },
  ],
  "events/visit-parts (acc-probe13, session 13): a name and its appositive office are one traveller": [
    {
      text: 'PARIS (Agency) - Jean-Noël Barrot, the foreign minister, was in Algiers on Monday, where he was received by President Abdelmadjid Tebboune.',
      published: '2025-07-01',
      want: [{ type: 'visit', people: ['Barrot'], date: '2025-06-30', host: 'DZA' }],
      once: ['Barrot'],
      why: "'Barrot, the foreign minister, was in Algiers': one traveller, not two of the same man",
    },
    {
      text: 'PARIS (Agency) - Jean-Noël Barrot and Defence Minister Sébastien Lecornu were in Algiers on Monday.',
      published: '2025-07-01',
      want: [{ type: 'visit', people: ['Barrot', 'Lecornu'], date: '2025-06-30', host: 'DZA' }],
      once: ['Barrot', 'Lecornu'],
      why: 'two travellers joined by "and" stay two',
    },
  ],
  "events/exclusions (acc-probe13, session 13): 'to attend the African Union mid-year coordination meeting' is a body's gathering attended, no meeting of two sides": [
    {
      text: 'ABUJA (Agency) - President Bola Tinubu has departed Abuja for Addis Ababa, Ethiopia, to attend the African Union mid-year coordination meeting.',
      published: '2025-07-08',
      want: [{ type: 'visit', status: 'planned', people: ['Tinubu'], host: 'ETH' }],
      meetings: 0,
      why: "a capitalised body's name and two words more before 'meeting'",
    },
    {
      text: 'ABUJA (Agency) - President Bola Tinubu attended the ECOWAS summit in Accra on Sunday and held a meeting with Ghanaian President John Mahama.',
      published: '2025-07-08',
      want: [{ type: 'meeting', people: ['Tinubu', 'Mahama'], date: '2025-07-06', host: 'GHA' }],
      why: "a meeting of its own after the gathering attended is still told",
    },
  ],
  "events/lexicon (acc-probe13, session 13): 'hosted his counterpart in the northern city of Khujand' places the guest's visit": [
    {
      text: 'DUSHANBE (Agency) - Tajik President Emomali Rahmon hosted his Kyrgyz counterpart Sadyr Japarov in the northern city of Khujand on March 13, where the two signed a border treaty.',
      published: '2025-03-14',
      want: [{ type: 'visit', people: ['Japarov'], date: '2025-03-13', host: 'TJK' }],
      why: "'in the northern city of' before the place's name, after a host's verb",
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping received Russian President Vladimir Putin in the coastal city of Tianjin on Sunday.',
      published: '2025-03-14',
      want: [{ type: 'visit', people: ['Putin'], date: '2025-03-09', host: 'CHN' }],
      why: "'received … in the coastal city of Tianjin'",
    },
    {
      text: 'DUSHANBE (Agency) - Tajik President Emomali Rahmon welcomed Kyrgyz investors in the northern city of Khujand on March 13.',
      published: '2025-03-14',
      want: [],
      visits: 0,
      why: 'guests who are no one named make no visit',
    },
  ],
  "events/lexicon (acc-probe13, session 13): 'embraced President Zelensky on the steps' is a greeting in person; 'embraced Trump's plan' is not": [
    {
      text: 'LONDON (Agency) - Prime Minister Keir Starmer embraced Ukrainian President Volodymyr Zelensky on the steps of Downing Street on Monday.',
      published: '2025-06-09',
      want: [{ type: 'meeting', people: ['Starmer', 'Zelensky'], date: '2025-06-09', host: 'GBR' }],
      why: 'an embrace of a person named is a greeting in person',
    },
    {
      text: "LONDON (Agency) - Prime Minister Keir Starmer embraced President Donald Trump's plan for Ukraine on Monday, Ukrainian President Volodymyr Zelensky said.",
      published: '2025-06-09',
      want: [],
      why: "embracing someone's plan is agreeing with it",
    },
    {
      text: 'LONDON (Agency) - Prime Minister Keir Starmer embraced the European Union approach on Monday after Ukrainian President Volodymyr Zelensky spoke.',
      published: '2025-06-09',
      want: [],
      why: 'embracing an approach meets no one',
    },
  ],
  'events/date-for + refine/merge (session 14): the talks a journey under way is for, told as held that week, are one meeting, held': [
    {
      text: 'ACCRA (Agency) - Nigerian Foreign Minister Yusuf Tuggar arrives in Accra on Monday for talks with Ghanaian President John Mahama. Tuggar met Mahama at Jubilee House on Monday evening, officials said.',
      published: '2025-03-10',
      want: [{ type: 'meeting', people: ['Tuggar', 'Mahama'], date: '2025-03-10', host: 'GHA' }],
      meetings: 1,
      why: "'arrives … for talks with Mahama' and 'met Mahama … on Monday evening' tell one meeting, held that day",
    },
    {
      text: 'OSLO (Agency) - Finnish Prime Minister Petteri Orpo is in Oslo for talks with Norwegian Prime Minister Jonas Gahr Store. The two leaders met on Wednesday at the prime minister\'s residence.',
      published: '2025-03-12',
      want: [{ type: 'meeting', people: ['Orpo', 'Store'], date: '2025-03-12', host: 'NOR' }],
      meetings: 1,
      why: "'is in Oslo for talks' and the two leaders' meeting that day are one",
    },
    {
      text: 'ACCRA (Agency) - Nigerian Foreign Minister Yusuf Tuggar arrives in Accra on Monday for talks with Ghanaian President John Mahama. Tuggar last met Mahama in Abuja on March 1.',
      published: '2025-03-10',
      want: [
        { type: 'meeting', status: 'planned', people: ['Tuggar', 'Mahama'], host: 'GHA' },
        { type: 'meeting', people: ['Tuggar', 'Mahama'], date: '2025-03-01', host: 'NGA' },
      ],
      meetings: 2,
      why: 'talks held before the journey are others: the talks it is for stay a plan',
    },
    {
      text: 'ACCRA (Agency) - Nigerian Foreign Minister Yusuf Tuggar arrives in Accra on Monday for talks with Ghanaian President John Mahama. He met Mahama on March 3 in Lomé, where both attended a summit.',
      published: '2025-03-10',
      want: [{ type: 'meeting', status: 'planned', people: ['Tuggar', 'Mahama'], host: 'GHA' }],
      meetings: 2,
      why: 'talks held the week before the journey do not fulfil it',
    },
  ],
  'events/speakers + parties (session 14): an unnamed speaker after "according to a" is no side; "they" after a negated clause is its pair': [
    {
      text: 'ABUJA (Agency) - Nigerian President Bola Tinubu and Ghanaian President John Mahama have not met this year, though they spoke by phone in March, according to a Nigerian official.',
      published: '2025-06-02',
      want: [{ type: 'phone_call', people: ['Tinubu', 'Mahama'], date: '2025-03' }],
      calls: 1,
      meetings: 0,
      why: "'they' after 'have not met' means the two the sentence names, not the official quoted",
    },
    {
      text: 'ABUJA (Agency) - Nigerian President Bola Tinubu spoke by phone on Sunday, said a Ghanaian official.',
      published: '2025-06-02',
      want: [],
      calls: 0,
      why: "'said a Ghanaian official' names a speaker, not the other side of the call",
    },
    {
      text: 'ABUJA (Agency) - Nigerian President Bola Tinubu met on Sunday in Lome, according to one senior Ghanaian official.',
      published: '2025-06-02',
      want: [],
      meetings: 0,
      why: "'according to one senior Ghanaian official' names a speaker, not whom Tinubu met",
    },
    {
      text: 'ABUJA (Agency) - Nigerian President Bola Tinubu spoke by phone on Sunday with a Ghanaian official.',
      published: '2025-06-02',
      want: [{ type: 'phone_call', people: ['Tinubu'], countries: ['NGA', 'GHA'], date: '2025-06-01' }],
      why: "one spoken 'with' is a side, whatever the determiner",
    },
    {
      text: 'ABUJA (Agency) - Nigerian President Bola Tinubu and Vice President Kashim Shettima have not met the press this year, though they spoke by phone with Ghanaian President John Mahama in March.',
      published: '2025-06-02',
      want: [{ type: 'phone_call', people: ['Mahama'], date: '2025-03' }],
      never: [['Tinubu', 'Shettima', 'Mahama']],
      why: 'two of one country named before are no pair that "they" makes a side of two countries',
    },
  ],
  'events/lexicon + refine/relative-dates (session 14): "a productive call on Monday" is dated, a quoted word may stand before "call"; "days after" follows the saying': [
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held what officials called a productive call on Monday.',
      published: '2025-07-02',
      want: [{ type: 'phone_call', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-06-30' }],
      why: "'a productive call on Monday': 'on' a weekday dates the call, it calls on no one",
    },
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba spoke on Monday in what Tokyo described as a "candid" call covering trade.',
      published: '2025-07-02',
      want: [{ type: 'phone_call', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-06-30' }],
      why: "a word in quotation marks before 'call' still makes it a call",
    },
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung made a call on Japan to return the artefacts, Prime Minister Shigeru Ishiba said.',
      published: '2025-07-02',
      want: [],
      calls: 0,
      why: "'a call on Japan to return' urges; no call is made",
    },
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung will travel to Tokyo in August to meet Japanese Prime Minister Shigeru Ishiba, his office said on Wednesday, days after the two leaders spoke by phone.',
      published: '2025-07-02',
      want: [{ type: 'phone_call', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-06' }],
      why: "'said on Wednesday, days after' counts back from the saying (July 2), not from the August trip",
    },
    {
      text: 'SEOUL (Agency) - South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on August 24, days after the two leaders spoke by phone.',
      published: '2025-09-02',
      want: [{ type: 'phone_call', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-08' }],
      why: 'with no saying between, the offset counts back from the exchange told before it',
    },
  ],
  'refine/default-dates + events/shared-subject (session 14): a journey\'s "where" clause under a dateline takes the journey\'s time; ", also met" resumes the main clause': [
    {
      text: 'NAIROBI, March 20 (Agency) - Turkish President Recep Tayyip Erdogan arrived in Nairobi on Tuesday after a stop in Addis Ababa, where he held talks with Ethiopian Prime Minister Abiy Ahmed.',
      published: '2025-03-20',
      want: [{ type: 'meeting', people: ['Erdogan', 'Abiy'], date: '2025-03', host: 'ETH' }],
      dated: [['Abiy', 'meeting', '2025-03']],
      why: "the talks of the stop's 'where' clause are of the stop's time, before the arrival, not the dateline's day",
    },
    {
      text: 'NAIROBI, March 20 (Agency) - Turkish President Recep Tayyip Erdogan arrived in Nairobi on Tuesday after a stop in Addis Ababa, where he laid a wreath and held talks with Ethiopian Prime Minister Abiy Ahmed.',
      published: '2025-03-20',
      want: [{ type: 'meeting', people: ['Erdogan', 'Abiy'], date: '2025-03', host: 'ETH' }],
      dated: [['Abiy', 'meeting', '2025-03']],
      why: "a verb joined by 'and' to the where-clause's first is of that clause too",
    },
    {
      text: 'NAIROBI, March 20 (Agency) - Turkish President Recep Tayyip Erdogan held talks with Kenyan President William Ruto on Thursday, and Ethiopian Prime Minister Abiy Ahmed met Ruto on the same day.',
      published: '2025-03-20',
      want: [
        { type: 'meeting', people: ['Erdogan', 'Ruto'], date: '2025-03-20' },
        { type: 'meeting', people: ['Abiy', 'Ruto'], date: '2025-03-20' },
      ],
      why: 'no journey, no where clause: the dateline dates both',
    },
    {
      text: 'NAIROBI, March 20 (Agency) - Erdogan, who arrived in Nairobi on Tuesday after talks in Addis Ababa with Ethiopian Prime Minister Abiy Ahmed, also met Kenyan President William Ruto on Wednesday.',
      published: '2025-03-20',
      want: [{ type: 'meeting', people: ['Erdogan', 'Ruto'], date: '2025-03-19' }],
      never: [['Abiy', 'Ruto']],
      why: "', also met' after the relative clause has the sentence's subject, not the last one named in that clause",
    },
    {
      text: 'NAIROBI, March 20 (Agency) - Erdogan held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday, and Abiy also met Kenyan President William Ruto on Wednesday.',
      published: '2025-03-20',
      want: [{ type: 'meeting', people: ['Abiy', 'Ruto'], date: '2025-03-19' }],
      never: [['Erdogan', 'Ruto']],
      why: 'a clause with its own subject before "also met" keeps it',
    },
  ],
  'refine/in-office-then (session 14): one the text makes a counterpart holds office in the text, whatever the knowledge says of his term': [
    {
      text: 'JAKARTA (Agency) - Indonesian Foreign Minister Sugiono met his Philippine counterpart Enrique Manalo in Jakarta on Tuesday.',
      published: '2025-09-10',
      want: [{ type: 'meeting', people: ['Sugiono', 'Manalo'], date: '2025-09-09' }],
      why: "'his Philippine counterpart Enrique Manalo' (the knowledge ends his term in June 2025) is a side",
    },
    {
      text: 'JAKARTA (Agency) - Indonesian Foreign Minister Sugiono met his Philippine counterpart, Enrique Manalo, in Jakarta on Tuesday.',
      published: '2025-09-10',
      want: [{ type: 'meeting', people: ['Sugiono', 'Manalo'], date: '2025-09-09' }],
      why: 'so with the name set off by commas',
    },
    {
      text: 'JAKARTA (Agency) - Indonesian Foreign Minister Sugiono met Enrique Manalo in Jakarta on Tuesday.',
      published: '2025-09-10',
      want: [],
      meetings: 0,
      why: 'one the text gives no office, out of office on that date by the knowledge, is still no side',
    },
  ],
  'events/exclusions (session 14): ", becoming the first leader to hold talks with him" describes the meeting just told': [
    {
      text: 'ROME (Agency) - Spanish Prime Minister Pedro Sanchez hosted Portuguese Prime Minister Luis Montenegro in Madrid last week. Italian Prime Minister Giorgia Meloni met Trump at the White House in April, becoming the first European leader to hold talks with him after the tariffs.',
      published: '2025-08-12',
      want: [{ type: 'meeting', people: ['Meloni', 'Trump'], date: '2025-04', host: 'USA' }],
      never: [['Sanchez', 'Trump'], ['Montenegro', 'Trump']],
      meetings: 2,
      why: "the talks the participle names are the meeting its sentence told, not another of someone told before",
    },
    {
      text: 'ROME (Agency) - Spanish Prime Minister Pedro Sanchez hosted Portuguese Prime Minister Luis Montenegro in Madrid last week. Italian Prime Minister Giorgia Meloni met Trump at the White House in April, becoming the first European leader to visit Washington since the tariffs.',
      published: '2025-08-12',
      want: [
        { type: 'meeting', people: ['Meloni', 'Trump'], date: '2025-04', host: 'USA' },
        { type: 'visit', people: ['Meloni'], date: '2025-04', host: 'USA' },
      ],
      why: 'a journey the participle names is an exchange of its own',
    },
  ],
  'refine/relative-dates (session 14): "The emir\'s visit, his first in two years, came a day after …" counts from the visit told before': [
    {
      text: "PRETORIA (Agency) - South African President Cyril Ramaphosa received Kenyan President William Ruto in Pretoria on Thursday. The Kenyan leader's visit, his first since 2023, came two days after Ramaphosa spoke by phone with Nigerian President Bola Tinubu.",
      published: '2025-05-16',
      want: [{ type: 'phone_call', people: ['Ramaphosa', 'Tinubu'], date: '2025-05-13' }],
      why: 'a possessive before the noun and an apposition after it still refer back to the visit told',
    },
    {
      text: "PRETORIA (Agency) - South African President Cyril Ramaphosa received Kenyan President William Ruto in Pretoria on Thursday. The guest's talks, held behind closed doors, came a day after Ramaphosa spoke by phone with Nigerian President Bola Tinubu.",
      published: '2025-05-16',
      want: [{ type: 'phone_call', people: ['Ramaphosa', 'Tinubu'], date: '2025-05-14' }],
      why: "'The guest's talks, held behind closed doors,' refer back to the meeting told",
    },
  ],
  'events/candidates (session 14): the meeting a guest is hosted for is between host and guest': [
    {
      text: 'BRASILIA (Agency) - Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric on Friday, a day after hosting Colombian President Gustavo Petro for a bilateral meeting.',
      published: '2025-04-12',
      want: [
        { type: 'meeting', people: ['Lula', 'Boric'], date: '2025-04-11' },
        { type: 'meeting', people: ['Lula', 'Petro'], date: '2025-04-10' },
      ],
      never: [['Boric', 'Petro']],
      meetings: 2,
      why: "'hosting Petro for a bilateral meeting' is Lula's meeting with Petro, not Boric's",
    },
    {
      text: 'BRASILIA (Agency) - Brazilian President Luiz Inacio Lula da Silva hosted Colombian President Gustavo Petro on Thursday, and Chilean President Gabriel Boric arrived for a meeting with Argentine President Javier Milei.',
      published: '2025-04-12',
      want: [{ type: 'meeting', people: ['Lula', 'Petro'], date: '2025-04-10' }],
      never: [['Lula', 'Milei'], ['Petro', 'Milei']],
      why: 'a meeting noun of another clause, not what the guest was hosted for, keeps its own sides',
    },
  ],
  'events/clause + lexicon (session 14): a relative clause with an apposition closes before the main verb\'s phrase; "dined with" is a meal together': [
    {
      text: 'SEOUL (Agency) - Lee, who took office in June after the ouster of his predecessor, Yoon Suk Yeol, traveled to Washington in August to meet President Donald Trump.',
      published: '2025-10-01',
      want: [
        { type: 'visit', people: ['Lee Jae-myung'], date: '2025-08', host: 'USA' },
        { type: 'meeting', people: ['Lee Jae-myung', 'Trump'], date: '2025-08' },
      ],
      never: [['Yoon', 'Trump']],
      why: "the one who travelled to meet Trump is the sentence's subject, not the predecessor named in its relative clause",
    },
    {
      text: 'SEOUL (Agency) - Lee, who took office in June after the ouster of his predecessor, Yoon Suk Yeol, said Yoon had traveled to Washington in August 2024 to meet President Joe Biden.',
      published: '2025-10-01',
      want: [{ type: 'meeting', people: ['Yoon', 'Biden'], date: '2024-08' }],
      never: [['Lee Jae-myung', 'Biden']],
      why: 'a clause with a subject of its own after the comma keeps it',
    },
    {
      text: 'SEOUL (Agency) - U.S. Secretary of State Marco Rubio met President Lee Jae-myung on Wednesday. He later dined with Foreign Minister Cho Hyun.',
      published: '2025-10-02',
      want: [{ type: 'meeting', people: ['Rubio', 'Cho Hyun'], date: '2025-10-01' }],
      why: "'dined with' a minister is a meeting over a meal",
    },
    {
      text: 'SEOUL (Agency) - U.S. Secretary of State Marco Rubio dined with his family at a Seoul restaurant on Wednesday.',
      published: '2025-10-02',
      want: [],
      meetings: 0,
      why: 'a meal with no official is no exchange',
    },
  ],
  'events/date-for (session 14): "wrapped up a two-day visit … on Tuesday" began the day before': [
    {
      text: 'NAIROBI (Agency) - Indian Prime Minister Narendra Modi concluded a three-day state visit to Kenya on Friday.',
      published: '2025-07-12',
      want: [{ type: 'visit', people: ['Modi'], date: '2025-07-09', host: 'KEN' }],
      why: 'a stay of three days that ended on Friday began on Wednesday',
    },
    {
      text: 'NAIROBI (Agency) - Indian Prime Minister Narendra Modi began a three-day state visit to Kenya on Friday.',
      published: '2025-07-12',
      want: [{ type: 'visit', people: ['Modi'], date: '2025-07-11', host: 'KEN' }],
      why: 'a stay that began on Friday is of Friday',
    },
    {
      text: 'NAIROBI (Agency) - Indian Prime Minister Narendra Modi wrapped up a state visit to Kenya on Friday.',
      published: '2025-07-12',
      want: [{ type: 'visit', people: ['Modi'], date: '2025-07-11', host: 'KEN' }],
      why: 'with no length given, the day told is all the text says',
    },
  ],
  'refine/anaphora (session 14): the visit put off, told as "eventually took place" at a time of its own, was held then': [
    {
      text: 'MADRID (Agency) - Italian President Sergio Mattarella postponed a state visit to Spain that had been scheduled for early March because of floods at home. The visit eventually took place in June.',
      published: '2025-09-10',
      want: [
        { type: 'visit', status: 'postponed', people: ['Mattarella'], host: 'ESP' },
        { type: 'visit', people: ['Mattarella'], date: '2025-06', host: 'ESP' },
      ],
      why: 'the postponed visit and the visit held in June are two tellings of one plan: the held one is an exchange',
    },
    {
      text: 'MADRID (Agency) - Italian President Sergio Mattarella postponed a state visit to Spain that had been scheduled for early March because of floods at home. The visit was to focus on migration.',
      published: '2025-09-10',
      want: [{ type: 'visit', status: 'postponed', people: ['Mattarella'], host: 'ESP' }],
      visits: 1,
      why: 'a retelling with no holding of its own is the postponed visit',
    },
    {
      text: 'MADRID (Agency) - Italian President Sergio Mattarella called off a state visit to Spain that had been scheduled for March. It would have taken place in March.',
      published: '2025-09-10',
      want: [{ type: 'visit', status: 'cancelled', people: ['Mattarella'], host: 'ESP' }],
      visits: 1,
      why: 'what would have taken place did not',
    },
  ],
  'events/exclusions (session 14): "for what is expected to be their final face-to-face encounter" describes the meeting told': [
    {
      text: 'LIMA (Agency) - Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei on Sunday for what is expected to be their final face-to-face encounter this year.',
      published: '2025-03-17',
      want: [{ type: 'meeting', people: ['Lula', 'Milei'], date: '2025-03-16' }],
      meetings: 1,
      why: 'the encounter the phrase expects is the one just told, not another planned',
    },
    {
      text: 'LIMA (Agency) - Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric on Sunday, and is expected to hold a face-to-face encounter with Argentine President Javier Milei next month.',
      published: '2025-03-17',
      want: [
        { type: 'meeting', people: ['Lula', 'Boric'], date: '2025-03-16' },
        { type: 'meeting', status: 'planned', people: ['Lula', 'Milei'], date: '2025-04' },
      ],
      why: 'an encounter of its own, expected, is a plan',
    },
  ],
  'events/candidates (session 14): "The EU officials later held talks with …" are the EU side of the exchange told before': [
    {
      text: 'TOKYO (Agency) - European Council President Antonio Costa and European Commission President Ursula von der Leyen met Japanese Prime Minister Shigeru Ishiba in Tokyo on Wednesday. The EU officials later held talks with Foreign Minister Takeshi Iwaya.',
      published: '2025-07-24',
      want: [{ type: 'meeting', people: ['Costa', 'von der Leyen', 'Iwaya'], date: '2025-07-23' }],
      why: "'The EU officials' are Costa and von der Leyen, told just before",
    },
    {
      text: 'TOKYO (Agency) - Japanese Prime Minister Shigeru Ishiba met European Council President Antonio Costa in Tokyo on Wednesday. The Korean officials later held talks with Foreign Minister Takeshi Iwaya.',
      published: '2025-07-24',
      want: [{ type: 'meeting', people: ['Ishiba', 'Costa'], date: '2025-07-23' }],
      never: [['Costa', 'Iwaya']],
      why: 'officials of another country than any told before stay unnamed',
    },
  ],
  'refine/relative-dates (session 14): past the offset\'s object and a comma, a purpose phrase is the main clause\'s': [
    {
      text: 'SANTIAGO, March 14 (Agency) - Chilean President Gabriel Boric received his Peruvian counterpart Dina Boluarte at La Moneda on Thursday, two days after the floods in the south, for talks on trade.',
      published: '2025-03-14',
      want: [{ type: 'meeting', people: ['Boric', 'Boluarte'], date: '2025-03-13' }],
      notDated: ['2025-03-11'],
      meetings: 1,
      why: "'for talks' after the offset's object is what the reception was for, on Thursday",
    },
    {
      text: 'SANTIAGO, March 14 (Agency) - Chilean President Gabriel Boric received his Peruvian counterpart Dina Boluarte at La Moneda on Thursday, two days after the two leaders spoke by phone.',
      published: '2025-03-14',
      want: [
        { type: 'meeting', people: ['Boric', 'Boluarte'], date: '2025-03-13' },
        { type: 'phone_call', people: ['Boric', 'Boluarte'], date: '2025-03-11' },
      ],
      why: 'an exchange that is the offset\'s own object is moved by it',
    },
  ],
  'events/date-for (session 14): "held talks … on Tuesday, wrapping up a four-day trip" keeps the day for the talks': [
    {
      text: 'CANBERRA, April 30 (Agency) - New Zealand Prime Minister Christopher Luxon held talks with Australian Prime Minister Anthony Albanese in Canberra on Tuesday, wrapping up a three-day trip to Australia.',
      published: '2025-04-30',
      want: [{ type: 'meeting', people: ['Luxon', 'Albanese'], date: '2025-04-29' }],
      why: 'the journey the talks ended is one telling with them: the day is the talks\' too',
    },
    {
      text: 'CANBERRA, April 30 (Agency) - New Zealand Prime Minister Christopher Luxon held talks with Australian Prime Minister Anthony Albanese in Canberra, wrapping up a three-day trip that began in Sydney on Saturday.',
      published: '2025-04-30',
      want: [{ type: 'meeting', people: ['Luxon', 'Albanese'] }],
      dated: [['Albanese', 'meeting', '2025-04-30']],
      why: 'a day the participle\'s own clause writes is the trip\'s, not the talks\'',
    },
  ],
  'events/visit-parts + date-for (session 14): "received X … on Sunday, on his first foreign trip": the guest\'s journey, and the day is the reception\'s too': [
    {
      text: 'ABU DHABI, March 3 (Agency) - UAE President Sheikh Mohamed bin Zayed received Lebanese President Joseph Aoun at Qasr Al Watan on Sunday, on his first foreign trip since taking office.',
      published: '2025-03-03',
      want: [
        { type: 'visit', people: ['Aoun'], date: '2025-03-02', host: 'ARE' },
        { type: 'meeting', people: ['Mohamed bin Zayed', 'Aoun'], date: '2025-03-02' },
      ],
      noTrip: ['Mohamed bin Zayed'],
      why: 'the guest received is the one on the trip; the host at home travels nowhere',
    },
    {
      text: 'ABU DHABI, March 3 (Agency) - UAE President Sheikh Mohamed bin Zayed met Lebanese President Joseph Aoun in Paris on Sunday, during his state visit to France.',
      published: '2025-03-03',
      want: [{ type: 'visit', people: ['Mohamed bin Zayed'], host: 'FRA' }],
      noTrip: ['Aoun'],
      why: 'without a reception, the possessive journey stays the subject\'s',
    },
  ],
  'events/candidates + lexicon (session 14): "spoke by phone …, and met in person" is a meeting; a headline\'s "as X pushes" is another clause': [
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev on Monday. The two leaders last spoke by phone in March, and met in person in Baku in February.',
      published: '2025-05-12',
      want: [
        { type: 'phone_call', people: ['Erdogan', 'Aliyev'], date: '2025-03' },
        { type: 'meeting', people: ['Erdogan', 'Aliyev'], date: '2025-02' },
      ],
      why: "the medium before ', and' is the first verb's; 'in person' makes the second a meeting",
    },
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan spoke by phone and by video with Azerbaijani President Ilham Aliyev on Monday.',
      published: '2025-05-12',
      want: [{ type: 'phone_call', people: ['Erdogan', 'Aliyev'], date: '2025-05-12' }],
      meetings: 0,
      why: 'a medium is still read before the verb it qualifies',
    },
    {
      text: 'Erdogan, Aliyev hold talks in Ankara as Putin pushes for Caucasus deal\n\nANKARA (Agency) - Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev in Ankara on Monday.',
      published: '2025-05-13',
      want: [{ type: 'meeting', people: ['Erdogan', 'Aliyev'], date: '2025-05-12' }],
      never: [['Putin', 'Erdogan'], ['Putin', 'Aliyev']],
      meetings: 1,
      why: "the headline's 'as Putin pushes' is a clause of its own: Putin is no side of the talks",
    },
  ],
  // (session 14, acc-spur1)
  "mentions/people (acc-spur1, session 14): a chief executive no country claims is a firm's, no side of a state": [
    {
      text: "JAKARTA (Agency) - U.S. Deputy Secretary of State Christopher Landau met with Freeport's chief executive, Kathleen Quirk, on Monday to discuss copper exports.",
      published: '2026-03-10',
      want: [],
      never: [['Landau', 'Quirk']],
      why: "a firm's chief executive after its possessive and a comma",
    },
    {
      text: 'WASHINGTON (Agency) - Boeing Co. Chief Executive Officer Kelly Ortberg met Commerce Secretary Howard Lutnick on Tuesday to discuss export licences.',
      published: '2026-03-10',
      want: [],
      never: [['Ortberg', 'Lutnick']],
      why: "'Chief Executive Officer': 'Officer' ends the firm's title, it starts no name",
    },
    {
      text: 'SINGAPORE (Agency) - Hong Kong Chief Executive John Lee met Singapore Prime Minister Lawrence Wong on Monday.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['John Lee', 'Lawrence Wong'], date: '2026-03-09', host: 'SGP' }],
      why: 'a chief executive whose territory is named with the title holds a state office',
    },
    {
      text: "JAKARTA (Agency) - U.S. Deputy Secretary of State Christopher Landau met Indonesian Foreign Minister Sugiono on Monday, and later met with Freeport's chief executive, Kathleen Quirk.",
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Landau', 'Sugiono'], date: '2026-03-09', host: 'IDN' }],
      never: [['Landau', 'Quirk']],
      why: "the official met beside the firm's chief executive is met still",
    },
  ],
  'events/meeting-parts (acc-spur1, session 14): a "when" clause right after a place and its time tells what happened there': [
    {
      text: 'The photograph was taken at a forum in Astana in June 2024, when Chinese President Xi Jinping met Turkish President Recep Tayyip Erdogan on the sidelines.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'Erdogan'], date: '2024-06', host: 'KAZ' }],
      why: "'in Astana in June 2024, when … met': the when clause's meeting is in Astana",
    },
    {
      text: 'The accord was initialled in Doha on March 3, 2025, when Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Egyptian Foreign Minister Badr Abdelatty.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Mohammed bin Abdulrahman', 'Abdelatty'], date: '2025-03-03', host: 'QAT' }],
      why: "'in Doha on March 3, 2025, when … met'",
    },
    {
      text: 'The deal was drafted in Geneva in March 2024, when Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Zelensky', 'Duda'], date: '2024-03', host: 'POL' }],
      why: 'a when clause that names its own place keeps it',
    },
  ],
  "events/exclusions (acc-spur1, session 14): an envoy's farewell call at the end of his posting is protocol, no exchange": [
    {
      text: 'HANOI (Agency) - Deputy Foreign Minister Le Thi Thu Hang received Malaysian Ambassador Tan Yang Thai, who paid a farewell courtesy call on Tuesday.',
      published: '2026-03-10',
      want: [],
      why: "'…, who paid a farewell courtesy call': the call is the envoy's leave-taking",
    },
    {
      text: 'BANGKOK (Agency) - Deputy Foreign Minister Russ Jalichandra received the Ambassador of Japan, Mr. Otaka Masato, on Monday on the occasion of the end of his tenure in Thailand.',
      published: '2026-03-10',
      want: [],
      why: "an ambassador received 'on the occasion of the end of his tenure'",
    },
    {
      text: 'BANGKOK (Agency) - Deputy Foreign Minister Russ Jalichandra received the Ambassador of Japan, Mr. Otaka Masato, on Monday to discuss the visit of Prime Minister Shigeru Ishiba.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Russ Jalichandra', 'Otaka'], date: '2026-03-09' }],
      why: "an ambassador's call on other business is kept (Readout keeps envoys' meetings)",
    },
    {
      text: 'HANOI (Agency) - Indonesian Foreign Minister Sugiono paid a farewell courtesy call on Prime Minister Pham Minh Chinh on Tuesday, accompanied by Ambassador Denny Abdi.',
      published: '2026-03-11',
      want: [{ type: 'meeting', people: ['Sugiono', 'Pham Minh Chinh'], date: '2026-03-10', host: 'VNM' }],
      why: "a visiting minister's farewell call, an envoy beside him, is a call still",
    },
  ],
  "refine/fulfilled-plans (acc-spur1, session 14): a plan the story tells as carried out is that exchange, not another": [
    {
      text: "BERLIN (Agency) - Israeli Foreign Minister Gideon Sa'ar arrived in Berlin on Monday and is scheduled to meet German Foreign Minister Johann Wadephul. The two ministers held talks at the Foreign Office on Tuesday.",
      published: '2026-01-21',
      want: [{ type: 'meeting', people: ["Sa'ar", 'Wadephul'], date: '2026-01-20', host: 'DEU' }],
      meetings: 1,
      why: "the programme's meeting, then the talks held",
    },
    {
      text: 'TOKYO (Agency) - Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida had agreed in January to meet in the spring. Modi held talks with Kishida in Tokyo on Monday.',
      published: '2023-03-21',
      want: [{ type: 'meeting', people: ['Modi', 'Kishida'], date: '2023-03-20', host: 'JPN' }],
      meetings: 1,
      why: 'an agreement to meet, then the meeting',
    },
    {
      text: "BERLIN (Agency) - Israeli Foreign Minister Gideon Sa'ar held talks with German Foreign Minister Johann Wadephul in Berlin on Tuesday. The two will meet again in Jerusalem later this month.",
      published: '2026-01-21',
      want: [
        { type: 'meeting', people: ["Sa'ar", 'Wadephul'], date: '2026-01-20', host: 'DEU' },
        { type: 'meeting', status: 'planned', people: ["Sa'ar", 'Wadephul'], date: '2026-01' },
      ],
      why: 'a further meeting, elsewhere, is another',
    },
    {
      text: 'ANKARA (Agency) - Turkish Foreign Minister Hakan Fidan spoke by telephone with Iranian Foreign Minister Abbas Araghchi on Monday. The two are expected to speak by phone later this week.',
      published: '2026-01-21',
      want: [
        { type: 'phone_call', people: ['Fidan', 'Araghchi'], date: '2026-01-19' },
        { type: 'phone_call', status: 'planned', people: ['Fidan', 'Araghchi'] },
      ],
      why: "a call 'later this week' is one still ahead, not the one made",
    },
  ],
  "refine/envoy-calls (acc-spur1, session 14): a resident envoy's call on one who holds no office on the day is no exchange between states": [
    {
      text: 'TEL AVIV (Agency) - Yesh Atid leader Yair Lapid met French Ambassador Frederic Journes in Tel Aviv on Monday.',
      published: '2024-03-12',
      want: [],
      why: 'a former prime minister, now an opposition leader, with an ambassador',
    },
    {
      text: 'LAHORE (Agency) - PML-N president Nawaz Sharif met Turkish Ambassador Mehmet Pacaci at his Raiwind residence on Monday.',
      published: '2024-03-12',
      want: [],
      why: "a former prime minister, now a party's president, with an ambassador",
    },
    {
      text: 'LAHORE (Agency) - Prime Minister Nawaz Sharif met Turkish Ambassador Sadik Babur Girgin at his Raiwind residence on Monday.',
      published: '2016-03-12',
      want: [{ type: 'meeting', people: ['Nawaz Sharif', 'Girgin'], date: '2016-03-07' }],
      why: 'the same man in office meets the envoy as his state (Readout keeps envoys\' meetings)',
    },
  ],
  "events/candidates (acc-spur1, session 14): a body's session whose agenda, date or venue is talked over is no meeting of those who talk": [
    {
      text: 'MINSK (Agency) - Belarusian President Alexander Lukashenko spoke by phone with Kyrgyz President Sadyr Japarov on Tuesday, and the two discussed the date and venue of the next meeting of the Council of Heads of State of the CIS.',
      published: '2026-05-26',
      want: [{ type: 'phone_call', people: ['Lukashenko', 'Japarov'], date: '2026-05-26' }],
      meetings: 0,
      why: "'the date and venue of the next meeting of the Council'",
    },
    {
      text: 'DUSHANBE (Agency) - Tajik President Emomali Rahmon held a telephone conversation with Turkmen President Serdar Berdimuhamedov on Monday. The presidents exchanged views on the agenda of the upcoming meeting of the Council of Heads of State of Central Asia.',
      published: '2026-05-26',
      want: [{ type: 'phone_call', people: ['Rahmon', 'Berdimuhamedov'], date: '2026-05-25' }],
      meetings: 0,
      why: "'the agenda of the upcoming meeting of the Council'",
    },
    {
      text: 'MINSK (Agency) - Belarusian President Alexander Lukashenko spoke by phone with Kyrgyz President Sadyr Japarov on Tuesday, and the two discussed the agenda of their meeting in Bishkek next week.',
      published: '2026-05-26',
      want: [
        { type: 'phone_call', people: ['Lukashenko', 'Japarov'], date: '2026-05-26' },
        { type: 'meeting', status: 'planned', people: ['Lukashenko', 'Japarov'], host: 'KGZ' },
      ],
      why: "the agenda of the pair's own meeting: that meeting is planned",
    },
  ],
  "events/protocol-welcome (acc-spur1, session 14): a peer below a head of state who receives a guest at the airport is protocol": [
    {
      text: 'DHAKA (Agency) - Indian External Affairs Minister S. Jaishankar was received at the airport by Bangladeshi Foreign Minister Hasan Mahmud on Tuesday.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Jaishankar'], date: '2026-02-17', host: 'BGD' }],
      meetings: 0,
      why: 'a minister received by a minister at the airport',
    },
    {
      text: 'ROME (Agency) - Japanese Prime Minister Fumio Kishida arrived at Ciampino airport on Tuesday, where he was received by Italian Prime Minister Giorgia Meloni.',
      published: '2023-01-11',
      want: [{ type: 'visit', people: ['Kishida'], date: '2023-01-10', host: 'ITA' }],
      meetings: 0,
      why: 'a prime minister received by a prime minister where he landed',
    },
    {
      text: 'HANOI (Agency) - Chinese President Xi Jinping was received at the airport by Vietnamese President To Lam on Tuesday.',
      published: '2026-02-18',
      want: [{ type: 'meeting', people: ['Xi Jinping', 'To Lam'], date: '2026-02-17', host: 'VNM' }],
      why: 'a head of state who waits at the airport for another marks the visit (kept as before)',
    },
  ],
  "events/exclusions (acc-spur1, session 14): a gathering's relative clause names where it is held, no host with a guest": [
    {
      text: 'LIMA (Agency) - Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday, ahead of the Pacific Alliance summit that Colombia will host next month.',
      published: '2025-09-02',
      want: [{ type: 'meeting', people: ['Boric', 'Boluarte'], date: '2025-09-01', host: 'PER' }],
      meetings: 1,
      why: "'the summit that Colombia will host': no planned meeting of the two",
    },
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric spoke by phone on Monday with Argentine President Javier Milei, with whom he reviewed the preparations for the regional conference on migration that Ecuador will host in November.',
      published: '2025-09-02',
      want: [{ type: 'phone_call', people: ['Boric', 'Milei'], date: '2025-09-01' }],
      meetings: 0,
      why: "'the regional conference … that Ecuador will host'",
    },
    {
      text: 'ASUNCION (Agency) - Paraguayan President Santiago Pena will host Uruguayan President Yamandu Orsi next week, before the Mercosur summit, which Paraguay will host in July.',
      published: '2025-09-02',
      want: [{ type: 'meeting', status: 'planned', people: ['Pena', 'Orsi'], host: 'PRY' }],
      meetings: 1,
      why: 'a host named with his guest still hosts',
    },
  ],
  "events/exclusions (acc-spur1, session 14): one not there to meet a guest tells no meeting": [
    {
      text: 'BUENOS AIRES (Agency) - When Brazilian President Luiz Inacio Lula da Silva landed in Buenos Aires on Thursday, Argentine President Javier Milei was not there to meet him.',
      published: '2026-06-16',
      want: [{ type: 'visit', people: ['Lula'], host: 'ARG' }],
      meetings: 0,
      why: "'was not there to meet him'",
    },
    {
      text: "NAIROBI (Agency) - Kenyan President William Ruto wasn't at the airport to receive Ugandan President Yoweri Museveni on Monday, but hosted him for talks at State House in the evening.",
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Ruto', 'Museveni'], date: '2026-06-15', host: 'KEN' }],
      meetings: 1,
      why: "'wasn't at the airport to receive': only the talks of the evening",
    },
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan, who was not in Ankara on Monday, met Hungarian Prime Minister Viktor Orban in Istanbul on Tuesday.',
      published: '2026-06-16',
      want: [{ type: 'meeting', people: ['Erdogan', 'Orban'], date: '2026-06-16', host: 'TUR' }],
      why: 'one away from one place meets in another',
    },
  ],
  "events/exclusions (acc-spur1, session 14): talks launched toward an accord are negotiations, no meeting planned": [
    {
      text: 'CAIRO (Agency) - Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan held talks in Cairo on Wednesday, their first this year, and agreed to begin talks on a free trade agreement.',
      published: '2026-06-18',
      want: [{ type: 'meeting', people: ['Sisi', 'Erdogan'], date: '2026-06-17', host: 'EGY' }],
      meetings: 1,
      why: "'agreed to begin talks on a free trade agreement'",
    },
    {
      text: 'ROME (Agency) - Japanese Prime Minister Fumio Kishida and Italian Prime Minister Giorgia Meloni met in Rome on Tuesday, their second meeting this year, and agreed to start talks on a defence equipment accord.',
      published: '2023-05-10',
      want: [{ type: 'meeting', people: ['Kishida', 'Meloni'], date: '2023-05-09', host: 'ITA' }],
      meetings: 1,
      why: "'agreed to start talks on a defence equipment accord'",
    },
    {
      text: 'NEW DELHI (Agency) - Indian Prime Minister Narendra Modi and British Prime Minister Keir Starmer agreed on Monday to hold talks on a new investment treaty in London next month.',
      published: '2026-06-16',
      want: [{ type: 'meeting', status: 'planned', people: ['Modi', 'Starmer'], host: 'GBR' }],
      why: 'talks to be held somewhere, at a time, are a meeting planned still',
    },
  ],
  "events/exclusions (acc-spur1, session 14): a hope to visit with no time is no plan, as a wish is not": [
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric received Peruvian Foreign Minister Elmer Schialer on Tuesday and expressed his hope to visit Peru again.',
      published: '2025-01-16',
      want: [{ type: 'meeting', people: ['Boric', 'Schialer'], date: '2025-01-14', host: 'CHL' }],
      visits: 0,
      why: "'expressed his hope to visit Peru again'",
    },
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric said on Tuesday that he hoped to meet Argentine President Javier Milei.',
      published: '2025-01-16',
      want: [],
      why: "'he hoped to meet Milei'",
    },
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric hopes to visit Peru in March, his office said on Tuesday.',
      published: '2025-01-16',
      want: [{ type: 'visit', status: 'planned', people: ['Boric'], date: '2025-03', host: 'PER' }],
      why: 'a hope with its month is a plan floated',
    },
  ],
  "refine/split (acc-spur1, session 14): a trilateral meeting with two is one exchange of three, not a talk with each": [
    {
      text: 'ISTANBUL (Agency) - Turkish President Recep Tayyip Erdogan held three-way talks with Azerbaijani President Ilham Aliyev and Georgian Prime Minister Irakli Kobakhidze on Monday.',
      published: '2026-02-18',
      want: [{ type: 'meeting', people: ['Erdogan', 'Aliyev', 'Kobakhidze'], date: '2026-02-16', host: 'TUR' }],
      meetings: 1,
      why: "'held three-way talks with A and B'",
    },
    {
      text: 'TASHKENT (Agency) - Uzbek President Shavkat Mirziyoyev held a trilateral meeting with Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov in Tashkent on Friday.',
      published: '2026-02-18',
      want: [{ type: 'meeting', people: ['Mirziyoyev', 'Tokayev', 'Japarov'], host: 'UZB' }],
      meetings: 1,
      why: "'held a trilateral meeting with A and B'",
    },
    {
      text: 'ISTANBUL (Agency) - Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev and Georgian Prime Minister Irakli Kobakhidze on Monday.',
      published: '2026-02-18',
      want: [
        { type: 'meeting', people: ['Erdogan', 'Aliyev'], date: '2026-02-16', host: 'TUR' },
        { type: 'meeting', people: ['Erdogan', 'Kobakhidze'], date: '2026-02-16', host: 'TUR' },
      ],
      meetings: 2,
      why: 'talks with two, no word of one table, are a talk with each (as before)',
    },
  ],
  "events/exclusions (acc-spur1, session 14): 'The call came two days after X met Y': the exchange told before, timed by another": [
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by phone on Tuesday. The call came two days after Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in Kyiv.',
      published: '2026-07-16',
      want: [
        { type: 'phone_call', people: ['Erdogan', 'Putin'], date: '2026-07-14' },
        { type: 'meeting', people: ['Fidan', 'Sybiha'], host: 'UKR' },
      ],
      calls: 1,
      why: "the people of the time clause are the other exchange's, not the call's",
    },
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin on Tuesday, two days after Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in Kyiv.',
      published: '2026-07-16',
      want: [
        { type: 'phone_call', people: ['Erdogan', 'Putin'], date: '2026-07-14' },
        { type: 'meeting', people: ['Fidan', 'Sybiha'], host: 'UKR' },
      ],
      calls: 1,
      why: 'a call told with its own people, before its time clause, is kept',
    },
  ],
  "events/exclusions (acc-spur1, session 14): an official's call with the press is a briefing, no exchange": [
    {
      text: 'NEW DELHI (Agency) - Indian Prime Minister Narendra Modi received Japanese Prime Minister Shigeru Ishiba in New Delhi on Monday. "Both leaders agreed to deepen ties," a senior official told reporters on a conference call on Tuesday.',
      published: '2026-07-16',
      want: [{ type: 'meeting', people: ['Modi', 'Ishiba'], date: '2026-07-13', host: 'IND' }],
      calls: 0,
      why: "'told reporters on a conference call'",
    },
    {
      text: 'PARIS (Agency) - French President Emmanuel Macron met Indian Prime Minister Narendra Modi at the Elysee on Monday. The two leaders discussed Ukraine, an aide said in a press call on Tuesday.',
      published: '2026-07-16',
      want: [{ type: 'meeting', people: ['Macron', 'Modi'], date: '2026-07-13', host: 'FRA' }],
      calls: 0,
      why: "'said in a press call'",
    },
    {
      text: 'PARIS (Agency) - French President Emmanuel Macron held a conference call with German Chancellor Friedrich Merz and British Prime Minister Keir Starmer on Tuesday.',
      published: '2026-07-16',
      want: [{ type: 'phone_call', people: ['Macron', 'Merz', 'Starmer'], date: '2026-07-14' }],
      why: 'a conference call among leaders is theirs',
    },
  ],
  "refine/venues (acc-spur1, session 14): with no dateline, the one city's gathering the lead opens with places the meetings of its last days": [
    {
      text: "Davos in pictures: the week's encounters\n\nThe World Economic Forum in Davos ended on Friday, after a week of speeches and side meetings.\n\nIndian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Thursday, and the two discussed border trade.",
      published: '2026-01-24',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2026-01-22', host: 'CHE' }],
      why: "'The World Economic Forum in Davos ended on Friday' … met on Thursday",
    },
    {
      text: 'What the ministers said in Munich\n\nThe Munich Security Conference wrapped up on Sunday with a plea for European unity.\n\nDutch Prime Minister Dick Schoof posted that he had met Ukrainian President Volodymyr Zelensky on Saturday.',
      published: '2026-02-16',
      want: [{ type: 'meeting', people: ['Schoof', 'Zelensky'], date: '2026-02-14', host: 'DEU' }],
      why: "'The Munich Security Conference wrapped up on Sunday': the city names the gathering",
    },
    {
      text: "Davos in pictures: the week's encounters\n\nThe World Economic Forum in Davos ended on Friday, after a week of speeches and side meetings.\n\nIndian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on January 10, before either left for Switzerland.",
      published: '2026-01-24',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2026-01-10', host: null }],
      why: 'a meeting a fortnight before the news is not of the gathering',
    },
    {
      text: 'Summits of the week\n\nThe summit in Davos and the conference in Munich both ended on Friday.\n\nIndian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Thursday.',
      published: '2026-01-24',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2026-01-22', host: null }],
      why: 'a lead of two cities places nothing',
    },
  ],
  "events/meeting-parts (acc-spur1, session 14): the city one leaves after an exchange is where it was held": [
    {
      text: 'CANBERRA (Agency) - Indonesian President Prabowo Subianto is due to meet Australian Prime Minister Anthony Albanese for breakfast on Thursday before the Indonesian leader leaves Canberra.',
      published: '2025-11-25',
      want: [{ type: 'meeting', status: 'planned', people: ['Prabowo', 'Albanese'], date: '2025-11-27', host: 'AUS' }],
      why: "'… before the Indonesian leader leaves Canberra'",
    },
    {
      text: 'SEOUL (Agency) - Indian Prime Minister Narendra Modi met South Korean President Yoon Suk Yeol for lunch on Wednesday before leaving Seoul for Tokyo.',
      published: '2025-11-25',
      want: [{ type: 'meeting', people: ['Modi', 'Yoon'], date: '2025-11-19', host: 'KOR' }],
      why: "'… before leaving Seoul for Tokyo'",
    },
    {
      text: 'BEIJING (Agency) - Russian Foreign Minister Sergei Lavrov met Indian External Affairs Minister S. Jaishankar on Thursday, a day after leaving Beijing.',
      published: '2025-11-25',
      want: [{ type: 'meeting', people: ['Lavrov', 'Jaishankar'], date: '2025-11-20', host: null }],
      why: 'the city left before the exchange is not its place',
    },
  ],
  "refine/default-dates (acc-spur1, session 14): 'also' with no one in common adds to the exchange of its kind just told": [
    {
      text: 'ISLAMABAD (APP) - Prime Minister Shehbaz Sharif on Saturday received a telephone call from Turkish President Recep Tayyip Erdogan, the PM Office said. Foreign Minister Ishaq Dar also held telephone conversations with Iranian Foreign Minister Abbas Araghchi, the Foreign Office said.',
      published: '2025-04-28',
      want: [
        { type: 'phone_call', people: ['Shehbaz', 'Erdogan'], date: '2025-04-26' },
        { type: 'phone_call', people: ['Dar', 'Araghchi'], date: '2025-04-26' },
      ],
      why: "the minister's calls 'also' held go on with the day of the prime minister's",
    },
    {
      text: 'ISLAMABAD (APP) - Prime Minister Shehbaz Sharif on Saturday received a telephone call from Turkish President Recep Tayyip Erdogan, the PM Office said. Foreign Minister Ishaq Dar also met Iranian Foreign Minister Abbas Araghchi in Tehran, the Foreign Office said.',
      published: '2025-04-28',
      want: [{ type: 'meeting', people: ['Dar', 'Araghchi'], date: '2025-04', host: 'IRN' }],
      dated: [['Araghchi', 'meeting', '2025-04']],
      why: 'a meeting abroad is of another kind: it takes no day from the call',
    },
  ],
  "events/exclusions (acc-spur1, session 14): a round of talks discussed is a topic, no meeting of those who discuss it": [
    {
      text: 'PARIS (Agency) - French Foreign Minister Jean-Noel Barrot spoke by phone with Chinese Foreign Minister Wang Yi on Monday. They discussed the next round of climate talks and the war in Ukraine.',
      published: '2026-03-10',
      want: [{ type: 'phone_call', people: ['Barrot', 'Wang Yi'], date: '2026-03-09' }],
      meetings: 0,
      why: "'They discussed the next round of climate talks'",
    },
    {
      text: 'WASHINGTON (Agency) - Secretary of State Marco Rubio spoke by phone with Indian External Affairs Minister S. Jaishankar on Monday. They reviewed the fourth round of trade talks and energy cooperation.',
      published: '2026-03-10',
      want: [{ type: 'phone_call', people: ['Rubio', 'Jaishankar'], date: '2026-03-09' }],
      meetings: 0,
      why: "'They reviewed the fourth round of trade talks'",
    },
    {
      text: 'GENEVA (Agency) - U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng held a new round of trade talks in Geneva on Monday.',
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Bessent', 'He Lifeng'], date: '2026-03-09', host: 'CHE' }],
      why: 'a round of talks held is a meeting',
    },
  ],
  // (session 14, acc-blind20)
  'events/lexicon (session 14, acc-blind20): "never held a formal bilateral meeting", a holding verb and its article between the negation and the noun': [
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric did not hold a single face-to-face meeting with Argentine President Javier Milei during his term.',
      published: '2025-06-10',
      want: [],
      never: [['Boric', 'Milei']],
      why: 'a meeting never held is none',
    },
    {
      text: 'SANTIAGO (Agency) - Chilean President Gabriel Boric held a formal bilateral meeting with Argentine President Javier Milei on Monday, having never had a chance before.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Boric', 'Milei'], date: '2025-06-09' }],
      why: 'a negation after the meeting does not undo it',
    },
  ],
  'events/exclusions (session 14, acc-blind20): "called Serbia an "ironclad friend"", a country named so, is no call': [
    {
      text: 'BEIJING (Agency) - Xi called Serbia an "ironclad friend" and said China supported its choices, the official Xinhua News Agency reported.',
      published: '2026-04-22',
      want: [],
      calls: 0,
      why: 'calling a country something phones no one',
    },
    {
      text: "BEIJING (Agency) - Chinese President Xi Jinping called Serbia's president on Wednesday to discuss trade.",
      published: '2026-04-22',
      want: [{ type: 'phone_call', people: ['Xi Jinping', 'Vu'], date: '2026-04-22' }],
      why: "a country's president called is phoned",
    },
  ],
  'document (session 14, acc-blind20): "Jens-Frederik Nielsen", halves known only as given names of officials, is one name': [
    {
      text: "OSLO (Agency) - Greenland's premier, Jens-Frederik Nielsen, met Norwegian Prime Minister Jonas Gahr Støre in Oslo on Thursday.",
      published: '2026-06-11',
      want: [{ type: 'meeting', people: ['Jens-Frederik Nielsen', 'Støre'], date: '2026-06-11', host: 'NOR' }],
      names: ['Jens-Frederik Nielsen'],
      why: 'a hyphenated given name stays whole',
    },
    {
      text: 'KAZAN, Russia (Agency) - The Modi-Xi meeting on the sidelines of the BRICS summit on Wednesday lasted 50 minutes.',
      published: '2024-10-24',
      want: [{ type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2024-10-23' }],
      why: 'two names officials go by, joined, are still two people',
    },
  ],
  'events/lexicon (session 14, acc-blind20): an ordinal does not reach a "to" past a verb of saying': [
    {
      text: 'ULAANBAATAR (Agency) - Mongolian President Ukhnaagiin Khurelsukh called Japan a "third neighbor" and said he had accepted an invitation to visit Japan next year.',
      published: '2026-05-14',
      want: [{ type: 'visit', status: 'planned', people: ['Khurelsukh'], date: '2027', host: 'JPN' }],
      why: 'an invitation accepted to visit next year is a plan, whatever "third" stood before',
    },
    {
      text: 'TOKYO (Agency) - Mongolian President Ukhnaagiin Khurelsukh on Thursday became the third foreign leader this year to visit Japan.',
      published: '2026-05-14',
      want: [{ type: 'visit', people: ['Khurelsukh'], host: 'JPN' }],
      why: '"the third leader to visit" still tells a visit made',
    },
  ],
  'refine/default-dates (session 14, acc-blind20): "that month" in a sentence with no date is the month written just before': [
    {
      text: 'OTTAWA (Agency) - Carney has made relations with Europe a priority since taking office in March 2025. His first trip abroad as prime minister was to Paris and London that month, where he met Emmanuel Macron and Keir Starmer.',
      published: '2026-06-11',
      want: [
        { type: 'visit', people: ['Carney'], date: '2025-03', host: 'FRA' },
        { type: 'meeting', people: ['Carney', 'Macron'], date: '2025-03', host: 'FRA' },
      ],
      why: '"that month" is March 2025',
    },
    {
      text: 'OTTAWA (Agency) - Carney has made Europe a priority since taking office in March 2025. He travelled to Paris last week, where he met Emmanuel Macron, as he had promised that year.',
      published: '2026-06-11',
      want: [{ type: 'visit', people: ['Carney'], date: '2026-06', host: 'FRA' }],
      notDated: ['2025'],
      why: 'a sentence with a date of its own keeps it',
    },
  ],
  'knowledge/places (session 14, acc-blind20): Naypyitaw and its spellings are the capital of Myanmar': [
    {
      text: "BANGKOK (Agency) - Thai Foreign Minister Sihasak Phuangketkeow met Myanmar's military leader Min Aung Hlaing in Naypyitaw on Monday.",
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Sihasak', 'Min Aung Hlaing'], date: '2026-03-09', host: 'MMR' }],
      why: 'a meeting in Naypyitaw is in Myanmar',
    },
    {
      text: "BANGKOK (Agency) - Thai Foreign Minister Sihasak Phuangketkeow met Myanmar's military leader Min Aung Hlaing in Bangkok on Monday.",
      published: '2026-03-10',
      want: [{ type: 'meeting', people: ['Sihasak', 'Min Aung Hlaing'], date: '2026-03-09', host: 'THA' }],
      why: 'one in Bangkok is in Thailand',
    },
  ],
  'events/lexicon + document (session 14, acc-blind20): "landed at Tunis-Carthage airport", an airport named for its city and district': [
    {
      text: 'ROME (Agency) - Italian Prime Minister Giorgia Meloni landed at Tunis-Carthage airport on Tuesday morning.',
      published: '2025-11-18',
      want: [{ type: 'visit', people: ['Meloni'], date: '2025-11-18', host: 'TUN' }],
      why: 'landing at a city\'s airport is a journey to its country',
    },
    {
      text: 'ROME (Agency) - Italian Prime Minister Giorgia Meloni landed at the top of the polls on Tuesday.',
      published: '2025-11-18',
      want: [],
      why: 'landing at no place is no journey',
    },
  ],
  'events/status (session 14, acc-blind20): a present simple of the day\'s news, then "before heading to … on Wednesday", is still ahead': [
    {
      text: 'TUNIS (Agency) - Italian Prime Minister Giorgia Meloni meets President Kais Saied in Tunis, before heading to Libya on Wednesday.',
      published: '2025-11-18',
      want: [{ type: 'visit', status: 'planned', people: ['Meloni'], date: '2025-11-19', host: 'LBY' }],
      why: 'a standfirst\'s present tells today; the next leg is the coming Wednesday',
    },
    {
      text: 'TUNIS (Agency) - Italian Prime Minister Giorgia Meloni met President Kais Saied in Tunis on Sunday, before heading to Libya on Monday.',
      published: '2025-11-18',
      want: [{ type: 'visit', people: ['Meloni'], date: '2025-11-17', host: 'LBY' }],
      why: 'after a past tense the leg is past too',
    },
  ],
  'events/shared-subject (session 14, acc-blind20): a subject named by office alone, not the one it met, makes the journey of a participle after': [
    {
      text: 'TUNIS (Agency) - The Italian Prime Minister met President Kais Saied in Tunis on Tuesday before flying to Libya.',
      published: '2025-11-18',
      want: [{ type: 'visit', status: 'planned', people: ['Meloni'], host: 'LBY' }],
      noTrip: ['Saied'],
      why: 'the office is the subject; the president met stays home',
    },
    {
      text: 'TUNIS (Agency) - Italian Prime Minister Giorgia Meloni met President Kais Saied in Tunis on Tuesday before flying to Libya.',
      published: '2025-11-18',
      want: [{ type: 'visit', status: 'planned', people: ['Meloni'], host: 'LBY' }],
      noTrip: ['Saied'],
      why: 'a named subject travels as before',
    },
  ],
  'events/parties (session 14, acc-blind20): one whose arrival or visit marks the time ("the day before Meloni\'s arrival") is no side': [
    {
      text: "TUNIS (Agency) - Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Tunis on Tuesday. On Monday, the day before Meloni's arrival, Saied received Prime Minister Sara Zaafrani Zenzri at Carthage Palace, the presidency said.",
      published: '2025-11-18',
      want: [{ type: 'meeting', people: ['Meloni', 'Saied'], date: '2025-11-18', host: 'TUN' }],
      never: [['Saied', 'Zenzri']],
      why: "the president's own prime minister, received the day before, joins no talks with the guest",
    },
    {
      text: "TUNIS (Agency) - Tunisian President Kais Saied praised the deal on Monday, the day before Meloni's visit to Tunis.",
      published: '2025-11-18',
      want: [{ type: 'visit', people: ['Meloni'], host: 'TUN' }],
      why: 'the visit that marks the time is still her visit',
    },
  ],
  'events/candidates (session 14, acc-blind20): a bare "the two" after a pair of leaders means the leader told last in place of his compatriot': [
    {
      text: 'BEIJING (Agency) - Serbian President Aleksandar Vucic held talks with Chinese Premier Li Qiang on Tuesday. Chinese President Xi Jinping visited Belgrade in May 2024. The two last met in September, when Vucic attended a military parade in Beijing.',
      published: '2026-04-22',
      want: [{ type: 'meeting', people: ['Vucic', 'Xi Jinping'], date: '2025-09' }],
      never: [['Li Qiang', 'Vucic', 'Xi Jinping']],
      why: '"the two" are Xi, told last, and Vucic',
    },
    {
      text: 'BEIJING (Agency) - Serbian President Aleksandar Vucic held talks with Chinese Premier Li Qiang on Tuesday. The two last met in September in Tianjin.',
      published: '2026-04-22',
      want: [{ type: 'meeting', people: ['Vucic', 'Li Qiang'], date: '2025-09' }],
      why: 'with no other leader told, the pair stays',
    },
  ],
  'events/lexicon (session 14, acc-blind20): a state occasion attended in a city named after it is a journey there': [
    {
      text: 'BELGRADE (Agency) - Serbian President Aleksandar Vucic attended a military parade in Beijing in September.',
      published: '2026-04-22',
      want: [{ type: 'visit', people: ['Vucic'], date: '2025-09', host: 'CHN' }],
      why: 'attending a parade in Beijing is going there',
    },
    {
      text: 'BELGRADE (Agency) - Serbian President Aleksandar Vucic attended a ceremony at the Chinese embassy on Monday.',
      published: '2026-04-22',
      want: [],
      visits: 0,
      why: 'an occasion at an embassy at home is no journey',
    },
  ],
  'events/visit-parts (session 14, acc-blind20): ", and Lula said he would travel to" makes the speaker the traveller': [
    {
      text: 'BRASILIA (Agency) - Mozambican President Daniel Chapo is expected in Brasília in September, and Lula said he would travel to Ethiopia next February.',
      published: '2025-06-02',
      want: [{ type: 'visit', status: 'planned', people: ['Lula'], date: '2026-02', host: 'ETH' }],
      why: 'the one who says "he" of himself after ", and" is the subject',
    },
    {
      text: 'BRASILIA (Agency) - Mozambican President Daniel Chapo met Lula in Brasília, and said he would travel to Ethiopia next February.',
      published: '2025-06-02',
      want: [{ type: 'visit', status: 'planned', people: ['Chapo'], date: '2026-02', host: 'ETH' }],
      noTrip: ['Lula'],
      why: 'with no subject of its own after ", and", the sentence\'s subject goes on',
    },
  ],
  'events/lexicon (session 14, acc-blind20): "one of few EU leaders to attend" reports what was done': [
    {
      text: 'TBILISI (Agency) - Slovak Prime Minister Robert Fico was one of few EU leaders to travel to Moscow in May 2025.',
      published: '2026-04-14',
      want: [{ type: 'visit', people: ['Fico'], date: '2025-05', host: 'RUS' }],
      why: 'one of a few who went, went',
    },
    {
      text: 'TBILISI (Agency) - Slovak Prime Minister Robert Fico is expected in a few weeks to visit Moscow.',
      published: '2026-04-14',
      want: [{ type: 'visit', status: 'planned', people: ['Fico'], host: 'RUS' }],
      why: '"in a few weeks to visit" is still ahead',
    },
  ],
  'refine/default-dates (session 14, acc-blind20): talks held beside the principal\'s ("who is traveling with", "a separate meeting") are of their day and place': [
    {
      text: 'ULAANBAATAR (Agency) - Japanese Prime Minister Sanae Takaichi met Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Thursday. Foreign Minister Toshimitsu Motegi, who is traveling with Takaichi, held separate talks with his Mongolian counterpart, Battsetseg Batmunkh.',
      published: '2026-05-14',
      want: [{ type: 'meeting', people: ['Motegi', 'Battsetseg'], date: '2026-05-14', host: 'MNG' }],
      why: 'one travelling with the prime minister holds his talks that day, there',
    },
    {
      text: 'TBILISI (Agency) - Slovak Prime Minister Robert Fico met Georgian Prime Minister Irakli Kobakhidze in Tbilisi on Tuesday. The foreign ministers of the two countries, Juraj Blanár and Maka Botchorishvili, held a separate meeting.',
      published: '2026-04-14',
      want: [{ type: 'meeting', people: ['Blanár', 'Botchorishvili'], date: '2026-04-14', host: 'GEO' }],
      why: 'a separate meeting of the same two countries is beside the leaders\'',
    },
    {
      text: 'TBILISI (Agency) - Slovak Prime Minister Robert Fico met Georgian Prime Minister Irakli Kobakhidze in Tbilisi on Tuesday. The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, held a separate meeting in Abu Dhabi.',
      published: '2026-04-14',
      want: [{ type: 'meeting', people: ['Mirzoyan', 'Bayramov'], host: 'ARE' }],
      dated: [['Mirzoyan', 'meeting', '2026-04']],
      why: 'separate talks of other countries are not of the leaders\' day',
    },
  ],
  'events/exclusions (session 14, acc-blind20): "talks on joining the bloc", accession talks, are a country\'s process, no exchange': [
    {
      text: 'TBILISI (Agency) - The foreign ministers of the two countries, Juraj Blanár and Maka Botchorishvili, held a separate meeting and signed an agreement. The EU froze Georgia\'s accession process in 2024. Thousands of people took to the streets in late 2024 after Kobakhidze announced the government would suspend talks on joining the bloc until 2028, and protests have continued.',
      published: '2026-04-14',
      want: [{ type: 'meeting', people: ['Blanár', 'Botchorishvili'], date: '2026-04' }],
      notDated: ['2028'],
      why: 'suspended accession talks are no meeting of the ministers told before',
    },
    {
      text: 'TBILISI (Agency) - The foreign ministers of the two countries, Juraj Blanár and Maka Botchorishvili, held a separate meeting and signed an agreement. The EU froze Georgia\'s accession process in 2024. Kobakhidze said the two would hold talks on trade in Bratislava in 2027.',
      published: '2026-04-14',
      want: [{ type: 'meeting', status: 'planned', people: ['Blanár', 'Botchorishvili'], date: '2027', host: 'SVK' }],
      why: 'talks on trade are still talks',
    },
  ],
  'events/date-for (session 14, acc-blind20): "visited Belgrade in May 2024, …, on a European tour that also took him to France": the tour shares the date': [
    {
      text: 'BELGRADE (Agency) - Chinese President Xi Jinping visited Belgrade in May 2024, the first trip by a Chinese leader to Serbia since 2016, on a European tour that also took him to France and Hungary.',
      published: '2026-04-22',
      want: [
        { type: 'visit', people: ['Xi Jinping'], date: '2024-05', host: 'FRA' },
        { type: 'visit', people: ['Xi Jinping'], date: '2024-05', host: 'HUN' },
      ],
      notDated: ['2026'],
      why: 'the other stops of the tour are of its month',
    },
    {
      text: 'BELGRADE (Agency) - Chinese President Xi Jinping visited Belgrade in May 2024, and in April he flew to Budapest on a trip that also took him to Paris.',
      published: '2026-04-22',
      want: [{ type: 'visit', people: ['Xi Jinping'], date: '2026-04', host: 'HUN' }],
      why: 'a later trip with a date of its own keeps it',
    },
  ],
  'knowledge/offices (session 14, acc-blind20): a European commissioner by portfolio ("EU Enlargement Commissioner Marta Kos") is a minister of the EU': [
    {
      text: 'BELGRADE (Agency) - EU Enlargement Commissioner Marta Kos visited Belgrade in March and met Serbian President Aleksandar Vucic.',
      published: '2026-04-22',
      want: [
        { type: 'visit', people: ['Marta Kos'], date: '2026-03', host: 'SRB', countries: ['EUR'] },
        { type: 'meeting', people: ['Marta Kos', 'Vu'], date: '2026-03', host: 'SRB' },
      ],
      why: 'the commissioner is a named side of the EU',
    },
    {
      text: 'BELGRADE (Agency) - Police Commissioner John Smith met Serbian President Aleksandar Vucic in March.',
      published: '2026-04-22',
      want: [],
      why: 'a police commissioner is no side of a state',
    },
  ],
  'mentions/people + refine/default-dates (session 14, acc-blind20): "Their foreign ministers, A of Argentina and B of Chile, held talks": two named ministers, beside their leaders': [
    {
      text: 'BUENOS AIRES (Agency) - Chilean President José Antonio Kast met Argentine President Javier Milei at the Casa Rosada on Wednesday. Their foreign ministers, Pablo Quirno of Argentina and Francisco Pérez Mackenna of Chile, held talks on a joint proposal to modernize the Mercosur trade bloc.',
      published: '2026-03-25',
      want: [{ type: 'meeting', people: ['Quirno', 'Pérez Mackenna'], date: '2026-03-25', host: 'ARG', countries: ['ARG', 'CHL'] }],
      why: 'each name with its country after "of", on the leaders\' day',
    },
    {
      text: 'TOKYO (Agency) - The two foreign ministers, Yoko Kamikawa of Japan and Cho Tae-yul of South Korea, held talks in Tokyo on Monday.',
      published: '2024-06-11',
      want: [{ type: 'meeting', people: ['Kamikawa', 'Cho Tae-yul'], date: '2024-06-10', host: 'JPN' }],
      why: 'known names keep their own day and place',
    },
  ],
  'events/candidates (session 14, acc-blind20): "…, where the two met" after a sentence that names two people of two countries are those two': [
    {
      text: "BUENOS AIRES (Agency) - Argentine Foreign Minister Pablo Quirno met Chilean Foreign Minister Francisco Pérez Mackenna on Monday. Chilean President José Antonio Kast visited Argentine President Javier Milei in Buenos Aires in December, and Milei attended Kast's inauguration in Valparaíso on March 11, where the two met briefly after the ceremony.",
      published: '2026-03-25',
      want: [{ type: 'meeting', people: ['Kast', 'Milei'], date: '2026-03-11', host: 'CHL' }],
      never: [['Quirno', 'Kast'], ['Quirno', 'Milei']],
      dated: [['Quirno', 'meeting', '2026-03-23']],
      why: '"the two" are the presidents the sentence names, not the ministers told before',
    },
    {
      text: 'MADRID (Agency) - Argentine President Javier Milei and his economy minister Luis Caputo flew to Madrid on Monday, where the two met Spanish Prime Minister Pedro Sánchez.',
      published: '2024-06-11',
      want: [{ type: 'meeting', people: ['Sánchez'], date: '2024-06-10', host: 'ESP' }],
      never: [['Milei', 'Caputo', 'Sánchez', 'Kast']],
      why: 'two of one country are no pair of sides',
    },
  ],
  'events/status (session 14, acc-blind20): "A planned visit …, which officials had expected in March, has been postponed": the predicate past the relative clause undoes the plan': [
    {
      text: 'COLOMBO (Agency) - A planned visit to Sri Lanka by Chinese Premier Li Qiang, which Sri Lankan officials had expected in March, has been postponed, two government sources said.',
      published: '2026-02-18',
      want: [{ type: 'visit', status: 'postponed', people: ['Li Qiang'], host: 'LKA' }],
      why: 'what befell the plan, past the clause about it',
    },
    {
      text: 'COLOMBO (Agency) - A planned visit to Sri Lanka by Chinese Premier Li Qiang, which Sri Lankan officials had expected in March, is now set for April, two government sources said.',
      published: '2026-02-18',
      want: [{ type: 'visit', status: 'planned', people: ['Li Qiang'], date: '2026-04', host: 'LKA' }],
      why: 'a plan set anew stays a plan',
    },
  ],
  'events/candidates (session 14, acc-blind20): "visited Argentine President Javier Milei at the Casa Rosada" is a meeting with him too': [
    {
      text: 'BUENOS AIRES (Agency) - Chilean President José Antonio Kast visited Argentine President Javier Milei at the Casa Rosada in December.',
      published: '2026-03-25',
      want: [
        { type: 'visit', people: ['Kast'], date: '2025-12', host: 'ARG' },
        { type: 'meeting', people: ['Kast', 'Milei'], date: '2025-12', host: 'ARG' },
      ],
      why: 'a person visited is met',
    },
    {
      text: 'BUENOS AIRES (Agency) - Chilean President José Antonio Kast visited Buenos Aires in December.',
      published: '2026-03-25',
      want: [{ type: 'visit', people: ['Kast'], date: '2025-12', host: 'ARG' }],
      meetings: 0,
      why: 'a city visited meets no one',
    },
  ],
  'events/lexicon + status (session 14, acc-blind20): an occasion abroad said not to be attended ("would not travel to Moscow for the parade") is a journey declined': [
    {
      text: 'BEIJING (Agency) - Serbian President Aleksandar Vucic said he would not travel to Moscow for the Victory Day parade on May 9 this year.',
      published: '2026-04-22',
      want: [{ type: 'visit', status: 'declined', people: ['Vucic'], host: 'RUS' }],
      why: 'a refusal to go to an occasion abroad, as one skipped',
    },
    {
      text: 'BEIJING (Agency) - Chinese President Xi Jinping will not attend the G20 summit in New Delhi, the foreign ministry said.',
      published: '2023-09-05',
      want: [{ type: 'visit', status: 'declined', people: ['Xi Jinping'], host: 'IND' }],
      why: '"will not attend" the summit in a city is its journey declined',
    },
    {
      text: 'BEIJING (Agency) - Serbian President Aleksandar Vucic said he would not travel to Moscow.',
      published: '2026-04-22',
      want: [],
      visits: 0,
      why: 'a journey said not to be made, with no occasion refused, is none',
    },
    {
      text: 'BEIJING (Agency) - Serbian President Aleksandar Vucic will not attend the ceremony.',
      published: '2026-04-22',
      want: [],
      visits: 0,
      why: 'an occasion with no place gives no journey',
    },
  ],
  'events/visit-parts (session 14, acc-blind20): "made New Delhi the destination of his first foreign trip" is a journey there': [
    {
      text: 'COLOMBO (Agency) - Sri Lankan President Anura Kumara Dissanayake made New Delhi the destination of his first foreign trip as president in December 2024.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Dissanayake'], date: '2024-12', host: 'IND' }],
      why: 'the destination made of a city is where the trip went',
    },
    {
      text: 'COLOMBO (Agency) - Sri Lankan President Anura Kumara Dissanayake made New Delhi the target of his criticism during his first foreign trip as president in December 2024.',
      published: '2026-02-18',
      want: [],
      visits: 0,
      why: 'a city made a target is no destination',
    },
  ],
  'events/exclusions (session 14, acc-blind20): "should be in Washington negotiating with", urged with no time, is no plan': [
    {
      text: 'OTTAWA (Agency) - Conservative leader Pierre Poilievre said Prime Minister Mark Carney should be in Washington negotiating with US President Donald Trump on tariffs.',
      published: '2026-06-11',
      want: [],
      why: 'what the opposition says the prime minister should be doing is no exchange',
    },
    {
      text: 'OTTAWA (Agency) - Canadian Prime Minister Mark Carney should be in Washington on Monday, meeting US President Donald Trump.',
      published: '2026-06-11',
      want: [{ type: 'meeting', status: 'planned', people: ['Carney', 'Trump'], date: '2026-06-15', host: 'USA' }],
      why: 'with its day, it is an expectation',
    },
  ],
  // (session 14, acc-blind21)
  'events/status (acc-blind21, session 14): a present-simple journey on a day written without its year, after the news, is a schedule': [
    {
      text: 'SINGAPORE - Indonesian President Prabowo Subianto held talks with Prime Minister Lawrence Wong on June 15. Prabowo leaves for Kuala Lumpur on June 16, where he is expected to meet Prime Minister Anwar Ibrahim.',
      published: '2026-06-15',
      want: [{ type: 'visit', status: 'planned', people: ['Prabowo'], date: '2026-06-16', host: 'MYS' }],
      notDated: ['2025'],
      why: 'the day after the news is ahead: planned, in the news year',
    },
    {
      text: 'SINGAPORE - Indonesian President Prabowo Subianto held talks with Prime Minister Lawrence Wong on June 15. Prabowo leaves for Kuala Lumpur on June 16, where he is expected to meet Prime Minister Anwar Ibrahim.',
      published: '2026-06-18',
      want: [{ type: 'visit', people: ['Prabowo'], date: '2026-06-16', host: 'MYS' }],
      why: 'a day before the news in the present simple is told, not scheduled',
    },
  ],
  'events/date-for (acc-blind21, session 14): "visited X in October 2023, days after …, and met Y": the verb after an aside shares the date': [
    {
      text: "Ramaphosa's last visit to Kenya was for the regional summit in 2024. Ruto visited South Africa in March 2025, weeks after the G20 ministers' meeting, and met Ramaphosa in Pretoria.",
      published: '2026-10-20',
      want: [{ type: 'meeting', people: ['Ruto', 'Ramaphosa'], date: '2025-03', host: 'ZAF' }],
      why: 'the meeting has no date of its own: it is of the visit told before the aside',
    },
    {
      text: "Ramaphosa's last visit to Kenya was for the regional summit in 2024. Ruto visited South Africa in March 2025, weeks after the G20 ministers' meeting, and met Ramaphosa in Nairobi in May 2026.",
      published: '2026-10-20',
      want: [{ type: 'meeting', people: ['Ruto', 'Ramaphosa'], date: '2026-05' }],
      dated: [['Ruto', 'meeting', '2026-05']],
      why: 'a verb with a date of its own keeps it',
    },
  ],
  'events/exclusions (acc-blind21, session 14): \'called Japan "a troublemaker"\' names a country, no one phoned': [
    {
      text: 'Chinese Foreign Ministry spokesman Lin Jian called Japan "a troublemaker in the region" at a regular briefing on Tuesday.',
      published: '2026-03-11',
      want: [],
      calls: 0,
      why: 'a quote right after the country is what it was called',
    },
    {
      text: "Chinese Foreign Ministry spokesman Lin Jian said Foreign Minister Wang Yi called Japan's Foreign Minister Toshimitsu Motegi on Tuesday to discuss the summit.",
      published: '2026-03-11',
      want: [{ type: 'phone_call', people: ['Wang Yi', 'Motegi'], date: '2026-03-10' }],
      why: "the country's minister after its possessive was phoned",
    },
  ],
  'events/lexicon (acc-blind21, session 14): "landed at" an airport is an arrival, as "landed in" a city is': [
    {
      text: 'Kenyan President William Ruto held talks with President Samia Suluhu Hassan at State House in Dar es Salaam on Tuesday, the first day of a state visit. Ruto, who landed at Julius Nyerere International Airport on Monday evening, was welcomed by a guard of honour.',
      published: '2026-05-12',
      want: [{ type: 'visit', people: ['Ruto'], date: '2026-05-11', host: 'TZA' }],
      why: 'the stay begins on the day of the landing',
    },
    {
      text: 'A first shipment of Chinese vaccines landed at Kotoka International Airport on Sunday, Health Minister Kwabena Mintah Akandoh said.',
      published: '2026-05-12',
      want: [],
      visits: 0,
      why: 'a shipment that landed brings no one',
    },
  ],
  'text/dateline and refine/default-dates (acc-blind21, session 14): a dateline under a head of short lines places the news day\'s trip': [
    {
      text: "Museveni meets Ruto on oil pipeline; trade disputes on agenda\n\nUgandan leader's visit comes as the two neighbours seek to settle a row over milk and sugar exports\n\nAmina Wekesa\nPolitical Correspondent\nUPDATED JUN 15, 2026, 06:10 PM\n\nNAIROBI - Ugandan President Yoweri Museveni held talks with President William Ruto at State House on June 15, in his first official visit since the row over dairy exports began.\n\nThe Ugandan leader, who arrived on the evening of June 14 for a two-day visit, was accompanied by Foreign Minister Jeje Odongo.\n\nMr Ruto, for his part, made a state visit to Tanzania in May 2025 and a working visit to Tanzania in January 2026.",
      published: '2026-06-15',
      want: [
        { type: 'meeting', people: ['Museveni', 'Ruto'], date: '2026-06-15', host: 'KEN' },
        { type: 'visit', people: ['Museveni'], host: 'KEN' },
      ],
      notHosted: [['TZA', 'Museveni']],
      why: 'the dateline under a byline and a time stamp is where the news is; the guest who arrived the day before came there',
    },
    {
      text: "Ruto back from Kampala; pipeline deal signed\n\nKenyan leader says the row over dairy exports is settled\n\nAmina Wekesa\nPolitical Correspondent\nUPDATED JUN 15, 2026, 06:10 PM\n\nNAIROBI - President William Ruto, who returned on the evening of June 14 from a two-day visit, told Parliament on June 15 that the row over dairy exports was settled.\n\nMr Ruto made a state visit to Tanzania in May 2025 and a working visit to Tanzania in January 2026.",
      published: '2026-06-15',
      want: [{ type: 'visit', people: ['Ruto'], date: '2025-05', host: 'TZA' }],
      notHosted: [['KEN', 'Ruto']],
      why: 'a trip of the dateline country\'s own leader is not to his own country',
    },
  ],
  'text/sentence-breaks and mentions/people (acc-blind21, session 14): ranks joined by a hyphen ("Lt.-Gen.") end no sentence and name no one': [
    {
      text: 'Israeli Defense Minister Israel Katz met Egyptian army chief Lt.-Gen. Ahmed Khalifa in Cairo on Tuesday.',
      published: '2026-10-21',
      want: [{ type: 'meeting', people: ['Katz', 'Ahmed Khalifa'], date: '2026-10-20', host: 'EGY' }],
      names: ['Ahmed Khalifa'],
      why: 'the rank stands before the name, in one sentence',
    },
    {
      text: 'Egyptian President Abdel Fattah al-Sisi said Israel must accept a cease-fire. Sisi met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Cairo on Tuesday.',
      published: '2026-10-21',
      want: [{ type: 'meeting', people: ['Sisi', 'Abdulrahman'], date: '2026-10-20', host: 'EGY' }],
      meetings: 1,
      why: 'a hyphenated word that is no rank still ends its sentence',
    },
  ],
  'refine/merge (acc-blind21, session 14): "X also met members of …" is one more exchange, not the talks told before': [
    {
      text: 'South African Minister of International Relations Ronald Lamola flew home from Washington on Saturday after a visit that produced a meeting with Deputy Secretary of State Christopher Landau. Lamola met Landau at the State Department on Thursday. Lamola also met members of the Congressional Black Caucus and the heads of several US firms with investments in South Africa.',
      published: '2026-08-30',
      want: [{ type: 'meeting', people: ['Lamola', 'Landau'], date: '2026-08-27' }],
      notHosted: [['ZAF', 'Landau']],
      why: 'the later meeting, with no one the talks named, keeps its place out of them',
    },
    {
      text: 'Kenyan Foreign Minister Musalia Mudavadi met Deputy Secretary of State Christopher Landau at the State Department in Washington on Thursday. Mudavadi also met Landau over dinner that evening.',
      published: '2026-08-30',
      want: [{ type: 'meeting', people: ['Mudavadi', 'Landau'], date: '2026-08-27', host: 'USA' }],
      meetings: 1,
      why: 'an "also" with the same counterpart on the same day is the same exchange',
    },
  ],
  'events/date-for (acc-blind21, session 14): "a visit that had been announced in February" dates the announcement, not the visit': [
    {
      text: 'Chinese Premier Li Qiang held talks with Prime Minister Anthony Albanese in Canberra on Monday, a day after arriving on a visit that had been announced in February and then put off.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Li Qiang'], date: '2026-05-03', host: 'AUS' }],
      notDated: ['2026-02'],
      why: 'the month the plan was made known is no date of the trip',
    },
    {
      text: 'Chinese Premier Li Qiang visited Canberra in February, and held talks with Prime Minister Anthony Albanese.',
      published: '2026-05-08',
      want: [{ type: 'visit', people: ['Li Qiang'], date: '2026-02', host: 'AUS' }],
      why: 'a month told of the visit itself still dates it',
    },
  ],
  'events/date-for (acc-blind21, session 14): a plan told in "would" under a dated saying is reckoned from the saying': [
    {
      text: 'Foreign Ministry spokesperson Lin Jian announced on Feb. 20 that Chinese Premier Li Qiang would visit Australia on March 14 and 15.',
      published: '2026-05-08',
      want: [{ type: 'visit', status: 'planned', people: ['Li Qiang'], date: '2026-03-14', host: 'AUS' }],
      notDated: ['2027'],
      why: 'the first March 14 after February 20, not after the news',
    },
    {
      text: 'Foreign Ministry spokesperson Lin Jian announced on May 2 that Chinese Premier Li Qiang would visit Australia on March 14 and 15.',
      published: '2026-05-08',
      want: [{ type: 'visit', status: 'planned', people: ['Li Qiang'], date: '2027-03-14', host: 'AUS' }],
      why: 'a March after a saying of May is the next year\'s',
    },
  ],
  'events/date-for (acc-blind21, session 14): "The last X to travel to Y was Z, who … in March 2022" dates the trip by the clause on Z': [
    {
      text: "The last Peruvian president to travel to Bolivia was Pedro Castillo, who attended Luis Arce's swearing-in in La Paz in November 2020.",
      published: '2026-05-11',
      want: [{ type: 'visit', people: ['Castillo'], date: '2020-11', host: 'BOL' }],
      why: 'the one the superlative names did it then',
    },
    {
      text: 'The last Peruvian president to travel to Bolivia was Pedro Castillo, whom Congress has investigated since 2023.',
      published: '2026-05-11',
      want: [{ type: 'visit', people: ['Castillo'], host: 'BOL' }],
      notDated: ['2023'],
      why: 'a date of something else said of him is not the trip\'s',
    },
  ],
  'refine/default-dates (acc-blind21, session 14): one the lead\'s traveller was "accompanied by" is of the lead\'s day': [
    {
      text: 'Italian President Sergio Mattarella arrived in Vienna on the morning of May 12 and met President Alexander Van der Bellen at the Hofburg. Mattarella announced a new cultural programme. "Austria is a friend," Mattarella said. Mattarella traveled to Vienna by train, accompanied by Foreign Minister Antonio Tajani, who held separate talks with his Austrian counterpart Beate Meinl-Reisinger.',
      published: '2026-05-12',
      want: [
        { type: 'visit', people: ['Tajani'], date: '2026-05-12', host: 'AUT' },
        { type: 'meeting', people: ['Tajani', 'Meinl-Reisinger'], date: '2026-05-12', host: 'AUT' },
      ],
      why: 'the companion came on the lead trip, whose day it is',
    },
    {
      text: 'Italian President Sergio Mattarella arrived in Vienna on the morning of May 12 and met President Alexander Van der Bellen at the Hofburg. Mattarella announced a new cultural programme. "Austria is a friend," Mattarella said. Separately, Foreign Minister Antonio Tajani held talks with his Austrian counterpart Beate Meinl-Reisinger in Rome.',
      published: '2026-05-12',
      want: [{ type: 'meeting', people: ['Tajani', 'Meinl-Reisinger'] }],
      dated: [['Meinl-Reisinger', 'meeting', '2026-05']],
      why: 'talks of another with no tie to the lead trip keep the month',
    },
  ],
  'refine/split (acc-blind21, session 14): "previous visits were in March 2019, when …, and in August 2022" are two visits': [
    {
      text: "Portuguese President Marcelo Rebelo de Sousa arrived in Luanda on Monday. Rebelo de Sousa's previous visits were in March 2019, when he addressed parliament, and in August 2022, for the funeral of a former president.",
      published: '2026-09-16',
      want: [
        { type: 'visit', people: ['Rebelo de Sousa'], date: '2019-03', host: 'AGO' },
        { type: 'visit', people: ['Rebelo de Sousa'], date: '2022-08', host: 'AGO' },
      ],
      visits: 3,
      why: 'a plural noun with two times, each after "in", tells a visit at each',
    },
    {
      text: "Portuguese President Marcelo Rebelo de Sousa arrived in Luanda on Monday. Rebelo de Sousa's previous visit was in March 2019, when he addressed parliament, and in August 2022 he sent a message of condolence.",
      published: '2026-09-16',
      want: [{ type: 'visit', people: ['Rebelo de Sousa'], date: '2019-03', host: 'AGO' }],
      visits: 2,
      why: 'one visit, and a time of something else',
    },
  ],
  'knowledge/officials (acc-blind21, session 14): India\'s prime ministers before 1991 (Indira Gandhi, Rajiv Gandhi, V. P. Singh, Chandra Shekhar)': [
    {
      text: 'In November 1987, Prime Minister Rajiv Gandhi visited Malé, weeks after Indian troops helped put down a coup attempt.',
      published: '2026-02-20',
      want: [{ type: 'visit', people: ['Rajiv Gandhi'], date: '1987-11', host: 'MDV', countries: ['IND'] }],
      why: 'a prime minister of 1987 is India\'s by the knowledge of that date',
    },
    {
      text: 'Congress leader Rahul Gandhi met Sri Lankan President Anura Kumara Dissanayake in Colombo on Friday.',
      published: '2026-02-20',
      want: [],
      never: [['Rajiv'], ['Indira']],
      why: 'a namesake of today is none of them',
    },
  ],
  'events/speakers (acc-blind21, session 14): "since X\'s visit to Y in July 2024" tells X\'s visit, as "since X visited" does': [
    {
      text: 'Japanese Foreign Minister Takeshi Iwaya spoke by phone with Chinese Foreign Minister Wang Yi on Monday, their first call since Iwaya\'s visit to Beijing in December 2024.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Iwaya'], date: '2024-12', host: 'CHN' }],
      why: 'the one whose trip the "since" bounds made it',
    },
    {
      text: 'Japanese Foreign Minister Takeshi Iwaya spoke by phone with Chinese Foreign Minister Wang Yi on Monday, their first call since Ishiba\'s election in October 2024.',
      published: '2025-06-10',
      want: [{ type: 'phone_call', people: ['Iwaya', 'Wang Yi'], date: '2025-06-09' }],
      never: [['Ishiba']],
      why: 'one whose election the "since" bounds is no side',
    },
  ],
  'knowledge/places and events/speakers (acc-blind21, session 14): "since X\'s tense Oval Office meeting with Y on …" tells that meeting, in the White House': [
    {
      text: "Canadian Foreign Minister Anita Anand met Secretary of State Marco Rubio in Washington on Monday, the most senior Canadian visit since Prime Minister Mark Carney's tense Oval Office meeting with President Donald Trump on 6 May 2025.",
      published: '2025-09-10',
      want: [{ type: 'meeting', people: ['Carney', 'Trump'], date: '2025-05-06', host: 'USA' }],
      why: 'the meeting the "since" bounds took place, and the Oval Office is in the White House',
    },
    {
      text: 'Canadian Foreign Minister Anita Anand met Secretary of State Marco Rubio in Washington on Monday. Prime Minister Mark Carney has not set foot in the Oval Office since May, his office said.',
      published: '2025-09-10',
      want: [{ type: 'meeting', people: ['Anand', 'Rubio'], date: '2025-09-08', host: 'USA' }],
      never: [['Carney', 'Trump']],
      why: 'a room named with no one met there tells no meeting',
    },
  ],
  'refine/default-dates (acc-blind21, session 14): "also" goes on with the day of an exchange of its own kind, before the same story\'s nearer journey': [
    {
      text: "SINGAPORE - Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong at the Istana on June 15, in the first official visit to Singapore by a Chinese premier since his predecessor, the late Li Keqiang, came in November 2018.\n\nThe premier, who arrived on the evening of June 14 for a three-day visit, was accompanied by Foreign Minister Wang Yi and Commerce Minister Wang Wentao.\n\nMr Li also called on President Tharman Shanmugaratnam, and was hosted to lunch by Senior Minister Lee Hsien Loong. SM Lee, who was prime minister when the two countries upgraded ties to an \"all-round high-quality future-oriented partnership\" in 2023, told the premier that Singapore valued China's steady engagement with the region, according to a statement from the Prime Minister's Office.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Tharman'], date: '2026-06-15', host: 'SGP' }],
      why: 'the call on the president goes on with the talks, not with the arrival the evening before',
    },
    {
      text: "SINGAPORE - Vietnamese Prime Minister Pham Minh Chinh arrived on the evening of June 14 for a three-day visit. Mr Chinh and Prime Minister Lawrence Wong last met in Hanoi on 30 December. Mr Chinh also called on President Tharman Shanmugaratnam.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Chinh', 'Tharman'] }],
      dated: [['Tharman', 'meeting', '2026-06-14']],
      why: 'a meeting recalled as the last one is no day for "also" to go on with',
    },
  ],
  'refine/default-dates (acc-blind21, session 14): "In the afternoon," opening a sentence goes on with the day of the exchange told just before': [
    {
      text: "SINGAPORE - Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong at the Istana on June 15, in the first official visit to Singapore by a Chinese premier since his predecessor, the late Li Keqiang, came in November 2018.\n\nThe premier, who arrived on the evening of June 14 for a three-day visit, was accompanied by Foreign Minister Wang Yi and Commerce Minister Wang Wentao.\n\nMr Li also called on President Tharman Shanmugaratnam, and was hosted to lunch by Senior Minister Lee Hsien Loong. SM Lee, who was prime minister when the two countries upgraded ties to an \"all-round high-quality future-oriented partnership\" in 2023, told the premier that Singapore valued China's steady engagement with the region, according to a statement from the Prime Minister's Office.\n\nIn the afternoon, Foreign Minister Vivian Balakrishnan met his Chinese counterpart at the Ministry of Foreign Affairs. The two foreign ministers discussed the South China Sea code of conduct, which Asean and China aim to conclude this year. Trade and Industry Minister Gan Kim Yong and the Chinese commerce minister, meanwhile, co-chaired a meeting of the Singapore-China Joint Council for Bilateral Cooperation's working committee, a body that Deputy Prime Minister Gan and Chinese Vice-Premier Ding Xuexiang oversee.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Balakrishnan', 'Wang Yi'], date: '2026-06-15', host: 'SGP' }],
      why: 'the afternoon of the day of the premier\'s calls',
    },
    {
      text: "SINGAPORE - Vietnamese Prime Minister Pham Minh Chinh arrived on the evening of June 14 for a three-day visit. Mr Chinh and Prime Minister Lawrence Wong last met in Hanoi on 30 December. In the afternoon, Foreign Minister Vivian Balakrishnan met his Vietnamese counterpart Bui Thanh Son.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Balakrishnan', 'Bui Thanh Son'] }],
      dated: [['Balakrishnan', 'meeting', '2026-06-14']],
      why: 'not the afternoon of a meeting recalled as the last one',
    },
  ],
  'refine/default-dates (acc-blind21, session 14): "X, meanwhile, co-chaired a meeting" goes on with the day of the exchange told just before': [
    {
      text: "SINGAPORE - Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong at the Istana on June 15, in the first official visit to Singapore by a Chinese premier since his predecessor, the late Li Keqiang, came in November 2018.\n\nThe premier, who arrived on the evening of June 14 for a three-day visit, was accompanied by Foreign Minister Wang Yi and Commerce Minister Wang Wentao.\n\nMr Li also called on President Tharman Shanmugaratnam, and was hosted to lunch by Senior Minister Lee Hsien Loong. SM Lee, who was prime minister when the two countries upgraded ties to an \"all-round high-quality future-oriented partnership\" in 2023, told the premier that Singapore valued China's steady engagement with the region, according to a statement from the Prime Minister's Office.\n\nIn the afternoon, Foreign Minister Vivian Balakrishnan met his Chinese counterpart at the Ministry of Foreign Affairs. The two foreign ministers discussed the South China Sea code of conduct, which Asean and China aim to conclude this year. Trade and Industry Minister Gan Kim Yong and the Chinese commerce minister, meanwhile, co-chaired a meeting of the Singapore-China Joint Council for Bilateral Cooperation's working committee, a body that Deputy Prime Minister Gan and Chinese Vice-Premier Ding Xuexiang oversee.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Gan Kim Yong', 'Wang Wentao'], date: '2026-06-15', host: 'SGP' }],
      why: 'meanwhile: the day of the calls told just before',
    },
    {
      text: "SINGAPORE - Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong at the Istana on June 15, in the first official visit to Singapore by a Chinese premier since his predecessor, the late Li Keqiang, came in November 2018.\n\nThe premier, who arrived on the evening of June 14 for a three-day visit, was accompanied by Foreign Minister Wang Yi and Commerce Minister Wang Wentao.\n\nMr Li also called on President Tharman Shanmugaratnam, and was hosted to lunch by Senior Minister Lee Hsien Loong. SM Lee, who was prime minister when the two countries upgraded ties to an \"all-round high-quality future-oriented partnership\" in 2023, told the premier that Singapore valued China's steady engagement with the region, according to a statement from the Prime Minister's Office.\n\nTrade and Industry Minister Gan Kim Yong, meanwhile, met Chinese Commerce Minister Wang Wentao in Beijing on May 2.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Gan Kim Yong', 'Wang Wentao'], date: '2026-05-02' }],
      why: 'a meeting with a day of its own keeps it',
    },
  ],
  'events/date-for (acc-blind21, session 14): "lands on the afternoon of June 16 for a state visit", told on the 15th, is a visit ahead': [
    {
      text: 'BANGKOK - Indian Prime Minister Narendra Modi lands on the afternoon of June 16 for a state visit, his first to Thailand since 2019.',
      published: '2026-06-15',
      want: [{ type: 'visit', status: 'planned', people: ['Modi'], date: '2026-06-16', host: 'THA' }],
      notDated: ['2025-06'],
      why: 'the visit a present-simple journey on a day after the news is for lies ahead',
    },
    {
      text: 'BANGKOK - Indian Prime Minister Narendra Modi landed on the afternoon of June 12 for a state visit, his first to Thailand since 2019.',
      published: '2026-06-15',
      want: [{ type: 'visit', people: ['Modi'], date: '2026-06-12', host: 'THA' }],
      why: 'a landing told in the past is a visit made',
    },
  ],
  'events/meeting-parts (acc-blind21, session 14): "was hosted to lunch by X" is in X\'s country, not the guest\'s': [
    {
      text: 'Brazilian President Luiz Inácio Lula da Silva was hosted to lunch by Nigerian President Bola Tinubu on Tuesday.',
      published: '2026-04-15',
      want: [{ type: 'meeting', people: ['Lula', 'Tinubu'], date: '2026-04-14', host: 'NGA' }],
      notHosted: [['BRA', 'Lula']],
      why: 'the passive\'s agent, after "by", hosted',
    },
    {
      text: 'Nigerian President Bola Tinubu hosted Brazilian President Luiz Inácio Lula da Silva to lunch on Tuesday.',
      published: '2026-04-15',
      want: [{ type: 'meeting', people: ['Lula', 'Tinubu'], date: '2026-04-14', host: 'NGA' }],
      why: 'the active subject hosts, as before',
    },
  ],
  'events/speakers (acc-blind21, session 14): "with Mr Tinubu\'s approval" names one who approved, no side': [
    {
      text: 'President Bola Tinubu spoke with Ghanaian President John Mahama on July 26, 2023. A group of Islamic clerics led by Sheikh Bala Lau met the general in August, with Mr Tinubu\'s approval.',
      published: '2026-04-14',
      want: [{ type: 'phone_call', people: ['Tinubu', 'Mahama'], date: '2023-07-26' }],
      never: [['Bala Lau', 'Tinubu']],
      why: 'the one whose approval it had took no part',
    },
    {
      text: 'President Bola Tinubu spoke with Ghanaian President John Mahama on July 26, 2023. A group of Islamic clerics led by Sheikh Bala Lau met Mr Tinubu in August, with the approval of the council.',
      published: '2026-04-14',
      want: [{ type: 'meeting', people: ['Bala Lau', 'Tinubu'] }],
      why: 'the one met is a side, whatever approval is told',
    },
  ],
  'events/lexicon (acc-blind21, session 14): "a call that spokesperson X described as …" makes X a speaker, no side': [
    {
      text: 'President William Ruto met President Samia Suluhu Hassan in Arusha on 3 May 2025. The two last spoke by telephone in February, a call that State House spokesperson Hussein Mohamed described at the time as "cordial".',
      published: '2026-08-30',
      want: [{ type: 'phone_call', people: ['Ruto', 'Samia'], date: '2026-02' }],
      never: [['Hussein Mohamed']],
      why: 'one who describes the call speaks of it',
    },
    {
      text: 'President William Ruto met President Samia Suluhu Hassan in Arusha on 3 May 2025. State House spokesperson Hussein Mohamed met Tanzanian journalists on Monday.',
      published: '2026-08-30',
      want: [{ type: 'meeting', people: ['Ruto', 'Samia'], date: '2025-05-03' }],
      never: [['Hussein Mohamed', 'Ruto']],
      why: 'a spokesperson who acts is still no side of the leaders\' meeting',
    },
  ],
  'refine/relative-dates (acc-blind21, session 14): "on December 16, two days after his victory, and was received by X": an offset apposed to a date moves nothing': [
    {
      text: 'Bolivian President-elect Rodrigo Paz came to Buenos Aires on October 21, 2025, two days after his run-off victory, and was received by President Javier Milei at the Casa Rosada.',
      published: '2026-05-11',
      want: [{ type: 'meeting', people: ['Paz', 'Milei'], date: '2025-10-21' }],
      notDated: ['2025-10-19'],
      why: 'the offset says what the date came after; the reception is on that date',
    },
    {
      text: 'Bolivian President-elect Rodrigo Paz came to Buenos Aires on October 21, 2025, and two days later was received by President Javier Milei at the Casa Rosada.',
      published: '2026-05-11',
      want: [{ type: 'meeting', people: ['Paz', 'Milei'], date: '2025-10-23' }],
      why: 'an offset of its own clause still moves the exchange',
    },
  ],
  'events/date-for (acc-blind21, session 14): a headline\'s semicolon parts two stories; a date past it is the other\'s': [
    {
      text: "Takaichi meets South Korean President Lee; Chinese premier to arrive on Tuesday\n\nSEOUL - Japanese Prime Minister Sanae Takaichi held talks with South Korean President Lee Jae-myung at Cheong Wa Dae on June 15.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Takaichi', 'Lee Jae-myung'], date: '2026-06-15', host: 'KOR' }],
      meetings: 1,
      why: 'the headline\'s meeting is the body\'s, not one of the Tuesday the next story is for',
    },
    {
      text: "SEOUL - Japanese Prime Minister Sanae Takaichi met South Korean President Lee Jae-myung at Cheong Wa Dae; the talks came on Friday, June 12, after a week of delays.",
      published: '2026-06-15',
      want: [{ type: 'meeting', people: ['Takaichi', 'Lee Jae-myung'], date: '2026-06-12', host: 'KOR' }],
      why: 'in the body, the clause after a semicolon may still date the exchange before it',
    },
  ],
  'refine/relative-dates (acc-blind21, session 14): "the following day" counts from the day its sentence writes, not from a plan\'s day the sentence names back': [
    {
      text: "Chief Cabinet Secretary Yoshimasa Hayashi announced on Feb. 20 that Prime Minister Shigeru Ishiba would visit the Philippines on March 14 and 15. On March 10, the government said the visit would be postponed, and Ishiba spoke by phone with President Ferdinand Marcos Jr. the following day to explain the delay.",
      published: '2025-05-08',
      want: [{ type: 'phone_call', people: ['Ishiba', 'Marcos'], date: '2025-03-11' }],
      why: 'the day after March 10, not after the March 14 the plan was for',
    },
    {
      text: 'Chief Cabinet Secretary Yoshimasa Hayashi announced on Feb. 20 that Prime Minister Shigeru Ishiba would visit the Philippines on March 14 and 15. The government later said the visit would be postponed, and Ishiba spoke by phone with President Ferdinand Marcos Jr. the following day to explain the delay.',
      published: '2025-05-08',
      want: [{ type: 'phone_call', people: ['Ishiba', 'Marcos'] }],
      dated: [['Marcos', 'phone_call', '2025-03-15']],
      why: 'with no day written before the offset, the plan\'s day is the only time it can count from',
    },
  ],
  'events/candidates (session 14): one who only reports an exchange is none of the group "the two leaders" means next': [
    {
      text: 'MOSCOW (Agency) - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held talks by video link on Tuesday. Putin invited Erdogan to visit Moscow in May, Kremlin aide Yuri Ushakov said. The two leaders last spoke by phone in December.',
      published: '2025-01-22',
      want: [{ type: 'phone_call', people: ['Putin', 'Erdogan'], date: '2024-12' }],
      never: [['Ushakov', 'Erdogan']],
      why: "'the two leaders' are Erdogan and Aliyev, not a pair of three with the spokesman who reported the invitation",
    },
    {
      text: 'ANKARA (Agency) - Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev on Tuesday. Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan in Tbilisi, a spokesman said. The two leaders last spoke by phone in December.',
      published: '2025-01-22',
      want: [{ type: 'phone_call', people: ['Kobakhidze', 'Pashinyan'], date: '2024-12' }],
      why: 'those who act in the sentence before are still the group',
    },
  ],
  'refine/default-dates (session 14): a stop dated by its "where" clause; "the visit" of the lead; a verb joined to a dated one': [
    {
      text: 'CANBERRA, Nov 13 (Agency) - Indonesian President Prabowo Subianto arrived in Canberra on Tuesday. He also stopped in Washington, where he held talks with President Joe Biden on November 5.',
      published: '2024-11-13',
      want: [
        { type: 'visit', people: ['Prabowo'], date: '2024-11-05', host: 'USA' },
        { type: 'meeting', people: ['Prabowo', 'Biden'], date: '2024-11-05' },
      ],
      why: 'a stop its own words do not date is of the time of what its "where" clause tells',
    },
    {
      text: 'CANBERRA, Nov 13 (Agency) - Indonesian President Prabowo Subianto travelled to Canberra from Beijing, where he met Chinese President Xi Jinping on November 9.',
      published: '2024-11-13',
      want: [{ type: 'meeting', people: ['Prabowo', 'Xi Jinping'], date: '2024-11-09' }],
      hostDated: [['AUS', '2024-11-13']],
      why: 'a "where" clause on the place come from dates that stop, not the destination',
    },
    {
      text: 'CANBERRA, Nov 13 (Agency) - Indonesian President Prabowo Subianto arrived in Canberra on Tuesday for his first visit to Australia, and was welcomed by Prime Minister Anthony Albanese at Parliament House.\n\nThe two leaders discussed defence. Prabowo travelled on from Beijing.\n\nHe stopped in Washington. Albanese and Prabowo first met in 2022.\n\nAlbanese visited Jakarta in June 2022.\n\nIndonesian Foreign Minister Sugiono met Australian Foreign Minister Penny Wong on the sidelines of the visit.',
      published: '2024-11-13',
      want: [
        { type: 'meeting', people: ['Prabowo', 'Albanese'], date: '2024-11-12' },
        { type: 'meeting', people: ['Sugiono', 'Wong'], date: '2024-11-12', host: 'AUS' },
      ],
      why: "the welcome joined by ', and was' is of Tuesday; 'the visit' far down is the lead's, on the news days",
    },
  ],
  'events/lexicon + exclusions (session 14): a pair that spoke is a call; ", a meeting both sides called …" and "hosted by" after a call add none': [
    {
      text: 'PARIS (Agency) - French President Emmanuel Macron and Chinese President Xi Jinping spoke on June 3, the Elysee said.',
      published: '2025-06-10',
      want: [{ type: 'phone_call', people: ['Macron', 'Xi Jinping'], date: '2025-06-03' }],
      why: 'a pair that spoke, with no medium, is a call',
    },
    {
      text: 'PARIS (Agency) - Macron and Xi have spoken at least four times this year, most recently on June 3.',
      published: '2025-06-10',
      want: [{ type: 'phone_call', people: ['Macron', 'Xi Jinping'], date: '2025-06-03' }],
      calls: 1,
      why: 'a count with its latest is that one call',
    },
    {
      text: 'PARIS (Agency) - Macron and Xi spoke about trade in separate interviews on Tuesday. Macron and Xi spoke to reporters in Paris on Wednesday. Macron and Xi spoke at the forum on Thursday.',
      published: '2025-06-10',
      want: [],
      calls: 0,
      why: 'speaking about something, to reporters or at a forum is no call between them',
    },
    {
      text: 'PARIS (Agency) - Macron and Xi have not spoken since February.',
      published: '2025-06-10',
      want: [],
      calls: 0,
      why: 'a negated one tells none',
    },
    {
      text: "MOSCOW (Agency) - U.S. envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Wednesday for three hours, a meeting both sides called constructive. Trump and Putin spoke on July 3.",
      published: '2025-08-08',
      want: [{ type: 'meeting', people: ['Witkoff', 'Putin'], date: '2025-08-06' }],
      meetings: 1,
      why: "', a meeting both sides called constructive' describes the meeting just told",
    },
    {
      text: 'BERLIN (Agency) - Ukrainian President Volodymyr Zelensky will join a video call with Trump and European leaders hosted by German Chancellor Friedrich Merz on Wednesday.',
      published: '2025-08-11',
      want: [{ type: 'video_call', status: 'planned', people: ['Zelensky', 'Merz'] }],
      meetings: 0,
      why: "'hosted by' after a call names its host, no meeting of its own",
    },
    {
      text: 'WASHINGTON (Agency) - U.S. Secretary of State Marco Rubio and Ukrainian Foreign Minister Andrii Sybiha spoke on Sunday. They talked about the energy ceasefire and the next round of technical talks in Riyadh.',
      published: '2026-03-10',
      want: [{ type: 'phone_call', people: ['Rubio', 'Sybiha'], date: '2026-03-08' }],
      meetings: 0,
      why: "'talked about … the next round of technical talks' is a topic, not a meeting that swallows the call",
    },
    {
      text: 'BERLIN (Agency) - Ukrainian President Volodymyr Zelensky was hosted by German Chancellor Friedrich Merz in Berlin on Wednesday.',
      published: '2025-08-14',
      want: [{ type: 'meeting', people: ['Zelensky', 'Merz'], date: '2025-08-13' }],
      why: 'hosted by someone, with no exchange named before, is a meeting',
    },
  ],
  // (session 14, acc-todos6)
  'events/since-visits: a superlative\'s "since" bound told by a journey noun or after "the island"': [
    {
      text: 'Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong in Singapore on Monday, in the first official visit to Singapore by a Chinese premier since his predecessor, the late Li Keqiang, came in November 2018.',
      published: '2025-06-10',
      want: [{ type: 'visit', people: ['Li Keqiang'], date: '2018-11', host: 'SGP' }],
      why: 'a journey noun\'s "first … to X by a premier since his predecessor, the late Y, came in" tells Y\'s earlier visit',
    },
    {
      text: 'Indian Prime Minister Narendra Modi landed in Colombo on Friday, the first Indian prime minister to visit the island since Rajiv Gandhi went in 1987.',
      published: '2022-08-03',
      want: [{ type: 'visit', people: ['Rajiv Gandhi'], date: '1987', host: 'LKA' }],
      why: '"to visit the island since Y went in" takes the place named before it',
    },
    {
      text: 'Indian Prime Minister Narendra Modi landed in Colombo on Friday, the first Indian prime minister to visit the island since Rajiv Gandhi signed the accord in 1987.',
      published: '2022-08-03',
      want: [{ type: 'visit', people: ['Modi'], host: 'LKA' }],
      noTrip: ['Rajiv Gandhi'],
      why: 'a bound whose person did something other than travel tells no earlier visit',
    },
    {
      text: 'Chinese Premier Li Qiang held talks with Prime Minister Lawrence Wong in Singapore on Monday, on his first official visit to Singapore since 2018.',
      published: '2025-06-10',
      want: [{ type: 'meeting', people: ['Li Qiang', 'Wong'] }],
      notDated: ['2018'],
      why: 'a bound with a year alone tells no earlier visit',
    },
  ],
  'events/returned-visits: "and returned" after a journey is a second journey there, with those it names': [
    {
      text: 'Indian Prime Minister Narendra Modi first travelled to Colombo in June 2015, and returned on 12 May 2017 for the Vesak celebrations.',
      published: '2025-04-05',
      want: [
        { type: 'visit', people: ['Modi'], date: '2015-06', host: 'LKA' },
        { type: 'visit', people: ['Modi'], date: '2017-05-12', host: 'LKA' },
      ],
      why: 'a bare "returned" at a time of its own is a second visit then',
    },
    {
      text: 'German Chancellor Olaf Scholz first came to Kyiv in March 2022, and returned weeks later with French President Emmanuel Macron to meet the Ukrainian leadership.',
      published: '2025-04-05',
      want: [
        { type: 'visit', people: ['Scholz'], date: '2022-03', host: 'UKR' },
        { type: 'visit', people: ['Macron'], date: '2022-03', host: 'UKR' },
      ],
      why: 'one the traveller "returned … with" made that journey too',
    },
    {
      text: 'German Chancellor Olaf Scholz visited Kyiv in March 2022 and returned to Berlin on 4 April 2022 with French President Emmanuel Macron.',
      published: '2025-04-05',
      want: [{ type: 'visit', people: ['Scholz'], date: '2022-03', host: 'UKR' }],
      visits: 1,
      noTrip: ['Macron'],
      why: '"returned to" another place is the way home, no second visit',
    },
    {
      text: 'Indian Prime Minister Narendra Modi travelled to Colombo in June 2015, and returned home on 14 June 2015.',
      published: '2025-04-05',
      want: [{ type: 'visit', people: ['Modi'], date: '2015-06', host: 'LKA' }],
      visits: 1,
      why: '"returned home" tells no second visit',
    },
  ],
  'events/lexicon: "came to the White House", a place named with its article': [
    {
      text: 'Kenyan President William Ruto came to the White House in May 2024, and Biden hosted a state dinner for him.',
      published: '2025-02-01',
      want: [{ type: 'visit', people: ['Ruto'], date: '2024-05', host: 'USA' }],
      why: '"came to the White House" is a journey to the United States',
    },
    {
      text: 'Indian Prime Minister Narendra Modi went to the Kremlin in July 2024 for his first talks with Vladimir Putin since the war began.',
      published: '2025-02-01',
      want: [{ type: 'visit', people: ['Modi'], date: '2024-07', host: 'RUS' }],
      why: '"went to the Kremlin" is a journey to Russia',
    },
    {
      text: 'Indian Prime Minister Narendra Modi arrived in Moscow on Monday. The next day he went to the Kremlin Cathedral, and in the evening he went to the Bolshoi Theatre Museum.',
      published: '2024-07-10',
      want: [{ type: 'visit', people: ['Modi'], host: 'RUS' }],
      visits: 1,
      why: 'a cathedral or museum gone to on a stay is a site seen, no second journey',
    },
  ],
  'events/joint-deeds: "visited X, when he and Y signed …" tells a meeting of the two': [
    {
      text: 'Japanese Prime Minister Fumio Kishida visited Manila in November 2023, when he and President Ferdinand Marcos Jr. agreed to start talks on a troops pact.',
      published: '2025-02-01',
      want: [
        { type: 'visit', people: ['Kishida'], date: '2023-11', host: 'PHL' },
        { type: 'meeting', people: ['Kishida', 'Marcos'], date: '2023-11', host: 'PHL' },
      ],
      why: 'an agreement of the traveller and the host\'s leader on the journey is a meeting',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited Colombo in April 2025, when he and President Anura Kumara Dissanayake witnessed the signing of seven agreements.',
      published: '2026-02-18',
      want: [{ type: 'meeting', people: ['Modi', 'Dissanayake'], date: '2025-04', host: 'LKA' }],
      why: 'witnessing a signing together on the journey is a meeting',
    },
    {
      text: 'Indian Prime Minister Narendra Modi visited Colombo in April 2025, when he and President Anura Kumara Dissanayake were both facing elections at home.',
      published: '2026-02-18',
      want: [{ type: 'visit', people: ['Modi'], date: '2025-04', host: 'LKA' }],
      meetings: 0,
      why: 'what the two merely were at the time is no deed done together',
    },
  ],
  'events/lexicon: "received X in a city" past a "for" inside the guest\'s office': [
    {
      text: 'Indian External Affairs Minister S. Jaishankar received Australia\'s Minister for Foreign Affairs Penny Wong at Hyderabad House in New Delhi on Monday.',
      published: '2025-03-12',
      want: [
        { type: 'meeting', people: ['Jaishankar', 'Penny Wong'], host: 'IND' },
        { type: 'visit', people: ['Penny Wong'], date: '2025-03-10', host: 'IND' },
      ],
      why: '"Minister for Foreign Affairs" is an office, and the guest received in the city came there',
    },
    {
      text: 'Indian External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong in Canberra on Monday and received the Australian Minister for Trade\'s proposal for talks in New Delhi next year.',
      published: '2025-03-12',
      want: [{ type: 'meeting', people: ['Jaishankar', 'Penny Wong'], date: '2025-03-10', host: 'AUS' }],
      visits: 0,
      noTrip: ['Penny Wong'],
      why: 'a "for" that opens a purpose still ends the one received',
    },
  ],
  'lexicon + parties + people + split (session 14): "at the last minute after X declined to attend"; "between the two"; guests hosted as "counterparts"': [
    {
      text: 'NAIROBI, Feb 8 (Agency) - Rwandan President Paul Kagame and Congolese President Felix Tshisekedi last met in Luanda in July 2022. A planned meeting between the two in Luanda in December was called off at the last minute after Kagame declined to attend.',
      published: '2025-02-08',
      want: [
        { type: 'meeting', people: ['Kagame', 'Tshisekedi'], date: '2022-07' },
        { type: 'meeting', status: 'cancelled', people: ['Kagame', 'Tshisekedi'], date: '2024-12' },
      ],
      notDated: ['2025-02'],
      why: "'the last minute after Kagame declined to' is no superlative traveller, and 'between the two' is the pair told before",
    },
    {
      text: 'NAIROBI, Feb 8 (Agency) - Rwandan President Paul Kagame was the last African leader to attend the summit in Luanda in July 2022.',
      published: '2025-02-08',
      want: [],
      notDated: ['2025-02'],
      why: 'a superlative traveller still reports a journey, never one of the news day',
    },
    {
      text: 'NAIROBI, Feb 8 (Agency) - Kenyan President William Ruto hosted his Ugandan and Rwandan counterparts, Yoweri Museveni and Paul Kagame, at State House in Nairobi on Saturday for a joint summit on Congo.',
      published: '2025-02-08',
      want: [
        { type: 'meeting', people: ['Ruto', 'Museveni', 'Kagame'], date: '2025-02-08', countries: ['KEN', 'UGA', 'RWA'] },
        { type: 'visit', people: ['Museveni'], date: '2025-02-08', host: 'KEN', countries: ['UGA'] },
        { type: 'visit', people: ['Kagame'], date: '2025-02-08', host: 'KEN' },
      ],
      meetings: 1,
      why: 'each guest hosted travelled, Museveni is Ugandan, and the summit they came for is one meeting',
    },
    {
      text: 'NAIROBI, Feb 8 (Agency) - Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Rwandan President Paul Kagame at State House in Nairobi on Saturday, holding separate talks with each.',
      published: '2025-02-08',
      want: [
        { type: 'meeting', people: ['Ruto', 'Museveni'], date: '2025-02-08' },
        { type: 'meeting', people: ['Ruto', 'Kagame'], date: '2025-02-08' },
      ],
      why: 'guests with no summit named are met one by one',
    },
  ],
  'events/date-for (session 14): "X\'s four-day visit …, the first in seven years, ended on Tuesday" began the Saturday before': [
    {
      text: "WELLINGTON, June 18 (Agency) - Indian President Droupadi Murmu's three-day state visit to New Zealand, the first by an Indian head of state in a decade, ended on Tuesday.",
      published: '2024-06-18',
      want: [{ type: 'visit', people: ['Murmu'], date: '2024-06-16', host: 'NZL' }],
      why: 'a stay of three days that ended on Tuesday began on Sunday',
    },
    {
      text: "WELLINGTON, June 18 (Agency) - Indian President Droupadi Murmu's three-day state visit to New Zealand, the first by an Indian head of state in a decade, began on Tuesday.",
      published: '2024-06-18',
      want: [{ type: 'visit', people: ['Murmu'], date: '2024-06-18', host: 'NZL' }],
      why: 'one that began on Tuesday is of Tuesday',
    },
  ],
  'events/status (session 14): "The visit, from July 12 to 18, will take in …" is ahead; "after his visit in November 2023" is past': [
    {
      text: 'WELLINGTON, June 1 (Agency) - New Zealand Prime Minister Christopher Luxon will travel to Japan in July. The visit, from July 12 to 18, will take in Tokyo and Osaka.',
      published: '2025-06-01',
      want: [{ type: 'visit', status: 'planned', people: ['Luxon'], date: '2025-07-12', host: 'JPN' }],
      notDated: ['2024'],
      why: 'a noun set off by an apposition, the subject of "will", is a plan: its days date the trip',
    },
    {
      text: "WELLINGTON, June 1 (Agency) - New Zealand Prime Minister Christopher Luxon will travel to Japan in July. It will be Luxon's second trip to Japan as prime minister, after his visit in March 2024.",
      published: '2025-06-01',
      want: [
        { type: 'visit', status: 'planned', people: ['Luxon'], date: '2025-07', host: 'JPN' },
        { type: 'visit', people: ['Luxon'], date: '2024-03', host: 'JPN' },
      ],
      why: 'a journey noun hung on a future clause, with a year of its own before the news, was made',
    },
    {
      text: 'WELLINGTON, June 1 (Agency) - New Zealand Prime Minister Christopher Luxon will fly to Tokyo on Monday, before a visit to Seoul in July.',
      published: '2025-06-01',
      want: [{ type: 'visit', status: 'planned', people: ['Luxon'], date: '2025-07', host: 'KOR' }],
      why: 'one with a time ahead stays a plan',
    },
  ],
  // (session 14, acc-blind23)
  'events/date-for (acc-blind23, session 14): "in the spring of 2001" dates a plan; a season\'s -ing is no other deed': [
    {
      text: 'Prime Minister Atal Bihari Vajpayee will pay an official visit to Russia in the spring of 2001, officials said.',
      published: '2000-12-01',
      want: [{ type: 'visit', status: 'planned', people: ['Vajpayee'], host: 'RUS' }],
      dated: [['Vajpayee', 'visit', '2001']],
      why: 'a season of a year after "of" dates the plan, as "in 2001" would',
    },
    {
      text: 'Prime Minister Junichiro Koizumi visited Seoul, a nod to the lifting in March of a ban on Japanese films.',
      published: '2004-07-01',
      want: [{ type: 'visit', people: ['Koizumi'], host: 'KOR' }],
      notDated: ['2004-03'],
      why: 'a date right after a deed\'s noun in -ing is still that deed\'s',
    },
  ],
  'events/lexicon (acc-blind23, session 14): "is not scheduled to meet" and "no plans to … or to meet" undo the plan': [
    {
      text: 'Prime Minister Shaukat Aziz is not scheduled to meet President Hamid Karzai in Kabul this week.',
      published: '2005-06-01',
      want: [],
      why: 'a being\'s negation before the plan tells none',
    },
    {
      text: 'Aides said President Jacques Chirac had no plans to stop in Algiers or to meet President Abdelaziz Bouteflika.',
      published: '2005-06-01',
      want: [],
      why: 'a plan denied reaches the verb joined to it by "or to"',
    },
    {
      text: 'Prime Minister Shaukat Aziz is scheduled to meet President Hamid Karzai in Kabul on Thursday.',
      published: '2005-06-01',
      want: [{ type: 'meeting', status: 'planned', people: ['Shaukat Aziz', 'Karzai'] }],
      why: 'without "not" the plan stands',
    },
    {
      text: 'It was not until Friday that Prime Minister Shaukat Aziz met President Hamid Karzai in Kabul.',
      published: '2005-06-01',
      want: [{ type: 'meeting', people: ['Shaukat Aziz', 'Karzai'] }],
      why: '"was not until Friday that …" stands too far from the verb to negate it',
    },
  ],
  'mentions/people + text/words (acc-blind23, session 14): "Shaikh Mohammad Bin Zayed" is the known Mohamed bin Zayed': [
    {
      text: 'Abu Dhabi: His Highness Shaikh Mohammad Bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, received French President Jacques Chirac yesterday.',
      published: '2005-06-01',
      want: [{ type: 'meeting', people: ['bin Zayed', 'Chirac'], countries: ['ARE', 'FRA'] }],
      why: 'the Gulf press\'s "Shaikh" and another romanisation of the given name still name the known man',
    },
    {
      text: 'Sheikh Khaled bin Mohammad bin Zayed met Prime Minister Manmohan Singh in New Delhi on Monday.',
      published: '2005-06-01',
      want: [{ type: 'meeting', people: ['Khaled bin Mohammad bin Zayed', 'Manmohan Singh'] }],
      notOf: [['Khaled', 'ARE']],
      why: 'another given name before the patronymic makes another man, whom the knowledge does not hold',
    },
  ],
  'resolve/entities (acc-blind23, session 14): "Dr Singh" is the Singh the text wrote with "Dr"': [
    {
      text: 'NEW DELHI, June 1, 2005: Prime Minister Dr Manmohan Singh held talks with President Hamid Karzai here on Tuesday. External Affairs Minister Mr Natwar Singh met Afghan Foreign Minister Abdullah Abdullah. Dr Singh will visit Kabul in August.',
      published: '2005-06-01',
      want: [{ type: 'visit', status: 'planned', people: ['Manmohan Singh'], host: 'AFG' }],
      noTrip: ['Natwar Singh'],
      why: 'a courtesy one namesake was written with keeps the surname his',
    },
    {
      text: 'NEW DELHI, June 1, 2005: Prime Minister Dr Manmohan Singh held talks with President Hamid Karzai here on Tuesday. External Affairs Minister Mr Natwar Singh met Afghan Foreign Minister Abdullah Abdullah. Mr Singh will visit Kabul in August.',
      published: '2005-06-01',
      want: [{ type: 'visit', status: 'planned', people: ['Natwar Singh'], host: 'AFG' }],
      why: '"Mr Singh" is the one written with "Mr"',
    },
  ],
  'events/date-for (acc-blind23, session 14): "met … during the APEC meeting last November": the gathering\'s date is the verb\'s too': [
    {
      text: 'Premier Zhu Rongji met Prime Minister Keizo Obuchi in Beijing on Saturday. The two had last met in Kuala Lumpur during the APEC meeting last November.',
      published: '1999-03-01',
      want: [
        { type: 'meeting', people: ['Zhu Rongji', 'Obuchi'], date: '1999-02-27', host: 'CHN' },
        { type: 'meeting', people: ['Zhu Rongji', 'Obuchi'], date: '1998-11', host: 'MYS' },
      ],
      meetings: 2,
      why: 'the verb of the earlier meeting takes the date its gathering is named with, and is not merged into the news',
    },
    {
      text: 'Premier Zhu Rongji met Prime Minister Keizo Obuchi on Monday and attended the APEC meeting last November.',
      published: '1999-03-01',
      want: [{ type: 'meeting', people: ['Zhu Rongji', 'Obuchi'] }],
      notDated: ['1998-11'],
      why: 'a gathering joined by another verb, not by "during", dates only itself',
    },
  ],
  'mentions/people (acc-blind23, session 14): "Wetang\'ula" is the known Wetangula': [
    {
      text: "Secretary of State Hillary Clinton arrived in Nairobi on Tuesday. Foreign Minister Moses Wetang'ula held talks with her at State House on Wednesday.",
      published: '2009-08-06',
      want: [{ type: 'meeting', people: ['Wetang', 'Hillary Clinton'], countries: ['KEN', 'USA'] }],
      why: 'an apostrophe the knowledge does not write still names the known minister',
    },
    {
      text: "Kenyan Foreign Minister John Wetang'ula met Secretary of State Hillary Clinton in Nairobi on Monday.",
      published: '2009-08-06',
      want: [{ type: 'meeting', people: ["John Wetang'ula", 'Hillary Clinton'] }],
      never: [['Moses', 'Clinton']],
      why: 'another given name is another man, not the known one',
    },
  ],
  'events/exclusions (acc-blind23, session 14): one out of office then, "as First Lady" or "while still a senator", made no exchange': [
    {
      text: 'Joe Biden telephoned President Mikheil Saakashvili in August 2008, while still a senator.',
      published: '2010-01-10',
      want: [],
      why: 'a senator\'s call is no exchange between states',
    },
    {
      text: "Hillary Clinton visited Beijing as First Lady in 1995 for the women's conference.",
      published: '2010-01-10',
      want: [],
      noTrip: ['Hillary Clinton'],
      why: 'a first lady\'s trip is no official\'s',
    },
    {
      text: 'Vice President Joe Biden telephoned President Mikheil Saakashvili on Friday, and Mrs Clinton, who went there as First Lady, will visit Tbilisi in July.',
      published: '2010-01-10',
      want: [
        { type: 'phone_call', people: ['Biden', 'Saakashvili'] },
        { type: 'visit', status: 'planned', people: ['Hillary Clinton'], host: 'GEO' },
      ],
      why: 'the marker of another clause undoes nothing of this one',
    },
  ],
  'document (acc-blind23, session 14): "on Nov. 1" is a date, not the town of Nov': [
    {
      text: 'President Hu Jintao paid a visit to the island on Nov. 12, Xinhua said.',
      published: '2010-01-10',
      want: [],
      notHosted: [['TJK', 'Hu Jintao']],
      why: 'a month written short before its day names no town',
    },
    {
      text: 'President Hu Jintao visited Nov, Tajikistan, on Saturday.',
      published: '2010-01-10',
      want: [{ type: 'visit', people: ['Hu Jintao'], host: 'TJK' }],
      why: 'the town named with its country and no day after it is still the town',
    },
  ],
  'events/parties (acc-blind23, session 14): the subject of another verb before an "as" clause is no side of it': [
    {
      text: 'Ahmadinejad tours Tehran factory as Cheney meets King Abdullah in Riyadh',
      published: '2007-05-12',
      want: [{ type: 'meeting', people: ['Cheney', 'Abdullah'] }],
      never: [['Ahmadinejad', 'Cheney']],
      why: 'the headline\'s first subject does his own thing',
    },
    {
      text: 'Vice President Dick Cheney met King Abdullah in Riyadh as the crisis deepened.',
      published: '2007-05-12',
      want: [{ type: 'meeting', people: ['Cheney', 'Abdullah'] }],
      why: 'an "as" clause with no person keeps the sides of the main one',
    },
  ],
  'events/lexicon (acc-blind23, session 14): "arrived … last night from Brasília, where he met" was in Brazil': [
    {
      text: 'President Hu Jintao arrived in Buenos Aires yesterday from Brasília, where he met President Luiz Inácio Lula da Silva on Friday.',
      published: '2004-11-17',
      want: [
        { type: 'visit', people: ['Hu Jintao'], host: 'BRA' },
        { type: 'visit', people: ['Hu Jintao'], host: 'ARG' },
      ],
      why: 'a "yesterday" before "from" and a name with letters past ASCII still tell the stop before',
    },
    {
      text: 'Prime Minister Junichiro Koizumi arrived in Hanoi last night from Vientiane, where he attended the ASEAN summit.',
      published: '2004-11-30',
      want: [{ type: 'visit', people: ['Koizumi'], host: 'LAO' }],
      why: 'so does a time of day',
    },
    {
      text: 'President Luiz Inácio Lula da Silva arrived in Buenos Aires last night from São Paulo, where he met business leaders.',
      published: '2004-11-17',
      want: [{ type: 'visit', people: ['Lula'], host: 'ARG' }],
      visits: 1,
      why: 'a stop in one\'s own country is no visit',
    },
  ],
  'refine/fulfilled-plans (acc-blind23, session 14): a headline\'s present tense does not fulfil talks the body gives for later that day': [
    {
      text: 'Blair meets Chirac in Paris\n\nPARIS, Feb 20, 2003 - British Prime Minister Tony Blair arrived in Paris last night and is due to hold talks with President Jacques Chirac today at the Elysee Palace.',
      published: '2003-02-20',
      want: [{ type: 'meeting', status: 'planned', people: ['Blair', 'Chirac'], date: '2003-02-20' }],
      meetings: 1,
      why: 'the body\'s plan is the exchange told, not the headline\'s "meets"',
    },
    {
      text: 'Blair meets Chirac in Paris\n\nPARIS, Feb 20, 2003 - British Prime Minister Tony Blair arrived in Paris last night and held talks with President Jacques Chirac at the Elysee Palace this morning.',
      published: '2003-02-20',
      want: [{ type: 'meeting', people: ['Blair', 'Chirac'] }],
      meetings: 1,
      why: 'talks the body gives as held are the headline\'s',
    },
  ],
  'refine/venues (session 14): a stop the traveller came from frames no later talks, only its own "where" clause': [
    {
      text: "MONTEVIDEO, March 8 (Agency) - Brazilian President Luiz Inacio Lula da Silva arrived in Montevideo last night from Buenos Aires, where he met Argentine President Javier Milei on Friday. He is due to hold talks with Uruguayan President Yamandu Orsi today at the Anchorena estate.",
      published: '2025-03-08',
      want: [
        { type: 'meeting', people: ['Lula', 'Milei'], date: '2025-03-07', host: 'ARG' },
        { type: 'meeting', status: 'planned', people: ['Lula', 'Orsi'], date: '2025-03-08', host: 'URY' },
      ],
      why: 'the talks told after the arrival are in the country arrived in, not the one left',
    },
  ],
  // (session 14, acc-blind22)
  'events/status (session 14): a present journey to the tour\'s next stop is still ahead': [
    {
      text: 'Finnish President Alexander Stubb has begun a state visit to Estonia. He heads to Latvia next.',
      published: '2026-06-03',
      want: [{ type: 'visit', status: 'planned', people: ['Stubb'], host: 'LVA' }],
      why: '"He heads to Latvia next" tells the next leg, not one made',
    },
    {
      text: 'Finnish President Alexander Stubb arrived in Estonia on Monday. He headed to Latvia next.',
      published: '2026-06-03',
      want: [{ type: 'visit', people: ['Stubb'], host: 'LVA' }],
      why: 'a past "headed to Latvia next" was made',
    },
  ],
  'document (session 14): one word after "the" that a body\'s name goes on from is no town': [
    {
      text: 'Senegalese President Bassirou Diomaye Faye held talks in Niamey on Tuesday, the first stop of a tour of the Alliance of Sahel States.',
      published: '2026-02-17',
      want: [{ type: 'visit', people: ['Faye'], host: 'NER' }],
      notHosted: [['USA', 'Faye']],
      why: '"the Alliance of Sahel States" is no visit to Alliance, Ohio',
    },
    {
      text: 'Kenyan President William Ruto arrived in The Hague on Tuesday for talks with Dutch Prime Minister Dick Schoof.',
      published: '2026-02-17',
      want: [{ type: 'visit', people: ['Ruto'], host: 'NLD' }],
      why: 'a city after "The" with no "of" after it is still the city',
    },
  ],
  'document (session 14): "its" after an apposition that describes a country is that country\'s': [
    {
      text: 'Talks stalled over Niue, a self-governing state in free association with New Zealand, after its premier, Tala Motu, spoke by phone with Winston Peters on Monday.',
      published: '2026-05-06',
      want: [{ type: 'phone_call', people: ['Tala Motu', 'Peters'], countries: ['NIU', 'NZL'] }],
      why: 'the premier is Niue\'s, not New Zealand\'s, so the call is an exchange between two countries',
    },
    {
      text: 'Talks stalled in Wellington, the capital of New Zealand, after its foreign minister, Tala Motu, spoke by phone with Fiji\'s Sitiveni Rabuka on Monday.',
      published: '2026-05-06',
      want: [{ type: 'phone_call', people: ['Tala Motu', 'Rabuka'], countries: ['NZL', 'FJI'] }],
      why: 'an apposition that opens with "the" after a city leaves "its" to the country named last',
    },
  ],
  'events/parties + date-for (session 14): a sentence\'s opening phrase leaves the name after it the subject; a where-clause dates the stay': [
    {
      text: "From Suva, Peters will fly to Port Vila on Thursday to meet Vanuatu's prime minister, Jotham Napat, before ending the trip in Apia, where he is scheduled to hold talks with the Samoan prime minister, La'auli Leuatea Schmidt, on Saturday.",
      published: '2026-05-06',
      want: [
        { type: 'meeting', status: 'planned', people: ['Peters', 'Schmidt'], date: '2026-05-09' },
        { type: 'visit', status: 'planned', people: ['Peters'], host: 'WSM' },
      ],
      never: [['Napat', 'Schmidt']],
      hostDated: [['WSM', '2026-05-09']],
      why: '"he" is Peters, the subject after "From Suva,", and the Apia leg is on the day of its talks',
    },
    {
      text: "In Suva, Peters said Vanuatu's prime minister, Jotham Napat, would fly to Apia, where he is to meet Samoan Prime Minister La'auli Leuatea Schmidt on Saturday.",
      published: '2026-05-06',
      want: [{ type: 'meeting', status: 'planned', people: ['Napat', 'Schmidt'] }],
      never: [['Peters', 'Schmidt']],
      why: 'a speaker after the opening phrase is still no subject "he" can mean',
    },
    {
      text: "Peters arrived in Apia on Sunday, where he held talks with Samoan Prime Minister La'auli Leuatea Schmidt on Monday.",
      published: '2026-05-06',
      want: [{ type: 'meeting', people: ['Peters', 'Schmidt'], date: '2026-05-04' }],
      hostDated: [['WSM', '2026-05-03']],
      why: 'a journey with a day of its own keeps it',
    },
  ],
  'events/lexicon + visit-parts (session 14): "the one X made to" a place is X\'s journey; one met during a tour is not its traveller': [
    {
      text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Indonesian President Prabowo Subianto in Jakarta on Wednesday. The visit returns one Prabowo made to Doha in April 2025, when he met the emir during a tour of the Middle East that also took him to Turkey and Jordan.",
      published: '2026-10-14',
      want: [
        { type: 'visit', people: ['Prabowo'], date: '2025-04', host: 'QAT' },
        { type: 'meeting', people: ['Prabowo', 'Tamim'], date: '2025-04', host: 'QAT' },
        { type: 'visit', people: ['Prabowo'], host: 'TUR' },
      ],
      notHosted: [['TUR', 'Tamim']],
      why: 'the visit returned is the one Prabowo made, and the tour is his, not the emir\'s he met on it',
    },
    {
      text: 'The only one Prabowo made to his critics in April was a promise.',
      published: '2026-10-14',
      want: [],
      why: '"one X made to" no place is no journey',
    },
    {
      text: 'Chinese President Xi Jinping received Brazilian President Lula da Silva in Beijing during a tour of Asia in May 2024.',
      published: '2026-10-14',
      want: [{ type: 'visit', people: ['Lula'], host: 'CHN' }],
      noTrip: ['Xi Jinping'],
      why: 'the one received during a tour is still its traveller',
    },
  ],
  'events/date-for (session 14): "on his first trip" after a dated journey re-tells it': [
    {
      text: 'Landau met Ali on Thursday.\n\nRubio visited Jamaica, Guyana and Suriname in March 2025 on his first trip to the region.',
      published: '2026-02-27',
      want: [
        { type: 'visit', people: ['Rubio'], date: '2025-03', host: 'JAM' },
        { type: 'visit', people: ['Rubio'], date: '2025-03', host: 'SUR' },
      ],
      why: 'the trip noun after "on his" is the same journey, no rival for its date',
    },
    {
      text: 'Landau met Ali on Thursday.\n\nRubio visited Jamaica in March 2025, a month before his trip to Brazil in April 2025.',
      published: '2026-02-27',
      want: [
        { type: 'visit', people: ['Rubio'], date: '2025-03', host: 'JAM' },
        { type: 'visit', people: ['Rubio'], date: '2025-04', host: 'BRA' },
      ],
      why: 'a later trip of its own keeps its own date',
    },
  ],
  'refine/venues (session 14): a meeting "on the sidelines" with no gathering named is beside the one the story is filed from': [
    {
      text: "BASSETERRE, St. Kitts and Nevis (AP) — Caribbean governments pressed Washington over tariffs and deportations on Thursday.\n\nOn Wednesday, Jamaica's Prime Minister Andrew Holness met on the sidelines with Haitian Prime Minister Alix Didier Fils-Aimé.",
      published: '2026-02-27',
      want: [{ type: 'meeting', people: ['Holness', 'Fils-Aim'], date: '2026-02-25', host: 'KNA' }],
      why: 'a sideline meeting of the days before the news, under the dateline',
    },
    {
      text: "BASSETERRE, St. Kitts and Nevis (AP) — Caribbean governments pressed Washington over tariffs and deportations on Thursday.\n\nOn Feb. 19, Jamaica's Prime Minister Andrew Holness met on the sidelines with Haitian Prime Minister Alix Didier Fils-Aimé.",
      published: '2026-02-27',
      want: [{ type: 'meeting', people: ['Holness', 'Fils-Aim'], date: '2026-02-19', host: null }],
      why: 'one a week before the news is not placed by the dateline',
    },
  ],
  'events/candidates (session 14): a meeting the sentence says had only greetings is a handshake': [
    {
      text: 'Petro and Noboa last met in person in November 2025 in La Paz, where they exchanged a brief greeting but held no formal talks.',
      published: '2026-02-25',
      want: [{ type: 'handshake', people: ['Petro', 'Noboa'], date: '2025-11', host: 'BOL' }],
      meetings: 0,
      why: '"exchanged a brief greeting but held no formal talks" is an encounter without talks',
    },
    {
      text: 'Petro and Noboa met in La Paz in November 2025 and held formal talks on trade.',
      published: '2026-02-25',
      want: [{ type: 'meeting', people: ['Petro', 'Noboa'], date: '2025-11', host: 'BOL' }],
      why: 'talks held make a meeting',
    },
  ],
  'events/parties (session 14): the one whose inauguration a meeting was held at is no side of it': [
    {
      text: 'Petro and Noboa last met in person in November 2025 in La Paz, at the inauguration of Bolivian President Rodrigo Paz. They spoke by phone on January 28.',
      published: '2026-02-25',
      want: [
        { type: 'meeting', people: ['Petro', 'Noboa'], date: '2025-11', host: 'BOL' },
        { type: 'phone_call', people: ['Petro', 'Noboa'], date: '2026-01-28' },
      ],
      never: [['Noboa', 'Paz']],
      why: 'Paz is the occasion\'s, and "they" next are the two who met',
    },
    {
      text: 'Colombian President Gustavo Petro travelled to La Paz in November 2025 for the inauguration of Bolivian President Rodrigo Paz.',
      published: '2026-02-25',
      want: [{ type: 'visit', people: ['Petro'], date: '2025-11', host: 'BOL' }],
      why: 'a journey to the occasion is still a journey',
    },
  ],
  'events/parties (session 14): "a meeting of the two presidents" is of the pair told before': [
    {
      text: 'Petro and Noboa spoke by phone on January 28.\n\nA meeting of the two presidents on the border has been postponed indefinitely.',
      published: '2026-02-25',
      want: [{ type: 'meeting', status: 'postponed', people: ['Petro', 'Noboa'] }],
      why: 'the noun\'s "of the two presidents" names its sides',
    },
    {
      text: "Petro and Noboa spoke by phone on January 28.\n\nA meeting of the two countries' trade officials has been postponed.",
      published: '2026-02-25',
      want: [{ type: 'phone_call', people: ['Petro', 'Noboa'] }],
      meetings: 0,
      why: 'officials of the two countries are not the two presidents',
    },
  ],
  'events/date-for (session 14): an opening "after …" closed by a pronoun subject does not hold the main clause\'s date': [
    {
      text: 'Senegalese President Bassirou Diomaye Faye arrived in Niamey on Tuesday. Weeks after his inauguration he made his first trips abroad as president to Bamako and Ouagadougou in May 2024, meeting Goïta and Traoré.',
      published: '2026-02-17',
      want: [
        { type: 'meeting', people: ['Faye', 'Goita'], date: '2024-05', host: 'MLI' },
        { type: 'meeting', people: ['Faye', 'Traore'], date: '2024-05', host: 'BFA' },
      ],
      why: 'the meetings of the participle are on the journey\'s month',
    },
    {
      text: 'After the Feb. 6 earthquakes, Egyptian Foreign Minister Sameh Shoukry visited Ankara, meeting Turkish Foreign Minister Mevlut Cavusoglu.',
      published: '2023-02-28',
      want: [{ type: 'meeting', people: ['Shoukry', 'Cavusoglu'], host: 'TUR' }],
      notDated: ['2023-02-06'],
      why: 'a date inside an opening adverbial set off by its comma is the adverbial\'s',
    },
  ],
  'events/exclusions (session 14): journeys counted with no place are a tally, no journey': [
    {
      text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Indonesian President Prabowo Subianto in Jakarta on Wednesday. The emir is scheduled to fly to Kuala Lumpur on Thursday for talks with Malaysian Prime Minister Anwar Ibrahim.\n\nPrabowo, who has made more than 30 foreign trips since taking office in October 2024, has said he could visit Israel if it recognizes a Palestinian state.",
      published: '2026-10-14',
      want: [{ type: 'meeting', people: ['Tamim', 'Prabowo'], host: 'IDN' }],
      notHosted: [['MYS', 'Prabowo']],
      why: '"more than 30 foreign trips" is no trip to where the story\'s other visits go',
    },
    {
      text: 'Prabowo, who has made three trips to Tokyo since taking office, met Japanese Prime Minister Sanae Takaichi on Monday.',
      published: '2026-10-14',
      want: [{ type: 'visit', people: ['Prabowo'], host: 'JPN' }],
      why: 'counted trips to a place named still tell a journey there',
    },
  ],
  'events/date-for (session 14): a date right before ", in a ceremony hosted by" is the ceremony\'s, inside an "after" clause too': [
    {
      text: 'The visit comes seven months after Aliyev and Armenian Prime Minister Nikol Pashinyan initialled the text of a peace treaty at the White House on Aug. 8, 2025, in a ceremony hosted by U.S. President Donald Trump.',
      published: '2026-03-11',
      want: [{ type: 'meeting', people: ['Aliyev', 'Pashinyan'], date: '2025-08-08', host: 'USA' }],
      why: 'the phrase after the date goes on with the clause the date is in',
    },
    {
      text: 'After the signing on Aug. 8, 2025, in a ceremony in Washington, Trump hosted Aliyev and Pashinyan for dinner on Saturday.',
      published: '2026-03-11',
      want: [{ type: 'meeting', people: ['Trump', 'Aliyev'] }],
      notDated: ['2025-08'],
      why: 'a main clause after the opening adverbial keeps its own date',
    },
  ],
  'events/lexicon (session 14): to join someone in a place is to travel there': [
    {
      text: 'Cook Islands Prime Minister Mark Brown declined an invitation to join Winston Peters in Apia at the end of the week.',
      published: '2026-05-06',
      want: [{ type: 'visit', status: 'declined', people: ['Mark Brown'], host: 'WSM' }],
      why: 'an invitation to join someone in Apia, declined, is a declined journey to Samoa',
    },
    {
      text: 'Japanese Prime Minister Sanae Takaichi joined South Korean President Lee Jae-myung in May in condemning the launch.',
      published: '2026-05-06',
      want: [],
      why: 'joining someone in a month or in a deed is no journey',
    },
  ],
  'events/parties (session 14): talks with one side named have as sides the pair a when-clause right after them names as doing something together': [
    {
      text: 'The rift began to close after talks hosted by Turkish President Recep Tayyip Erdogan in Ankara in December 2024, when Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud agreed to the Ankara Declaration.',
      published: '2026-01-20',
      want: [{ type: 'meeting', people: ['Abiy', 'Hassan Sheikh', 'Erdo'], date: '2024-12', host: 'TUR' }],
      why: 'the host and the two who agreed at his talks',
    },
    {
      text: 'Turkish President Recep Tayyip Erdogan held talks in Ankara in December 2024, when Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud were both abroad.',
      published: '2026-01-20',
      want: [],
      why: 'two named in a when-clause that did nothing together are no sides of the talks',
    },
  ],
  'events/exclusions (session 14): a gathering\'s session joined by video is no call with the others named': [
    {
      text: 'U.S. Deputy Secretary of State Christopher Landau is due to travel to Barbados on Friday to meet Prime Minister Mia Mottley, who skipped the summit because of a budget debate at home and joined only the opening session by video link.',
      published: '2026-02-27',
      want: [{ type: 'meeting', status: 'planned', people: ['Landau', 'Mottley'], host: 'BRB' }],
      videoCalls: 0,
      why: 'the summit\'s session she joined by video is no video call with Landau',
    },
    {
      text: 'U.S. Deputy Secretary of State Christopher Landau held talks with Barbados Prime Minister Mia Mottley by video link on Thursday.',
      published: '2026-02-27',
      want: [{ type: 'video_call', people: ['Landau', 'Mottley'] }],
      why: 'talks held by video link are a video call',
    },
  ],
  'events/lexicon + visit-parts (session 14): "had flown to the kingdom on Wednesday" is a journey to the country named before': [
    {
      text: 'RIYADH (Agency) - Jordanian King Abdullah II met Saudi Crown Prince Mohammed bin Salman in Riyadh on Saturday. Abdullah had flown to the kingdom on Wednesday for the signing.',
      published: '2025-09-22',
      want: [{ type: 'visit', people: ['Abdullah II'], date: '2025-09-17', host: 'SAU' }],
      why: "'flown to' is a journey, and 'the kingdom' the country named just before that is not the traveller's",
    },
    {
      text: 'AMMAN (Agency) - Jordanian King Abdullah II met Saudi Crown Prince Mohammed bin Salman in Amman on Saturday. The crown prince had flown to the kingdom on Wednesday.',
      published: '2025-09-22',
      want: [{ type: 'visit', people: ['Mohammed bin Salman'], date: '2025-09-17', host: 'JOR' }],
      why: 'the traveller\'s own country is not the kingdom he flew to',
    },
  ],
  // (session 14, acc-probe14)
  'resolve/described-leaders: "the French leader" names the head of France the story named': [
    {
      text: 'French President Emmanuel Macron vowed unity on Ukraine on Thursday. The French leader, who landed in Washington on Tuesday, later visited New Orleans.',
      published: '2022-12-02',
      want: [{ type: 'visit', people: ['Macron'], date: '2022-11-29', host: 'USA' }],
      why: 'the country\'s adjective and "leader" name the head of that country told before',
    },
    {
      text: 'French President Emmanuel Macron vowed unity on Ukraine on Thursday. The French opposition leader landed in Washington on Tuesday, and the former French leader flew to Ottawa on Monday.',
      published: '2022-12-02',
      want: [],
      noTrip: ['Macron'],
      why: 'an opposition\'s or a former leader is not the head named before',
    },
  ],
  'events/date-for: the meeting a reception was held at shares the day with the guest\'s journey': [
    {
      text: 'Argentine President Mauricio Macri and Chilean President Sebastian Pinera talked by phone on Monday. Pinera hosted Bolivian President Evo Morales at a meeting in Santiago earlier this month.',
      published: '2019-08-30',
      want: [{ type: 'meeting', people: ['Pi', 'Morales'], date: '2019-08' }],
      dated: [['Morales', 'meeting', '2019-08']],
      why: 'the noun after "at a" and the journey\'s "in Santiago" are one telling: neither is the other\'s rival for the date',
    },
    {
      text: 'Chilean President Sebastian Pinera hosted Bolivian President Evo Morales in Santiago on August 12, days before a meeting of their foreign ministers in La Paz on August 20.',
      published: '2019-08-30',
      want: [{ type: 'meeting', people: ['Pi', 'Morales'], date: '2019-08-12' }],
      notDated: ['2019-08-20'],
      why: 'a meeting noun not set after "at a" is another exchange, with a day of its own',
    },
  ],
  'refine/default-dates: an undated exchange in a relative clause hung on a dated one of its sentence': [
    {
      text: 'Chinese President Xi Jinping and U.S. President Barack Obama held talks at the White House on Friday. They last met in Beijing in November, on the sidelines of the APEC summit, which Obama followed with a state visit.',
      published: '2015-09-25',
      want: [{ type: 'visit', people: ['Obama'], date: '2014-11', host: 'CHN' }],
      dated: [['Obama', 'visit', '2014-11']],
      why: '"which Obama followed with a state visit" is of the time of what it follows, not of the sentence before',
    },
    {
      text: 'Chinese President Xi Jinping and U.S. President Barack Obama held talks at the White House on Friday. They last met in Beijing in November, which Obama followed with a state visit to Japan in April.',
      published: '2015-09-25',
      want: [{ type: 'visit', people: ['Obama'], date: '2015-04', host: 'JPN' }],
      hostDated: [['JPN', '2015-04']],
      why: 'an exchange of the relative clause with a time of its own keeps it',
    },
  ],
  'refine/anaphora: "their previous video conference" after a meeting is of the same people by its own medium': [
    {
      text: 'Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the Kremlin on Thursday. Their previous video conference was on January 21.',
      published: '2025-05-08',
      want: [{ type: 'video_call', people: ['Putin', 'Xi'], date: '2025-01-21' }],
      why: 'an exchange told as the one before names no one, and its people are the pair just told whatever the medium',
    },
    {
      text: 'Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the Kremlin on Thursday. The video conference lasted two hours.',
      published: '2025-05-08',
      want: [{ type: 'meeting', people: ['Putin', 'Xi'], date: '2025-05-08' }],
      calls: 0,
      why: 'a call told with no "previous" is no other exchange of the meeting\'s people',
    },
  ],
  'events/parties: a verb joined by "and" shares the plural subject that opens its sentence': [
    {
      text: 'Turkish President Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday. The leaders first shook hands in Qatar in November 2022, and met again in New Delhi last September.',
      published: '2024-02-15',
      want: [{ type: 'meeting', people: ['Erdo', 'Sisi'], date: '2023-09' }],
      why: '"and met again" has no subject of its own: the leaders that open the sentence',
    },
    {
      text: 'Turkish President Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday. The ministers of trade met in Ankara in November 2022, and met again in New Delhi last September.',
      published: '2024-02-15',
      want: [{ type: 'meeting', people: ['Erdo', 'Sisi'], date: '2024-02-14' }],
      meetings: 1,
      why: 'a plural subject of some office "of" a field is not the pair told before, for the joined verb either',
    },
    {
      text: 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. Twenty-seven European Union leaders gathered in Brussels on Thursday for a summit. The leaders discussed Ukraine, and met NATO Secretary-General Mark Rutte over dinner.',
      published: '2024-12-20',
      want: [{ type: 'meeting', people: ['Macron', 'Scholz'], date: '2024-12-16' }],
      never: [['Macron', 'Rutte'], ['Scholz', 'Rutte']],
      why: 'a joined verb that names someone of its own may be the many leaders of a summit, not the pair told before',
    },
  ],
  'events/clause: ", and" before a named sender of a message opens a clause': [
    {
      text: 'U.S. President Joe Biden held a video call with Kenyan President Uhuru Kenyatta on Thursday. U.S. Secretary of State Antony Blinken spoke with Kenyan Foreign Minister Raychelle Omamo by phone last week, and Kenyatta sent Biden a letter of congratulations in January.',
      published: '2021-06-03',
      want: [
        { type: 'phone_call', people: ['Blinken', 'Omamo'] },
        { type: 'message', people: ['Kenyatta', 'Biden'], date: '2021-01' },
      ],
      never: [['Blinken', 'Kenyatta'], ['Omamo', 'Biden']],
      why: 'the sender after ", and" is the subject of a clause of its own',
    },
    {
      text: 'U.S. Secretary of State Antony Blinken sent letters to Kenyan Foreign Minister Raychelle Omamo, and Ethiopian Foreign Minister Demeke Mekonnen on Monday.',
      published: '2021-06-03',
      want: [{ type: 'message', people: ['Blinken', 'Demeke'] }],
      why: 'a list of names after ", and" with no verb of its own stays the object',
    },
  ],
  'events/date-for: a date before "and invited him to visit" is the verb\'s before "and"': [
    {
      text: 'Indian Prime Minister Narendra Modi met Israeli Prime Minister Naftali Bennett on Monday and invited him to visit India.',
      published: '2021-11-02',
      want: [{ type: 'meeting', people: ['Modi', 'Bennett'], date: '2021-11-01' }],
      why: 'the infinitive an invitation takes is no rival for the date of the meeting',
    },
    {
      text: 'Indian Prime Minister Narendra Modi met Israeli Prime Minister Naftali Bennett in Glasgow and agreed to visit Israel on March 3.',
      published: '2021-11-02',
      want: [{ type: 'meeting', people: ['Modi', 'Bennett'], date: '2021-11' }],
      notDated: ['2021-03-03'],
      why: 'a date after the infinitive is the promised exchange\'s own, not the meeting\'s',
    },
  ],
  'events/lexicon: "the summit\'s host" is a role, no reception': [
    {
      text: 'Indian Prime Minister Narendra Modi spoke by phone with Israeli Prime Minister Naftali Bennett in July. Modi held a bilateral meeting with British Prime Minister Boris Johnson, the summit\'s host, on Monday.',
      published: '2021-11-02',
      want: [{ type: 'meeting', people: ['Modi', 'Johnson'], date: '2021-11-01' }],
      meetings: 1,
      why: 'a possessive before "host" makes it a noun of office, not the verb that would take the date',
    },
    {
      text: 'British Prime Minister Boris Johnson hosted Indian Prime Minister Narendra Modi in Glasgow on Monday.',
      published: '2021-11-02',
      want: [{ type: 'meeting', people: ['Modi', 'Johnson'], date: '2021-11-01' }],
      why: 'the verb "hosted" is still a reception',
    },
  ],
  'events/date-for: a plan\'s weekday is read from the dateline\'s day, not put a week on for a later publication': [
    {
      text: 'VILNIUS, July 10 (Reuters) - Turkish President Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson held talks in Vilnius on Monday. Erdogan is expected to meet U.S. President Joe Biden on Tuesday on the sidelines of the summit.',
      published: '2023-07-12',
      want: [{ type: 'meeting', status: 'planned', people: ['Erdo', 'Biden'], date: '2023-07-11' }],
      notDated: ['2023-07-18'],
      why: 'the Tuesday after the dateline\'s Monday is the 11th',
    },
    {
      text: 'Turkish President Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson held talks in Vilnius on Monday. Erdogan is expected to meet U.S. President Joe Biden on Tuesday on the sidelines of the summit.',
      published: '2023-07-12',
      want: [{ type: 'meeting', status: 'planned', people: ['Erdo', 'Biden'], date: '2023-07-18' }],
      why: 'with no dateline, the plan\'s weekday is the next after the publication',
    },
  ],
  'events/date-for: talks a participle tells after a dated journey\'s comma are of the journey\'s day': [
    {
      text: 'JERUSALEM, March 6 (Reuters) - Israeli Prime Minister Naftali Bennett made a surprise trip to Moscow on Saturday, holding three hours of talks with Russian President Vladimir Putin at the Kremlin.',
      published: '2022-03-08',
      want: [{ type: 'meeting', people: ['Bennett', 'Putin'], date: '2022-03-05' }],
      why: 'the journey told before the comma is no rival for its date',
    },
    {
      text: 'JERUSALEM, March 6 (Reuters) - Israeli Prime Minister Naftali Bennett made a surprise trip to Moscow on Saturday, and Putin held talks with German Chancellor Olaf Scholz at the Kremlin.',
      published: '2022-03-08',
      want: [{ type: 'meeting', people: ['Putin', 'Scholz'] }],
      never: [['Bennett', 'Putin']],
      why: 'a clause with a subject of its own after ", and" is no participle of the journey',
    },
  ],
  'events/lexicon + refine/default-dates: "the last U.S. president to visit" was there, at the time a clause on him tells': [
    {
      text: 'U.S. President Barack Obama held talks with Vietnamese President Tran Dai Quang on Monday. The last U.S. president to visit Vietnam was George W. Bush, who attended an APEC summit in Hanoi in November 2006.',
      published: '2016-05-24',
      want: [{ type: 'visit', people: ['Bush'], date: '2006-11', host: 'VNM' }],
      why: 'an initial\'s dot does not end the superlative, and the "who" clause dates the journey',
    },
    {
      text: 'U.S. President Barack Obama held talks with Vietnamese President Tran Dai Quang on Monday. The last U.S. president to visit Vietnam was George W. Bush, and U.S. officials want Quang to visit Washington.',
      published: '2016-05-24',
      want: [{ type: 'visit', status: 'planned', people: ['Quang'], host: 'USA' }],
      dated: [['Bush', 'visit', null]],
      why: 'with no clause dating it, the last one\'s journey is undated; an infinitive after no superlative is still a plan',
    },
  ],
  'events/exclusions: ", their first call in two years" after a call describes that call': [
    {
      text: 'Scholz makes surprise Kyiv visit\n\nKYIV, Dec 2 (Reuters) - German Chancellor Olaf Scholz arrived in Kyiv on Monday on an unannounced visit, his first since June 2022, and met President Volodymyr Zelenskiy.\n\nScholz, who faces an election in February, had drawn criticism in Kyiv after he spoke by phone with Russian President Vladimir Putin on Nov 15, their first call in nearly two years.\n\nThe German leader pledged additional military aid. Zelenskiy thanked him at a joint news conference, and the two leaders agreed to meet again in Berlin early next year.',
      published: '2024-12-04',
      want: [{ type: 'phone_call', people: ['Scholz', 'Putin'], date: '2024-11-15' }],
      calls: 1,
      why: 'the ordinal noun set off after the call is that call, not another of the story\'s day',
    },
    {
      text: 'German Chancellor Olaf Scholz spoke by phone with Russian President Vladimir Putin on Nov 15, the first meeting of the two having been in Moscow in February 2022.',
      published: '2024-12-04',
      want: [{ type: 'phone_call', people: ['Scholz', 'Putin'], date: '2024-11-15' }],
      calls: 1,
      why: 'a noun of another kind set off so is no description of the call',
    },
  ],
  'events/lexicon: "had shaken hands" is a handshake': [
    {
      text: 'Chinese President Xi Jinping and Taiwan President Ma Ying-jeou had shaken hands in Singapore on Saturday before their talks were cut short.',
      published: '2015-11-09',
      want: [{ type: 'handshake', people: ['Xi', 'Ma Ying'], date: '2015-11-07' }],
      why: 'the past participle of "shake hands" tells the handshake as the past tense does',
    },
    {
      text: 'Chinese President Xi Jinping and Taiwan President Ma Ying-jeou have never shaken hands, officials said on Saturday.',
      published: '2015-11-09',
      want: [],
      why: 'never shaken hands is no handshake',
    },
  ],
};

describe('precision rules on sentences of our own making', () => {
  for (const [stage, cases] of Object.entries(CASES)) {
    for (const c of cases) {
      it(`${stage}: ${c.why}`, () => {
        const events = run(c.text, c.published);
        if (!c.want.length) expect(events.filter((e) => e.status === 'occurred' || e.status === 'planned'), show(events)).toEqual([]);
        for (const w of c.want) expect(events.some((e) => matches(e, w)), `want ${JSON.stringify(w)}\ngot:\n${show(events)}`).toBe(true);
        if (c.calls !== undefined) expect(events.filter((e) => e.type === 'phone_call').length, show(events)).toBe(c.calls);
        if (c.videoCalls !== undefined) expect(events.filter((e) => e.type === 'video_call').length, show(events)).toBe(c.videoCalls);
        if (c.visits !== undefined) expect(events.filter((e) => e.type === 'visit').length, show(events)).toBe(c.visits);
        if (c.meetings !== undefined) expect(events.filter((e) => e.type === 'meeting').length, show(events)).toBe(c.meetings);
        for (const d of c.notDated ?? []) expect(events.filter((e) => (e.date ?? '').startsWith(d)), show(events)).toEqual([]);
        for (const [who, type, date] of c.dated ?? []) for (const e of events.filter((e) => e.type === type && has(e, who))) expect(e.date, show(events)).toBe(date);
        for (const [host, date] of c.hostDated ?? []) for (const e of events.filter((e) => e.type === 'visit' && e.host_country === host)) expect(e.date, show(events)).toBe(date);
        for (const n of c.names ?? []) expect(events.some((e) => e.participants.some((p) => p.name === n)), show(events)).toBe(true);
        for (const who of c.once ?? []) for (const e of events) expect(e.participants.filter((p) => fold(p.name ?? '').includes(fold(who))).length, show(events)).toBeLessThanOrEqual(1);
        for (const pair of c.never ?? []) expect(events.filter((e) => pair.every((n) => has(e, n))), show(events)).toEqual([]);
        for (const who of c.noTrip ?? []) expect(events.filter((e) => e.type === 'visit' && has(e, who)), show(events)).toEqual([]);
        for (const [host, ...who] of c.notHosted ?? []) expect(events.filter((e) => e.host_country === host && who.every((n) => has(e, n))), show(events)).toEqual([]);
        for (const [who, code] of c.notOf ?? [])
          expect(events.filter((e) => e.participants.some((p) => fold(p.name ?? '').includes(fold(who)) && p.country === code)), show(events)).toEqual([]);
        if (c.sender) {
          const messages = events.filter((e) => e.type === 'message');
          expect(messages.length, show(events)).toBeGreaterThan(0);
          for (const e of messages) expect(fold(e.participants[0]?.name ?? ''), show(events)).toContain(fold(c.sender));
        }
      });
    }
  }
});
