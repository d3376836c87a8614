// Mehrkostenvergleich (Wunsch- und Wahlrecht, § 104 SGB IX; bis 2019 § 9 Abs. 2 SGB XII a.F.):
// Wunsch, Alternativen, das Ergebnis des Regelwerks (Prüfung mehrkosten) und die Entscheidung
// eines Menschen mit Gründen. Das Regelwerk genehmigt oder verweigert nie nach einer Prozentzahl;
// die Unverhältnismäßigkeit ist im Einzelfall abzuwägen (SG Freiburg, Urteil vom 01.03.2011 –
// S 9 SO 2640/10). Arbeitsablauf: Offen → Entschieden; danach ist der Vergleich unveränderlich.
import { randomUUID } from 'node:crypto';
import { euro } from '@egh/recht';
import { type SQL, and, asc, count, desc, eq, ilike, sql } from 'drizzle-orm';
import { entscheidung, fall, mehrkostenvergleich, person } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import type { Rolle } from '../http/rollen.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type Seite, entscheide, heute, protokolliere } from './gemeinsam.ts';
import type {
  EntscheidungEingabe,
  MehrkostenAngaben,
  VergleichAenderung,
  VergleichEingabe,
  VergleichFilter,
} from '../routen/mehrkosten.schema.ts';
import { aendereMitVersion } from './version.ts';

type Vergleich = typeof mehrkostenvergleich.$inferSelect;
export type VergleichStatus = Vergleich['status'];
export type Entscheidungsergebnis = 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';

// Die Eingaben sind die Typen der Routenschemata (ein Vertrag): routen/mehrkosten.schema.ts.
export type { MehrkostenAngaben, VergleichAenderung, VergleichEingabe, VergleichFilter };

/** Die Felder des Regelwerksergebnisses, die der Server liest (anzeigen, sortieren, prüfen). */
interface MehrkostenErgebnis {
  ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  kostenGewuenschtCentProMonat: number;
  mehrkostenProzent: number | null;
}

export type Aktion = { aktion: 'entscheiden' } & EntscheidungEingabe;

/** Mindestlänge der Gründe: die Abwägung ist nachvollziehbar zu dokumentieren, ein Stichwort genügt nicht. */
export const mindestlaengeGruende = 20;

export const vergleichStatusnamen: Record<VergleichStatus, string> = { Offen: 'Offen', Entschieden: 'Entschieden' };

/** Wer Vergleiche sieht, wer sie anlegt und ändert (produkt.md: Sachbearbeitung; Leitung). */
export const leseRollen: Rolle[] = ['sachbearbeitung', 'leitung', 'kostenerstattung'];
export const bearbeitungsRollen: Rolle[] = ['sachbearbeitung', 'leitung'];

/** Ändern ist nur vor der Entscheidung möglich. */
const aenderbarIn: VergleichStatus[] = ['Offen'];

/** Welche Aktion in welchem Status von welcher Rolle zulässig ist. */
export const uebergaenge: Record<Aktion['aktion'], { von: VergleichStatus[]; nach: VergleichStatus; rollen: Rolle[] }> = {
  entscheiden: { von: ['Offen'], nach: 'Entschieden', rollen: bearbeitungsRollen },
};

function pruefungseingabe(e: MehrkostenAngaben): MehrkostenAngaben {
  const { stichtag, rechtsstand, gewuenscht, alternativen, tageProMonat, wohnenAusserhalbBesondererWohnform } = e;
  return {
    stichtag,
    ...(rechtsstand !== undefined ? { rechtsstand } : {}),
    gewuenscht,
    alternativen,
    ...(tageProMonat !== undefined ? { tageProMonat } : {}),
    ...(wohnenAusserhalbBesondererWohnform !== undefined ? { wohnenAusserhalbBesondererWohnform } : {}),
  };
}

/** Das Regelwerk rechnet und ordnet ein; die Entscheidung wird als Entscheidungsdatensatz gespeichert. */
async function pruefeMehrkosten(tx: Tx, k: Benutzerkontext & { traegerId: string }, id: string, angaben: MehrkostenAngaben) {
  return entscheide<MehrkostenErgebnis & Record<string, unknown>>(
    tx,
    k,
    { parteien: [k.traegerId], bezugArt: 'mehrkostenvergleich', bezugId: id },
    { art: 'mehrkosten', ...angaben },
  );
}

/** Die Person des Falls (für das Protokoll); der Fall muss ein eigener sein (Zeilensicherheit). */
async function personDesFalls(tx: Tx, fallId: string | null | undefined): Promise<string | null> {
  if (!fallId) return null;
  const [f] = await tx.select({ personId: fall.personId }).from(fall).where(eq(fall.id, fallId));
  if (!f) throw eingabefehler([{ pfad: '/fallId', meldung: 'Fall nicht gefunden (nur eigene Fälle).' }]);
  return f.personId;
}

export async function legeVergleichAn(tx: Tx, k: Benutzerkontext & { traegerId: string }, e: VergleichEingabe): Promise<Vergleich> {
  if (!k.rollen.some((r) => bearbeitungsRollen.includes(r)))
    throw verboten('Mehrkostenvergleiche legt die Sachbearbeitung oder die Leitung an.');
  const personId = await personDesFalls(tx, e.fallId);
  const id = randomUUID();
  const angaben = pruefungseingabe(e);
  const r = await pruefeMehrkosten(tx, k, id, angaben);
  const [v] = await tx
    .insert(mehrkostenvergleich)
    .values({
      id,
      traegerId: k.traegerId,
      fallId: e.fallId ?? null,
      bezeichnung: e.bezeichnung,
      eingabe: { ...angaben },
      ergebnis: r.ergebnis,
    })
    .returning();
  if (!v) throw nichtGefunden('Mehrkostenvergleich');
  await protokolliere(
    tx,
    k,
    'anlegen',
    'mehrkostenvergleich',
    id,
    { bezeichnung: e.bezeichnung, ergebnis: r.ergebnis.ergebnis, mehrkostenProzent: r.ergebnis.mehrkostenProzent },
    personId,
  );
  return v;
}

async function ladeVergleich(tx: Tx, id: string): Promise<Vergleich> {
  const [v] = await tx.select().from(mehrkostenvergleich).where(eq(mehrkostenvergleich.id, id));
  if (!v) throw nichtGefunden('Mehrkostenvergleich');
  return v;
}

function erfordereBearbeitung(k: Benutzerkontext, was: string): void {
  if (!k.rollen.some((r) => bearbeitungsRollen.includes(r)))
    throw verboten(`${was} ist der Rolle Sachbearbeitung oder Leitung vorbehalten; Ihre Rollen: ${k.rollen.join(', ')}.`);
}

/** Ändert Wunsch, Alternativen oder Bezeichnung (If-Match) und lässt das Regelwerk neu rechnen; nur solange offen. */
export async function aendereVergleich(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  id: string,
  version: number,
  e: VergleichAenderung,
): Promise<Vergleich> {
  const alt = await ladeVergleich(tx, id);
  erfordereBearbeitung(k, 'Das Ändern eines Mehrkostenvergleichs');
  if (!aenderbarIn.includes(alt.status))
    throw konflikt(`Der Mehrkostenvergleich ist im Status „${vergleichStatusnamen[alt.status]}“ und nicht mehr änderbar.`);
  if (alt.version !== version) await aendereMitVersion(tx, mehrkostenvergleich, id, version, {}, 'Mehrkostenvergleich');
  const { bezeichnung, fallId, ...pruefungsfelder } = e;
  const eingabe: Record<string, unknown> = { ...alt.eingabe };
  for (const [feld, wert] of Object.entries(pruefungsfelder)) {
    if (wert === null) delete eingabe[feld];
    else if (wert !== undefined) eingabe[feld] = wert;
  }
  const neuerFall = fallId === undefined ? alt.fallId : fallId;
  const personId = await personDesFalls(tx, neuerFall);
  const r = await pruefeMehrkosten(tx, k, id, eingabe as unknown as MehrkostenAngaben);
  const neu = await aendereMitVersion(
    tx,
    mehrkostenvergleich,
    id,
    version,
    { eingabe, ergebnis: r.ergebnis, fallId: neuerFall, ...(bezeichnung !== undefined ? { bezeichnung } : {}) },
    'Mehrkostenvergleich',
    eq(mehrkostenvergleich.status, 'Offen'),
  );
  await protokolliere(
    tx,
    k,
    'aendern',
    'mehrkostenvergleich',
    id,
    { felder: Object.keys(e), ergebnis: r.ergebnis.ergebnis, mehrkostenProzent: r.ergebnis.mehrkostenProzent },
    personId,
  );
  return neu;
}

/** Hält die Entscheidung eines Menschen mit Gründen fest (If-Match); danach ist der Vergleich abgeschlossen. */
export async function fuehreAus(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  a: Aktion,
  stichtag = heute(),
): Promise<Vergleich> {
  const alt = await ladeVergleich(tx, id);
  const regel = uebergaenge[a.aktion];
  if (!k.rollen.some((r) => regel.rollen.includes(r)))
    throw verboten(`„${a.aktion}“ ist der Rolle Sachbearbeitung oder Leitung vorbehalten; Ihre Rollen: ${k.rollen.join(', ')}.`);
  if (!regel.von.includes(alt.status))
    throw konflikt(
      `„${a.aktion}“ ist im Status „${vergleichStatusnamen[alt.status]}“ nicht möglich (erlaubt in: ${regel.von.map((s) => vergleichStatusnamen[s]).join(', ')}); die Entscheidung ist getroffen und wird nicht mehr geändert.`,
    );
  if (alt.version !== version) await aendereMitVersion(tx, mehrkostenvergleich, id, version, {}, 'Mehrkostenvergleich');

  const gruende = a.gruende.trim();
  if (gruende.length < mindestlaengeGruende)
    throw eingabefehler([
      {
        pfad: '/gruende',
        meldung: `Die Gründe der Entscheidung sind nachvollziehbar darzulegen (mindestens ${mindestlaengeGruende} Zeichen): Gewicht des Wunsches gegen die Mehrkosten.`,
      },
    ]);
  const ergebnis = alt.ergebnis as unknown as MehrkostenErgebnis;
  if (a.ergebnis === 'teilweiseBewilligt') {
    // RECHTSFRAGE (OQ-10): „wenn und soweit“ (§ 104 Abs. 2 Satz 2 SGB IX) – die Teilbewilligung
    // (z. B. bis zu den Kosten des Vergleichsangebots) ist eine Entscheidung des Trägers; hier
    // wird nur geprüft, dass der Betrag eine teilweise Übernahme ist.
    if (a.betragCentProMonat === undefined)
      throw eingabefehler([
        { pfad: '/betragCentProMonat', meldung: 'Pflichtfeld bei teilweiser Bewilligung: der übernommene Betrag je Monat in Cent.' },
      ]);
    if (a.betragCentProMonat <= 0 || a.betragCentProMonat >= ergebnis.kostenGewuenschtCentProMonat)
      throw eingabefehler([
        {
          pfad: '/betragCentProMonat',
          meldung: `Eine teilweise Bewilligung übernimmt mehr als 0 und weniger als die Kosten des Wunsches (${euro(ergebnis.kostenGewuenschtCentProMonat)} je Monat).`,
        },
      ]);
  } else if (a.betragCentProMonat !== undefined)
    throw eingabefehler([{ pfad: '/betragCentProMonat', meldung: 'Ein Betrag je Monat gehört nur zu einer teilweisen Bewilligung.' }]);

  const neu = await aendereMitVersion(
    tx,
    mehrkostenvergleich,
    id,
    version,
    {
      status: regel.nach,
      entscheidung: {
        ergebnis: a.ergebnis,
        gruende,
        ...(a.betragCentProMonat !== undefined ? { betragCentProMonat: a.betragCentProMonat } : {}),
        vonName: k.name,
        am: stichtag,
      },
    },
    'Mehrkostenvergleich',
    eq(mehrkostenvergleich.status, 'Offen'),
  );
  await protokolliere(
    tx,
    k,
    'uebergang',
    'mehrkostenvergleich',
    id,
    {
      aktion: a.aktion,
      vorher: alt.status,
      nachher: neu.status,
      entscheidung: a.ergebnis,
      regelwerk: ergebnis.ergebnis,
      ...(a.betragCentProMonat !== undefined ? { betragCentProMonat: a.betragCentProMonat } : {}),
    },
    await personDesFalls(tx, alt.fallId),
  );
  return neu;
}

export async function leseVergleich(tx: Tx, k: Benutzerkontext, id: string) {
  const v = await ladeVergleich(tx, id);
  const [entscheidungen, faelle] = await Promise.all([
    tx.select().from(entscheidung).where(eq(entscheidung.bezugId, id)).orderBy(desc(entscheidung.erstelltAm)),
    v.fallId
      ? tx
          .select({
            id: fall.id,
            aktenzeichen: fall.aktenzeichen,
            bemerkung: fall.bemerkung,
            person: { id: person.id, pseudonym: person.pseudonym, nachname: person.nachname, vorname: person.vorname },
          })
          .from(fall)
          .innerJoin(person, eq(person.id, fall.personId))
          .where(eq(fall.id, v.fallId))
      : Promise.resolve([]),
  ]);
  const f = faelle[0] ?? null;
  await protokolliere(tx, k, 'lesen', 'mehrkostenvergleich', id, { bezeichnung: v.bezeichnung }, f?.person.id ?? null);
  const darfBearbeiten = k.rollen.some((r) => bearbeitungsRollen.includes(r));
  return {
    ...v,
    fall: f,
    /** Die neueste Regelentscheidung mit Begründung und Hinweisen (Entscheidungshilfe, keine Entscheidung). */
    regelentscheidung: entscheidungen.find((x) => x.pruefung === 'mehrkosten') ?? null,
    entscheidungen,
    aenderbar: darfBearbeiten && aenderbarIn.includes(v.status),
    moeglicheAktionen: (Object.keys(uebergaenge) as Aktion['aktion'][]).filter(
      (x) => uebergaenge[x].von.includes(v.status) && k.rollen.some((r) => uebergaenge[x].rollen.includes(r)),
    ),
  };
}

export async function listeVergleiche(tx: Tx, k: Benutzerkontext, q: VergleichFilter): Promise<Seite<Record<string, unknown>>> {
  const b: SQL[] = [];
  if (q.status) b.push(eq(mehrkostenvergleich.status, q.status));
  if (q.fallId) b.push(eq(mehrkostenvergleich.fallId, q.fallId));
  if (q.suche) b.push(ilike(mehrkostenvergleich.bezeichnung, `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const wo = b.length ? and(...b) : undefined;
  const prozent = sql<number | null>`(${mehrkostenvergleich.ergebnis} ->> 'mehrkostenProzent')::numeric`;
  const absteigend = q.sortierung.startsWith('-');
  const feld = q.sortierung.replace('-', '');
  const ordnung =
    feld === 'mehrkosten'
      ? sql`${prozent} ${sql.raw(absteigend ? 'desc' : 'asc')} nulls last`
      : (absteigend ? desc : asc)(
          feld === 'bezeichnung'
            ? mehrkostenvergleich.bezeichnung
            : feld === 'erstellt'
              ? mehrkostenvergleich.erstelltAm
              : mehrkostenvergleich.geaendertAm,
        );
  const [gesamt] = await tx.select({ n: count() }).from(mehrkostenvergleich).where(wo);
  const eintraege = await tx
    .select({
      id: mehrkostenvergleich.id,
      bezeichnung: mehrkostenvergleich.bezeichnung,
      status: mehrkostenvergleich.status,
      fallId: mehrkostenvergleich.fallId,
      aktenzeichen: fall.aktenzeichen,
      personId: fall.personId,
      regelwerk: sql<string>`${mehrkostenvergleich.ergebnis} ->> 'ergebnis'`,
      mehrkostenProzent: prozent.mapWith((x: string | null) => (x === null ? null : Number(x))),
      mehrkostenCentProMonat: sql<number | null>`(${mehrkostenvergleich.ergebnis} ->> 'mehrkostenCentProMonat')::bigint`.mapWith(
        (x: string | null) => (x === null ? null : Number(x)),
      ),
      entscheidung: sql<Entscheidungsergebnis | null>`${mehrkostenvergleich.entscheidung} ->> 'ergebnis'`,
      version: mehrkostenvergleich.version,
      geaendertAm: mehrkostenvergleich.geaendertAm,
    })
    .from(mehrkostenvergleich)
    .leftJoin(fall, eq(fall.id, mehrkostenvergleich.fallId))
    .where(wo)
    .orderBy(ordnung, asc(mehrkostenvergleich.id))
    .limit(q.proSeite)
    .offset((q.seite - 1) * q.proSeite);
  await protokolliere(tx, k, 'auflisten', 'mehrkostenvergleich', null, {
    anzahl: eintraege.length,
    personen: [...new Set(eintraege.flatMap((e) => (e.personId ? [e.personId] : [])))],
  });
  return { eintraege, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
}
