// Demo-Daten (nur auf ausdrücklichen Wunsch – `egh serve --demo` oder EGH_DEMO=1 – und nur in
// eine leere Datenbank): die Seed-Fälle, die BAGüS-Vereinbarung mit einem als Beispiel
// gekennzeichneten Pauschbetrag und Demo-Konten mit dem Passwort „demo“ (ohne Passwortregeln, nur
// hier); admin.schwaben und betrieb haben den zweiten Faktor mit dem Geheimnis demoTotpGeheimnis
// eingerichtet, das die README zeigt. Alles wird über dieselben Anwendungsfälle angelegt wie über die API, damit
// Entscheidungen und Fristen echt sind.
import { and, eq } from 'drizzle-orm';
import { datum } from '@egh/recht';
import { benutzer, beitritt, frist, traeger, vereinbarung, zweiterFaktor } from './db/schema.ts';
import { type Db, alsMandant, alsSystem } from './db/verbindung.ts';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { fuehreAus, legeAnspruchAn } from './anwendungsfaelle/erstattung.ts';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { legeFallAn } from './anwendungsfaelle/faelle.ts';
import { demoAmtshilfe, demoMehrkosten } from './demo-erweiterungen.ts';
import type { Benutzerkontext } from './http/sitzung.ts';
import type { Rolle } from './http/rollen.ts';
import { mandantVon } from './http/sitzung.ts';

export const demoPasswort = 'demo';
/** TOTP-Geheimnis (Base32) der Demo-Konten admin.schwaben und betrieb – öffentlich, nur für die Demo. */
export const demoTotpGeheimnis = 'EGHCLEARINGDEMOTOTPGEHEIMNIS2345';
export const demoTotpBenutzer = ['admin.schwaben', 'betrieb'];

export const demoBenutzer: { benutzername: string; name: string; traegerId: string | null; rollen: Rolle[] }[] = [
  {
    benutzername: 'schwaben',
    name: 'Anna Huber (Kostenerstattung, Bezirk Schwaben)',
    traegerId: 'bezirk-schwaben',
    rollen: ['kostenerstattung'],
  },
  {
    benutzername: 'leitung.schwaben',
    name: 'Dr. Georg Maier (Leitung, Bezirk Schwaben)',
    traegerId: 'bezirk-schwaben',
    rollen: ['leitung'],
  },
  {
    benutzername: 'datenschutz.schwaben',
    name: 'Petra Schmid (Datenschutz, Bezirk Schwaben)',
    traegerId: 'bezirk-schwaben',
    rollen: ['datenschutz'],
  },
  {
    benutzername: 'admin.schwaben',
    name: 'Karl Wagner (Administration, Bezirk Schwaben)',
    traegerId: 'bezirk-schwaben',
    rollen: ['administration'],
  },
  {
    benutzername: 'mittelfranken',
    name: 'Sabine Ziegler (Kostenerstattung, Bezirk Mittelfranken)',
    traegerId: 'bezirk-mittelfranken',
    rollen: ['kostenerstattung'],
  },
  {
    benutzername: 'leitung.mittelfranken',
    name: 'Thomas Bauer (Leitung, Bezirk Mittelfranken)',
    traegerId: 'bezirk-mittelfranken',
    rollen: ['leitung'],
  },
  { benutzername: 'prignitz', name: 'Jana Krüger (Sachbearbeitung, Landkreis Prignitz)', traegerId: '12070', rollen: ['sachbearbeitung'] },
  { benutzername: 'cottbus', name: 'Mehmet Yılmaz (Sachbearbeitung, Stadt Cottbus)', traegerId: '12052', rollen: ['sachbearbeitung'] },
  { benutzername: 'betrieb', name: 'Plattformbetrieb EGH-Clearing', traegerId: null, rollen: ['plattformbetrieb'] },
];

export const demoVereinbarung = {
  id: 'bagues-amtshilfe-2025',
  bezeichnung: 'Verwaltungsvereinbarung zur Amtshilfe im Rahmen der Eingliederungshilfe nach dem SGB IX (BAGüS) – BEISPIELBETRÄGE',
  gueltigAb: '2025-01-01',
  // BEISPIEL: Die Beträge der Vereinbarung lagen nicht vor (recht.md OQ-1); diese Zahlen sind erfunden.
  pauschalen: { gesamtplanung: 25000, bedarfsermittlung: 20000, gesamtplankonferenz: 15000, hausbesuch: 10000 },
  reisekostenEnthalten: null,
  quelle:
    'LASV Brandenburg, Rundschreiben üöTEGH Nr. 08/2024 vom 17.12.2024. Die Pauschalen sind BEISPIELE für die Demo, nicht die Beträge der Vereinbarung.',
  beispiel: true,
};

async function kontextFuer(db: Db, benutzername: string): Promise<Benutzerkontext & { traegerId: string }> {
  const [b] = await alsSystem(db, (tx) => tx.select().from(benutzer).where(eq(benutzer.benutzername, benutzername)));
  if (!b?.traegerId) throw new Error(`Demo-Benutzer ${benutzername} fehlt`);
  const [t] = await alsSystem(db, (tx) =>
    tx
      .select()
      .from(traeger)
      .where(eq(traeger.id, b.traegerId as string)),
  );
  return {
    benutzerId: b.id,
    benutzername: b.benutzername,
    name: b.name,
    traegerId: b.traegerId,
    traegerName: t?.name ?? null,
    traegerKurzname: t?.kurzname ?? null,
    rollen: b.rollen as Rolle[],
    csrfToken: '',
  };
}

/** Die eine fortlaufende Maßnahme des Seed-Falls (§ 111 SGB X: ein Leistungsfall, SC-28). */
export const seedMassnahme = 'Hochschulhilfe und Assistenz';

/** Monatszeiträume des Seed-Falls: Summe 122.288,02 € laut Urteil, Aufteilung auf Monate zur Demonstration. */
export const seedZeitraeume = [
  {
    von: '2013-10-03',
    bis: '2013-10-31',
    betragCent: 1064348,
    rechnung: 'Rechnung ZSL vom 13.11.2013 (anteilig 29/31)',
    massnahme: seedMassnahme,
  },
  ...['2013-11', '2013-12', '2014-01', '2014-02', '2014-03', '2014-04', '2014-05', '2014-06'].map((m, i) => {
    const [j, mo] = m.split('-').map(Number) as [number, number];
    const letzter = new Date(Date.UTC(j, mo, 0)).getUTCDate();
    return {
      von: `${m}-01`,
      bis: `${m}-${String(letzter).padStart(2, '0')}`,
      betragCent: i === 7 ? 1395555 : 1395557,
      rechnung: null,
      massnahme: seedMassnahme,
    };
  }),
];

export async function ladeDemo(db: Db, stichtag = heute()): Promise<void> {
  for (const b of demoBenutzer) {
    const { id } = await legeBenutzerAn(db, { ...b, passwort: demoPasswort, demoKonto: true });
    if (demoTotpBenutzer.includes(b.benutzername))
      await alsSystem(db, (tx) => tx.insert(zweiterFaktor).values({ benutzerId: id, geheimnis: demoTotpGeheimnis, bestaetigt: true }));
  }
  await alsSystem(db, async (tx) => {
    await tx.insert(vereinbarung).values(demoVereinbarung);
    await tx.insert(beitritt).values(
      ['12070', '12052', 'lasv-bb', 'bezirk-schwaben', 'bezirk-mittelfranken'].map((traegerId) => ({
        traegerId,
        vereinbarungId: demoVereinbarung.id,
        erklaertAm: '2024-12-20',
        wirksamAb: '2025-01-01',
      })),
    );
  });

  // Seed-Fall (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14): Antrag beim Bezirk
  // Schwaben am 16.05.2013, Weiterleitung am 21.05.2013, unwirksame Rückgabe am 29.05.2013.
  const schwaben = await kontextFuer(db, 'schwaben');
  const sachbearbeitungSchwaben = { ...schwaben, rollen: ['sachbearbeitung' as Rolle] };
  const seedFall = await alsMandant(db, mandantVon(schwaben), async (tx) => {
    const f = await legeFallAn(
      tx,
      sachbearbeitungSchwaben,
      {
        aktenzeichen: 'S-EH-2013-0815',
        person: { nachname: 'S.', vorname: 'S.', geburtsdatum: null, anschrift: { ort: 'Erlangen' } },
        aufenthalte: [
          { von: '1994-01-01', bis: '2013-09-19', gebiet: 'bezirk-schwaben', art: 'gewoehnlich' },
          { von: '2013-09-20', gebiet: 'bezirk-mittelfranken', art: 'gewoehnlich' },
        ],
        leistungen: [
          {
            von: '2013-10-03',
            form: 'betreutesWohnen',
            traeger: 'bezirk-schwaben',
            bezeichnung: 'Hochschulhilfe und persönliche Assistenz (ZSL)',
          },
        ],
        antraege: [{ datum: '2013-05-16', traeger: 'bezirk-schwaben' }],
        zustaendigkeitsangaben: { betreuungsanteile: { teilhabe: 99, pflege: 968, sonstige: 283 } },
        zustaendigkeitsklaerung: {
          antragseingang: '2013-05-16',
          landErsterTraeger: 'BY',
          weiterleitung: { am: '2013-05-21', eingang: '2013-05-23', land: 'BY' },
          rueckgabe: { am: '2013-05-29' },
        },
        bemerkung:
          'Seed-Fall nach Bayerischem LSG, Urteil vom 21.01.2016 – L 8 SO 235/14 (Berufung gegen SG Augsburg, 12.08.2014). Betreuungsanteile in der Vorlesungszeit (Minuten je Tag): Teilhabe 1:39, Pflege 16:08, Hochschulhilfe 4:43.',
      },
      '2013-10-03',
    );
    // Die Fristen des § 14-Verfahrens von 2013 sind Geschichte.
    await tx
      .update(frist)
      .set({ erledigt: true })
      .where(and(eq(frist.bezugId, f.id), eq(frist.traegerId, f.traegerId)));
    return f;
  });

  await alsMandant(db, mandantVon(schwaben), async (tx) => {
    const a = await legeAnspruchAn(
      tx,
      schwaben,
      {
        aktenzeichen: 'S-KE-2013-0815',
        fallId: seedFall.id,
        verpflichteterId: 'bezirk-mittelfranken',
        rechtsgrundlage: {
          leistungsbeginn: '2013-10-03',
          verfahren: {
            zahlenderTraeger: 'erster',
            weitergeleitet: true,
            weiterleitungRechtzeitig: true,
            rueckgabeVersucht: true,
            faktischerZwang: true,
          },
          zahlender: { art: 'sozialhilfe' },
          verpflichteter: { art: 'sozialhilfe', insgesamtZustaendig: true },
        },
        leistungszeitraeume: seedZeitraeume,
        // Die Maßnahme endete mit dem letzten abgerechneten Tag (SC-28).
        massnahmen: [{ massnahme: seedMassnahme, beendet: '2014-06-30' }],
        kenntnisEntscheidung: '2013-09-13',
        eingangLeistungsantrag: '2013-05-16',
        bemerkung:
          'Seed-Fall: Bescheid und Geltendmachung am 13.09.2013; Klage am 09.12.2013 (SG Augsburg), Klageerweiterung am 31.07.2014; SG-Urteil 12.08.2014 über 122.288,02 €; Berufung zurückgewiesen (Bayerisches LSG, 21.01.2016).',
      },
      stichtag,
    );
    const angemeldet = await fuehreAus(tx, schwaben, a.id, a.version, { aktion: 'anmelden', am: '2013-09-13' }, stichtag);
    await fuehreAus(tx, schwaben, a.id, angemeldet.version, { aktion: 'klagen', am: '2013-12-09' }, stichtag);
  });

  await demoAnspruchMitNaherFrist(db, stichtag, schwaben);
  await demoAnspruchMitLaufenderMassnahme(db, stichtag, schwaben);
  await demoAmtshilfe(db, stichtag, kontextFuer);
  await demoMehrkosten(db, stichtag, kontextFuer);
}

/**
 * Ein zweiter Anspruch Schwaben → Mittelfranken, noch nicht angemeldet (Entwurf), dessen
 * Ausschlussfristen in den nächsten 30 Tagen enden: Die Übersicht zeigt Fristen und einen Betrag
 * mit Risiko. § 111 Satz 2 SGB X: Die Frist beginnt frühestens mit der Kenntnis von der
 * Entscheidung des Verpflichteten; sie liegt hier zwölf Monate weniger 20 Tage vor dem Stichtag,
 * nach den drei Leistungsmonaten – alle drei Fristen enden daher (auf den nächsten Werktag
 * verschoben, § 26 Abs. 3 SGB X) zwischen dem 20. und etwa dem 24. Tag nach dem Stichtag.
 */
async function demoAnspruchMitNaherFrist(db: Db, stichtag: string, schwaben: Benutzerkontext & { traegerId: string }): Promise<void> {
  const kenntnis = datum.plusTage(datum.plusMonate(datum.datum(stichtag), -12), 20);
  const k = datum.kalenderdatum(kenntnis);
  const monate = [3, 2, 1].map((zurueck) => {
    const erster = datum.plusMonate(datum.tagAus(k.jahr, k.monat, 1), -zurueck);
    return { von: datum.isoDatum(erster), bis: datum.isoDatum(datum.letzterTagDesMonats(erster)) };
  });
  const erster = monate[0]?.von ?? datum.isoDatum(kenntnis);
  await alsMandant(db, mandantVon(schwaben), (tx) =>
    legeAnspruchAn(
      tx,
      schwaben,
      {
        aktenzeichen: `S-KE-${erster.slice(0, 4)}-0420`,
        verpflichteterId: 'bezirk-mittelfranken',
        rechtsgrundlage: {
          leistungsbeginn: erster,
          verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
          zahlender: { art: 'egh' },
          verpflichteter: { art: 'egh', insgesamtZustaendig: true },
        },
        leistungszeitraeume: monate.map((m) => ({ ...m, betragCent: 425000, rechnung: null, massnahme: 'Besondere Wohnform' })),
        // Die Maßnahme endete mit dem letzten Monat; die Frist läuft für alle drei Monate gemeinsam.
        massnahmen: [{ massnahme: 'Besondere Wohnform', beendet: monate[2]?.bis ?? datum.isoDatum(kenntnis) }],
        kenntnisEntscheidung: datum.isoDatum(kenntnis),
        bemerkung:
          'Demo: Antrag bei Mittelfranken, rechtzeitig an Schwaben weitergeleitet; Schwaben hat als zweiter Träger geleistet (besondere Wohnform, 4.250,00 € monatlich). Die Ausschlussfrist des § 111 SGB X endet bald – Anspruch noch nicht angemeldet.',
      },
      stichtag,
    ),
  );
}

/**
 * Ein dritter Anspruch Schwaben → Mittelfranken (Entwurf) für eine Maßnahme, die noch läuft: die
 * vier Monate vor dem Stichtag, ambulant betreutes Wohnen. § 111 SGB X beginnt erst mit dem Ende
 * der Maßnahme (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R): keine Ausschlussfrist, nichts
 * ausgeschlossen, und das Regelwerk empfiehlt, den Anspruch jetzt geltend zu machen.
 */
async function demoAnspruchMitLaufenderMassnahme(
  db: Db,
  stichtag: string,
  schwaben: Benutzerkontext & { traegerId: string },
): Promise<void> {
  const diesMonat = datum.ersterTagDesMonats(datum.datum(stichtag));
  const monate = [4, 3, 2, 1].map((zurueck) => {
    const erster = datum.plusMonate(diesMonat, -zurueck);
    return { von: datum.isoDatum(erster), bis: datum.isoDatum(datum.letzterTagDesMonats(erster)) };
  });
  const erster = monate[0]?.von ?? stichtag;
  const massnahme = 'Ambulant betreutes Wohnen';
  await alsMandant(db, mandantVon(schwaben), (tx) =>
    legeAnspruchAn(
      tx,
      schwaben,
      {
        aktenzeichen: `S-KE-${erster.slice(0, 4)}-0512`,
        verpflichteterId: 'bezirk-mittelfranken',
        rechtsgrundlage: {
          leistungsbeginn: erster,
          verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
          zahlender: { art: 'egh' },
          verpflichteter: { art: 'egh', insgesamtZustaendig: true },
        },
        leistungszeitraeume: monate.map((m) => ({ ...m, betragCent: 280000, rechnung: null, massnahme })),
        massnahmen: [{ massnahme, laeuft: true }],
        kenntnisEntscheidung: erster,
        bemerkung:
          'Demo: ambulant betreutes Wohnen, monatlich bewilligt, die Maßnahme läuft noch. Die Ausschlussfrist des § 111 SGB X beginnt erst mit ihrem Ende; trotzdem jetzt anmelden – das wirkt auch für die späteren Monate.',
      },
      stichtag,
    ),
  );
}
