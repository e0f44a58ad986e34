// Whole articles of our own making (test/pipeline/articles/), written after the rules were tuned on the
// seed and dev sets, in other outlets' styles: a check on text the rules were not fitted to. Each
// wanted event is what a careful reader gives; what Readout still gets wrong is listed as todo.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { extract } from '../../src/pipeline/extract.js';
import type { ExchangeEvent } from '../../src/types.js';
import { fold, matches, show, type OwnArticle as Article } from '../support/wants.js';
import { BLIND } from './blind-articles.js';

const kb = loadKnowledge();

const ARTICLES: Article[] = [
  {
    file: 'tokyo-summit.txt',
    published: '2023-03-20',
    want: [
      { type: 'meeting', people: ['Modi', 'Kishida'], date: '2023-03-20', host: 'JPN' },
      { type: 'visit', people: ['Kishida'], date: '2022', host: 'IND' },
      { type: 'meeting', people: ['Jaishankar', 'Hayashi'], date: '2023-03-20', host: 'JPN' },
      { type: 'phone_call', people: ['Kishida', 'Yoon'], date: '2023-03-19' },
      { type: 'visit', status: 'postponed', people: ['Qin Gang'], host: 'JPN' },
      // "talks … in Tokyo" that the text then calls "the visit" ("on the sidelines of the visit").
      { type: 'visit', people: ['Modi'], date: '2023-03-20', host: 'JPN' },
    ],
    never: [['Modi', 'Hayashi']],
    // The "two-plus-two" meeting of ministers the leaders agreed to is not the leaders' own.
    notPlanned: [['Modi', 'Kishida']],
  },
  {
    file: 'brasilia-thaw.txt',
    published: '2024-07-08',
    want: [
      { type: 'meeting', people: ['Lula da Silva', 'Milei'], date: '2024-07-08', host: 'BRA' },
      { type: 'visit', people: ['Milei'], host: 'BRA' },
      { type: 'visit', people: ['Mondino'], date: '2024-07-07', host: 'BRA' },
      { type: 'meeting', people: ['Mondino', 'Vieira'], date: '2024-07-07' },
      { type: 'visit', status: 'planned', people: ['Lula da Silva'], date: '2024-10', host: 'ARG' },
      { type: 'phone_call', people: ['Lula', 'Macron'], date: '2024-07-07' },
    ],
    single: [['visit', 'Mondino']],
  },
  {
    file: 'cairo-visit.txt',
    published: '2024-02-14',
    want: [
      { type: 'visit', people: ['Erdogan'], date: '2024-02-14', host: 'EGY' },
      { type: 'meeting', people: ['Erdogan', 'Sisi'], date: '2024-02-14', host: 'EGY' },
      { type: 'phone_call', people: ['Fidan', 'Shoukry'], date: '2024-02' },
      { type: 'visit', status: 'planned', people: ['Sisi'], date: '2024-04', host: 'TUR' },
      { type: 'visit', status: 'cancelled', people: ['Mohammed bin Salman'], host: 'EGY' },
    ],
  },
  { file: 'no-diplomacy.txt', published: '2024-02-14', want: [] },
  {
    file: 'canberra-beijing-trip.txt',
    published: '2023-11-03',
    want: [
      { type: 'visit', status: 'planned', people: ['Albanese'], date: '2023-11-04', host: 'CHN' },
      {
        type: 'meeting',
        status: 'planned',
        people: ['Albanese', 'Xi Jinping', 'Li Qiang'],
        date: '2023-11-06',
        host: 'CHN',
      },
      { type: 'visit', people: ['Penny Wong'], date: '2022-12', host: 'CHN' },
      { type: 'meeting', people: ['Penny Wong', 'Wang Yi'], date: '2022-12' },
      { type: 'meeting', people: ['Albanese', 'Xi Jinping'], date: '2022-11', host: 'IDN' },
      { type: 'visit', people: ['Farrell'], date: '2023-05', host: 'CHN' },
      { type: 'visit', status: 'postponed', people: ['Li Qiang'], host: 'AUS' },
    ],
  },
  {
    file: 'europe-tour-announced.txt',
    published: '2024-04-30',
    want: [
      { type: 'visit', status: 'planned', people: ['Xi Jinping'], date: '2024-05-05', host: 'FRA' },
      { type: 'visit', status: 'planned', people: ['Xi Jinping'], date: '2024-05-05', host: 'SRB' },
      { type: 'visit', status: 'planned', people: ['Xi Jinping'], date: '2024-05-05', host: 'HUN' },
      { type: 'meeting', status: 'planned', people: ['Xi Jinping', 'Macron'], host: 'FRA' },
      { type: 'visit', people: ['Macron'], date: '2023-04', host: 'CHN' },
      { type: 'visit', people: ['Xi Jinping'], date: '2019-03', host: 'ITA' },
      { type: 'visit', people: ['Xi Jinping'], date: '2019-03', host: 'MCO' },
      { type: 'visit', people: ['Xi Jinping'], date: '2019-03', host: 'FRA' },
      { type: 'meeting', people: ['Orban', 'Xi Jinping'], date: '2023-10', host: 'CHN' },
    ],
  },
  {
    file: 'press-release-nairobi.txt',
    published: '2025-03-12',
    want: [
      { type: 'meeting', people: ['Lammy', 'Mudavadi'], date: '2025-03-12', host: 'KEN' },
      { type: 'visit', people: ['Lammy'], date: '2025-03-12', host: 'KEN' },
      { type: 'meeting', people: ['Lammy', 'Ruto'], date: '2025-03-12' },
      { type: 'visit', status: 'planned', people: ['Lammy'], date: '2025-03-13', host: 'ETH' },
      { type: 'meeting', status: 'planned', people: ['Lammy', 'Abiy Ahmed'] },
      { type: 'meeting', status: 'planned', people: ['Lammy', 'Mahmoud Ali Youssouf'] },
      { type: 'visit', people: ['Lammy'], date: '2024-11', host: 'UGA' },
      { type: 'meeting', people: ['Lammy', 'Museveni'], date: '2024-11', host: 'UGA' },
    ],
    never: [
      ['Mudavadi', 'Ruto'],
      ['Mudavadi', 'Abiy Ahmed'],
    ],
  },
  {
    file: 'pyongyang-summit.txt',
    published: '2024-06-19',
    want: [
      { type: 'meeting', people: ['Putin', 'Kim Jong-un'], date: '2024-06-19', host: 'PRK' },
      { type: 'visit', people: ['Putin'], date: '2024-06-19', host: 'PRK' },
      { type: 'visit', people: ['Kim Jong-un'], date: '2023-09', host: 'RUS' },
      { type: 'meeting', people: ['Kim Jong-un', 'Putin'], date: '2023-09' },
      {
        type: 'meeting',
        status: 'planned',
        people: ['Blinken', 'Cho Tae-yul'],
        date: '2024-06',
        host: 'USA',
      },
      { type: 'visit', people: ['Putin'], date: '2024-06-19', host: 'VNM' },
      { type: 'meeting', status: 'planned', people: ['Putin', 'To Lam'] },
    ],
  },
  {
    file: 'border-talks-list.txt',
    published: '2024-12-18',
    want: [
      { type: 'meeting', people: ['Doval', 'Wang Yi'], date: '2024-12-18', host: 'CHN' },
      { type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2020-09-10', host: 'RUS' },
      { type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2024-10', host: 'RUS' },
      { type: 'visit', people: ['Doval'], date: '2024-12', host: 'CHN' },
    ],
  },
  // Written in a later session, in more outlets' styles, after the rules above were in place.
  {
    file: 'addis-state-visit.txt',
    published: '2025-03-03',
    want: [
      { type: 'visit', people: ['Ruto'], date: '2025-03-03', host: 'ETH' },
      { type: 'meeting', people: ['Ruto', 'Abiy Ahmed'], date: '2025-03-03', host: 'ETH' },
      { type: 'meeting', status: 'planned', people: ['Ruto', 'Mahmoud Ali Youssouf'], date: '2025-03-04' },
      { type: 'visit', people: ['Abiy Ahmed'], date: '2023', host: 'KEN' },
      { type: 'phone_call', people: ['Abiy Ahmed', 'Hassan Sheikh Mohamud'], date: '2025-02-25' },
      // "flew in on Sunday ahead of the visit": a journey with no place named ends at the dateline's city.
      { type: 'visit', people: ['Mudavadi'], date: '2025-03-02', host: 'ETH' },
    ],
    notDated: ['2022'],
    single: [['visit', 'Ruto'], ['visit', 'Mudavadi']],
  },
  {
    file: 'elysee-dinner.txt',
    published: '2024-06-05',
    want: [
      { type: 'meeting', people: ['Scholz', 'Macron'], date: '2024-06-05', host: 'FRA' },
      { type: 'meeting', people: ['Baerbock', 'Sejourne'], date: '2024-06-05', host: 'FRA' },
      { type: 'video_call', people: ['Scholz', 'Macron', 'Zelensky'], date: '2024-06-03' },
      { type: 'phone_call', people: ['Macron', 'Meloni'], date: '2024-06' },
      { type: 'visit', status: 'planned', people: ['Tusk'], date: '2024-06', host: 'FRA' },
      { type: 'visit', status: 'postponed', people: ['Orban'], host: 'FRA' },
    ],
    noTrip: ['Baerbock'],
  },
  {
    file: 'unga-sidelines.txt',
    published: '2024-09-24',
    want: [
      { type: 'meeting', people: ['Lula', 'Petro'], date: '2024-09-24', host: 'USA' },
      { type: 'meeting', people: ['Guterres', 'Lula'], date: '2024-09-24', host: 'USA', countries: ['UNO', 'BRA'] },
      { type: 'meeting', people: ['Guterres', 'Boric'], date: '2024-09', host: 'USA' },
      { type: 'meeting', status: 'declined', people: ['Milei', 'Lula'] },
      { type: 'visit', status: 'planned', people: ['Lula'], host: 'MEX' },
      { type: 'visit', status: 'cancelled', people: ['Petro'], host: 'VEN' },
    ],
  },
  {
    file: 'doha-crown-prince.txt',
    published: '2023-12-04',
    want: [
      { type: 'meeting', people: ['Tamim', 'Mohammed bin Salman'], date: '2023-12-03', host: 'QAT' },
      { type: 'visit', people: ['Mohammed bin Salman'], date: '2023-12-03', host: 'QAT' },
      { type: 'meeting', people: ['Mohammed bin Abdulrahman', 'Amir-Abdollahian'], date: '2023-12-02', host: 'QAT' },
      { type: 'phone_call', people: ['Erdogan', 'Tamim'], date: '2023' },
      { type: 'visit', status: 'planned', people: ['Mohamed bin Zayed'], date: '2024', host: 'QAT' },
    ],
    notDated: ['2021'],
    noEvent: ['Hamad bin Isa', 'Separately'],
  },
  {
    file: 'great-hall-wong.txt',
    published: '2024-11-22',
    want: [
      { type: 'meeting', people: ['Xi Jinping', 'Lawrence Wong'], date: '2024-11-21', host: 'CHN' },
      { type: 'visit', people: ['Lawrence Wong'], date: '2024-11-21', host: 'CHN' },
      { type: 'meeting', people: ['Lawrence Wong', 'Li Qiang'], date: '2024-11-21', host: 'CHN' },
      { type: 'visit', status: 'planned', people: ['Han Zheng'], date: '2024-12', host: 'SGP' },
      { type: 'meeting', people: ['Xi Jinping', 'Ishiba'], date: '2024-11-15', host: 'PER' },
    ],
    notDated: ['2023'],
  },
  {
    file: 'casa-rosada.txt',
    published: '2024-04-09',
    want: [
      { type: 'meeting', people: ['Milei', 'Lacalle Pou'], date: '2024-04-08', host: 'ARG' },
      { type: 'visit', status: 'planned', people: ['Pena'], date: '2024-04-11', host: 'ARG' },
      { type: 'visit', status: 'postponed', people: ['Arce'], host: 'ARG' },
      { type: 'meeting', people: ['Villarruel', 'Boluarte'], date: '2024-04', host: 'PER' },
    ],
  },
  {
    file: 'merdeka-palace.txt',
    published: '2025-01-28',
    want: [
      { type: 'meeting', people: ['Prabowo', 'Anwar Ibrahim'], date: '2025-01-27', host: 'IDN' },
      { type: 'visit', people: ['Anwar Ibrahim'], date: '2025-01-27', host: 'IDN' },
      { type: 'visit', people: ['Mohamad Hasan'], host: 'IDN' },
      { type: 'meeting', status: 'planned', people: ['Mohamad Hasan', 'Sugiono'] },
      { type: 'visit', status: 'planned', people: ['Prabowo'], date: '2025', host: 'MYS' },
      { type: 'visit', people: ['Prabowo'], date: '2025-01', host: 'IND' },
    ],
    notDated: ['2023'],
  },
  { file: 'kremlin-denials.txt', published: '2025-02-11', want: [] },
  { file: 'no-diplomacy-traps.txt', published: '2024-06-04', want: [] },
  {
    file: 'india-china-timeline.txt',
    published: '2025-09-01',
    want: [
      { type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2024-10-23', host: 'RUS' },
      { type: 'visit', people: ['Doval'], date: '2024-12-18', host: 'CHN' },
      { type: 'meeting', people: ['Doval', 'Wang Yi'], date: '2024-12-18', host: 'CHN' },
      { type: 'visit', people: ['Misri'], date: '2025-01-27', host: 'CHN' },
      { type: 'meeting', people: ['Misri', 'Wang Yi'], date: '2025-01-27' },
      { type: 'meeting', people: ['Jaishankar', 'Xi Jinping'], date: '2025-07-14', host: 'CHN' },
      { type: 'visit', people: ['Jaishankar'], date: '2025-07-14', host: 'CHN' },
      { type: 'visit', people: ['Modi'], date: '2025-08-31', host: 'CHN' },
      { type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2025-08-31', host: 'CHN' },
    ],
    notDated: ['2019'],
  },
  {
    file: 'sahel-niamey.txt',
    published: '2024-07-08',
    want: [
      { type: 'meeting', people: ['Traor', 'Go', 'Tiani'], date: '2024-07-06', host: 'NER' },
      { type: 'meeting', people: ['Faye', 'Go'], date: '2024-05', host: 'MLI' },
      // "the three capitals": the three countries the lead named together.
      { type: 'visit', status: 'planned', people: ['Faye'], host: 'MLI' },
      { type: 'visit', status: 'planned', people: ['Faye'], host: 'BFA' },
      { type: 'visit', status: 'planned', people: ['Faye'], host: 'NER' },
      // Welcomed at the airport by Niger's leader: each came to Niger.
      { type: 'visit', people: ['Traor'], date: '2024-07-06', host: 'NER' },
      { type: 'visit', people: ['Go'], date: '2024-07-06', host: 'NER' },
    ],
    noEvent: ['Tinubu'],
    never: [['Traor', 'Go', 'Faye']],
  },
  {
    file: 'mexico-carney.txt',
    published: '2025-09-18',
    want: [
      { type: 'meeting', people: ['Sheinbaum', 'Carney'], date: '2025-09-18', host: 'MEX' },
      { type: 'visit', people: ['Carney'], date: '2025-09-17', host: 'MEX' },
      { type: 'meeting', people: ['Carney', 'Ebrard'], date: '2025-09', host: 'MEX' },
      { type: 'visit', status: 'planned', people: ['Sheinbaum'], date: '2026', host: 'CAN' },
    ],
  },
  {
    file: 'kremlin-pezeshkian.txt',
    published: '2025-01-17',
    want: [
      { type: 'meeting', people: ['Putin', 'Pezeshkian'], date: '2025-01-17', host: 'RUS' },
      { type: 'visit', people: ['Pezeshkian'], date: '2025-01-17', host: 'RUS' },
      { type: 'meeting', people: ['Putin', 'Pezeshkian'], date: '2024-10', host: 'TKM' },
      // "before the signing ceremony": on the day of the signing the lead tells, in Moscow.
      { type: 'meeting', people: ['Lavrov', 'Araghchi'], date: '2025-01-17', host: 'RUS' },
    ],
    noEvent: ['Trump'],
  },
  {
    file: 'islamabad-vice-premier.txt',
    published: '2024-10-15',
    want: [
      { type: 'meeting', people: ['Ishaq Dar', 'Ding Xuexiang'], date: '2024-10-15', host: 'PAK' },
      { type: 'phone_call', people: ['Ishaq Dar', 'Wang Yi'], date: '2024-10' },
      { type: 'visit', people: ['Ding Xuexiang'], date: '2024-10-15', host: 'PAK' },
      { type: 'visit', status: 'declined', people: ['Shehbaz Sharif'], host: 'AFG' },
      // "the Chinese guest" is Ding, the Chinese the story tells of, not Wang Yi named since.
      { type: 'meeting', status: 'planned', people: ['Shehbaz Sharif', 'Ding Xuexiang'], date: '2024-10-15', host: 'PAK' },
    ],
    never: [['Shehbaz Sharif', 'Wang Yi']],
    notDated: ['2019'],
  },
  {
    file: 'xinhua-petro.txt',
    published: '2025-05-14',
    want: [
      { type: 'meeting', people: ['Xi Jinping', 'Petro'], date: '2025-05-14', host: 'CHN' },
      { type: 'visit', people: ['Petro'], date: '2025-05', host: 'CHN' },
      { type: 'meeting', people: ['Li Qiang', 'Lula'], date: '2025-05-13', host: 'CHN' },
      { type: 'visit', people: ['Lula'], date: '2025-05', host: 'CHN' },
      { type: 'video_call', people: ['Wang Yi', 'van Klaveren'], date: '2025-05-09' },
      { type: 'visit', people: ['Petro'], date: '2023-10', host: 'CHN' },
    ],
  },
  {
    file: 'dar-es-salaam-summit.txt',
    published: '2025-02-08',
    want: [
      { type: 'meeting', people: ['Ruto', 'Kagame'], date: '2025-02-08', host: 'TZA' },
      { type: 'meeting', people: ['Samia', 'Ramaphosa'], date: '2025-02', host: 'TZA' },
      { type: 'phone_call', people: ['Ruto', 'Tshisekedi'], date: '2025-02-06' },
    ],
    never: [['Kagame', 'Tshisekedi']],
    noEvent: ['Museveni', 'Ishaq Dar'],
  },
  {
    file: 'montevideo-inauguration.txt',
    published: '2025-03-03',
    want: [
      { type: 'meeting', people: ['Orsi', 'Lula'], date: '2025-03-02', host: 'URY' },
      { type: 'meeting', people: ['Orsi', 'Boric'], date: '2025-03', host: 'URY' },
      { type: 'visit', people: ['Boric'], date: '2025', host: 'URY' },
      { type: 'meeting', people: ['Werthein', 'Orsi'], date: '2025-03-01', host: 'URY' },
      { type: 'visit', status: 'planned', people: ['Orsi'], date: '2025-04', host: 'BRA' },
      { type: 'phone_call', people: ['Lubetkin', 'Vieira'], date: '2025-02-25', countries: ['URY', 'BRA'] },
    ],
    noEvent: ['Milei'],
  },
  {
    file: 'rome-chigi.txt',
    published: '2025-06-03',
    want: [
      { type: 'meeting', people: ['Meloni', 'Mitsotakis'], date: '2025-06-03', host: 'ITA' },
      { type: 'visit', status: 'cancelled', people: ['Meloni'], host: 'GRC' },
      { type: 'meeting', people: ['Mattarella', 'Mitsotakis'], date: '2025-06-03', host: 'ITA' },
      { type: 'visit', status: 'planned', people: ['Tajani'], date: '2025-06-05', host: 'TUR' },
      { type: 'meeting', status: 'planned', people: ['Tajani', 'Fidan'], date: '2025-06-05', host: 'TUR' },
    ],
  },
  {
    file: 'downing-street-modi.txt',
    published: '2025-07-24',
    want: [
      { type: 'meeting', people: ['Starmer', 'Modi'], date: '2025-07-24', host: 'GBR' },
      { type: 'visit', people: ['Modi'], date: '2025-07-23', host: 'GBR' },
      { type: 'meeting', people: ['Modi', 'Charles'], host: 'GBR' },
      { type: 'meeting', people: ['Lammy', 'Jaishankar'], date: '2025-07', host: 'GBR' },
      { type: 'visit', people: ['Modi'], date: '2021', host: 'GBR' },
      { type: 'visit', status: 'postponed', people: ['Starmer'], host: 'IND' },
    ],
  },
  {
    file: 'jeddah-spa.txt',
    published: '2025-03-10',
    want: [
      { type: 'meeting', people: ['Mohammed bin Salman', 'Zelensky'], date: '2025-03-10', host: 'SAU' },
      { type: 'visit', people: ['Zelensky'], date: '2025-03-10', host: 'SAU' },
      { type: 'meeting', status: 'planned', people: ['Rubio', 'Yermak'], date: '2025-03-11', host: 'SAU' },
    ],
  },
  // Written in session 5, after the todos above were fixed: longer wire copy with background paragraphs,
  // recaps and distractions, on regions and forms the set lacked.
  {
    file: 'vientiane-asean.txt',
    published: '2024-07-26',
    want: [
      { type: 'visit', people: ['Blinken'], date: '2024-07-26', host: 'LAO' },
      { type: 'visit', people: ['Wang Yi'], date: '2024-07', host: 'LAO' },
      { type: 'meeting', people: ['Wang Yi', 'Manalo'], date: '2024-07-25', host: 'LAO' },
      { type: 'meeting', status: 'planned', people: ['Blinken', 'Wang Yi'], date: '2024-07-27', host: 'LAO' },
      { type: 'meeting', people: ['Blinken', 'Wang Yi'], date: '2024-04', host: 'CHN' },
      { type: 'visit', people: ['Blinken'], date: '2024-04', host: 'CHN' },
      { type: 'meeting', people: ['Lavrov', 'Saleumxay'], date: '2024-07-25', host: 'LAO' },
      { type: 'visit', status: 'planned', people: ['Blinken'], host: 'JPN' },
      { type: 'meeting', status: 'planned', people: ['Blinken', 'Kamikawa', 'Kihara'], host: 'JPN' },
      { type: 'visit', status: 'planned', people: ['Blinken'], host: 'PHL' },
      { type: 'visit', status: 'planned', people: ['Blinken'], host: 'MNG' },
      { type: 'phone_call', people: ['Maris', 'Sok Chenda'], date: '2024-07-24' },
      { type: 'visit', status: 'postponed', people: ['Maris'], host: 'KHM' },
      { type: 'visit', status: 'planned', people: ['Mohamad Hasan'], host: 'MMR' },
      { type: 'visit', people: ['Retno'], date: '2024-02', host: 'LAO' },
    ],
    // "ASEAN talks as Blinken, Wang arrive": the bloc's gathering, no talks of the two.
    never: [['Blinken', 'Lavrov'], ['Blinken', 'Manalo']],
    single: [['visit', 'Wang Yi']],
  },
  {
    file: 'au-summit-addis.txt',
    published: '2025-02-16',
    want: [
      { type: 'meeting', people: ['Ruto', 'Hassan Sheikh'], date: '2025-02-15', host: 'ETH' },
      { type: 'meeting', people: ['Ruto', 'Hassan Sheikh'], date: '2025-01', host: 'KEN' },
      { type: 'meeting', people: ['Abiy', 'Madbouly'], date: '2025-02-16', host: 'ETH' },
      { type: 'visit', people: ['Madbouly'], date: '2025-02', host: 'ETH' },
      { type: 'meeting', status: 'declined', people: ['Tshisekedi', 'Kagame'] },
      { type: 'visit', people: ['Kagame'], date: '2025-02-14', host: 'ETH' },
      { type: 'meeting', people: ['Kagame', 'Guterres'], date: '2025-02-15', host: 'ETH' },
      { type: 'meeting', people: ['Guterres', 'Lourenço'], date: '2025-02-15', host: 'ETH' },
      { type: 'visit', status: 'planned', people: ['Youssouf'], date: '2025-03', host: 'SDN' },
      { type: 'meeting', status: 'planned', people: ['Youssouf', 'Burhan'], date: '2025-03', host: 'SDN' },
      { type: 'phone_call', people: ['Ramaphosa', 'Trump'], date: '2025-01' },
      // "hosted Abiy and Hassan Sheikh for the talks that produced the agreement": the agreement signed in Ankara in December.
      { type: 'meeting', people: ['Erdogan', 'Abiy', 'Hassan Sheikh'], date: '2024-12', host: 'TUR' },
    ],
    noTrip: ['Tshisekedi', 'Suminwa'],
    never: [['Youssouf', 'Odinga']],
    notPlanned: [['Ramaphosa', 'Trump']],
  },
  {
    file: 'lula-cancels-kazan.txt',
    published: '2024-10-20',
    want: [
      { type: 'visit', status: 'cancelled', people: ['Lula'], host: 'RUS' },
      // "will lead the Brazilian delegation to Kazan … expected to arrive on Tuesday".
      { type: 'visit', status: 'planned', people: ['Vieira'], date: '2024-10-22', host: 'RUS' },
      // "had been due to hold bilateral meetings … Those meetings will not take place".
      { type: 'meeting', status: 'cancelled', people: ['Lula', 'Putin'], date: '2024-10', host: 'RUS' },
      { type: 'meeting', status: 'cancelled', people: ['Lula', 'Xi Jinping'], date: '2024-10', host: 'RUS' },
      { type: 'phone_call', people: ['Putin', 'Lula'], date: '2024-10-20' },
      { type: 'meeting', status: 'planned', people: ['Putin', 'Lula'], host: null },
      { type: 'meeting', people: ['Putin', 'Lula'], date: '2010' },
      { type: 'visit', people: ['Lula'], date: '2024-09', host: 'USA' },
      { type: 'meeting', people: ['Lula', 'Biden'], date: '2024-09', host: 'USA' },
      { type: 'visit', people: ['Lula'], date: '2023-04', host: 'CHN' },
      { type: 'meeting', people: ['Lula', 'Xi Jinping'], date: '2023-04', host: 'CHN' },
      { type: 'visit', status: 'planned', people: ['Xi Jinping'], host: 'BRA' },
      // "… host G20 leaders in Rio de Janeiro on Nov. 18-19. Putin … will send Foreign Minister Sergei Lavrov instead".
      { type: 'visit', status: 'planned', people: ['Lavrov'], date: '2024-11-18', host: 'BRA' },
    ],
    noEvent: ['Boulos'],
    noTrip: ['Putin'],
  },
  // A ministry's press-release page: readouts under headings, formal titles ("Mr. IWAYA Takeshi, Minister
  // for Foreign Affairs of Japan", "of the Republic of the Philippines") and a press-conference transcript.
  {
    file: 'mofa-readouts.txt',
    published: '2025-03-06',
    want: [
      { type: 'phone_call', people: ['Iwaya', 'Manalo'], date: '2025-03-05', countries: ['JPN', 'PHL'] },
      { type: 'visit', status: 'planned', people: ['Iwaya'], host: 'PHL' },
      { type: 'meeting', people: ['Ishiba', 'Mudavadi'], date: '2025-03-04', host: 'JPN' },
      { type: 'visit', people: ['Mudavadi'], date: '2025-03', host: 'JPN' },
      { type: 'video_call', people: ['Iwaya', 'Baerbock'], date: '2025-03-03' },
      { type: 'meeting', status: 'planned', people: ['Iwaya', 'Wang Yi'], date: '2025-03-22', host: 'JPN' },
      { type: 'meeting', status: 'planned', people: ['Iwaya', 'Cho Tae-yul'], date: '2025-03-22', host: 'JPN' },
      { type: 'visit', people: ['Iwaya'], date: '2024-12', host: 'CHN' },
      { type: 'meeting', people: ['Iwaya', 'Wang Yi'], date: '2024-12', host: 'CHN' },
      { type: 'visit', status: 'planned', people: ['Sugiono'], host: 'JPN' },
      { type: 'meeting', status: 'planned', people: ['Iwaya', 'Sugiono'], date: '2025-03-10', host: 'JPN' },
      // "Mudavadi conveyed a message from President William Ruto": Ruto's, to the prime minister who received him.
      { type: 'message', people: ['Ruto', 'Ishiba'], date: '2025-03-04' },
    ],
    single: [['phone_call', 'Manalo'], ['video_call', 'Baerbock'], ['visit', 'Mudavadi']],
    never: [['Manalo', 'Sugiono'], ['Wang Yi', 'Cho Tae-yul']],
    notDated: ['2025-08', '2026'],
  },
  {
    file: 'muscat-mediation.txt',
    published: '2025-04-13',
    want: [
      { type: 'meeting', people: ['Araghchi', 'Witkoff'], date: '2025-04-12', host: 'OMN' },
      { type: 'visit', people: ['Araghchi'], date: '2025-04-11', host: 'OMN' },
      { type: 'visit', people: ['Witkoff'], date: '2025-04-12', host: 'OMN' },
      { type: 'meeting', people: ['Araghchi', 'Haitham'], date: '2025-04', host: 'OMN' },
      { type: 'meeting', people: ['Witkoff', 'Macron'], date: '2025-04', host: 'FRA' },
      // "The two sides will meet again next Saturday … He did not say where."
      { type: 'meeting', status: 'planned', people: ['Araghchi', 'Witkoff'], date: '2025-04-19', host: null },
      { type: 'phone_call', people: ['Mohammed bin Abdulrahman', 'Araghchi'], date: '2025-04-11' },
      { type: 'visit', status: 'planned', people: ['Khalid bin Salman'], host: 'IRN' },
      // "The talks follow a letter Trump sent last month to … Khamenei".
      { type: 'message', people: ['Trump', 'Khamenei'], date: '2025-03' },
    ],
    // The mediator's minister "in the presence of", the UAE president an adviser serves, Trump of the "when" clause.
    // (Trump and Khamenei are the letter's sides, and of nothing else: one event has Khamenei.)
    never: [['Araghchi', 'Trump'], ['Araghchi', 'Mohamed bin Zayed'], ['Witkoff', 'Haitham'], ['Araghchi', 'Khamenei']],
    single: [['message', 'Khamenei']],
    notDated: ['2013'],
    todo: [
      "Anwar Gargash, an adviser the knowledge does not know, 'who met Araghchi on March 12' in Tehran",
    ],
  },
  {
    file: 'santiago-lula-boric.txt',
    published: '2024-08-05',
    want: [
      { type: 'visit', people: ['Lula'], date: '2024-08', host: 'CHL' },
      { type: 'meeting', people: ['Lula', 'Boric'], date: '2024-08-05', host: 'CHL' },
      { type: 'meeting', people: ['Vieira', 'van Klaveren'], date: '2024-08', host: 'CHL' },
      { type: 'phone_call', people: ['Lula', 'Petro'], date: '2024-08-01' },
      { type: 'phone_call', people: ['Lula', 'López Obrador'], date: '2024-08-01' },
      // "… before flying to Bolivia on Wednesday for a meeting with President Luis Arce".
      { type: 'visit', status: 'planned', people: ['Lula'], date: '2024-08-07', host: 'BOL' },
      { type: 'meeting', status: 'planned', people: ['Lula', 'Arce'], date: '2024-08-07', host: 'BOL' },
      { type: 'visit', status: 'planned', people: ['Milei'], date: '2024-09', host: 'CHL' },
      { type: 'visit', people: ['Boric'], date: '2023-12', host: 'BRA' },
      { type: 'meeting', people: ['Boric', 'Lula'], date: '2023-12', host: 'BRA' },
      { type: 'visit', people: ['Lula'], date: '2010', host: 'CHL' },
    ],
    never: [['Milei', 'Lula'], ['Maduro', 'Lula']],
    noTrip: ['Maduro'],
    single: [['visit', 'Boric']],
  },
  // Written in session 6 (accuracy-old-garbled), gold set down before Readout was run on them: older years
  // (2003–2011) and damaged copies — hard-wrapped wire copy, OCR garble, a machine translation, a truncated
  // copy, page chrome, a chronology with years only, Indian English dates, a ministry's press release.
  // Blind run: 31 of 64 wanted events found, 19 of 49 events spurious. Where a want below is looser than
  // the gold first written, its todo says what is still wrong.
  {
    file: 'old-wire-hu-delhi.txt',
    published: '2006-11-21',
    want: [
      { type: 'meeting', people: ['Hu Jintao', 'Manmohan Singh'], date: '2006-11-21', host: 'IND' },
      { type: 'visit', people: ['Hu Jintao'], date: '2006-11-20', host: 'IND' },
      { type: 'meeting', people: ['Hu Jintao', 'Abdul Kalam'], date: '2006-11-21', host: 'IND' },
      { type: 'visit', status: 'planned', people: ['Manmohan Singh'], date: '2007', host: 'CHN' },
      { type: 'visit', people: ['Wen Jiabao'], date: '2005-04', host: 'IND' },
      { type: 'visit', status: 'planned', people: ['Hu Jintao'], date: '2006-11-23', host: 'PAK' },
      // "… to meet business leaders before flying to Islamabad on Thursday for talks with Musharraf".
      { type: 'meeting', status: 'planned', people: ['Hu Jintao', 'Musharraf'], date: '2006-11-23', host: 'PAK' },
    ],
    // "the first Chinese head of state to visit India in a decade" tells no visit of 1996.
    notDated: ['1996'],
    noEvent: ['Menon', 'Rajesh', 'Denyer'],
    never: [['Manmohan Singh', 'Musharraf']],
  },
  {
    file: 'old-ocr-lula-pretoria.txt',
    published: '2003-11-08',
    want: [
      { type: 'meeting', people: ['Lula', 'Mbeki'], date: '2003-11-08', host: 'ZAF' },
      { type: 'visit', people: ['Lula'], date: '2003-11-07', host: 'ZAF' },
      { type: 'visit', people: ['Lula'], date: '2003', host: 'STP' },
      { type: 'visit', people: ['Lula'], date: '2003', host: 'AGO' },
      { type: 'visit', people: ['Lula'], date: '2003', host: 'MOZ' },
      { type: 'visit', people: ['Lula'], date: '2003', host: 'NAM' },
      { type: 'meeting', people: ['Amorim', 'Dlamini-Zuma'], date: '2003-11-07', host: 'ZAF' },
      { type: 'visit', people: ['Mbeki'], date: '2002', host: 'BRA' },
      { type: 'visit', status: 'planned', people: ['Mbeki'], date: '2004', host: 'BRA' },
    ],
  },
  {
    file: 'old-mt-lavrov-astana.txt',
    published: '2011-10-05',
    want: [
      { type: 'visit', people: ['Lavrov'], date: '2011-10-05', host: 'KAZ' },
      { type: 'meeting', people: ['Nazarbayev', 'Lavrov'], date: '2011-10-05', host: 'KAZ' },
      { type: 'meeting', people: ['Lavrov', 'Kazykhanov'], date: '2011-10-05', host: 'KAZ' },
      { type: 'phone_call', people: ['Nazarbayev', 'Medvedev'], date: '2011-09-28' },
      { type: 'visit', status: 'planned', people: ['Nazarbayev'], date: '2011-10', host: 'RUS' },
      { type: 'visit', people: ['Lavrov'], date: '2011-06', host: 'KAZ' },
    ],
    never: [['Medvedev', 'Lavrov']],
  },
  {
    file: 'old-truncated-rice-beijing.txt',
    published: '2005-07-10',
    want: [
      { type: 'meeting', people: ['Rice', 'Hu Jintao'], date: '2005-07-10', host: 'CHN' },
      { type: 'visit', people: ['Rice'], date: '2005-07-09', host: 'CHN' },
      { type: 'visit', people: ['Rice'], date: '2005', host: 'THA' },
      { type: 'meeting', people: ['Rice', 'Thaksin'], date: '2005', host: 'THA' },
      // "… from Bangkok, where she had talks with Thaksin, and held a working dinner … with Li Zhaoxing".
      { type: 'meeting', people: ['Rice', 'Li Zhaoxing'], date: '2005-07-09', host: 'CHN' },
      { type: 'visit', people: ['Rice'], date: '2005-03', host: 'CHN' },
      { type: 'visit', status: 'planned', people: ['Rice'], date: '2005-07-11', host: 'JPN' },
      { type: 'meeting', status: 'planned', people: ['Rice', 'Koizumi'], host: 'JPN' },
      { type: 'meeting', status: 'planned', people: ['Rice', 'Machimura'], host: 'JPN' },
      // "Rice flies to Tokyo on Monday and on to Seoul on Tuesday".
      { type: 'visit', status: 'planned', people: ['Rice'], date: '2005-07-12', host: 'KOR' },
    ],
    never: [['Hu Jintao', 'Li Zhaoxing']],
    // The planned talks with Koizumi and Machimura are one meeting with both (gold: one each).
    notDated: ['2005-06', '2006'],
    todo: [
      "'meet Prime Minister Junichiro Koizumi and Foreign Minister Nobutaka Machimura': one meeting per counterpart (one country's counterparts are not split)",
    ],
  },
  {
    file: 'old-chrome-putin-paris.txt',
    published: '2003-02-10',
    want: [
      { type: 'visit', people: ['Putin'], date: '2003-02-10', host: 'FRA' },
      { type: 'meeting', people: ['Putin', 'Chirac'], date: '2003-02-10', host: 'FRA' },
      { type: 'visit', people: ['Putin'], date: '2003-02', host: 'DEU' },
      { type: 'meeting', people: ['Putin', 'Schroeder'], date: '2003-02-09', host: 'DEU' },
      { type: 'meeting', people: ['Villepin', 'Ivanov'], date: '2003-02-10', host: 'FRA' },
      { type: 'phone_call', people: ['Chirac', 'Blair'], date: '2003-02-08' },
    ],
    // An "Also read:" link to another story is page chrome, not this article's narrative.
    noEvent: ['Bush', 'Lambert', 'Ayissi'],
    single: [['meeting', 'Chirac']],
  },
  {
    file: 'old-chronology-abe-beijing.txt',
    published: '2006-10-08',
    want: [
      { type: 'visit', people: ['Abe'], date: '2006-10-08', host: 'CHN' },
      { type: 'meeting', people: ['Abe', 'Wen Jiabao'], date: '2006-10-08', host: 'CHN' },
      { type: 'meeting', status: 'planned', people: ['Abe', 'Hu Jintao'], date: '2006-10-08', host: 'CHN' },
      { type: 'visit', status: 'planned', people: ['Abe'], date: '2006-10-09', host: 'KOR' },
      // Gold: 2006-10-09. "flies on to Seoul on Monday for talks": the house rule dates what a journey is
      // for by its month only (dev 009: "arrives … on Thursday for a summit"); the day is not claimed.
      { type: 'meeting', status: 'planned', people: ['Abe', 'Roh Moo-hyun'], date: '2006-10', host: 'KOR' },
      { type: 'visit', people: ['Jiang Zemin'], date: '1998', host: 'JPN' },
      { type: 'visit', people: ['Obuchi'], date: '1999', host: 'CHN' },
      { type: 'visit', people: ['Zhu Rongji'], date: '2000', host: 'JPN' },
      { type: 'visit', people: ['Koizumi'], date: '2001', host: 'CHN' },
      { type: 'meeting', people: ['Hu Jintao', 'Koizumi'], date: '2005', host: 'IDN' },
    ],
    never: [['Abe', 'Koizumi']],
  },
  {
    file: 'old-indian-singh-london.txt',
    published: '2004-09-20',
    want: [
      { type: 'visit', people: ['Manmohan Singh'], date: '2004-09-18', host: 'GBR' },
      { type: 'meeting', people: ['Manmohan Singh', 'Blair'], date: '2004-09-20', host: 'GBR' },
      { type: 'visit', status: 'planned', people: ['Manmohan Singh'], date: '2004-09-21', host: 'USA' },
      { type: 'meeting', status: 'planned', people: ['Manmohan Singh', 'Bush'], date: '2004-09-21', host: 'USA' },
      { type: 'meeting', status: 'planned', people: ['Manmohan Singh', 'Musharraf'], date: '2004-09-24', host: 'USA' },
      { type: 'phone_call', people: ['Manmohan Singh', 'Musharraf'], date: '2004-09-14' },
      { type: 'visit', people: ['Natwar Singh'], date: '2004-09-05', host: 'PAK' },
      { type: 'meeting', people: ['Natwar Singh', 'Kasuri'], date: '2004-09-05', host: 'PAK' },
      { type: 'meeting', people: ['Vajpayee', 'Musharraf'], date: '2004-01', host: 'PAK' },
    ],
    never: [['Blair', 'Bush'], ['Natwar Singh', 'Musharraf']],
  },
  {
    file: 'old-mea-singh-china.txt',
    published: '2008-01-10',
    want: [
      { type: 'visit', status: 'planned', people: ['Manmohan Singh'], date: '2008-01-13', host: 'CHN' },
      { type: 'meeting', status: 'planned', people: ['Manmohan Singh', 'Wen Jiabao'], date: '2008-01-14', host: 'CHN' },
      { type: 'meeting', status: 'planned', people: ['Manmohan Singh', 'Hu Jintao'], date: '2008-01', host: 'CHN' },
      { type: 'meeting', status: 'planned', people: ['Manmohan Singh', 'Wu Bangguo'], date: '2008-01', host: 'CHN' },
      { type: 'meeting', people: ['Manmohan Singh', 'Wen Jiabao'], date: '2007-11-21', host: 'SGP' },
      { type: 'visit', people: ['Hu Jintao'], date: '2006-11', host: 'IND' },
      { type: 'visit', people: ['Vajpayee'], date: '2003-06', host: 'CHN' },
    ],
    // "He will also call on H.E. Mr. Hu Jintao, …, and meet H.E. Mr. Wu Bangguo, …": one meeting with each.
    never: [['Wen Jiabao', 'Hu Jintao'], ['Hu Jintao', 'Wu Bangguo']],
  },
];

/**
 * Wants of the blind articles (blind-articles.ts, gold written before Readout was run on them) that Readout
 * still gets wrong, by index, with what goes wrong: run as todo, the rest as checks.
 */
// Session 10 (acc-todos5), general rules for the pending wants of all sets: 503 -> 534 of 596 found, events matching
// no want 70 -> 51 (by set: 62 -> 64 of 64, 103 -> 108 of 112, 73 -> 74 of 80, 31 of 32, 95 -> 102 of 118,
// 88 -> 93 of 113, 51 -> 62 of 77).
// Session 11 (acc-blind15): set 10 added, 57 -> 82 of 114 after its rules; the older sets 707 -> 709 of 827 (eu-council
// 7 and 8), 97 events matching no want, unchanged.
// Session 14 (acc-blind20): set 15 added, 63 -> 88 of 96 after its rules (27 -> 4 events matching no want, 3 -> 1 checks
// broken); the older sets 1,014 -> 1,016 of 1,270 (cutshort-modi-jeddah 5, standard-kenya-samia 2), 170 -> 171 events
// matching no want (tracker-gulf-table's conditional ceremony), 20 checks broken, unchanged.
// Session 14 (acc-todos6), general rules for the pending wants of all sets: 1,203 -> 1,213 of 1,482 found, events
// matching no want 165 -> 165 (since-bounds told by a journey noun or 'the island', 'and returned' with its companions,
// 'came to the White House', 'when he and X signed' during a visit, 'received the Minister for X in a city').
const BLIND_PENDING: Record<string, Record<number, string>> = {
  'oped-africa-visits.txt': {
    2: "'Obama returned to the continent several times, including Ethiopia the same summer as Kenya': no visit to Ethiopia",
    23: "'Rubio has already said he would skip the G20 foreign ministers' meeting in February, and he did': skipping a meeting abroad is no declined visit",
  },
  // Session 7 (acc-blind8): blind 48 of 80, 67 of 80 after the rules of that session.
  'mofa-summit-numbered.txt': {
    4: "'Their Majesties the Emperor and Empress received President Prabowo at the Imperial Palace': the Emperor is named by his title alone, and the knowledge has no Emperor of Japan to name him",
  },
  'eu-council-release.txt': {
    3: "'The 31st EU-Japan summit will take place in Tokyo on 20 April 2026. The European Union will be represented by … Costa, and … von der Leyen. Japan will be represented by Prime Minister Sanae Takaichi': a summit's sides named in the sentences after it ('represented by')",
  },
  'feature-timeline.txt': {
    2: "'Foreign Minister Abdulla Khaleel is expected to travel to New Delhi in September': a minister the knowledge does not know, named with an office but no country, is no side (the article is filed from Malé)",
    3: "'In his first months in office Muizzu chose Türkiye and then China for his first state visits': visits told as a choice of countries",
  },
  // Session 8 (acc-blind10), the precision set: blind 23 of 32, with 32 events matching no want (25 a reader
  // would not give at all); after the session's general rules, the counts in the report.
  'moscow-kuril-wire.txt': {
    3: "'Mikhail Gorbachev, in April 1991, became the first Soviet leader to visit Japan': the knowledge has neither Gorbachev nor the Soviet Union, so the traveller, titled only after the verb, has no country",
  },
  // Session 8 (acc-blind9): blind 58 of 118 (52 of 99 occurred), 85 of 118 (74 of 99) after the rules of that session.
  'reuters-nagato-onsen.txt': {
    12: "'Obama is due to travel to Hawaii later this month, and Abe will visit Pearl Harbor with him on Dec. 27': beside the first clause's trip at home, the second clause's visit is lost (told alone it is found)",
    13: "the same: 'visit … with him' gives no planned meeting with Obama",
  },
  'kyodo-abe-tehran.txt': {
    7: "'the two leaders had discussed Iran at length during Trump's state visit to Japan in late May': talks told by 'discussed … during a visit' give no meeting",
  },
  'nation-tillerson-nairobi.txt': {
    3: "'The Secretary's tour began in Ethiopia, where he spent Wednesday and Thursday': a tour that 'began in' a country gives no visit there, and 'The Secretary' is no title the story's people are known by",
    5: "'… and the chairperson of the African Union Commission, Moussa Faki Mahamat, at the AU headquarters': the name set off by commas after the title is not taken as the second one met",
    6: "'In Djibouti on Friday morning, before flying to Nairobi, he met President Guelleh': a meeting in a place that opens the sentence tells no visit there, though the tour's legs and 'arrived … from Djibouti' make it one",
  },
  'arabnews-beijing-ministers.txt': {
    4: "'announced in Beijing on March 10 after four days of talks between … Al-Aiban and Ali Shamkhani …, hosted by … Wang Yi': the talks are dated by default and placed in Iran (the 'Iran' of the clause before), not at the announcement's Beijing",
    6: "'A second call followed in early April': a call that names no one refers back to no sides",
  },
  'ht-tianjin-modi-xi.txt': {
    5: "'Modi also met Cai Qi, a member of the Standing Committee of the Communist Party's Politburo': a party post the knowledge does not hold gives Cai Qi no side",
    8: "'held talks with … Jaishankar and the 24th round of boundary talks with … Doval': the second 'talks' of one verb loses its counterpart",
    16: "'if Xi were to attend, it would be his first visit to India since the informal summit at Mamallapuram in October 2019': the past visit a counterfactual's 'first since' names is not given",
  },
  'dw-scholz-kremlin.txt': {
    5: "'Macron traveled the same route a week ago. He met Putin in Moscow on February 7': 'the same route' names no place, and a meeting in Moscow tells no visit",
  },
  // Session 9 (acc-blind11): blind 54 of 113 (41 events matching no want, 5 checks broken); after that session's
  // rules 57 of 113 (12 events matching no want even by type and people, 1 check broken); after acc-todos4's
  // general rules 87 of 113 (20 events matching no want, 6 of them even by type and people; 1 check broken).
  // What is left, most common pattern first in each article.
  'montevideo-mercosur-tour.txt': {
    9: "'Milei is expected to arrive in Asunción only on the morning of the summit': the summit's date (July 2, in the next paragraph) is not carried to the arrival, dated the news month",
    10: "'The heads of state of the bloc will gather in Asunción next Thursday, July 2, where Peña will hand the pro tempore presidency … to Orsi': the planned meeting is found, but dated at the month and not placed at the gathering's Asunción",
  },
  'riyadh-sudan-calls.txt': {
    17: "'delivered a message from the Custodian of the Two Holy Mosques, King Salman bin Abdulaziz': a message carried from one named by his style gives no message",
  },
  'baku-tbilisi-almaty.txt': {
    11: "'who invited him to the consultative meeting … to be held in Samarkand in November. Aliyev accepted the invitation': an accepted invitation gives no planned visit (a planned Aliyev-Mirziyoyev meeting in the United States, dated a week on, is given instead)",
  },
  'err-nb8-defence.txt': {
    10: "'when Häkkänen hosted them on Suomenlinna': a host of a group named as 'them' is no meeting",
  },
  'akp-lao-premier.txt': {
    4: "'and on Samdech Moha Rathsapheathika Thipadei Khuon Sudary, President of the National Assembly': a name unknown to the knowledge after a chain of honorifics, titled only after it, gives the courtesy call no counterpart",
  },
  'athens-ankara-decades.txt': {
    2: "'The first visit by a Turkish head of state to Greece came in November 1952, when President Celal Bayar was received in Athens by King Paul': a visit noun whose traveller is named in the when-clause gives no visit, and Bayar (unknown) takes no country from 'a Turkish head of state'",
    3: "'Andreas Papandreou and Turgut Özal, then prime ministers, met in Davos': two leaders the knowledge lacks, titled only by a plural 'then prime ministers' after them, have no countries",
    4: "'produced a visit by Özal to Athens in June 1988, the first by a Turkish prime minister in 36 years': the same for Özal",
    5: "'exchanged visits in early 2000, Papandreou travelling to Ankara in January and Cem to Athens in February': the absolute participle's month is not read (the visit is dated 2000)",
    6: "the same: the gapped 'and Cem to Athens in February' gives no visit",
    10: "'the first High-Level Cooperation Council, held with George Papandreou, by then prime minister': a council 'held with' someone is no meeting",
    12: "'it produced an unprecedented public clash … with President Prokopis Pavlopoulos': a public clash in person is no meeting trigger",
    20: "'Dendias was the first European minister to visit the disaster zone, flying to Adana with Cavusoglu': the date is the earthquake's of the sentence before ('The February 2023 earthquake'), and the visit is dated the news month",
    21: 'the same: no meeting with Cavusoglu is given',
    23: "'Mitsotakis and Erdogan revived the High-Level Cooperation Council in Athens on December 7 that year': 'revived the Council' is no meeting trigger, and 'that year' points back to 2023",
    24: 'the same: no visit of Erdogan to Athens',
    27: "'held political dialogue talks in Ankara on February 12 with her counterpart': DESIGN gives a meeting, not a visit, for a city named only as the talks' venue; the reader's visit stays todo (and the talks are dated March, the council's month)",
  },
  'businessday-tau-washington.txt': {
    4: "'While Tau was in Washington, President Cyril Ramaphosa received German President Frank-Walter Steinmeier at the Union Buildings on Wednesday': the while-clause's traveller is merged into the reception, dated Tuesday and placed in the United States",
  },
  'interfax-yushchenko-chisinau.txt': {
    7: "'Russian Foreign Minister Sergei Lavrov had sent him a letter': a letter sent to 'him', the speaker of 'Stratan told journalists', gives no message",
    8: "the same: 'proposing that the two ministers meet in Moscow next month, an invitation Stratan said he had declined' gives no declined meeting",
  },
  'gleaner-simpson-miller-caracas.txt': {
    2: "the visit that 'will now take place in October' is not given as a plan of its own beside the postponed one",
  },
  'ferghana-medvedev-astana.txt': {
    8: "'Bakiyev had asked to meet Medvedev in Astana, but the Kremlin turned down the request': declined now, but undated (the meeting asked for was to be during the Astana visit of May 2008)",
  },
  'ahram-mubarak-paris.txt': {
    3: "'The two presidents last met in Cairo on 30 December, during Sarkozy's visit to Egypt over the new year': the visit in the 'during' phrase is dated the day of the Paris talks, not the meeting's",
    5: "'His encounter with Syrian President Bashar Al-Assad was briefer: the two leaders shook hands …': the handshake is found (dated the arrival day, the lead's) but not placed at the Paris summit",
  },
  'xinhua-kabila-kagame-goma.txt': {
    6: "'Kabila … declined an invitation from Burundian President Pierre Nkurunziza to attend independence celebrations in Bujumbura last month': attending celebrations in a city is no travel trigger, and no declined visit is given",
  },
  'efe-biden-northern-triangle.txt': {
    1: "'The last time Biden sat down with the region's leaders was in Washington in November 2014, when … Otto Perez Molina still governed Guatemala': 'sat down with' is no meeting trigger, and 'still governed' gives Perez Molina no office",
    2: "'Morales, who took office on January 14, will travel to Mexico City next month': the bare surname is taken as Foreign Minister Carlos Raul Morales, named last, not President Jimmy Morales",
    3: 'the same: the talks with Peña Nieto',
    6: "'Hernandez … received the commander of the U.S. Southern Command, Admiral Kurt Tidd, in Tegucigalpa on Tuesday': a military commander named after his command and a rank is no side, so neither his visit nor his meetings are given",
    7: 'the same: the meeting with Hernandez',
    8: "the same: 'Tidd also met Honduran Defence Minister Samuel Reyes'",
  },
  // Session 10 (acc-blind13): blind 58 of 105, 87 of 105 after the rules of that session.
  'tass-haitham-kremlin.txt': {
    6: "'Dmitriev … held talks in Washington in early April with US Special Envoy Steve Witkoff, his first trip to the United States since his appointment': the trip told as an apposition ('his first trip …') stays undated, though the talks it re-tells are dated April",
  },
  'anadolu-sharaa-ankara.txt': {
    4: "'Fidan was the first Turkish minister to go to Damascus after the fall of the Baath regime, holding talks with al-Sharaa there on Dec. 22': the journey does not take the day of the participle's talks after it, and is dated the news month",
    5: "the same: the talks get their day, but 'there' gives them no place",
    13: "'Syrian Foreign Minister Asaad al-Shaibani, who accompanied al-Sharaa, held a separate meeting with Fidan at the Presidential Complex': not given; Fidan is read into the presidents' talks instead, once in Türkiye and once in Syria",
  },
  'vna-prabowo-hanoi.txt': {
    7: "'Prabowo had previously visited Vietnam as Minister of Defence in 2022 and as President-elect in 2024, when he met …': the gapped second visit ('and as President-elect in 2024') is not given",
    8: 'the same: the meeting with Nguyen Phu Trong is found but gets no place, the 2024 visit it belongs to being missing',
  },
  'app-dar-dhaka-postponed.txt': {
    1: "'The DPM/FM was to hold talks with … Touhid Hossain and call on … Yunus during the visit': 'DPM/FM', the agency's shorthand for the Deputy Prime Minister and Foreign Minister, is no title read, so the meetings of the postponed trip have no subject",
    2: 'the same: the call on Yunus',
  },
  'statehouse-ruto-envoys.txt': {
    5: "'Deputy President Kithure Kindiki will represent President Ruto at the inauguration of President-elect Peter Mutharika in Malawi on Saturday': representing someone at an occasion abroad is no travel wording (attending is read as a venue, not a visit)",
    7: "'The state visit of Ethiopian Prime Minister Abiy Ahmed, which had been scheduled for this week, has been postponed': a State House release's own country is no host the sentence names, and the postponed visit is placed in Italy (the Rome trip told later)",
  },
  'mofa-japan-philippines-fmm.txt': {
    5: "'Minister Iwaya conveyed the message of Prime Minister ISHIBA Shigeru': the message is found but dated the news month, not the day of the courtesy call it was carried to",
  },
  // Session 10 (acc-blind14): blind 56 of 126 (47 events matching no want, 3 checks broken); 86 of 126 after that
  // session's rules (22 matching no want, no check broken). Most common pattern first in each article.
  'newsletter-morning-dispatch.txt': {
    8: "'Spain's Pedro Sánchez received Mauritanian President Mohamed Ould Ghazouani at La Moncloa on Monday': a reception at the host's seat, a venue the gazetteer lacks, gives the meeting but no visit",
  },
  'feature-carney-sheinbaum.txt': {
    1: "'By the time she reached Parliament Hill that afternoon he had cleared his diary, and the two of them talked for almost three hours': 'talked' after 'the two of them' is no meeting trigger, and no meeting of the two is given ('Carney was not there to meet her' no longer gives a planned one, acc-spur1)",
    2: "'At the G7 summit in Kananaskis in June 2025 … Carney, the host, found her in a corridor … and gave her half an hour': finding someone and giving her half an hour is no meeting wording, and 'the host' gives a meeting with Trump, the absent president of the sentence",
    4: "'She received him at the National Palace on September 18': 'She' and 'him' are not resolved to Sheinbaum and Carney",
    5: "'he called her from a hotel room in Davos; she took the call': 'her' is given Trump (the people of the previous exchange), not Sheinbaum",
    6: "'It fell to her economy secretary, Marcelo Ebrard, to fly to Ottawa a week later': 'it fell to X to fly' is read as a plan (an infinitive), and 'a week later' is not counted from the January call",
    7: "'He met Dominic LeBlanc … twice in two days': the meeting is found, but dated by default and not placed in the Ottawa of the journey before",
    8: "'he told her … that he intended to visit Washington again before the summer': reported speech inside 'according to a Canadian account' gives no planned visit",
    9: "'She has invited him to the opening match. He has accepted.': an accepted invitation to the match (in Mexico City in June, a paragraph up) gives no planned visit",
  },
  'wire-trump-xi-timezones.txt': {
    15: "'The leaders' previous call, in April, came days after …': 'the leaders' previous call' is merged into the July call instead of told as an April call of its own",
  },
  'retrospective-lahore-agra.txt': {
    0: "'crossed at Wagah on the first Delhi-Lahore service and was received by Prime Minister Nawaz Sharif': crossing at a border post and being received give the meeting but no visit",
    3: "'and Helmut Kohl followed in February with a planeload of German industrialists': 'followed' names no place and no travel",
    7: "'he flew on to Islamabad, where President Farooq Leghari received him in December': the visit is found, but the reception in its 'where' clause keeps 'him' unresolved",
    8: "'Chirac was the chief guest at the Republic Day parade in January 1998 and held talks with Prime Minister I. K. Gujral': a parade's chief guest tells no travel",
    9: 'the same: the talks with Gujral are found, but placed nowhere',
    16: "'with a day trip to Dhaka on the way': a trip noun in a 'with' phrase gives no visit",
    26: "'Tony Blair shuttled between the two capitals: in October 2001 he saw Musharraf in Islamabad and Vajpayee in New Delhi on consecutive days': 'shuttled between' and 'saw' are no triggers",
    27: 'the same: the talks with Musharraf',
    28: 'the same: the visit to India',
    29: 'the same: the talks with Vajpayee',
  },
  'correction-sanchez-rabat.txt': {
    4: "'The two ministers, who last met in Madrid in November, discussed …': the 'last met' of the relative clause is merged into the day's talks in Rabat",
    9: "'and then flew to Rabat in April for an iftar dinner with the monarch': the dinner the journey is for gives a meeting, but undated",
  },
  'rumour-crown-prince-islamabad.txt': {
    5: "'A visit planned for November 2022 was postponed at the last minute': found told alone, but here merged into the planned trip of September (one traveller, one host)",
    10: "'Li last came in October 2024, when Islamabad hosted a meeting of the SCO's heads of government': 'came' with no place of its own does not take the Pakistan of the sentence before",
  },
  'g7-evian-handshakes.txt': {
    0: "'Trump and Carney, who have not spoken since the collapse of their trade talks in April, shook hands for the cameras, exchanged a few words': the relative clause's 'talks' make the handshake a meeting dated April",
    14: "'… who arrives on Tuesday morning with Brazilian President Luiz Inacio Lula da Silva': the companion of an arrival gets no visit",
  },
  'podcast-stubb-interview.txt': {
    2: "'one of the European leaders who accompanied President Zelensky to the White House for his meeting with Trump': the meeting is given to Stubb and Zelensky, and Zelensky's with Trump is dated the news month",
    10: "'He had, on his state visit to Beijing the autumn before last': an elliptical 'He had' and 'the autumn before last' give no visit",
    11: 'the same: no meeting with Xi',
    12: "'When he was in New Delhi for the Raisina Dialogue last March, he said, …': 'he' is taken as Xi, named last, not the guest the summary is about",
    13: "'Prime Minister Narendra Modi and he spent most of their hour on trade': 'spent their hour' is no meeting trigger",
  },
  // Session 11 (acc-blind15), blind set 10.
  'local-raleigh-kishida.txt': {
    1: "'The prime minister flew in late Thursday from Washington, where he had been honored on Wednesday with a state dinner at the White House after talks with President Joe Biden': the talks are dated Thursday (the flight's day), not Wednesday, and the governor's tarmac welcome is merged into them",
    2: "'in the afternoon joined Biden and Philippine President Ferdinand Marcos Jr., who flew in for the occasion, for the first summit of the three countries' leaders': 'joined A and B for a summit' gives a Kishida-Marcos meeting without Biden",
    3: "the same sentence: Marcos's journey ('who flew in for the occasion') is dated the month, not Thursday",
  },
  'catholic-francis-asia-tour.txt': {
    1: "'The pope landed in Jakarta on Tuesday, September 3. On Wednesday he was received … by President Joko Widodo': a weekday after a dated narrative day is resolved back from the news (11 September), not forward from 3 September",
    6: "'In Dili, where he arrived on Monday, September 9, Francis was welcomed by President José Ramos-Horta': the reception is dated the Saturday of the paragraph before, not the arrival's day the opening where-clause gives",
    13: "'The pope's next journey, to Luxembourg and Belgium, is due to start on September 26': a journey noun with its destinations set off by commas gives no planned visits",
    14: 'the same: Belgium',
    17: "'Belgian Prime Minister Alexander De Croo … said he would raise the Church's handling of abuse cases when the two meet in Brussels': 'when the two meet' after a speaker gives no planned meeting",
  },
  'lemonde-sharaa-elysee.txt': {
    3: "'on January 3, he and his German counterpart Annalena Baerbock met al-Sharaa' in Damascus: the one joined to the traveller in the meeting is given no journey of her own",
    10: "'Lebanese President Joseph Aoun, who was at the Elysée that day for his first visit to France': a guest 'at the Elysée' on his visit gives no meeting with the president whose palace it is",
    11: "'Macron held a videoconference with al-Sharaa, Lebanese President Joseph Aoun, …, and the leaders of Cyprus and Greece, Nikos Christodoulides and Kyriakos Mitsotakis': those named after 'the leaders of X and Y,' are left out of the call",
  },
  'shuttle-witkoff-doha.txt': {
    12: "'Mr Witkoff is due back in Doha on Wednesday after a brief visit to Israel': a visit after which a planned return comes is itself still ahead, not made",
  },
  'transcript-biden-hanoi.txt': {
    1: "'the president arrived here in Hanoi on Sunday afternoon, straight from the G20 summit in New Delhi, and went almost directly into talks with Nguyen Phu Trong': the talks take the news day, not the arrival's (an aside stands between the day and 'and went … into talks')",
    6: "'China's leader, Xi Jinping, skipped the G20 in New Delhi altogether and sent Premier Li Qiang instead': skipping a summit abroad is no declined visit",
    7: "'The president told us he ran into Li on the sidelines of the summit on Sunday. They shook hands …': the handshake is dated Friday, not the Sunday of the sentence before",
    11: "'he and President Obama spent far longer together than scheduled': time spent together is no meeting trigger",
  },
  'funeral-abe-condolence.txt': {
    6: "'He had last seen Abe in May, when he came to Tokyo for the Quad summit': a journey in a when-clause after 'last seen' is not given",
    8: "'Albanese, who flew in on Monday night with three of his predecessors — Malcolm Turnbull, Tony Abbott and John Howard — held talks with Kishida on Tuesday afternoon': the dashes cut the main verb off from its subject",
    10: "'Albanese said the two had agreed that Kishida would come to Australia next month for their annual leaders' meeting': the visit is found, the meeting it is for is not",
  },
  'speaker-pelosi-asia-tour.txt': {
    0: "'The tour began in Singapore, where the delegation landed on Sunday': a delegation's landing is not its leader's journey",
    13: "'the highest-ranking American official to visit the island in 25 years, since then-Speaker Newt Gingrich went in 1997': the earlier visit a 'since' bound tells by 'went' is not given",
  },
  'investigation-neom-flight.txt': {
    0: "'… reporting … that Netanyahu and the head of the Mossad, Yossi Cohen, had flown to Neom and met the crown prince': the journey is merged with the headline's 'secret trip to Saudi Arabia' and dated the month, not the Sunday of the flight",
    1: "the same: the meeting is dated Monday (the reports' day) and placed nowhere, though Neom is in Saudi Arabia",
    2: "'Pompeo, who was in the city on the last leg of a seven-country tour': a stay on a tour's leg is no journey; 'during Pompeo's visit' is dated Monday and placed in Oman",
    3: "'The Secretary's tour had earlier taken him to Israel, where he met Netanyahu': 'The Secretary' alone is not Pompeo, and 'he' is taken as the minister named last (Gallant)",
    5: 'the same: Qatar',
    10: "'President Donald Trump put him on speakerphone in the Oval Office … for a call with Sudan's leaders': the call is not given",
  },
  // Session 12 (acc-blind16): set 11, blind 26 of 114, 61 of 114 after its rules and knowledge.
  'courtcircular-steinmeier-windsor.txt': {
    1: "'His Majesty this evening held talks with the President in the White Drawing Room': 'His Majesty' and 'The King' are not resolved to Charles III when the page names no country for him",
    2: "'The President was afterwards received by the Prime Minister at 10 Downing Street': neither title alone is resolved (the date lines now head their days, session 12 acc-pend8)",
    3: "'The Federal Minister for Foreign Affairs (Dr Johann Wadephul), who is accompanying the President': a name in brackets after the office names no one, and accompanying is no journey read",
    4: "'The Federal Minister for Foreign Affairs this afternoon called upon the Secretary of State for Foreign, Commonwealth and Development Affairs': both offices are now named from their brackets and 'called upon' is read (session 12, acc-pend8), but the meeting at the FCDO, King Charles Street is placed nowhere",
  },
  'sports-worldcup-final.txt': {
    1: "'A French official said Macron and Trump held about 40 minutes of talks in a private lounge at the stadium during the half-time interval': the talks take Saturday, the day of the sentence before ('flew in … on Saturday night'), not the final's Sunday the lead tells",
    2: "'Macron met Canadian Prime Minister Mark Carney for breakfast at a Manhattan hotel': dated the month; the lead's Sunday dates no exchange told after it",
    3: "'Carney, whose country co-hosted the tournament, later sat two seats from Trump': being at the final is no journey read",
    4: "'King Felipe VI, who watched from the Spanish federation's box, shook hands with Trump and Macron at the trophy presentation': the handshake is found but dated the month",
    5: 'the same',
    6: "'King Felipe VI, who watched from the Spanish federation's box': watching in the stadium is no journey read",
    7: "'Qatar's Emir … was also in the stands': being in the stands is no journey read",
    8: "'He met Trump briefly in the president's suite before kickoff': dated the month",
    9: "'It was their first meeting since the G7 summit in Evian in June': the earlier meeting a 'first since' bound names is not given",
    10: "'Macron celebrated France's 2018 title in Moscow beside Vladimir Putin': celebrating in a city is no travel wording (the year now anchors 'four years later')",
  },
  'cutshort-modi-jeddah.txt': {
    1: "'held talks with Crown Prince … Mohammed bin Salman at the Al Salam Royal Palace, and the two leaders co-chaired the … India-Saudi Arabia Strategic Partnership Council': the talks are placed in India ('India' of the council's name) once the paragraph about Vance's visit to India follows, not at the known palace in Jeddah",
    4: "'Vance had held talks with Modi at 7, Lok Kalyan Marg on Monday evening': an address of the prime minister's residence places nothing, and Vance's visit to India told in the sentence before does not place the talks",
  },
  'hybrid-coalition-paris.txt': {
    3: "'German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni both took part by video': the video call is found but dated the month (the session's Thursday is in the sentences before)",
    4: "'After the session, Macron, Zelensky and several of the leaders held a call with U.S. President Donald Trump': dated Wednesday, the day of the sentence before, not the session's Thursday",
    5: "'Zelensky had flown in from Copenhagen, where he met Danish Prime Minister Mette Frederiksen on Wednesday': the meeting is found, but a city flown in from is no visit (told alone it is)",
    11: "'… joined Chinese President Xi Jinping and North Korean leader Kim Jong Un at a military parade in Beijing': Kim's presence at the parade is no journey read",
    13: "'Macron and Starmer launched the coalition at a summit in London in March': the summit is placed in France, the dateline's country, not London",
    14: "'its leaders last met in person in Paris in late March, when Zelensky also held talks with Macron at the Elysee': talks of a foreign leader in Paris give no visit",
  },
  'lusa-marcelo-maputo.txt': {
    1: "'… where he was received by the President of Mozambique, Daniel Chapo, for a meeting of about one hour': merged with 'On 23/06, … Daniel Chapo met in Maputo with the former presidential candidate Venâncio Mondlane' (its unknown counterpart dropped) and dated the 23rd",
    2: "'The minister of State and of Foreign Affairs, Paulo Rangel, who integrates the official delegation': being in a delegation (a calque of 'integra') is no journey read",
    4: "'Today, on the margins of the ceremonies, the Portuguese chief of State also had a meeting with the President of Angola': dated right now (the dateline's today), but placed nowhere, though the ceremonies are Maputo's",
    5: "the Angolan president in Maputo only as the one met on the margins of the ceremonies: no journey",
    6: "'The President of South Africa, Cyril Ramaphosa, also present in the stadium': presence is no journey read",
  },
  'envoy-boulos-great-lakes.txt': {
    13: "'a surprise meeting between Tshisekedi and Kagame in Doha on March 18, hosted by the Emir of Qatar': a meeting abroad gives its guests no journey",
    14: 'the same: Kagame',
    15: "'A meeting between the two that Angola had planned in Luanda in December was cancelled at the last minute': the called-off meeting of a noun phrase with its relative clause is not given",
  },
  'celac-eu-santamarta.txt': {
    1: "'Spanish Prime Minister Pedro Sánchez was the most senior European head of government present': presence at a summit abroad is no journey read",
    2: "'The European side was led by European Council President António Costa and the EU's foreign policy chief, Kaja Kallas': leading a side at a summit abroad is no journey read",
    3: 'the same: Kallas',
    10: "'Macron and … Merz, both of whom were in Belém last week for the leaders' segment of COP30': being in a city, in a relative clause, is no journey read",
    11: 'the same: Macron',
    14: "'The last EU-CELAC summit took place in Brussels in July 2023, where Lula met von der Leyen and Petro held talks with Sánchez': the where-clause's second clause (now a clause of its own) takes no date or place of the sentence",
    15: "a summit that 'took place in Brussels' gives those who met at it no journey",
    16: 'the same: Petro',
  },
  'tracker-gulf-table.txt': {
    9: "'On 15/09/2025, Emergency Arab-Islamic summit in Doha. Crown Prince Mohammed bin Salman attended': attending the summit of the sentence before gives no journey",
    10: "'… attended; bilateral with Turkish President Erdogan on the sidelines': a bilateral told by the adjective alone is no meeting",
    11: "Erdogan is in Doha only as the one met on the sidelines: no journey",
    13: "'… visited Riyadh; received by Mohammed bin Salman': a reduced passive 'received by' after the row's visit is no meeting (the visit is found)",
    15: "'… visited Riyadh; signed the Strategic Mutual Defence Agreement with the Crown Prince': signing with someone is no meeting, and 'the Crown Prince' alone is not resolved",
    16: "'On 23/09/2025, Trump with Arab and Muslim leaders held talks in New York. On the sidelines …; Sheikh Tamim and Erdogan among those present': those present, named in the next sentence, are not the talks' sides",
    17: 'the same: no journey for Sheikh Tamim',
    21: "'his first visit to Washington since 2018': the earlier visit a 'first since' bound names is not given",
  },
  // Session 12 (acc-blind17), blind set 12.
  'kremlin-site-readouts.txt': {
    3: "'President of Russia Vladimir Putin: Mr Prime Minister, … Our last meeting took place in Vladivostok in September 2024': 'our' in remarks after a speaker's label is not read as the speaker and the one addressed",
    6: "'The interlocutors agreed to hold a personal meeting on the sidelines of the SCO summit in Bishkek': 'the interlocutors' is not resolved to the call's two sides",
  },
  'hansard-fcdo-questions.txt': {
    0: "'(Yvette Cooper): I met Foreign Minister Sybiha in Kyiv last Tuesday, on my second visit to Ukraine': 'my … visit' after a speaker's label gives no visit",
    1: "the same sentence's meeting is found but dated the month: 'last Tuesday' is lost once the speaker's label stands before 'I'",
    4: 'the same, for Beirut',
    6: "'… where I met Foreign Minister Ayman Safadi and President Joseph Aoun': both are placed in Amman, the first city of 'Amman and Beirut'",
    7: "'The Foreign Secretary met Prime Minister Nawaf Salam in London in November': 'the Foreign Secretary' in the Commons is taken for Ukraine's, named above, not Britain's",
    8: "'(Stephen Doughty): … I will be in Washington next week for talks with Deputy Secretary of State Christopher Landau': 'I will be in' a capital is no travel wording, and the talks lose their 'I'",
    9: 'the same, for the talks',
    10: "'The Prime Minister spoke to President Trump on Friday': 'the Prime Minister' in the Commons is taken for Lebanon's, named the paragraph before, not Britain's",
  },
  'japannews-takaichi-seoul.txt': {
    4: "'The two leaders last met in January, when Lee visited Nara': the meeting is placed in Seoul, the lead's city, not where the when-clause's visit went",
  },
  'efe-sheinbaum-arevalo.txt': {
    4: "'Sheinbaum accepted the invitation to travel to Guatemala City in the first quarter of 2026': an accepted invitation with 'the first quarter of' a year is not read as a planned visit",
  },
  'joint-statement-ruto-seoul.txt': {
    3: "'President Ruto also met … Speaker of the National Assembly Woo Won-shik': Korea's speaker is not in the knowledge (adding him made a 2017 floor leader, then no speaker, a side in the precision set)",
    4: "'recalled with satisfaction President Ruto's participation in the Korea-Africa Summit held in Seoul in June 2024': taking part in a summit held in a city is no travel wording",
    5: "'as well as their telephone conversation of 9 July 2025': a noun's call dated by 'of' a day, its sides the 'two leaders' of the clause before, is not found",
  },
  'ecowas-abuja-communique.txt': {
    2: "'It commends the mediation mission led by the Chairman of the Authority to Bissau on 1 December 2025': a mission led to a city is no travel wording, and 'the Chairman of the Authority' is not resolved to Maada Bio",
    3: "'… during which the delegation met General Horta N'Tam': 'the delegation' is not resolved to the mission's leader",
    4: "'the telephone conversation of 10 December 2025 between the Chairman of the Authority and the Secretary-General of the United Nations, H.E. António Guterres': the chairman is not resolved to Maada Bio",
    5: "'The Authority directs the President of the Commission to undertake a mission to Conakry': a mission undertaken to a city is no travel wording, and the office is not resolved to Touray",
  },
  'socialmedia-munich-posts.txt': {
    3: "'Stubb said on X that he had \"a good call with @POTUS\"': a handle is not read as the office holder",
  },
  'whitehouse-week-ahead.txt': {
    0: "'TUESDAY, MARCH 24 / 11:00 AM THE PRESIDENT greets Prime Minister Mark Carney of Canada': a schedule's lines in capitals under day headings are not read (no sentence closes, 'THE PRESIDENT' is not resolved)",
    1: 'the same, for the bilateral meeting',
    2: "'2:00 PM THE PRESIDENT meets with President Javier Milei of Argentina': the same",
    3: "'THE VICE PRESIDENT travels to Warsaw, Poland, where he will meet with President Karol Nawrocki': 'THE VICE PRESIDENT' in capitals is not resolved to Vance",
    4: 'the same, for the meeting (given to a "Press Briefing" taken for a person)',
    5: "'10:00 AM THE SECRETARY OF STATE meets with Japanese Foreign Minister Motegi Toshimitsu': the office in capitals is not resolved to Rubio",
    6: "'NOTE: The meeting between THE PRESIDENT and President Gustavo Petro of Colombia … has been postponed': found as postponed, but with Nawrocki of the item before in place of the president",
  },
  // Session 13 (acc-blind19), set 14: blind 44 of 75, 56 of 75 after the session's rules.
  'antara-prabowo-takaichi-call.txt': {
    8: "'after they met on the sidelines of the ASEAN Foreign Ministers' Retreat in Cebu, the Philippines, in January': found with ASEAN taken for a side and placed nowhere (Cebu, then its country after a comma)",
  },
  'ukrinform-meloni-night-train.txt': {
    2: "'Meloni invited Zelensky to Rome. According to the Office of the President, the visit may take place in the spring': an invitation made a possible plan by the next sentence's 'the visit may take place' is not read",
    6: "'Prime Minister of Ukraine Yulia Svyrydenko also met Meloni': the 'also' goes on with the day of the 2024 visit told two sentences up (the nearest day of Meloni's), not the news day",
    9: "'ready to meet the Ukrainian leader only in Uzhhorod, near the border, as they did in January': a past meeting told by 'as they did' is not read",
  },
  'prensalatina-villavicencio-havana.txt': {
    2: "'Rodríguez Parrilla held official talks with his Colombian counterpart at the headquarters of the Ministry of Foreign Affairs (MINREX)': found, but placed in Colombia (the counterpart's country) though the story is filed from Havana",
    3: "'The Colombian chancellor was also received by the President of the National Assembly of People's Power, compañero Esteban Lazo Hernández': a parliament's president the knowledge does not hold, titled with no country and named after 'compañero', is no side",
  },
  'timesofisrael-liveblog-saar-berlin.txt': {
    9: "'Pavel is to meet Netanyahu on Wednesday': found as planned and dated, but placed nowhere (Pavel's state visit to Israel is told in the entries above)",
  },
  'kazinform-central-asia-korea.txt': {
    0: "'The Head of State arrived in Seoul on Tuesday': Akorda's 'the Head of State' is not resolved to Tokayev (a visit is found only from 'Before departing for Seoul', dated by the month)",
    1: "'The summit, chaired by President … Lee Jae-myung, brought together the Head of State, President of Uzbekistan Shavkat Mirziyoyev, …': a gathering that 'brought together' leaders gives no meeting of them (a trigger tried this session split it into one meeting per counterpart of Lee and was left out)",
    2: "'On the eve of the summit, Kassym-Jomart Tokayev held talks … with Lee Jae-myung at the presidential office': not dated by the summit's eve, and placed nowhere",
  },
  'inquirer-marcos-cambodia-cut-short.txt': {
    3: "'A state banquet on Wednesday night and a courtesy call on Senate President Hun Sen, set for Wednesday afternoon, were cancelled': the knowledge holds Hun Sen as a former prime minister only, and the call is not read",
    6: "'Marcos was to meet Prime Minister Lawrence Wong': the meeting of a trip the sentence before says was moved to a later date stays planned",
  },
  'bloomberg-trump-xi-call-planned.txt': {
    2: "'The two leaders last spoke in November, weeks after they met in Busan': 'spoke' with no medium, of leaders apart, gives no call",
    4: "'Trump has said he will travel to Beijing in April, and that Xi would make a reciprocal visit to the US later in the year': the second clause's visit is not read",
  },
  // Blind set 13 (acc-blind18).
  'statedept-briefing-transcript.txt': {
    0: "'Secretary Rubio spoke this morning with Indian External Affairs Minister Subrahmanyam Jaishankar': a State Department readout's 'spoke with' is a call, but 'spoke with' is read as a meeting",
    6: "'The Secretary will not travel to Tokyo on this trip': the negated journey is dropped, but 'this trip' is read as a planned visit to Tokyo (and 'the Japan leg has been dropped' is given to Marcos's visit to Washington)",
    7: "'He expects to see Foreign Minister Motegi at the G7 foreign ministers' meeting in France later this month, and they'll have a bilateral there': 'expects to see' and 'have a bilateral' are not read",
    8: "'Field Marshal Asim Munir met with the Secretary here at the Department on Friday': found, but 'on Friday' after 'the Department' is lost (the month by default) and 'here' in a Washington briefing places nothing",
    9: "'The army chief was in town last week' (a reporter's question): the army chief by title alone, and 'in town', give no visit",
    11: "'the Canadian foreign minister is in town tomorrow': the minister by title alone and 'in town' give no planned visit",
    12: "'Foreign Minister Anand will meet the Deputy Secretary tomorrow afternoon': found as planned, but placed nowhere ('in town' of the question is not Washington)",
  },
  'dawn-shehbaz-baku.txt': {
    7: "'Field Marshal Syed Asim Munir called on Turkish President Recep Tayyip Erdogan in Ankara last week': the call in person is found, but a meeting abroad gives no visit",
  },
  'vatican-bulletin-audiences.txt': {
    1: "'the Holy Father Leo XIV received in audience … Joseph Aoun, President of the Lebanese Republic': the audience is found, but a head of state received at the Vatican is given no visit to the Holy See",
    7: "'the Holy Father received in audience the President of the Council of Ministers …, the Honourable Giorgia Meloni': the audience is found, no visit to the Holy See",
  },
  'factcheck-tinubu-kremlin.txt': {
    3: "'the video is from the first Russia-Africa Summit in Sochi in October 2019, when Putin met then-President Muhammadu Buhari': the meeting is placed in Sochi now (acc-spur1), but a summit's place gives no visit of Buhari to Russia",
    4: "'The only contact between the two presidents this year was a telephone call on March 3': 'the two presidents' is taken as Tinubu and Mahama of the paragraph before, not Tinubu and Putin of the story",
  },
  'standard-kenya-samia.txt': {
    4: "'The two leaders last met in February last year in Dar es Salaam, when Ruto chaired the joint EAC-SADC summit': the meeting is found there, but a place alone gives no visit",
  },
  'captions-week-in-pictures.txt': {
    4: "'Chinese Foreign Minister Wang Yi held talks with German Foreign Minister Johann Wadephul, in Berlin': a venue alone gives no visit (DESIGN), where a reader gives the guest's trip",
    7: "'Modi hugs U.S. President Donald Trump during a joint news conference at the White House': the same",
    11: "'Lee Jae-myung shakes hands with … Luong Cuong during a welcoming ceremony': kept as a handshake (with a visit since this session's welcome rule), where the reader gives the state visit's meeting",
    12: "'Rubio walks with Panama's President Jose Raul Mulino before their meeting at the Palacio de las Garzas in Panama City, Panama': the meeting is placed in Panama since this session's namesake rule, but a venue gives no visit",
  },
  'delhi-traffic-advisory.txt': {
    0: "'Sub: Traffic arrangements in view of the State Visit of …' (a heading dated by the 'Dated: 17.02.2026' line) merges with the body's visit 'from 18.02.2026 to 21.02.2026' as a stay under way, so the plan is told as done",
    1: "'Ceremonial reception at the Forecourt of Rashtrapati Bhavan …, followed by the call on the Hon'ble President of India': a programme's numbered lines with offices by title only are not read",
    2: "'Delegation-level talks with the Hon'ble Prime Minister at Hyderabad House': the same",
    3: "'Call on the visiting dignitary by the Hon'ble External Affairs Minister at his hotel': the same",
  },
  'bangkokpost-anutin-kl.txt': {
    4: "'signed the joint declaration in the presence of US President Donald Trump and Mr Anwar': signing in someone's presence is not read as meeting him",
    5: "'Mr Anutin met Cambodian Prime Minister Hun Manet in Kuala Lumpur on Oct 26': the meeting is found there, but a place alone gives no visit",
    8: "'Their Majesties the King and Queen returned to Bangkok on Monday from a five-day state visit to China': 'the King' with no country named is not resolved (the talks with Xi the next sentence tells are found)",
  },
  // Blind set 15 (acc-blind20).
  'reuters-jaishankar-colombo.txt': {
  },
  'bloomberg-vucic-beijing.txt': {
    13: "'after his attendance last year drew criticism': an attendance named by a noun, after the parade of the clause before, gives no visit",
  },
  'guardian-carney-oslo-arctic.txt': {
    5: "'Greenland's premier, Jens-Frederik Nielsen, declined an invitation from Støre to join the talks in Oslo': given as a declined meeting with Støre, where the reader gives the journey to Norway declined",
  },
  'nikkei-sihasak-naypyitaw.txt': {
    5: "'He attended the summit of the BIMSTEC regional grouping in Bangkok in April 2025': a summit's city is its venue (DESIGN), so attending it gives no visit, where a reader gives the trip",
    6: "'…, days after a devastating earthquake in central Myanmar, and met Indian Prime Minister Narendra Modi on the sidelines': the meeting is found, but the earthquake's place between leaves it placed nowhere (without that phrase it is placed in Thailand)",
  },
  'aljazeera-meloni-tunis.txt': {
    7: "'Her most recent visit before this one was in April 2024': the noun's visit, its date after 'was in', is merged with the June 2023 one, not told as a visit of its own",
  },
  // Session 14 (acc-blind21), set 16: blind 61 of 116, 88 of 116 after the session's rules.
  'thehindu-jaishankar-colombo-explained.txt': {
    12: "'May 2017: Mr. Modi is chief guest at the International Vesak Day celebrations in Colombo': a fact box's bullet with no word of travel (chief guest at celebrations in a city) gives no visit",
    15: "'July 21, 2023: President Ranil Wickremesinghe holds talks with Mr. Modi in New Delhi': the talks are found there, but a place alone gives no visit (DESIGN), where a reader gives the guest's trip",
  },
  'straitstimes-li-lee-week.txt': {
    11: "'He will also call on SM Lee' (the South Korean president, 'Mr Lee'): the call on the senior minister of the same surname is not given a meeting of its own",
    18: "'South Korea's Foreign Minister Cho Hyun, who will accompany the president, is expected to meet Dr Balakrishnan on June 17': found as planned and dated, but placed nowhere",
    20: "'Mr Li Qiang last met SM Lee in Tianjin in June 2025, when the senior minister attended the World Economic Forum's Annual Meeting of the New Champions': attending a forum in a city gives the senior minister no visit",
    21: "the same: the last meeting is given to Lee Jae-myung, the 'Mr Lee' of the paragraphs before, not to 'SM Lee'",
  },
  'japantimes-takaichi-seoul-delayed.txt': {
    0: "'held talks … on Friday, a day after arriving in Seoul on a trip that had been announced in February and then put off': the arrival is merged into the trip told with the talks' day (May 8), not the day before",
    6: "'Takaichi's visit returns the one Lee made to her home prefecture of Nara in January': 'the one Lee made' is not read as Lee's visit (Takaichi is given a visit to Korea in January instead)",
    7: 'the same: no meeting of the two in Nara in January',
    9: "'Lee … told a joint news conference that he would visit Japan again \"in the second half of the year\"': the plan is merged with the trip 'put off' of the lead and told as postponed",
    10: "'Foreign Minister Toshimitsu Motegi, who accompanied Takaichi, held separate talks with his South Korean counterpart': the companion's own trip is not given",
    11: "'A Japan-China foreign ministers' meeting that had been pencilled in for Manila in January was called off': found as cancelled, but with an unnamed Japanese side for Motegi, named in the sentence before, and placed nowhere",
  },
  'premiumtimes-tinubu-niger-thaw.txt': {
    7: "'A delegation led by former head of state Abdulsalami Abubakar, ECOWAS's special envoy, travelled to Niamey on August 19, 2023, and met General Tiani': a former head of state sent as a regional body's envoy is left out as former",
    8: 'the same: no meeting of the envoy with Tiani',
  },
  'batimes-kast-first-state-visit.txt': {
    2: "'The last Chilean president to be received with full state honours in Buenos Aires was Michelle Bachelet, in 2015, when she met then-president Cristina Fernández de Kirchner': a superlative of being received in a city, its year after a comma, gives no visit",
    3: 'the same: the meeting of the when-clause is found, but placed nowhere',
    8: "'Boric was back in December 2023 for Milei's inauguration': 'was back' for an inauguration gives no visit",
    11: "'Foreign Minister Pablo Quirno met his Chilean counterpart Francisco Pérez Mackenna at the San Martín Palace on Monday afternoon': the foreign ministry's palace is no venue the knowledge holds, and a story with no dateline places the talks nowhere",
  },
  'jpost-christodoulides-jerusalem.txt': {
    3: "'Foreign Minister Gideon Sa'ar held a working meeting with his Cypriot counterpart, Constantinos Kombos, who accompanied the president': found, but dated by the month ('the president' by title is not read as the lead's traveller whom the minister came with)",
    4: "the same: the companion's trip is not given",
    6: "'The three leaders last met at the ninth trilateral summit in Nicosia in September 2023': 'the three leaders' is not resolved to Netanyahu, Mitsotakis and Christodoulides",
    7: "the same: Netanyahu's visit is found only from \"Netanyahu's last visit to Cyprus was for the Nicosia summit in 2023\", dated by the year",
    8: 'the same: no visit of Mitsotakis to Cyprus',
    9: "'The 10th summit, which had been scheduled to take place in Athens in November, has been postponed to early 2027': a summit named by its ordinal, its leaders told only sentences before, gives no postponed meeting",
  },
  'kyivindependent-stubb-kyiv.txt': {
    6: "'The visit came a day after Sybiha held a phone call with Chinese Foreign Minister Wang Yi, the first conversation … since Sybiha's visit to Guangzhou in July 2024': found, but dated by the month, not the day before the visit told paragraphs up",
  },
  'dailymaverick-lamola-washington.txt': {
    2: "'Pretoria had requested a meeting with Rubio weeks in advance, and … the State Department declined it last week': a request a department declined, the meeting named by 'it', gives no declined meeting",
    7: "'since President Cyril Ramaphosa's tense Oval Office meeting with President Donald Trump on 21 May 2025': the meeting is found and placed (this session), but a venue gives no visit (DESIGN)",
  },
  // Session 14 (acc-blind22), set 17.
  'aljazeera-villavicencio-quito.txt': {
    0: "'Colombia's Foreign Minister Rosa Yolanda Villavicencio has held talks with her Ecuadorian counterpart Gabriela Sommerfeld in Quito' and, the next day, 'told reporters on Wednesday before flying back to Bogota': talks in a city and a flight home give the minister no visit (a city named as the talks' venue gives a meeting only, DESIGN; the flight back is not read as the end of a stay)",
  },
  'dw-stubb-tallinn.txt': {
  },
  // Session 14 (acc-blind23), set 18.
  'reuters-1998-clinton-jiang-beijing.txt': {
    6: "'they met again in November on the sidelines of the Asia-Pacific Economic Cooperation forum in Vancouver': placed in the United States (Vancouver, Washington, or the White House of the clause before), not Canada",
    7: "'Their first encounter was at the APEC leaders' meeting on Blake Island, near Seattle, in 1993': 'encounter' is no trigger, and the leaders' meeting is merged into the Vancouver one",
  },
  'ap-2001-bush-putin-brdo.txt': {
    3: "'Secretary of State Colin Powell and Russian Foreign Minister Igor Ivanov met separately in an adjoining room and later joined their presidents for a working lunch': found, but merged with 'have since spoken frequently by phone' and placed nowhere",
    5: "'The two leaders accepted each other's invitations. … and Putin invited Bush to Russia': an invitation to a country gives no planned visit",
    9: "'Putin flew in Saturday morning from Shanghai, where he attended the founding of the Shanghai Cooperation Organization with Chinese President Jiang Zemin': attending a founding with a leader gives no meeting",
    10: "'He began in Madrid on Tuesday with talks with Prime Minister Jose Maria Aznar': a tour that 'began in' a city gives no visit there",
    12: "'It was not the first contact between the two men. They spoke by telephone shortly after Bush's inauguration in January and again in February': 'They' is taken for Bush and Aznar of the paragraph before, not 'the two men' of the lead",
    13: 'the same: the February call is given to Bush and Aznar',
  },
  'xinhua-2005-hu-jakarta.txt': {
    2: "'Chinese Foreign Minister Li Zhaoxing and Indonesian Foreign Minister Hassan Wirajuda also held a meeting to prepare the joint declaration': found, but placed nowhere under the JAKARTA dateline",
    6: "'Hu also met on Saturday with South African President Thabo Mbeki, whose country co-chaired the summit with Indonesia, and with Pakistani President Pervez Musharraf': a relative clause between the two objects keeps Musharraf out of a meeting of his own; 'the summit' of the relative clause is read as a meeting of the three dated by the Santiago meeting two sentences up",
  },
  'dawn-2005-musharraf-delhi.txt': {
    6: "'It is his first visit to India since the Agra summit with then prime minister Atal Bihari Vajpayee in July 2001': a summit named after 'first visit … since' gives neither the earlier visit nor the meeting",
    7: 'the same: no meeting of Musharraf and Vajpayee in July 2001',
  },
  'nation-2009-clinton-nairobi.txt': {
    1: "'Mrs Clinton … held talks with the two principals at Harambee House': 'the two principals' (the president and the prime minister of the lead) is not resolved",
    2: 'the same: no meeting with Odinga',
    3: "'Foreign Affairs minister Moses Wetang'ula, who had welcomed her at Jomo Kenyatta International Airport, held a separate meeting with her at the Serena Hotel before she opened the Agoa forum': the minister is known now (this session), but 'her' after a relative clause that holds 'her' too is not resolved to Mrs Clinton",
    13: "'President Barack Obama chose Ghana, not Kenya, for his first trip to sub-Saharan Africa as president, meeting President John Atta Mills in Accra on July 11': the trip is found but not dated by the participle's meeting",
  },
  'moscowtimes-2010-medvedev-kan-yokohama.txt': {
    4: "'Medvedev accepted in principle an invitation to visit Japan. No date was set': the plan is merged with the full bilateral visit 'shelved in the summer' and told as cancelled",
    5: "'On Sunday, Medvedev held talks with U.S. President Barack Obama': found and dated, but not placed under the YOKOHAMA dateline",
    11: "'The Yokohama trip follows an October summit in the French seaside resort of Deauville, where Medvedev met with French President Nicolas Sarkozy and German Chancellor Angela Merkel': 'an October summit' gives no month, and the three-way meeting is split into two pairs dated September",
  },
  'gulfnews-2007-ahmadinejad-abudhabi.txt': {
    2: "'Dr Ahmadinejad, who arrived in Abu Dhabi yesterday morning, later travelled to Dubai, where he was received by His Highness Shaikh Mohammad Bin Rashid Al Maktoum': found alone (this session), but lost in the article beside Shaikh Khalifa's reception of the same day",
    5: "'Manouchehr Mottaki, who is accompanying the president': the companion's trip is not given",
    6: "'Cheney, who had met Shaikh Khalifa in Abu Dhabi on Friday, travelled on to Saudi Arabia': the meeting in a relative clause gives no visit",
    9: "'travelled on to Saudi Arabia for talks with King Abdullah': 'King Abdullah' is not resolved to the Saudi king, and the talks a journey is for are merged with it",
    10: "'Dr Ahmadinejad flies to Muscat today for a two-day visit to Oman': a present-simple journey 'today' in a morning paper is told as made, not planned",
  },
  'baherald-2007-chavez-ferro-bush-uruguay.txt': {
    1: "'Chávez, who flew in from Caracas yesterday afternoon, met President Néstor Kirchner at the Casa Rosada for two hours before the rally': found, but dated by the month, not by the relative clause's day",
    2: "'Foreign Minister Jorge Taiana held a working meeting with his Venezuelan counterpart Nicolás Maduro at the San Martín Palace in the morning': 'in the morning' gives no day",
    12: "'The two presidents last met at the Summit of the Americas in Mar del Plata in November 2005': found, but dated by the month of the news (the summit's name stands between)",
    15: "'Chávez will leave Buenos Aires this morning for Bolivia, where President Evo Morales is expected to receive him in La Paz': a reception expected in a where-clause gives no planned meeting",
  },
};

/** What the blind articles still get wrong that no want above covers (events a reader would not give). */
const BLIND_SPURIOUS: Record<string, string[]> = {
  // Session 14 (acc-blind23), set 18.
  'ap-2001-bush-putin-brdo.txt': [
    "'They spoke by telephone shortly after Bush's inauguration in January and again in February': two calls given to Bush and Aznar, named in the paragraph before",
    "'Powell and Ivanov … have since spoken frequently by phone': a habit of calls is kept as one call",
    "(session 14, after the last merge) 'they' is now also taken as Aznar with Putin: four such calls",
  ],
  'moscowtimes-2010-medvedev-kan-yokohama.txt': [
    "'Tokyo recalled its ambassador, Masaharu Kono, …, and he returned to Moscow only last week': an ambassador back at his post is given a visit",
    "'Foreign Minister Sergei Lavrov met his Japanese counterpart, Seiji Maehara, on Friday evening, a day before the leaders' talks': 'the leaders' talks' is kept as a meeting of the two ministers, placed in Russia",
    "'The Yokohama trip follows an October summit in … Deauville': the trip noun is given as a visit to Japan in October",
  ],
  'dawn-2005-musharraf-delhi.txt': [
    "'On Monday, the president will meet a delegation of Indian business leaders': business leaders are kept as an unnamed Indian side",
  ],
  'tracker-gulf-table.txt': [
    "'Trump is expected to attend a signing ceremony in Sharm el-Sheikh in October if a Gaza deal is reached': since session 14's rule on occasions attended in a city, a journey on a condition after it is told as planned (a reader gives at most a possible one)",
  ],
  'bogota-mulino-translated.txt': [
    "'the first visit of a Panamanian president to Bogotá since 2018, when the then president Juan Carlos Varela travelled …': the noun's visit (Mulino's) is given to Varela, dated the news month",
  ],
  'apa-west-africa-briefs.txt': [
  ],
  'weekly-diplomatic-calendar.txt': [
  ],
  'oped-africa-visits.txt': [
    "'Every January since 1991, China's foreign minister has made Africa the destination of his first trip abroad': 'his' is taken for Biden, and the trip is given to South Africa in January 2025",
  ],
  'merz-india-rescheduled.txt': [
  ],
  'feature-timeline.txt': [
    "'breaking with the tradition of Maldivian leaders travelling first to New Delhi': a habit, not a trip, gives Muizzu an undated visit to India",
    "'Jaishankar, who has visited Malé twice since Muizzu took office': two trips summed up are given as one visit in the news month",
  ],
  'reuters-nagato-onsen.txt': [
    "'They were joined by Foreign Minister Fumio Kishida and his Russian counterpart Sergei Lavrov for the first session': those who join the leaders' talks are given a meeting of their own, dated 9 December",
    "'Abe has met Putin more often than any other leader except U.S. President Barack Obama': a comparison read as an Abe-Obama meeting",
  ],
  'kyodo-abe-tehran.txt': [
    "'In Thursday's 50-minute meeting, Khamenei told Abe …' is given as a meeting planned for 28 June (the G20's date)",
  ],
  'nation-tillerson-nairobi.txt': [
    "'Mr Tillerson was scheduled to visit a US-funded health programme on Saturday, but … had cancelled his engagements': a site visit inside the country he is in is given as a cancelled visit to Kenya",
  ],
  'arabnews-beijing-ministers.txt': [
    "'A Saudi delegation led by Ambassador Mohammed Al-Jaber is expected in Sanaa … for talks with Houthi officials': 'Al-Jaber' is cut to 'Mohammed Al' and the talks are given to Mohammed bin Salman",
  ],
  'ht-tianjin-modi-xi.txt': [
    "'Modi arrived in Tianjin on Saturday evening from Japan, his first visit to China in seven years': a second visit to China, dated October 2024 (Kazan's month)",
  ],
  'afp-lula-beijing.txt': [
    "'On Thursday he attended the inauguration of his ally and predecessor Dilma Rousseff as president of the New Development Bank': an occurred visit of Rousseff to China",
  ],
  'riyadh-sudan-calls.txt': [
  ],
  'err-nb8-defence.txt': [
  ],
  'rnz-peters-tarawa.txt': [
    "'He has said he wants to visit every Pacific Islands Forum member at least once in this term': a wish with no one country gives a planned visit to the United States",
  ],
  'athens-ankara-decades.txt': [
    "'when President Celal Bayar was received in Athens by King Paul': a meeting of two sides with no country (the knowledge lacks both)",
  ],
  'businessday-tau-washington.txt': [
    "'Ramaphosa is also due to host Kenyan President William Ruto for a state visit in April': a planned Ramaphosa-Ruto meeting dated March",
    "a planned Tau-Steinmeier meeting in South Africa, dated 2026",
  ],
  'xinhua-kabila-kagame-goma.txt': [
    "'… held talks in Kigali in June, and again in Gisenyi last week': the second meeting is found now, but with the leaders' names the first one took (see pending want 3)",
  ],
  'efe-biden-northern-triangle.txt': [
    "Foreign Minister Carlos Raul Morales given the President's planned trip to Mexico and talks with Peña Nieto (see pending wants 2 and 3)",
  ],
  'tass-haitham-kremlin.txt': ["Dmitriev's Washington trip, undated (see pending want 6)"],
  'anadolu-sharaa-ankara.txt': [
    "Fidan and al-Sharaa given talks on 4 February in Syria as well as in Türkiye, and al-Sharaa an undated twin of his visit ('his first visit to Türkiye as president')",
    "Fidan's Damascus trip dated the news month, and its talks placed nowhere (see pending wants 4 and 5)",
  ],
  'vna-prabowo-hanoi.txt': [
    'the 2024 meeting with Nguyen Phu Trong, placed nowhere (see pending want 8)',
  ],
  'app-dar-dhaka-postponed.txt': [
    "'Earlier, the Prime Minister chaired a meeting of the National Security Committee …': a domestic meeting gets the UAE president, named in the story around it",
    "'… adding that the two leaders agreed to meet at the earliest' (the Kuwaiti crown prince) is given the UAE president too and placed in Azerbaijan",
  ],
  'bss-dar-yunus-jamuna.txt': [
    "'The visit had been scheduled for April but was put off at the last moment': the April delay of the trip that has now taken place is told as a visit postponed",
    "Dar given a meeting with the Commerce Adviser on 21 August, beside the commerce ministers' own talks",
  ],
  'statehouse-ruto-envoys.txt': [
    "'The Crown Prince arrived …, where he was received by … Mudavadi. The two leaders held bilateral talks at State House': an airport welcome is kept as a meeting, and 'the two leaders' are read as the welcome's pair",
    "the message and Abdelatty's call, undated and with Sisi in the meeting (see pending wants 2 and 3); Abiy's postponed visit placed in Italy (see pending want 7)",
  ],
  'mofa-japan-philippines-fmm.txt': [
    "'The two Ministers concurred to hold the first Japan-Philippines \"2+2\" Meeting … in Tokyo': the ministers' unnamed meeting is given the sides of the courtesy call, as a planned Iwaya-Marcos meeting in Japan",
    "'Following his visit to the Philippines, Minister Iwaya will visit Thailand': his current visit is dated 10 October 2024, the phone call's day two sentences back",
    "the Manalo-Kamikawa meeting of July 2024 told twice, once with Iwaya ('his Japanese counterpart' read as today's), and the message dated the month (see pending want 5)",
  ],
  // Session 10 (acc-blind14).
  'feature-carney-sheinbaum.txt': [
    "'Carney, the host, found her in a corridor, apologised for the American president's absence': a Carney-Trump meeting in Canada (see pending want 2)",
    "'he called her from a hotel room in Davos': a Carney-Trump call (see pending want 5)",
    "'When he saw her off at the airport on Friday evening …, they shook hands for the cameras': 'they' are taken as Ebrard and LeBlanc, the people of the exchange told before, and their meeting is dated that Friday",
    "'the meeting she had flown to Alberta to have with him never took place' (since 'flown' is a journey's verb, session 14): 'she' is taken as Trump, named last, and the journey is dated the news month",
  ],
  'wire-trump-xi-timezones.txt': [
    "'agreed that China's top diplomat would visit the United States': a planned visit of Xi to the United States",
  ],
  'correction-sanchez-rabat.txt': [
    "'Sánchez returns to Madrid on Tuesday evening and is due in Brussels on Thursday for a summit of European Union leaders': a planned visit to Belgium on Thursday (a reader could give it; the gold did not)",
  ],
  'rumour-crown-prince-islamabad.txt': [
    "'a Pakistani official said on Tuesday that it had in fact settled the visit': a second planned visit, dated the news day",
    "'signed a mutual defence agreement last year, and officials expect the crown prince's visit to produce …': an occurred visit in 2025",
  ],
  'podcast-stubb-interview.txt': [
    "the headline's 'the art of the phone call' gives a call of Stubb, Trump and Xi dated the news month, and 'When I met President Trump last spring in Florida' (the speaker's 'I' unresolved) is merged into Zelensky's White House meeting with Trump, dated last spring",
    "'was the last Western leader to hold regular talks with the Russian president': a planned Niinistö-Putin meeting",
    "'When he was in New Delhi for the Raisina Dialogue': a visit of Xi to India (see pending want 12)",
  ],
  // Session 11 (acc-blind15), blind set 10.
  'local-raleigh-kishida.txt': [
    "the Kishida-Biden talks of Wednesday dated Thursday with the governor's tarmac welcome in them, a Kishida-Marcos meeting without Biden, and Marcos's journey dated the month (see pending wants 1 to 3)",
  ],
  'catholic-francis-asia-tour.txt': [
    "'Pope Francis flew back to Rome on Friday after a twelve-day journey': the pope's return to the Holy See, an enclave of Rome, is given as a visit to Italy",
    'the Widodo and Ramos-Horta meetings on the wrong days (see pending wants 1 and 6)',
  ],
  'lemonde-sharaa-elysee.txt': [
    "the videoconference without Cyprus and Greece (see pending want 11)",
    "'al-Shaibani is due in Brussels on May 20 for a meeting with EU foreign ministers': a meeting with a council of ministers is given as one with the EU (a reader gives the journey, found, not a meeting with an unnamed side)",
  ],
  'shuttle-witkoff-doha.txt': [],
  'transcript-biden-hanoi.txt': [
    "'China's leader, Xi Jinping, skipped the G20 … and sent Premier Li Qiang instead': Li's journey to India is given (a reader could give it; the gold did not)",
    "the Biden-Trong talks dated the news day, the handshake with Li dated Friday (see pending wants 1 and 7)",
  ],
  'funeral-abe-condolence.txt': [
    "'She will fly to Seoul on Thursday to meet South Korean President Yoon Suk Yeol': a planned visit of Yoon to the United States beside Harris's to Korea",
  ],
  'speaker-pelosi-asia-tour.txt': [
    "'Secretary of State Antony Blinken, who is in Phnom Penh for the ASEAN meetings': a stay told by 'is in' is given as a visit",
  ],
  'investigation-neom-flight.txt': [
    "'the site of Crown Prince Mohammed bin Salman's planned megacity': 'planned' before a city gives a planned visit of the crown prince to Israel",
    "'Benny Gantz, was not told in advance, and on Monday called the leak of the trip \"irresponsible\"': the trip the leak concerns is given to Gantz, in Oman (see the pending checks)",
    "'Yoav Gallant … confirmed it': the next 'he' ('where he met Netanyahu', 'He left Neom on Monday for Washington') is taken as Gallant (see pending wants 3 and 5 and the pending checks)",
    "the headline's secret trip and the reported meeting dated the month and Monday, the meeting placed nowhere (see pending wants 0 and 1); 'during Pompeo's visit' placed in Oman",
  ],
  'hybrid-coalition-paris.txt': [
    "'Putin said … \"If Zelensky is ready, let him come to Moscow\"': the quoted offer, refused, is given as Zelensky's visit to Russia",
  ],
  'kremlin-site-readouts.txt': [],
  'hansard-fcdo-questions.txt': [
    "Aoun given a visit to Jordan ('I was in Amman and Beirut … where I met … President Joseph Aoun'), and Sybiha put in Cooper's place beside Salam and Salam beside Trump (see pending wants 7 and 10)",
  ],
  'japannews-takaichi-seoul.txt': [
    "'The two ministers confirmed that they would work toward a trilateral summit with China later this year': the leaders' summit worked toward is given as the two ministers' planned meeting",
  ],
  'efe-sheinbaum-arevalo.txt': [
    "'Sheinbaum also held … a telephone conversation with … Xiomara Castro Sarmiento, with whom she reviewed the preparations of the regional meeting on migration that Tegucigalpa will host in November': the regional meeting is given to the two as a meeting of 2 September (no longer as a planned one of theirs, since acc-spur1's rule on a gathering's 'that … will host')",
  ],
  'whitehouse-week-ahead.txt': [
    "'4:30 PM Press Briefing by Press Secretary Karoline Leavitt' is taken for a person met by Nawrocki",
  ],
  'inquirer-marcos-cambodia-cut-short.txt': [
    "'designated caretaker of the government during the President's trip': the trip is given a visit of its own, placed in Singapore",
  ],
  'statedept-briefing-transcript.txt': [
    "'there were reports out of Tokyo this morning that the Japan leg has been dropped': the leg dropped is given to Marcos's visit to Washington, told as cancelled",
  ],
  'vatican-bulletin-audiences.txt': [
    "'On Thursday 12 March, the Holy Father received in audience the President of the Council of Ministers …': 'the President' is also taken for Aoun, an audience of the 12th",
    "the section heading 'Apostolic Journey of the Holy Father to Peru', a noun with no tense, is told as a visit made in March beside the body's planned journey (since this session's journey rule)",
  ],
  'standard-kenya-samia.txt': [
    "'Tanzania's Foreign Affairs Minister Mahmoud Thabit Kombo held talks in Arusha with the EAC Secretary-General Veronica Nduva': a minister with a regional body's head at home is kept as a meeting",
  ],
  'guardian-carney-oslo-arctic.txt': [
    "'the two discussed the king's memories of visiting Canada as crown prince': a memory of a visit, told by a gerund, is given as a visit of King Harald to Canada in June 2026",
  ],
  // Session 14 (acc-blind21), set 16.
  'thehindu-jaishankar-colombo-explained.txt': [
    "'before leaving for Male, where he will hold talks with Maldivian Foreign Minister Abdulla Khaleel': the planned talks are given twice more, dated by the 'late November' of the cyclone and the 'in March' of the working group, told paragraphs below",
    "'chose New Delhi for his first state visit abroad after taking office' is kept as an undated visit beside the fact box's one of December 2024",
  ],
  'straitstimes-li-lee-week.txt': [
    "'The two Lees have met before' is read as a meeting of Lee Jae-myung and Wong ('the two' of the exchange before), undated and put in the news month",
    "'Dr Balakrishnan spoke to Mr Cho by phone on June 10' is given a second time, dated by the 'June 2025' of the paragraph before",
  ],
  'japantimes-takaichi-seoul-delayed.txt': [
    "'Kihara announced on Feb. 20 that Takaichi would visit South Korea on March 14 and 15': the plan, dated right since this session, takes the made trip's status from the anaphora ('The trip had a bumpy path') and is told as a visit made on March 14",
  ],
  'batimes-kast-first-state-visit.txt': [
    "'The first visit by a sitting Chilean president since 2023, no: Boric made two.' gives Boric an undated visit, placed in the news month",
  ],
  'jpost-christodoulides-jerusalem.txt': [
    "'The foreign ministers agreed to hold a strategic dialogue twice a year': a framework agreed is read as a planned meeting of the two ministers",
  ],
  'kyivindependent-stubb-kyiv.txt': [
    "'He is expected to travel on to Washington later this week', said of one already in Miami: a journey on within the country is kept as a planned visit to the United States",
  ],
  // Session 14 (acc-blind22), set 17.
  'ap-caricom-basseterre.txt': [
    "'\"We had a frank conversation …, and I think the deputy secretary heard us,\" Drew told reporters': the summit's host's quoted conversation with the visiting deputy secretary is read as a meeting (a reader could give one), but placed in the United States, the deputy secretary's country, not at the summit in St Kitts",
    "'Mia Mottley, who skipped the summit because of a budget debate at home': a leader who skipped her own region's summit is given a declined visit to St Kitts (no invitation of hers was declined)",
  ],
  // Session 14, after the last merge (acc-probe14 over sets 17 and 18).
  'ap-abiy-mogadishu.txt': [
    "'Abiy was met at Aden Adde International Airport by the Somali leader': the welcome is kept as a meeting placed in Yemen (Aden), the airport's name read as the city",
  ],
};

/**
 * A blind article's single/never/notPlanned/notDated/noEvent/noTrip/notHosted checks that Readout still fails, keyed as in
 * expectReaderGives ('single:visit:Merz', 'never:Kobakhidze,Mirzoyan', 'notPlanned:Xi Jinping', 'noEvent:Ulyukayev',
 * 'noTrip:Haitham', 'notHosted:IRN,Haitham', 'notDated:2019'), with what goes wrong: run as todo.
 */
const BLIND_PENDING_CHECKS: Record<string, Record<string, string>> = {
  // Session 14 (acc-blind23), set 18.
  'moscowtimes-2010-medvedev-kan-yokohama.txt': {
    'noEvent:Kono': "'Tokyo recalled its ambassador, Masaharu Kono, for consultations …, and he returned to Moscow only last week': an ambassador's return to his post is kept as a visit",
  },
  'merz-india-rescheduled.txt': {
    'single:visit:Merz':
      "one India trip, postponed in October and rescheduled for January, is told as two visits ('rescheduling a trip that was postponed in October' keeps the postponement apart), and 'at least three trips to Asia in 2026, starting with India' adds a planned visit to the Philippines",
  },
  'reuters-nagato-onsen.txt': {
    'noEvent:Ulyukayev':
      "'where Russian Economic Development Minister Alexei Ulyukayev had been expected before his arrest': a minister once expected at a business forum is taken into the planned Abe-Putin talks in Tokyo",
  },
  'ht-tianjin-modi-xi.txt': {
    'notPlanned:Xi Jinping':
      "'India will host the BRICS summit next year, and officials said that if Xi were to attend …': the summit India hosts is read as a planned meeting of Xi and Modi",
  },
  'investigation-neom-flight.txt': {
    'noEvent:Gantz':
      "'His Alternate Prime Minister and Defense Minister, Benny Gantz, was not told in advance, and on Monday called the leak of the trip \"irresponsible\"': the minister who judged the leak is given the trip it concerns",
    'noEvent:Gallant':
      "'Education Minister Yoav Gallant … confirmed it in an interview with army radio': the next paragraphs' 'he' (the Secretary's meetings in Jerusalem and Doha, his flight home) is taken as Gallant",
  },
  'bss-dar-yunus-jamuna.txt': {
    'noEvent:Fakhrul':
      "'Dar also held separate meetings with a BNP delegation led by its Secretary General Mirza Fakhrul Islam Alamgir and with Jamaat-e-Islami Ameer Dr Shafiqur Rahman': since 'held meetings with' reads as a meeting (session 12, acc-pend8), party leaders of no state office are kept as its sides, as 'met Jamaat-e-Islami Ameer Dr Shafiqur Rahman' already was",
    'noEvent:Shafiqur Rahman': 'the same',
  },
  'celac-eu-santamarta.txt': {
    'noEvent:Trump':
      "the headline's 'EU and Latin American leaders meet in Santa Marta', merged with the lead, takes in Trump, whom the story names only for the tensions over strikes in the Caribbean",
  },
  'tracker-gulf-table.txt': {
    'noTrip:Haitham':
      "'a visit by Sultan Haitham bin Tarik of Oman to Tehran, reported by Iranian media in August, did not take place; Muscat said no such visit had been scheduled': a visit that 'did not take place', after a participle phrase set off by commas, is now told as cancelled (session 12, acc-pend8), but a reported visit its host denies was never planned: no visit at all is wanted",
    'notHosted:IRN,Haitham': 'the same',
  },
  'statedept-briefing-transcript.txt': {
    'noEvent:Grenell':
      "'The Ukrainian foreign minister said yesterday that he had a good call with the Secretary': 'he' is taken for the envoy of the question before, not the unnamed minister who speaks",
    'noEvent:Wang Yi':
      "'there's a report in the South China Morning Post that Foreign Minister Wang Yi will come to Washington in April' (a reporter's question the spokesman will not confirm) is given as a planned visit",
  },
  'reuters-jaishankar-colombo.txt': {
    'noEvent:Qi Zhenhong':
      "'Chinese Ambassador Qi Zhenhong met Herath last week to press the request': a resident ambassador's meeting with the foreign minister is kept as an exchange (Readout keeps ambassadors' meetings; a reader of high-level exchanges gives none)",
  },
  // Session 14 (acc-blind21), set 16.
  'straitstimes-li-lee-week.txt': {
    'notDated:2019':
      "'As governor of Gyeonggi province, Mr Lee Jae-myung led a trade delegation to Singapore in 2019 and met the then prime minister briefly at a business event': a governor's trade mission is kept as a visit",
    'noEvent:Ding Xuexiang':
      "'co-chaired a meeting of the … working committee, a body that Deputy Prime Minister Gan and Chinese Vice-Premier Ding Xuexiang oversee': a relative clause after 'a body that' is not closed, and the vice-premier who oversees the body is taken into the ministers' meeting",
  },
  'japantimes-takaichi-seoul-delayed.txt': {
    'single:visit:Takaichi':
      "one trip, announced for March 14-15, postponed on March 10 and made on May 7, is told as four visits: the one made (dated May 8), the March plan told as made, the postponement, and one to Korea in January from 'the one Lee made to … Nara in January'",
  },
  'jpost-christodoulides-jerusalem.txt': {
    'noEvent:Zamir':
      "'Defense Minister Israel Katz met IDF Chief of Staff Lt.-Gen. Eyal Zamir at the Kirya in Tel Aviv': 'IDF' gives the army chief no country, so a minister with his own army's chief is kept as a meeting (before this session, 'Lt' was read as the one met)",
    'noEvent:Katz': 'the same',
  },
  // Session 14 (acc-blind22), set 17.
  'aljazeera-villavicencio-quito.txt': {
    'noEvent:Mac Master':
      "'A delegation of the Colombian business association ANDI, led by its president Bruce Mac Master, held talks with Ecuador's Production Minister Luis Alberto Jaramillo': 'its president' is the association's, but is read as Colombia's, and the minister's talks with a business group are kept as an exchange",
  },
};

describe('blind articles of our own making', () => {
  for (const a of BLIND) {
    const pending = BLIND_PENDING[a.file] ?? {};
    const checks = BLIND_PENDING_CHECKS[a.file] ?? {};
    it(`${a.file}: the exchanges a reader gives`, () => expectReaderGives(a, pending, new Set(Object.keys(checks))));
    for (const why of [...Object.values(pending), ...Object.values(checks), ...(BLIND_SPURIOUS[a.file] ?? [])]) it.todo(`${a.file}: ${why}`);
  }
});

describe('articles of our own making', () => {
  for (const a of ARTICLES) {
    it(`${a.file}: the exchanges a reader gives`, () => expectReaderGives(a));
    for (const t of a.todo ?? []) it.todo(`${a.file}: ${t}`);
  }
});

/** Extracts an own article and checks it against what a careful reader gives (wants at `pending`'s indexes are todo). */
function expectReaderGives(a: Article, pending: Record<number, string> = {}, skip: Set<string> = new Set()): void {
  const text = readFileSync(new URL(`./articles/${a.file}`, import.meta.url), 'utf8');
  const events = extract({ id: a.file, text, published: a.published }, kb).events;
  const has = (e: ExchangeEvent, who: string) => e.participants.some((p) => fold(p.name ?? '').includes(fold(who)));
  a.want.forEach((w, i) => {
    const found = events.some((e) => matches(e, w));
    // A pending want that is found now is no longer todo: its index comes out of BLIND_PENDING.
    if (pending[i]) expect(found, `pending want ${i} of ${a.file} is found now (${pending[i]}): take it out of the pending list`).toBe(false);
    else expect(found, `want ${JSON.stringify(w)}\ngot:\n${show(events)}`).toBe(true);
  });
  if (!a.want.length) expect(events, show(events)).toEqual([]);
  for (const [type, who] of a.single ?? []) {
    if (!skip.has(`single:${type}:${who}`)) expect(events.filter((e) => e.type === type && has(e, who)).length, show(events)).toBe(1);
  }
  for (const pair of a.never ?? []) if (!skip.has(`never:${pair.join(',')}`)) expect(events.filter((e) => pair.every((n) => has(e, n))), show(events)).toEqual([]);
  for (const pair of a.notPlanned ?? []) if (!skip.has(`notPlanned:${pair.join(',')}`)) expect(events.filter((e) => e.status === 'planned' && pair.every((n) => has(e, n))), show(events)).toEqual([]);
  for (const d of a.notDated ?? []) if (!skip.has(`notDated:${d}`)) expect(events.filter((e) => (e.date ?? '').startsWith(d)), show(events)).toEqual([]);
  for (const who of a.noTrip ?? []) if (!skip.has(`noTrip:${who}`)) expect(events.filter((e) => e.type === 'visit' && has(e, who)), show(events)).toEqual([]);
  for (const [who, host] of a.notArrived ?? []) expect(events.filter((e) => e.type === 'visit' && e.status === 'occurred' && e.host_country === host && has(e, who)), show(events)).toEqual([]);
  for (const who of a.noEvent ?? []) if (!skip.has(`noEvent:${who}`)) expect(events.filter((e) => has(e, who)), show(events)).toEqual([]);
  for (const [host, ...who] of a.notHosted ?? [])
    if (!skip.has(`notHosted:${[host, ...who].join(',')}`)) expect(events.filter((e) => e.host_country === host && who.every((n) => has(e, n))), show(events)).toEqual([]);
  for (const [type, ...who] of a.notOfType ?? []) expect(events.filter((e) => e.type === type && who.every((n) => has(e, n))), show(events)).toEqual([]);
}
