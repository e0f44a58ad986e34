// Eight articles of our own making, written (with the gold below) before Readout was run on them: a blind
// check of extraction on styles the other own articles did not cover (a wire brief with a denial, an Indian
// outlet's honorifics, a ministry's "at the invitation of" release, a liveblog, an analysis piece with past
// years, a tour with a leg called off, government call readouts, a summit's sidelines). The wants are what a
// careful reader gives; what Readout still misses is kept as todo in own-articles.test.ts.
import type { OwnArticle } from '../support/wants.js';


export const BLIND: OwnArticle[] = [
  {
    file: 'world-briefs-denial.txt',
    published: '2025-09-18',
    want: [
      { type: 'meeting', people: ['Wadephul', 'Sikorski'], date: '2025-09-18', host: 'POL' },
      { type: 'visit', people: ['Wadephul'], date: '2025-09-18', host: 'POL' },
      { type: 'phone_call', people: ['Lee Jae-myung', 'Ishiba'], date: '2025-09-17' },
      { type: 'visit', people: ['Lee Jae-myung'], date: '2025-08', host: 'JPN' },
      { type: 'visit', people: ['Lee Jae-myung'], date: '2025-08', host: 'USA' },
      { type: 'visit', status: 'planned', people: ['Marape'], date: '2025-10', host: 'AUS' },
      { type: 'meeting', status: 'planned', people: ['Albanese', 'Marape'], date: '2025-10', host: 'AUS' },
    ],
    // The meeting the Kremlin denies; the spokesman who denies it.
    never: [['Lavrov', 'Witkoff']],
    noEvent: ['Peskov'],
  },
  {
    file: 'eam-beijing-honorifics.txt',
    published: '2025-07-14',
    want: [
      { type: 'meeting', people: ['Jaishankar', 'Han Zheng'], date: '2025-07-14', host: 'CHN' },
      { type: 'visit', people: ['Jaishankar'], date: '2025-07', host: 'CHN' },
      { type: 'meeting', people: ['Jaishankar', 'Wang Yi'], date: '2025-07-14', host: 'CHN' },
      { type: 'visit', people: ['Jaishankar'], date: '2025-07', host: 'SGP' },
      { type: 'meeting', people: ['Jaishankar', 'Lawrence Wong'], date: '2025-07', host: 'SGP' },
      { type: 'meeting', people: ['Jaishankar', 'Lee Hsien Loong'], date: '2025-07', host: 'SGP' },
      { type: 'meeting', people: ['Jaishankar', 'Balakrishnan'], date: '2025-07', host: 'SGP' },
      { type: 'meeting', status: 'planned', people: ['Jaishankar', 'Lavrov'], date: '2025-07-15', host: 'CHN' },
      { type: 'meeting', status: 'planned', people: ['Jaishankar', 'Araghchi'], date: '2025-07-15', host: 'CHN' },
      { type: 'meeting', people: ['Modi', 'Xi Jinping'], date: '2024-10', host: 'RUS' },
      { type: 'visit', people: ['Doval'], date: '2024-12', host: 'CHN' },
      { type: 'phone_call', people: ['Rajnath Singh', 'Marles'], date: '2025-07-13' },
    ],
    never: [['Modi', 'Wang Yi'], ['Lavrov', 'Araghchi'], ['Wang Yi', 'Balakrishnan']],
    noTrip: ['Modi', 'Wang Yi'],
  },
  {
    file: 'hanoi-invitation.txt',
    published: '2025-03-11',
    want: [
      { type: 'visit', people: ['Mohamad Hasan'], date: '2025-03-10', host: 'VNM' },
      { type: 'meeting', people: ['Bui Thanh Son', 'Mohamad Hasan'], date: '2025-03-11', host: 'VNM' },
      { type: 'meeting', people: ['Mohamad Hasan', 'Pham Minh Chinh'], date: '2025-03-11', host: 'VNM' },
      { type: 'visit', status: 'planned', people: ['To Lam'], date: '2025', host: 'MYS' },
      { type: 'visit', status: 'planned', people: ['Bui Thanh Son'], date: '2026', host: 'MYS' },
    ],
    // (Added after the blind run, from its spurious event: the deputy minister, not the prime minister, received the ambassador.)
    never: [['Mohamad Hasan', 'Anwar'], ['Pham Minh Chinh', 'Anwar'], ['Bui Thanh Son', 'Urawadee'], ['Pham Minh Chinh', 'Urawadee']],
    noTrip: ['Anwar', 'Pham Minh Chinh'],
  },
  {
    file: 'cairo-liveblog.txt',
    published: '2026-02-10',
    want: [
      { type: 'visit', people: ['Rubio'], date: '2026-02-10', host: 'EGY' },
      { type: 'meeting', people: ['Rubio', 'Sisi'], date: '2026-02-10', host: 'EGY' },
      { type: 'meeting', people: ['Rubio', 'Abdelatty'], date: '2026-02-10', host: 'EGY' },
      { type: 'meeting', status: 'planned', people: ['Rubio', 'Mohammed bin Abdulrahman'], date: '2026-02-10' },
      { type: 'phone_call', people: ['Erdogan', 'Trump'], date: '2026-02-10' },
      { type: 'visit', status: 'planned', people: ['Rubio'], host: 'ISR' },
      { type: 'visit', people: ['Rubio'], date: '2025-10', host: 'EGY' },
    ],
    never: [['Sisi', 'Abdelatty'], ['Erdogan', 'Rubio']],
    // (Added after the blind run, from its spurious event: "has left Cairo for Doha" has him on the way.)
    notArrived: [['Rubio', 'QAT']],
    noEvent: ['Netanyahu'],
  },
  {
    file: 'lula-africa-analysis.txt',
    published: '2025-06-02',
    want: [
      { type: 'visit', people: ['Lula'], date: '2023-08', host: 'AGO' },
      { type: 'visit', people: ['Lula'], date: '2003', host: 'AGO' },
      { type: 'visit', people: ['Lula'], date: '2007', host: 'AGO' },
      { type: 'meeting', people: ['Lula', 'Ramaphosa'], date: '2023-08', host: 'ZAF' },
      { type: 'visit', status: 'planned', people: ['Chapo'], date: '2025-09', host: 'BRA' },
    ],
    // A former president on a private trip; a president who never went.
    noEvent: ['Cardoso'],
    noTrip: ['Bolsonaro'],
  },
  {
    file: 'pacific-tour-cyclone.txt',
    published: '2026-03-06',
    want: [
      { type: 'visit', status: 'cancelled', people: ['Albanese'], host: 'TON' },
      { type: 'meeting', status: 'cancelled', people: ['Albanese', 'Eke'] },
      { type: 'visit', people: ['Albanese'], date: '2026-03', host: 'FJI' },
      { type: 'meeting', people: ['Albanese', 'Rabuka'], date: '2026-03-05', host: 'FJI' },
      { type: 'visit', people: ['Albanese'], date: '2026-03', host: 'VUT' },
      { type: 'meeting', people: ['Albanese', 'Napat'], date: '2026-03-03', host: 'VUT' },
      { type: 'visit', people: ['Albanese'], date: '2026-03', host: 'SLB' },
      { type: 'meeting', people: ['Albanese', 'Manele'], date: '2026-03-04', host: 'SLB' },
      { type: 'visit', people: ['Penny Wong'], host: 'VUT' },
      { type: 'visit', people: ['Penny Wong'], host: 'SLB' },
      { type: 'visit', status: 'planned', people: ['Penny Wong'], date: '2026-03-07', host: 'WSM' },
      { type: 'meeting', status: 'planned', people: ['Penny Wong', 'Schmidt'], date: '2026-03-07', host: 'WSM' },
    ],
    never: [['Rabuka', 'Napat'], ['Eke', 'Rabuka']],
    noTrip: ['Rabuka'],
  },
  {
    file: 'downing-street-readouts.txt',
    published: '2026-01-24',
    want: [
      { type: 'phone_call', people: ['Ramaphosa'], date: '2026-01-24', countries: ['GBR', 'ZAF'] },
      { type: 'visit', status: 'planned', people: ['Ramaphosa'], date: '2026', host: 'GBR' },
      { type: 'phone_call', people: ['Merz'], date: '2026-01-23', countries: ['GBR', 'DEU'] },
      { type: 'meeting', status: 'planned', people: ['Merz'], date: '2026-02', countries: ['GBR', 'DEU'] },
      { type: 'phone_call', people: ['Cooper', 'Jaishankar'], date: '2026-01-22' },
      { type: 'visit', people: ['Støre'], date: '2026-01-21', host: 'GBR' },
      { type: 'meeting', people: ['Støre'], date: '2026-01-21', host: 'GBR', countries: ['GBR', 'NOR'] },
    ],
    never: [['Ramaphosa', 'Merz'], ['Merz', 'Jaishankar'], ['Ramaphosa', 'Jaishankar']],
  },
  {
    file: 'g20-johannesburg.txt',
    published: '2025-11-22',
    want: [
      { type: 'visit', status: 'declined', people: ['Trump'], host: 'ZAF' },
      { type: 'meeting', people: ['Modi', 'Ramaphosa'], date: '2025-11-22', host: 'ZAF' },
      { type: 'meeting', people: ['Modi', 'Carney'], date: '2025-11-22', host: 'ZAF' },
      { type: 'meeting', people: ['Modi', 'Albanese'], date: '2025-11-22', host: 'ZAF' },
      { type: 'meeting', people: ['Starmer', 'Merz', 'Macron'], date: '2025-11-22', host: 'ZAF' },
      { type: 'phone_call', people: ['Starmer', 'Zelensk'], date: '2025-11-22' },
      { type: 'visit', people: ['Lula'], date: '2025-11-21', host: 'ZAF' },
      { type: 'meeting', status: 'planned', people: ['Lula', 'Ramaphosa'], date: '2025-11-23', host: 'ZAF' },
      { type: 'visit', status: 'planned', people: ['Lula'], host: 'MOZ' },
    ],
    never: [['Takaichi', 'Li Qiang'], ['Carney', 'Albanese'], ['Modi', 'Macron']],
    notPlanned: [['Trump', 'Ramaphosa']],
  },
];
