/**
 * Country names back to the ISO 3166-1 alpha-2 codes records hold, for the
 * version 5 repair (normalise.ts): earlier versions stored a customer's country
 * as typed ("Netherlands", "Nederland"). The names are the browser's own
 * (`Intl.DisplayNames`, English and Dutch, the extension's two languages), so no
 * list of names is kept here, only the codes. Pure: no browser API beyond Intl.
 */
import { normalizeName } from '../invitation/normalize';

/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249), and XK (Kosovo,
 * user-assigned), which lib/invitation/regions.ts uses too. Not the other
 * codes `Intl.DisplayNames` names (EU, UN, QO, …): they are no country.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const CODES = new Set(COUNTRY_CODES);

/** Whether `code` is one of COUNTRY_CODES, as written there (upper case). */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** How a name is compared: normalizeName's case, accents and punctuation aside, and no leading "the". */
function fold(name: string): string {
  return normalizeName(name).replace(/^the /, '');
}

let byName: Map<string, string | null> | undefined;

/** Folded name → code; `null` when two codes share a name (then neither is guessed). */
function names(): Map<string, string | null> {
  if (byName) return byName;
  const map = new Map<string, string | null>();
  for (const locale of ['en', 'nl']) {
    for (const style of ['long', 'short'] as const) {
      const display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const code of COUNTRY_CODES) {
        const name = display.of(code);
        if (name === undefined) continue;
        const key = fold(name);
        const known = map.get(key);
        map.set(key, known === undefined || known === code ? code : null);
      }
    }
  }
  byName = map;
  return map;
}

/**
 * The code of a country named in English or Dutch ("Netherlands", "the
 * Netherlands", "Nederland", "Duitsland", "Côte d’Ivoire"), or undefined when the
 * text names no country, or more than one.
 */
export function countryCodeOfName(name: string): string | undefined {
  const key = fold(name);
  if (key === '') return undefined;
  return names().get(key) ?? undefined;
}
