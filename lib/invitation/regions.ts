/**
 * Which CSP region (Microsoft calls them "region and market") each country is in.
 * A partner may only request a relationship with a customer in its own region
 * (docs/DOMAIN.md). Source: Microsoft Partner Center documentation, "Cloud Solution
 * Provider program regional markets and currencies where you can sell CSP offers"
 * (learn.microsoft.com/partner-center/regional-authorization-overview), the
 * version of 15 April 2021.
 *
 * Honest limits: Microsoft changes this list (markets are added, suspended or
 * moved), so it is a warning aid, not the authority. The source names countries,
 * which are mapped here to ISO 3166-1 alpha-2 codes by hand; Kosovo uses the
 * user-assigned XK. Countries the source does not list return undefined.
 * Oddities of the source are kept as they are (French Polynesia and New Caledonia
 * under Africa; Lesotho, Mozambique, South Africa and others under "Middle East,
 * Central Europe and Eastern Europe").
 */

export const CSP_REGIONS = {
  africa: {
    name: 'Africa',
    countries:
      'AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER ET PF GA GM GH GN GW KE LR MG MW ML MU YT NA NC NE NG RE RW ST SN SC SL SO SS SH TZ TG UG ZM',
  },
  'asia-pacific': {
    name: 'Asia and Pacific',
    countries: 'BD BT BN KH HK ID LA MO MY MV MM NP PH SG LK TH TL VN',
  },
  australia: {
    name: 'Australia',
    countries: 'AU CX CC CK FJ TF GU HM KI MH FM NR NU NF MP PW PG PN SB TK TO TV WF',
  },
  brazil: { name: 'Brazil', countries: 'BR' },
  canada: { name: 'Canada', countries: 'CA PM' },
  // Not in the source: Partner Center operated by 21Vianet serves mainland China
  // on its own (docs/DOMAIN.md). Approximate.
  china: { name: 'China (21Vianet)', countries: 'CN' },
  europe: {
    name: 'Europe',
    countries:
      'AX AD AT BE BV BG HR CY CZ DK EE FO FI FR DE GI GR GL GG HU IS IE IM IT JE LV LI LT LU MT MC NL NO PL PT RO SM SK SI ES SJ SE CH GB VA',
  },
  india: { name: 'India', countries: 'IN' },
  japan: { name: 'Japan', countries: 'JP' },
  korea: { name: 'Korea', countries: 'KR' },
  'latin-america': {
    name: 'Latin America and the Caribbean',
    countries:
      'AI AQ AG AR AW BS BB BZ BM BO BQ VG KY CL CO CR CW DM DO EC SV FK GF GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX GS SR TT TC UY VE VI',
  },
  'middle-east-eastern-europe': {
    name: 'Middle East, Central Europe and Eastern Europe',
    countries:
      'AF AL DZ AM AZ BH BY BA IO EG GE IQ IL JO KZ XK KW KG LB LS LY MK MR MD MN ME MA MZ OM PK PS QA SA RS ZA SZ TJ TN TR TM UA AE UZ YE ZW',
  },
  'new-zealand': { name: 'New Zealand', countries: 'AS NZ WS VU' },
  russia: { name: 'Russia', countries: 'RU' },
  taiwan: { name: 'Taiwan', countries: 'TW' },
  'united-states': { name: 'United States', countries: 'US UM' },
} as const;

export type CspRegion = keyof typeof CSP_REGIONS;

const REGION_BY_COUNTRY: ReadonlyMap<string, CspRegion> = /* @__PURE__ */ new Map(
  (Object.keys(CSP_REGIONS) as CspRegion[]).flatMap((region) =>
    CSP_REGIONS[region].countries.split(' ').map((country) => [country, region] as const),
  ),
);

/** The CSP region of an ISO 3166-1 alpha-2 code (any case), or undefined when unlisted. */
export function regionOf(country: string): CspRegion | undefined {
  return REGION_BY_COUNTRY.get(country.trim().toUpperCase());
}
