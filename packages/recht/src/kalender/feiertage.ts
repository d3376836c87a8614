// Gesetzliche Feiertage je Land (und Teilgebiet) aus der Bibliothek `date-holidays`, einmal je
// Land und Jahr vorberechnet. § 193 BGB / § 26 Abs. 3 SGB X: maßgeblich sind die staatlich
// anerkannten Feiertage am Ort der Handlung; Brauchtumstage zählen nicht (recht.md §5.3).
import Holidays from 'date-holidays';
import { type Tag, kalenderdatum, parseDatum, wochentag } from './datum.ts';

export const laender = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type Land = (typeof laender)[number];

export const regionen = ['BY-A', 'BY-KATH', 'SN-BZ', 'TH-EIC', 'TH-UH', 'TH-WAK'] as const;
export type Region = (typeof regionen)[number];

export const regionsnamen: Record<Region, string> = {
  'BY-A': 'Stadt Augsburg',
  'BY-KATH': 'überwiegend katholische Gemeinden in Bayern',
  'SN-BZ': 'katholisch-sorbische Gemeinden im Landkreis Bautzen',
  'TH-EIC': 'katholisch geprägte Gemeinden im Landkreis Eichsfeld',
  'TH-UH': 'katholisch geprägte Gemeinden im Unstrut-Hainich-Kreis',
  'TH-WAK': 'katholisch geprägte Gemeinden im Wartburgkreis',
};

export const landesnamen: Record<Land, string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export function istRegionVon(land: Land, region: string): boolean {
  return (regionen as readonly string[]).includes(region) && region.startsWith(`${land}-`);
}

/**
 * Die Regionen von `date-holidays`, aus denen ein Teilgebiet besteht. Augsburg ist eine
 * überwiegend katholische Gemeinde: dort gilt neben dem Friedensfest auch Mariä Himmelfahrt
 * (Art. 1 Abs. 1 Nr. 2 BayFTG); `date-holidays` führt es für die Region "A" nicht, daher wird
 * sie mit "KATH" vereinigt (so auch python-holidays, siehe shared/data/holidays-de.README.md).
 */
const bibliotheksRegionen: Record<Region, readonly string[]> = {
  'BY-A': ['A', 'KATH'],
  'BY-KATH': ['KATH'],
  'SN-BZ': ['BZ'],
  'TH-EIC': ['EIC'],
  'TH-UH': ['UH'],
  'TH-WAK': ['WAK'],
};

// Schneller Pfad: Tabelle für 1900-01-01 … 2199-12-31, blockweise (512 Tage) bei Bedarf gefüllt.
const basis = -25567; // Tageszahl von 1900-01-01
const umfang = 109573; // Tage bis 2199-12-31 einschließlich
const blockBits = 9;

class Feiertagskalender {
  readonly #quellen: Holidays[];
  readonly #namen = new Map<number, string>();
  readonly #geladeneJahre = new Set<number>();
  readonly #flags = new Uint8Array(umfang);
  readonly #bloecke = new Uint8Array((umfang >> blockBits) + 1);
  /** Je Tag: Abstand zum nächsten Werktag ab ihm selbst, plus 1 (0 = noch nicht berechnet). */
  readonly #verschiebung = new Uint8Array(umfang);

  constructor(land: Land, region?: Region) {
    const teile = region ? bibliotheksRegionen[region] : [undefined];
    this.#quellen = teile.map((teil) => (teil ? new Holidays('DE', land, teil) : new Holidays('DE', land)));
  }

  #ladeJahr(jahr: number): void {
    if (this.#geladeneJahre.has(jahr)) return;
    this.#geladeneJahre.add(jahr);
    for (const quelle of this.#quellen) {
      const liste = quelle.getHolidays(jahr) || [];
      for (const eintrag of liste) {
        if (eintrag.type !== 'public') continue;
        const t = parseDatum(eintrag.date.slice(0, 10));
        if (t === undefined) continue;
        if (!this.#namen.has(t)) this.#namen.set(t, eintrag.name);
        const i = t - basis;
        if (i >= 0 && i < umfang) this.#flags[i] = 1;
      }
    }
  }

  #ladeBlock(b: number): void {
    const von = (basis + (b << blockBits)) as Tag;
    const bis = (von + (1 << blockBits) - 1) as Tag;
    for (let j = kalenderdatum(von).jahr; j <= kalenderdatum(bis).jahr; j++) this.#ladeJahr(j);
    this.#bloecke[b] = 1;
  }

  istFeiertag(t: Tag): boolean {
    const i = t - basis;
    if (i >= 0 && i < umfang) {
      const b = i >> blockBits;
      if (this.#bloecke[b] === 0) this.#ladeBlock(b);
      return this.#flags[i] === 1;
    }
    this.#ladeJahr(kalenderdatum(t).jahr);
    return this.#namen.has(t);
  }

  /** Der Tag selbst, wenn er ein Werktag ist (Montag bis Freitag, kein Feiertag), sonst der nächste. */
  naechsterWerktag(t: Tag): Tag {
    const i = t - basis;
    const v = i >= 0 && i < umfang ? (this.#verschiebung[i] as number) : 0;
    return v !== 0 ? ((t + v - 1) as Tag) : this.#sucheWerktag(t);
  }

  #sucheWerktag(t: Tag): Tag {
    let d = t;
    while (wochentag(d) >= 5 || this.istFeiertag(d)) d = (d + 1) as Tag;
    // Höchstens eine Handvoll Tage (Wochenende und Feiertage); passt in ein Byte.
    const i = t - basis;
    if (i >= 0 && i < umfang) this.#verschiebung[i] = d - t + 1;
    return d;
  }

  name(t: Tag): string | undefined {
    return this.istFeiertag(t) ? this.#namen.get(t) : undefined;
  }
}

const kalender = new Map<string, Feiertagskalender>();

export function feiertagskalender(land: Land, region?: Region): Feiertagskalender {
  const schluessel = region ?? land;
  let k = kalender.get(schluessel);
  if (!k) {
    k = new Feiertagskalender(land, region);
    kalender.set(schluessel, k);
  }
  return k;
}

export type { Feiertagskalender };

/** Name des gesetzlichen Feiertags an diesem Tag, sonst `undefined`. */
export function feiertag(t: Tag, land: Land, region?: Region): string | undefined {
  return feiertagskalender(land, region).name(t);
}

/** Werktag im Sinne von § 193 BGB / § 26 Abs. 3 SGB X: Montag bis Freitag, kein Feiertag. */
export function istWerktag(t: Tag, k: Feiertagskalender): boolean {
  return wochentag(t) < 5 && !k.istFeiertag(t);
}

/** Der Tag selbst, wenn er ein Werktag ist, sonst der nächste Werktag. */
export function naechsterWerktagAbOder(t: Tag, k: Feiertagskalender): Tag {
  return k.naechsterWerktag(t);
}
