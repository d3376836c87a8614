// Benchmarks des Regelwerks (Issue 2):
// (a) § 111 + § 113 SGB X für N Ansprüche mit je 12 Monatszeiträumen, deterministisch über alle
//     Länder und 2010–2030 erzeugt, mit Leistungsfällen (anderes Leistungsrecht je Monat,
//     Eingliederungshilfe mit einer oder zwei Maßnahmen, beendet oder laufend); Verhältnis zur
//     Bodenschleife, die nur jedes `bis` liest und 365 addiert (Ziel höchstens 3); (b) Fristen mit
//     Verschiebung je Sekunde auf einem Kern; (c) Spitzenspeicher von (a).
import { type Tag, datum, isoDatum, parseDatum, plusTage, tagAus, tageImMonat } from '../packages/recht/src/kalender/datum.ts';
import { type Land, feiertagskalender, laender } from '../packages/recht/src/kalender/feiertage.ts';
import { nominalesFristende, verschobenesEnde, type Dauer } from '../packages/recht/src/kalender/frist.ts';
import {
  type ErstattungsfristenEingabe,
  leistungsrechte,
  berechneFristenMasse,
  fristenPuffer,
} from '../packages/recht/src/pruefungen/erstattungsfristen.ts';
import { pruefe } from '../packages/recht/src/index.ts';
import { type Messwert, gib, runde, zufall } from './messung.ts';

type Anspruch = Omit<ErstattungsfristenEingabe, 'art'>;

// Alle Datumstexte 2009–2040 einmal erzeugen und wiederverwenden (wie ein Parser, der Strings
// interniert); so misst der Benchmark das Rechnen, nicht die Speicherbereinigung von Strings.
const textBasis = datum('2009-01-01');
const texte: string[] = [];
for (let t = textBasis; t <= datum('2040-12-31'); t = (t + 1) as Tag) texte.push(isoDatum(t));
const text = (t: Tag): string => texte[t - textBasis] as string;

const andereRechte = leistungsrechte.filter((r) => r !== 'eingliederungshilfe');

export function erzeugeAnsprueche(n: number, seed: number): Anspruch[] {
  const z = zufall(seed);
  const liste: Anspruch[] = new Array<Anspruch>(n);
  for (let i = 0; i < n; i++) {
    const jahr = 2010 + Math.floor(z() * 19); // 2010–2028, Fristen reichen bis 2030
    const startMonat = 1 + Math.floor(z() * 12);
    // § 111 SGB X je Leistungsfall: ein Viertel anderes Leistungsrecht (Sozialhilfe, Jugendhilfe,
    // Krankenversicherung, sonstiges; jeder Monat für sich), sonst Eingliederungshilfe mit einer
    // Maßnahme oder zwei (Wechsel nach `teilung` Monaten); die erste Maßnahme ist beendet, läuft
    // noch oder ohne Angabe.
    const rechtWahl = z();
    const sozialhilfe = rechtWahl < 0.25;
    const teilung = z() < 0.5 ? 12 : 1 + Math.floor(z() * 11);
    const zeitraeume = new Array<{ von: string; bis: string; betragCent: number; massnahme?: string }>(12);
    for (let m = 0; m < 12; m++) {
      const m0 = startMonat - 1 + m;
      const j = jahr + Math.floor(m0 / 12);
      const mon = (m0 % 12) + 1;
      zeitraeume[m] = {
        von: text(tagAus(j, mon, 1)),
        bis: text(tagAus(j, mon, tageImMonat(j, mon))),
        betragCent: 100000 + Math.floor(z() * 500000),
        ...(sozialhilfe ? {} : { massnahme: m < teilung ? 'Wohnen' : 'Arbeit' }),
      };
    }
    const erster = tagAus(jahr, startMonat, 1);
    const land = laender[Math.floor(z() * laender.length)] as Land;
    const a: Anspruch = {
      leistungszeitraeume: zeitraeume,
      kenntnisEntscheidung: text(plusTage(erster, Math.floor(z() * 500))),
      geltendmachung: text(plusTage(erster, Math.floor(z() * 800))),
      landVerpflichteter: land,
      stichtag: text(plusTage(erster, 400 + Math.floor(z() * 1500))),
    };
    if (sozialhilfe) a.leistungsrecht = andereRechte[Math.floor(rechtWahl * 16)];
    else {
      const angabe = z();
      const letzterWohnen = (zeitraeume[teilung - 1] as { bis: string }).bis;
      if (angabe < 0.3) a.massnahmen = [{ massnahme: 'Wohnen', laeuft: true }];
      else if (angabe < 0.6) a.massnahmen = [{ massnahme: 'Wohnen', beendet: letzterWohnen }];
    }
    if (z() < 0.1) a.hemmungen = [{ art: 'klage', von: text(plusTage(erster, 600 + Math.floor(z() * 400))) }];
    liste[i] = a;
  }
  return liste;
}

export function bodenschleife(ansprueche: Anspruch[]): number {
  let summe = 0;
  for (const a of ansprueche) {
    const z = a.leistungszeitraeume;
    for (let i = 0; i < z.length; i++) summe += (parseDatum((z[i] as { bis: string }).bis) as number) + 365;
  }
  return summe;
}

export function engine(ansprueche: Anspruch[], puffer: ReturnType<typeof fristenPuffer>): number {
  let summe = 0;
  for (const a of ansprueche) {
    berechneFristenMasse(a, puffer);
    for (let i = 0; i < 12; i++) summe += (puffer.ende[i] as number) + (puffer.gewahrt[i] as number);
    summe += puffer.verjaehrt ? 1 : 0;
  }
  return summe;
}

export function benchRecht(quick: boolean): Messwert[] {
  const werte: Messwert[] = [];
  const anzahl = quick ? 100_000 : 1_000_000;
  const stapel = 20_000;
  // Kalender vorwärmen: jedes Land, alle Jahre (einmalige Vorberechnung, nicht Teil der Messung).
  for (const land of laender) for (let j = 2009; j <= 2032; j++) feiertagskalender(land).istFeiertag(tagAus(j, 6, 1));
  const puffer = fristenPuffer(12);
  // Aufwärmen für den JIT.
  const warm = erzeugeAnsprueche(20_000, 7);
  engine(warm, puffer);
  bodenschleife(warm);

  // Je Stapel Bodenschleife und Regelwerk abwechselnd mehrmals, gezählt wird je Seite die kürzeste
  // Zeit: Auf einer geteilten Maschine verfälscht sonst eine einzige Unterbrechung von wenigen
  // Millisekunden das Verhältnis (ein Stapel der Bodenschleife dauert nur einige Millisekunden).
  const wiederholungen = 3;
  let zeitEngine = 0;
  let zeitBoden = 0;
  let pruefsumme = 0;
  for (let erledigt = 0, s = 1; erledigt < anzahl; erledigt += stapel, s++) {
    const teil = erzeugeAnsprueche(Math.min(stapel, anzahl - erledigt), 1000 + s);
    let bestBoden = Infinity;
    let bestEngine = Infinity;
    for (let w = 0; w < wiederholungen; w++) {
      let t0 = performance.now();
      const boden = bodenschleife(teil);
      bestBoden = Math.min(bestBoden, performance.now() - t0);
      t0 = performance.now();
      const regelwerk = engine(teil, puffer);
      bestEngine = Math.min(bestEngine, performance.now() - t0);
      if (w === 0) pruefsumme += boden + regelwerk;
    }
    zeitBoden += bestBoden;
    zeitEngine += bestEngine;
  }
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  if (pruefsumme === 0) throw new Error('Prüfsumme 0: Benchmark hat nichts gerechnet');
  werte.push(gib({ name: 'recht.erstattungsfristen.claims_per_s', value: Math.round(anzahl / (zeitEngine / 1000)), unit: 'claims/s' }));
  werte.push(
    gib({ name: 'recht.erstattungsfristen.ratio_to_floor', value: runde(zeitEngine / zeitBoden), unit: 'ratio', target: { max: 3 } }),
  );
  werte.push(gib({ name: 'recht.erstattungsfristen.peak_rss_mib', value: Math.round(rssMiB), unit: 'MiB', target: { max: 1024 } }));

  // Zum Vergleich: der volle Weg über pruefe() (Schema-Validierung, Begründungstexte).
  const voll = erzeugeAnsprueche(quick ? 2_000 : 20_000, 99);
  let t0 = performance.now();
  for (const a of voll) pruefe({ art: 'erstattungsfristen', ...a });
  werte.push(
    gib({
      name: 'recht.erstattungsfristen.pruefe_claims_per_s',
      value: Math.round(voll.length / ((performance.now() - t0) / 1000)),
      unit: 'claims/s',
    }),
  );

  // (b) Fristen mit Verschiebung, ein Kern: Datum lesen, Frist berechnen, auf Werktag verschieben.
  const zb = zufall(42);
  const n = quick ? 200_000 : 2_000_000;
  const ereignisse: string[] = new Array<string>(n);
  const dauern: Dauer[] = [{ tage: 14 }, { wochen: 3 }, { monate: 1 }, { monate: 12 }, { jahre: 4 }, { wochen: 6 }, { monate: 2 }];
  const dauerIndex = new Uint8Array(n);
  const landIndex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    ereignisse[i] = text(tagAus(2010 + Math.floor(zb() * 17), 1 + Math.floor(zb() * 12), 1 + Math.floor(zb() * 28)));
    dauerIndex[i] = Math.floor(zb() * dauern.length);
    landIndex[i] = Math.floor(zb() * laender.length);
  }
  const kalender = laender.map((l) => feiertagskalender(l));
  let summe = 0;
  const lauf = (bis: number) => {
    for (let i = 0; i < bis; i++) {
      const e = parseDatum(ereignisse[i] as string) as Tag;
      summe += verschobenesEnde(
        nominalesFristende(e, dauern[dauerIndex[i] as number] as Dauer),
        kalender[landIndex[i] as number] as ReturnType<typeof feiertagskalender>,
      );
    }
  };
  lauf(Math.min(n, 100_000));
  t0 = performance.now();
  lauf(n);
  const dauerMs = performance.now() - t0;
  if (summe === 0) throw new Error('Prüfsumme 0');
  werte.push(gib({ name: 'recht.frist.per_s', value: Math.round(n / (dauerMs / 1000)), unit: 'deadlines/s', target: { min: 1_000_000 } }));

  const fristen = quick ? 2_000 : 20_000;
  t0 = performance.now();
  for (let i = 0; i < fristen; i++)
    pruefe({ art: 'frist', ereignis: ereignisse[i], dauer: dauern[dauerIndex[i] as number], land: laender[landIndex[i] as number] });
  werte.push(
    gib({ name: 'recht.frist.pruefe_per_s', value: Math.round(fristen / ((performance.now() - t0) / 1000)), unit: 'deadlines/s' }),
  );
  return werte;
}
