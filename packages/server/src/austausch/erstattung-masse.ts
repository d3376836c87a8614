// Massenpfad des Imports (docs/AUSTAUSCH.md, „Zwei Wege“): dieselben Ergebnisse wie der
// Anwendungsfall legeAnspruchAn → entscheideAnspruch, aber in einer Transaktion mit COPY statt
// einzelner Anweisungen.
// - Rechtsgrundlage und Betrag: die Entscheidung des Regelwerks (pruefe, mit Begründung), einmal je
//   verschiedener Eingabe (erstattung-lesen.ts); gespeichert als Entscheidungsdatensatz je Anspruch.
// - § 111 und § 113 SGB X: die Massenfunktion des Regelwerks (berechneFristenMasse), dieselben
//   Fristenden wie die Prüfung erstattungsfristen, ohne Begründungstexte. Den Entscheidungsdatensatz
//   „erstattungsfristen“ mit Begründung schreibt der erste Arbeitsschritt am Anspruch
//   (entscheideAnspruch), wie bei jeder Änderung.
// - Fristen (§ 111 je Zeitraum, § 113) und Protokoll (ein Eintrag „anlegen“ je Anspruch) wie im
//   Anwendungsfall; die Fristtexte sind dieselben wie in anwendungsfaelle/erstattung.ts.
import { randomBytes } from 'node:crypto';
import { berechneFristenMasse, datum, engineVersion, fristenPuffer } from '@egh/recht';
import type { Datenbank } from '../db/verbindung.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { datumDe } from '../anwendungsfaelle/gemeinsam.ts';
import type { GeleseneAnspruch } from './erstattung-lesen.ts';
import { csvText, inRohtransaktion } from './rohzugriff.ts';

const keinDatum = -2147483648;
const unendlich = 2147483647;
const block = 2000;

interface Berechnet {
  id: string;
  status: 'Entwurf' | 'Angemeldet' | 'Beziffert';
  /** Je Zeitraum: Ende der Ausschlussfrist (JJJJ-MM-TT) und gewahrt (true/false/null). */
  ende: string[];
  gewahrt: (boolean | null)[];
  verjaehrung: string | null;
}

/**
 * Zeitlich geordnete UUIDs (Version 7, RFC 9562): Millisekunden des Imports, dann ein fester
 * Zufallsteil und ein Zähler. Aufeinanderfolgende Schlüssel landen am rechten Rand der B-Bäume
 * (Primärschlüssel, Fremdschlüsselindizes) statt an zufälligen Stellen – das Einfügen von über
 * einer Million Zeilen wird dadurch deutlich schneller. Eindeutig über Importe hinweg durch
 * Zeitstempel und 42 Zufallsbits; der Zähler reicht für 4 Milliarden Schlüssel je Import.
 */
export function uuidFolge(): () => string {
  const ms = Date.now().toString(16).padStart(12, '0');
  const z = randomBytes(6).toString('hex');
  const variante = (8 + (parseInt(z[3] ?? '0', 16) & 3)).toString(16);
  const kopf = `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${z.slice(0, 3)}-${variante}${z.slice(4, 7)}-`;
  const schwanz = z.slice(7, 11);
  let zaehler = 0;
  return () => `${kopf}${(zaehler++).toString(16).padStart(8, '0')}${schwanz}`;
}

const wahr = (b: boolean | null) => (b === null ? '' : b ? 't' : 'f');
const zahl = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export interface Massenfortschritt {
  (erledigt: number, gesamt: number): void;
}

/** Schreibt geprüfte Ansprüche im Massenpfad; alles in einer Transaktion. */
export async function schreibeMasse(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  ansprueche: GeleseneAnspruch[],
  stichtag: string,
  fortschritt?: Massenfortschritt,
): Promise<void> {
  const neueId = uuidFolge();
  const puffer = fristenPuffer(Math.max(1, ...ansprueche.map((a) => a.eingabe.leistungszeitraeume.length)));
  const berechnet: Berechnet[] = ansprueche.map((a) => {
    const e = a.eingabe;
    const geltend = a.angemeldetAm ?? undefined;
    berechneFristenMasse(
      {
        leistungszeitraeume: e.leistungszeitraeume,
        ...(e.kenntnisEntscheidung ? { kenntnisEntscheidung: e.kenntnisEntscheidung } : {}),
        ...(geltend ? { geltendmachung: geltend } : {}),
        landVerpflichteter: a.landVerpflichteter as Parameters<typeof berechneFristenMasse>[0]['landVerpflichteter'],
        stichtag,
      },
      puffer,
    );
    const n = e.leistungszeitraeume.length;
    const ende: string[] = new Array<string>(n);
    const gewahrt: (boolean | null)[] = new Array<boolean | null>(n);
    for (let i = 0; i < n; i++) {
      ende[i] = datum.isoDatum(puffer.ende[i] as datum.Tag);
      const g = puffer.gewahrt[i];
      gewahrt[i] = g === -1 ? null : g === 1;
    }
    const v = puffer.verjaehrungEnde;
    return {
      id: neueId(),
      status: a.beziffertAm ? 'Beziffert' : a.angemeldetAm ? 'Angemeldet' : 'Entwurf',
      ende,
      gewahrt,
      verjaehrung: v === keinDatum || v === unendlich || puffer.verjaehrt ? null : datum.isoDatum(v as datum.Tag),
    };
  });

  const benutzerId = csvText(k.benutzerId);
  const eigener = k.traegerId;
  let geschrieben = 0;
  const gesamt = ansprueche.length * 5;
  const melde = (n: number) => {
    geschrieben += n;
    fortschritt?.(geschrieben, gesamt);
  };

  // Jede Tabelle wird blockweise erzeugt, während die Datenbank den vorigen Block liest.
  function* bloecke(zeile: (a: GeleseneAnspruch, b: Berechnet) => string): Generator<string> {
    for (let start = 0; start < ansprueche.length; start += block) {
      const ende = Math.min(ansprueche.length, start + block);
      let s = '';
      for (let i = start; i < ende; i++) s += zeile(ansprueche[i] as GeleseneAnspruch, berechnet[i] as Berechnet);
      melde(ende - start);
      yield s;
    }
  }

  await inRohtransaktion(d, async (t) => {
    await t.kopiere(
      'erstattungsanspruch',
      [
        'id',
        'anspruchsteller_id',
        'verpflichteter_id',
        'verpflichteter_extern',
        'land_verpflichteter',
        'fall_id',
        'person_pseudonym',
        'aktenzeichen',
        'status',
        'rechtsgrundlage_eingabe',
        'anspruchsgrundlage',
        'forderung_cent',
        'kenntnis_entscheidung',
        'geltendmachung',
        'bezifferung_am',
        'eingang_leistungsantrag',
        'zinsantrag',
        'bemerkung',
      ],
      bloecke((a, b) => {
        const e = a.eingabe;
        const g = a.grundlage.ergebnis;
        return `${b.id},${csvText(eigener)},${csvText(e.verpflichteterId)},${csvText(e.verpflichteterExtern)},${csvText(a.landVerpflichteter)},${e.fallId ?? ''},${csvText(a.personPseudonym)},${csvText(e.aktenzeichen)},${b.status},${csvText(JSON.stringify(e.rechtsgrundlage))},${csvText(g.anspruchsgrundlage)},${g.erstattungCent},${e.kenntnisEntscheidung ?? ''},${a.angemeldetAm ?? ''},${a.beziffertAm ?? ''},${e.eingangLeistungsantrag ?? ''},${e.zinsantrag ? 't' : 'f'},${csvText(e.bemerkung ?? '')}\n`;
      }),
    );
    await t.kopiere(
      'leistungszeitraum',
      ['id', 'anspruch_id', 'von', 'bis', 'betrag_cent', 'rechnung', 'frist_ende', 'gewahrt'],
      bloecke((a, b) => {
        let s = '';
        a.eingabe.leistungszeitraeume.forEach((z, i) => {
          s += `${neueId()},${b.id},${z.von},${z.bis},${z.betragCent},${csvText(z.rechnung)},${b.ende[i] ?? ''},${wahr(b.gewahrt[i] ?? null)}\n`;
        });
        return s;
      }),
    );
    // Fristen des Anspruchstellers wie in entscheideAnspruch: § 111 je Zeitraum, § 113.
    await t.kopiere(
      'frist',
      ['id', 'traeger_id', 'bezug_art', 'bezug_id', 'art', 'norm', 'bezeichnung', 'faellig', 'betrag_cent', 'erledigt'],
      bloecke((a, b) => {
        const az = a.eingabe.aktenzeichen;
        let s = '';
        a.eingabe.leistungszeitraeume.forEach((z, i) => {
          s += `${neueId()},${csvText(eigener)},erstattungsanspruch,${b.id},S111,"§ 111 SGB X",${csvText(`Ausschlussfrist für ${datumDe(z.von)} bis ${datumDe(z.bis)} (${az})`)},${b.ende[i] ?? ''},${z.betragCent},${b.gewahrt[i] === true ? 't' : 'f'}\n`;
        });
        if (b.verjaehrung)
          s += `${neueId()},${csvText(eigener)},erstattungsanspruch,${b.id},S113,"§ 113 Abs. 1 SGB X",${csvText(`Verjährung (${az})`)},${b.verjaehrung},${zahl(a.grundlage.ergebnis.erstattungCent)},f\n`;
        return s;
      }),
    );
    // Entscheidungsdatensätze zu Rechtsgrundlage und Betrag: jede verschiedene Entscheidung wird
    // einmal als JSON übertragen und von der Datenbank einmal gelesen (Hilfstabelle), dann je
    // Anspruch als eigener Datensatz eingefügt.
    const nummern = new Map<object, number>();
    const verschiedene: GeleseneAnspruch[] = [];
    for (const a of ansprueche)
      if (!nummern.has(a.grundlage)) {
        nummern.set(a.grundlage, verschiedene.length);
        verschiedene.push(a);
      }
    await t.abfrage(
      'create temporary table import_entscheidung (nr integer primary key, eingabe jsonb, ergebnis jsonb, begruendung jsonb, hinweise jsonb) on commit drop',
    );
    await t.abfrage('create temporary table import_bezug (bezug_id uuid, nr integer, parteien text[]) on commit drop');
    await t.kopiere(
      'import_entscheidung',
      ['nr', 'eingabe', 'ergebnis', 'begruendung', 'hinweise'],
      (function* () {
        for (let i = 0; i < verschiedene.length; i += block) {
          let s = '';
          for (const a of verschiedene.slice(i, i + block)) {
            const g = a.grundlage;
            s += `${nummern.get(g)},${csvText(a.eingabeJson)},${csvText(JSON.stringify(g.ergebnis))},${csvText(JSON.stringify(g.begruendung))},${csvText(JSON.stringify(g.hinweise))}\n`;
          }
          yield s;
        }
      })(),
    );
    await t.kopiere(
      'import_bezug',
      ['bezug_id', 'nr', 'parteien'],
      bloecke((a, b) => {
        const parteien =
          b.status !== 'Entwurf' && a.eingabe.verpflichteterId ? `{"${eigener}","${a.eingabe.verpflichteterId}"}` : `{"${eigener}"}`;
        return `${b.id},${nummern.get(a.grundlage)},${csvText(parteien)}\n`;
      }),
    );
    await t.abfrage(
      `insert into entscheidung (parteien, bezug_art, bezug_id, pruefung, eingabe, ergebnis, begruendung, hinweise, regelwerk_version, erstellt_von)
       select b.parteien, 'erstattungsanspruch', b.bezug_id, 'erstattungsanspruch', e.eingabe, e.ergebnis, e.begruendung, e.hinweise, $1, $2
         from import_bezug b join import_entscheidung e on e.nr = b.nr`,
      [engineVersion, k.benutzerId],
    );
    await t.kopiere(
      'protokoll',
      ['traeger_id', 'benutzer_id', 'benutzername', 'aktion', 'objekt_art', 'objekt_id', 'details'],
      bloecke(
        (a, b) =>
          `${csvText(eigener)},${benutzerId},${csvText(k.benutzername)},anlegen,erstattungsanspruch,${b.id},${csvText(
            JSON.stringify({
              aktenzeichen: a.eingabe.aktenzeichen,
              verpflichteter: a.eingabe.verpflichteterId ?? a.eingabe.verpflichteterExtern,
              import: 'masse',
              status: b.status,
            }),
          )}\n`,
      ),
    );
  });
}
