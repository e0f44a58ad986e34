// Shapes of the knowledge files under knowledge/ (documented for users in knowledge/README.md).
// The pipeline receives these already loaded; it never reads a file itself.

/** An office title and its rank (1 head of state … 7 other), per DESIGN.md "Rank". */
export interface OfficeDef {
  /** Stable id, e.g. "foreign_minister". */
  id: string;
  /** Canonical display title, e.g. "Foreign Minister". */
  title: string;
  /** Lower-case phrasings that name this office in text ("foreign minister", "minister of foreign affairs", "top diplomat"). */
  phrases: string[];
  rank: number;
  /** When set, the office (with this rank) applies only to these countries ("secretary of state" is rank 3 in the USA, 5 elsewhere). */
  countries?: string[];
}

export interface Term {
  /** Display title of the office held, e.g. "Secretary of State". */
  office: string;
  /** Id of an OfficeDef, for the rank. */
  office_id: string;
  /** YYYY-MM-DD (or YYYY-MM / YYYY when only that is known). */
  start: string;
  /** null while in office. */
  end: string | null;
  /** Overrides the office's rank for this term, when it differs. */
  rank?: number;
  /** Organisation the office belongs to, when not a country's (UNO, EUR, NATO …). */
  org?: string;
}

export interface Official {
  id: string;
  /** Full name as usually written in English ("Xi Jinping", "Antony Blinken"). */
  name: string;
  /** Other ways texts name this person: surnames, transliterations, given-name traps ("Jinping"). */
  aliases: string[];
  /** ISO alpha-3 (or organisation code) of the country the person serves. */
  country: string;
  terms: Term[];
  /** Where the entry came from: "historian", "phoenix", "curated" (knowledge/README.md). */
  sources?: string[];
  /**
   * Aliases (from `aliases`) that knowingly name more than one official in office at the same time
   * ("Wang" in 2023: Wang Yi and Wang Wentao). A resolver must settle them from the document's fuller
   * mentions; validation accepts the clash only when every official sharing the alias lists it here.
   */
  ambiguous_aliases?: string[];
}

/** A dated world event or term start that texts use as an anchor ("after Russia invaded Ukraine"). */
export interface WorldEvent {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** Lower-case regular expression sources matched against a sentence. */
  patterns: string[];
  description: string;
}

export interface PlaceDef {
  name: string;
  aliases: string[];
  /** ISO alpha-3 */
  country: string;
  kind: 'city' | 'region' | 'island' | 'venue';
  /** For a venue: the city it stands in ("Élysée Palace": Paris), so a meeting named only by its building is placed. */
  city?: string;
  lat?: number;
  lon?: number;
  population?: number;
}

export interface CountryDef {
  /** ISO alpha-3, or an organisation code (UNO, EUR, NATO, AFR, ASEAN …). */
  code: string;
  alpha2: string | null;
  /** Canonical English name. */
  name: string;
  /** Every name and alias ("United States", "US", "U.S.", "America", "Washington" is NOT here: capitals are places). */
  names: string[];
  /** Adjectives and nouns of nationality ("American", "Americans", "US"). */
  demonyms: string[];
  /** Capital city name, when known. */
  capital?: string | null;
  isOrganisation?: boolean;
}

/** Everything the pipeline and analysis need, loaded once. */
export interface Knowledge {
  countries: CountryDef[];
  officials: Official[];
  offices: OfficeDef[];
  places: PlaceDef[];
  worldEvents: WorldEvent[];
  /** CAMEO code table from knowledge/codes.json (absent when the file is missing). */
  codes?: CodeTable;
}

/** One CAMEO code: its description, Goldstein score and the PLOVER row CAMEO2PLOVER gives it. */
export interface CodeDef {
  description: string | null;
  goldstein: number | null;
  plover: { event: string | null; mode: string | null; context: string | null } | null;
}

/** CAMEO code ("042") → definition. */
export type CodeTable = Record<string, CodeDef>;
