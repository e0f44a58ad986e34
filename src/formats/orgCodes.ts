// Organisations in Readout's codes (DESIGN.md) and in CAMEO's: the Phoenix actor dictionaries
// (../shared/data/anchors/petrarch2) give full IGO actor codes, GDELT a three-letter known-group code.
export interface OrgCode {
  /** Readout's participant country code. */
  readout: string;
  /** Phoenix/CAMEO actor code. */
  phoenix: string;
  /** GDELT Actor*KnownGroupCode. */
  gdelt: string;
}

export const ORG_CODES: readonly OrgCode[] = [
  { readout: 'UNO', phoenix: 'IGOUNO', gdelt: 'UNO' },
  { readout: 'EUR', phoenix: 'IGOEUREEC', gdelt: 'EEC' },
  { readout: 'NATO', phoenix: 'IGOWSTNAT', gdelt: 'NAT' },
  { readout: 'AFR', phoenix: 'IGOAFRAFU', gdelt: 'AFU' },
  { readout: 'ASEAN', phoenix: 'IGOSEAASN', gdelt: 'ASN' },
  { readout: 'GCC', phoenix: 'IGOGCC', gdelt: 'GCC' },
  { readout: 'OAS', phoenix: 'IGOOAS', gdelt: 'OAS' },
  { readout: 'SCO', phoenix: 'IGOSCO', gdelt: 'SCO' },
];

export const orgByReadout = (code: string) => ORG_CODES.find((o) => o.readout === code);
export const orgByGdelt = (code: string) => ORG_CODES.find((o) => o.gdelt === code);
