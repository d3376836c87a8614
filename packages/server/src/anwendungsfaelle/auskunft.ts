// Auskunft an die betroffene Person (Art. 15 DSGVO, § 83 SGB X; Issue 18): Die Rolle Datenschutz
// stellt alles zusammen, was ihr Träger über eine Person hält – Person, Fälle, Amtshilfeersuchen,
// Erstattungsansprüche (mit Zeiträumen, Zahlungen, Entscheidungen), Mehrkostenvergleiche, Briefe
// und Dokumente dazu und die Protokolleinträge, wer diese Daten gelesen oder geändert hat – als ein
// ZIP-Archiv mit einem deutschen Inhaltsverzeichnis. Es enthält nichts über andere Personen: Jeder
// Datensatz ist über die Person, ihren Fall oder ihr Pseudonym an sie gebunden.
import { strToU8, zipSync } from 'fflate';
import { asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import {
  amtshilfeersuchen,
  dokument,
  entscheidung,
  erstattungsanspruch,
  fall,
  leistungszeitraum,
  mehrkostenvergleich,
  person,
  protokoll,
  zahlung,
} from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { datumDe, protokolliere } from './gemeinsam.ts';
import { aktionNamen, objektNamen } from './protokoll.ts';
import { entschaerfe } from '../austausch/zellen.ts';

export interface PersonTreffer {
  id: string;
  pseudonym: string;
  nachname: string;
  vorname: string;
  geburtsdatum: string | null;
}

/** Personen des eigenen Trägers nach Name oder Pseudonym (für die Auswahl der Auskunft). */
export async function suchePersonen(tx: Tx, k: Benutzerkontext, suche: string): Promise<PersonTreffer[]> {
  const muster = `%${suche.replace(/[%_\\]/g, (z) => `\\${z}`)}%`;
  const treffer = await tx
    .select({
      id: person.id,
      pseudonym: person.pseudonym,
      nachname: person.nachname,
      vorname: person.vorname,
      geburtsdatum: person.geburtsdatum,
    })
    .from(person)
    .where(or(ilike(person.nachname, muster), ilike(person.vorname, muster), ilike(person.pseudonym, muster)))
    .orderBy(asc(person.nachname), asc(person.vorname), asc(person.id))
    .limit(50);
  await protokolliere(tx, k, 'auflisten', 'person', null, { zweck: 'Auskunft nach Art. 15 DSGVO', anzahl: treffer.length });
  return treffer;
}

const zeitDe = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(d).replace(',', '');
const json = (x: unknown) => strToU8(`${JSON.stringify(x, null, 2)}\n`);
/** Dateiname aus einem Aktenzeichen: nur Zeichen, die jedes Dateisystem kennt. */
const dateiname = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
const csvFeld = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // Formeln in Tabellenprogrammen entschärfen wie die Exporte (docs/SICHERHEIT.md).
  const sicher = entschaerfe(s);
  return /[;"\n\r]/.test(sicher) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
};

export interface Auskunft {
  dateiname: string;
  zip: Uint8Array;
  /** Was im Archiv steht (für Tests und das Protokoll). */
  umfang: Record<string, number>;
}

/** Alles, was der Träger über die Person hält, als ZIP mit Inhaltsverzeichnis. */
export async function auskunft(tx: Tx, k: Benutzerkontext, personId: string, jetzt = new Date()): Promise<Auskunft> {
  const [p] = await tx.select().from(person).where(eq(person.id, personId));
  if (!p) throw nichtGefunden('Person');
  const faelle = await tx.select().from(fall).where(eq(fall.personId, p.id)).orderBy(asc(fall.aktenzeichen));
  const fallIds = faelle.map((f) => f.id);
  const anPerson = (spalteFall: SQL | undefined, spaltePseudonym: SQL) => (spalteFall ? or(spalteFall, spaltePseudonym) : spaltePseudonym);
  const ersuchen = await tx
    .select()
    .from(amtshilfeersuchen)
    .where(
      anPerson(fallIds.length ? inArray(amtshilfeersuchen.fallId, fallIds) : undefined, eq(amtshilfeersuchen.personPseudonym, p.pseudonym)),
    )
    .orderBy(asc(amtshilfeersuchen.aktenzeichen));
  const ansprueche = await tx
    .select()
    .from(erstattungsanspruch)
    .where(
      anPerson(
        fallIds.length ? inArray(erstattungsanspruch.fallId, fallIds) : undefined,
        eq(erstattungsanspruch.personPseudonym, p.pseudonym),
      ),
    )
    .orderBy(asc(erstattungsanspruch.aktenzeichen));
  const anspruchIds = ansprueche.map((a) => a.id);
  const zeitraeume = anspruchIds.length
    ? await tx
        .select()
        .from(leistungszeitraum)
        .where(inArray(leistungszeitraum.anspruchId, anspruchIds))
        .orderBy(asc(leistungszeitraum.von))
    : [];
  const zahlungen = anspruchIds.length
    ? await tx.select().from(zahlung).where(inArray(zahlung.anspruchId, anspruchIds)).orderBy(asc(zahlung.datum))
    : [];
  const vergleiche = fallIds.length
    ? await tx.select().from(mehrkostenvergleich).where(inArray(mehrkostenvergleich.fallId, fallIds)).orderBy(asc(mehrkostenvergleich.id))
    : [];
  const bezugIds = [...fallIds, ...ersuchen.map((e) => e.id), ...anspruchIds, ...vergleiche.map((v) => v.id)];
  const entscheidungen = bezugIds.length
    ? await tx.select().from(entscheidung).where(inArray(entscheidung.bezugId, bezugIds)).orderBy(asc(entscheidung.erstelltAm))
    : [];
  const dokumente = bezugIds.length
    ? await tx.select().from(dokument).where(inArray(dokument.bezugId, bezugIds)).orderBy(asc(dokument.erstelltAm))
    : [];
  const objektIds = [p.id, ...bezugIds, ...dokumente.map((d) => d.id)];
  const eintraege = await tx
    .select()
    .from(protokoll)
    .where(or(eq(protokoll.personId, p.id), inArray(protokoll.objektId, objektIds)))
    .orderBy(asc(protokoll.zeit), asc(protokoll.id));

  const dateien: Record<string, Uint8Array> = {};
  dateien['person.json'] = json(p);
  for (const f of faelle)
    dateien[`faelle/${dateiname(f.aktenzeichen)}.json`] = json({ ...f, entscheidungen: entscheidungen.filter((e) => e.bezugId === f.id) });
  for (const e of ersuchen)
    dateien[`amtshilfeersuchen/${dateiname(e.aktenzeichen)}.json`] = json({
      ...e,
      entscheidungen: entscheidungen.filter((x) => x.bezugId === e.id),
    });
  for (const a of ansprueche)
    dateien[`erstattungsansprueche/${dateiname(a.aktenzeichen)}.json`] = json({
      ...a,
      leistungszeitraeume: zeitraeume.filter((z) => z.anspruchId === a.id),
      zahlungen: zahlungen.filter((z) => z.anspruchId === a.id),
      entscheidungen: entscheidungen.filter((x) => x.bezugId === a.id),
    });
  for (const v of vergleiche)
    dateien[`mehrkostenvergleiche/${dateiname(v.bezeichnung)}-${v.id.slice(0, 8)}.json`] = json({
      ...v,
      entscheidungen: entscheidungen.filter((x) => x.bezugId === v.id),
    });
  for (const d of dokumente) dateien[`dokumente/${d.id.slice(0, 8)}-${dateiname(d.dateiname)}`] = Buffer.from(d.inhalt, 'base64');
  const kopf = ['Zeit', 'Benutzer', 'Aktion', 'Objekt', 'Kennung', 'Einzelheiten'];
  dateien['protokoll.csv'] = strToU8(
    `\uFEFF${[
      kopf,
      ...eintraege.map((z) => [
        zeitDe(z.zeit),
        z.benutzername,
        aktionNamen[z.aktion] ?? z.aktion,
        objektNamen[z.objektArt] ?? z.objektArt,
        z.objektId,
        z.details,
      ]),
    ]
      .map((zeile) => zeile.map(csvFeld).join(';'))
      .join('\r\n')}\r\n`,
  );

  const umfang = {
    faelle: faelle.length,
    amtshilfeersuchen: ersuchen.length,
    erstattungsansprueche: ansprueche.length,
    mehrkostenvergleiche: vergleiche.length,
    dokumente: dokumente.length,
    protokolleintraege: eintraege.length,
  };
  const name = `${p.vorname} ${p.nachname}`;
  dateien['Inhaltsverzeichnis.txt'] = strToU8(
    [
      `Auskunft nach Art. 15 DSGVO und § 83 SGB X`,
      ``,
      `Betroffene Person: ${name}${p.geburtsdatum ? `, geboren am ${datumDe(p.geburtsdatum)}` : ''} (Pseudonym ${p.pseudonym})`,
      `Verantwortlich: ${k.traegerName ?? ''}`,
      `Erstellt am ${zeitDe(jetzt)} von ${k.name}`,
      ``,
      `Inhalt:`,
      `- person.json: die gespeicherten Angaben zur Person`,
      `- faelle/: ${umfang.faelle} Fall/Fälle mit den Prüfungen und Entscheidungen dazu`,
      `- amtshilfeersuchen/: ${umfang.amtshilfeersuchen} Amtshilfeersuchen`,
      `- erstattungsansprueche/: ${umfang.erstattungsansprueche} Erstattungsanspruch/-ansprüche mit Zeiträumen, Zahlungen und Entscheidungen`,
      `- mehrkostenvergleiche/: ${umfang.mehrkostenvergleiche} Mehrkostenvergleich(e) nach § 104 SGB IX`,
      `- dokumente/: ${umfang.dokumente} Brief(e) und Dokument(e) zu diesen Vorgängen`,
      `- protokoll.csv: ${umfang.protokolleintraege} Protokolleintrag/-einträge – wer diese Daten wann gelesen oder geändert hat`,
      ``,
      `Die Dateien mit der Endung .json sind in einem Texteditor lesbar; protokoll.csv öffnet jedes Tabellenprogramm (Trennzeichen Semikolon).`,
      `Empfänger außerhalb des Trägers: Träger, mit denen Erstattungsansprüche oder Amtshilfeersuchen geteilt sind, stehen in den jeweiligen Dateien.`,
      ``,
    ].join('\r\n'),
  );
  await protokolliere(tx, k, 'exportieren', 'person', p.id, { zweck: 'Auskunft nach Art. 15 DSGVO', ...umfang }, p.id);
  return { dateiname: `auskunft-${p.pseudonym}.zip`, zip: zipSync(dateien, { level: 6, mtime: jetzt }), umfang };
}
