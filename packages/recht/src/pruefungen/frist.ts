// Prüfungsart `frist`: eine Frist nach § 26 SGB X i. V. m. §§ 187–193 BGB.
import { type Begruendungsschritt, Begruendung } from '../gemeinsam/ergebnis.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { datumSchema, landSchema, pruefungsSchema, regionSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, type Tag, datum, deutschesDatum, isoDatum, wochentag, wochentagsnamen } from '../kalender/datum.ts';
import { type Land, type Region, istRegionVon, landesnamen } from '../kalender/feiertage.ts';
import {
  type Dauer,
  type Fristbeginn,
  type Verschiebung,
  kalenderFuer,
  monatsendeGekappt,
  nominalesFristende,
  verschiebeAufWerktag,
} from '../kalender/frist.ts';

export interface FristEingabe {
  art: 'frist';
  rechtsstand?: IsoDatum;
  ereignis: IsoDatum;
  dauer: Dauer;
  beginn?: Fristbeginn;
  verschiebung?: boolean;
  land?: Land;
  region?: Region;
}

export interface VerschiebungsgrundJson {
  datum: IsoDatum;
  grund: 'Samstag' | 'Sonntag' | 'Feiertag';
  name?: string;
}

export interface FristErgebnis {
  nominalesEnde: IsoDatum;
  ende: IsoDatum;
  verschoben: boolean;
  verschiebungsgruende: VerschiebungsgrundJson[];
}

const anzahl = (max: number, einheit: string) => ({ type: 'integer', minimum: 1, maximum: max, description: `Anzahl ${einheit}` });

export const dauerSchema = {
  type: 'object',
  description: 'Genau eine Angabe: tage, wochen, monate oder jahre',
  properties: {
    tage: anzahl(36500, 'Tage'),
    wochen: anzahl(5200, 'Wochen'),
    monate: anzahl(1200, 'Monate'),
    jahre: anzahl(100, 'Jahre'),
  },
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
};

/** Die Dauer im Dativ („eine Frist von einem Monat“). */
export function dauerText(d: Dauer): string {
  if ('tage' in d) return d.tage === 1 ? 'einem Tag' : `${d.tage} Tagen`;
  if ('wochen' in d) return d.wochen === 1 ? 'einer Woche' : `${d.wochen} Wochen`;
  if ('monate' in d) return d.monate === 1 ? 'einem Monat' : `${d.monate} Monaten`;
  return d.jahre === 1 ? 'einem Jahr' : `${d.jahre} Jahren`;
}

export function verschiebungsgruendeJson(v: Verschiebung): VerschiebungsgrundJson[] {
  return v.gruende.map((g) => ({ datum: isoDatum(g.datum), grund: g.grund, ...(g.name ? { name: g.name } : {}) }));
}

/** Ein Satz, der die Verschiebung erklärt (für jede Begründung mit § 26 Abs. 3 SGB X). */
export function verschiebungsText(nominal: Tag, v: Verschiebung, land: Land, region?: Region): string {
  const ort = region ? `${landesnamen[land]} (${region})` : landesnamen[land];
  if (v.gruende.length === 0)
    return `Das Fristende ${deutschesDatum(nominal)} ist ein Werktag (${wochentagsnamen[wochentag(nominal)]}) in ${ort}; es bleibt dabei.`;
  const gruende = v.gruende
    .map((g) => `${deutschesDatum(g.datum)} ${g.grund === 'Feiertag' ? `Feiertag „${g.name ?? ''}“` : `ist ein ${g.grund}`}`)
    .join('; ');
  return `Das rechnerische Fristende ${deutschesDatum(nominal)} fällt nicht auf einen Werktag in ${ort} (${gruende}); die Frist endet mit Ablauf des nächsten Werktags, ${wochentagsnamen[wochentag(v.ende)]}, ${deutschesDatum(v.ende)}.`;
}

export function fristBegruendung(ereignis: Tag, dauer: Dauer, beginn: Fristbeginn, nominal: Tag): Begruendungsschritt[] {
  const schritte: Begruendungsschritt[] = [
    { norm: '§ 26 Abs. 1 SGB X', text: 'Für die Berechnung der Frist gelten die §§ 187 bis 193 BGB entsprechend.' },
  ];
  if (beginn === 'ereignis')
    schritte.push({
      norm: '§ 187 Abs. 1 BGB',
      text: `Die Frist beginnt mit einem Ereignis am ${deutschesDatum(ereignis)}; dieser Tag wird nicht mitgerechnet.`,
    });
  else
    schritte.push({
      norm: '§ 187 Abs. 2 BGB',
      text: `Der Beginn des ${deutschesDatum(ereignis)} ist für den Anfang der Frist maßgebend; dieser Tag wird mitgerechnet.`,
    });
  const normEnde = 'tage' in dauer ? '§ 188 Abs. 1 BGB' : '§ 188 Abs. 2 BGB';
  schritte.push({
    norm: normEnde,
    text: `Die Frist von ${dauerText(dauer)} endet rechnerisch mit Ablauf des ${deutschesDatum(nominal)}.`,
  });
  if (monatsendeGekappt(ereignis, dauer, beginn))
    schritte.push({
      norm: '§ 188 Abs. 3 BGB',
      text: `Der maßgebende Tag fehlt im letzten Monat; die Frist endet mit dem Ablauf des letzten Tages dieses Monats, ${deutschesDatum(nominal)}.`,
    });
  return schritte;
}

export const frist = pruefungsart<FristEingabe, FristErgebnis>({
  art: 'frist',
  titel: 'Frist berechnen',
  normen: '§ 26 SGB X, §§ 187–193 BGB',
  schema: pruefungsSchema(
    'frist',
    'Frist nach § 26 SGB X i. V. m. §§ 187–193 BGB',
    {
      ereignis: datumSchema('Tag des fristauslösenden Ereignisses'),
      dauer: dauerSchema,
      beginn: {
        type: 'string',
        enum: ['ereignis', 'tagesbeginn'],
        description: '„ereignis“ (§ 187 Abs. 1 BGB, Standard) oder „tagesbeginn“ (§ 187 Abs. 2 BGB)',
      },
      verschiebung: { type: 'boolean', description: 'Fristende auf den nächsten Werktag verschieben (§ 26 Abs. 3 SGB X), Standard true' },
      land: landSchema('Land, dessen Feiertage gelten (Pflicht bei Verschiebung)'),
      region: regionSchema,
    },
    ['ereignis', 'dauer'],
  ),
  beispiel: { art: 'frist', ereignis: '2025-01-31', dauer: { monate: 1 }, land: 'BB' },
  pruefeWidersprueche(e) {
    const fehler = [];
    if (e.verschiebung !== false && !e.land)
      fehler.push({
        pfad: '/land',
        meldung: 'Pflichtfeld, wenn das Fristende auf den nächsten Werktag verschoben wird: die Feiertage hängen vom Land ab.',
      });
    if (e.region && e.land && !istRegionVon(e.land, e.region))
      fehler.push({ pfad: '/region', meldung: `Die Region ${e.region} gehört nicht zum Land ${e.land}.` });
    if (e.region && !e.land) fehler.push({ pfad: '/land', meldung: 'Pflichtfeld, wenn eine Region angegeben ist.' });
    return fehler;
  },
  berechne(e) {
    const b = new Begruendung();
    const ereignis = datum(e.ereignis);
    const beginn = e.beginn ?? 'ereignis';
    const nominal = nominalesFristende(ereignis, e.dauer, beginn);
    for (const s of fristBegruendung(ereignis, e.dauer, beginn, nominal)) b.norm(s.norm, s.text);
    let ende = nominal;
    let gruende: VerschiebungsgrundJson[] = [];
    if (e.verschiebung !== false && e.land) {
      const v = verschiebeAufWerktag(nominal, kalenderFuer(e.land, e.region));
      ende = v.ende;
      gruende = verschiebungsgruendeJson(v);
      b.norm('§ 26 Abs. 3 Satz 1 SGB X', verschiebungsText(nominal, v, e.land, e.region));
    } else {
      b.norm(
        '§ 26 Abs. 3 Satz 2 SGB X',
        'Das Fristende wird nicht verschoben (verschiebung: false), etwa weil ein bestimmter Tag als Ende mitgeteilt wurde oder es sich nicht um eine Handlungsfrist handelt.',
      );
    }
    if (e.region)
      b.hinweis(
        'REGIONALER_FEIERTAG',
        `Feiertage der Region ${e.region} sind berücksichtigt; sie gelten nur in einzelnen Gemeinden. Maßgebend ist der Sitz des Trägers, bei dem die Handlung vorzunehmen ist.`,
        { beleg: 'recht.md §5.4' },
      );
    return b.ergebnis('frist', {
      nominalesEnde: isoDatum(nominal),
      ende: isoDatum(ende),
      verschoben: ende !== nominal,
      verschiebungsgruende: gruende,
    });
  },
});
