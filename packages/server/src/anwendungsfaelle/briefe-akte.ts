// Briefe zur eigenen Akte eines Trägers: Vermerk zum Mehrkostenvergleich (§ 104 SGB IX) und
// Beitrittserklärung zur Verwaltungsvereinbarung. Sie gehören nur dem eigenen Träger.
import { eq } from 'drizzle-orm';
import type { Vorlage } from '@egh/briefe';
import { beitritt, fall, mehrkostenvergleich, person, vereinbarung } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import {
  type Brief,
  type Briefoptionen,
  auszug,
  erfordere,
  falscheVorlage,
  kopf,
  ladeTraeger,
  mitOptionen,
  neuesteEntscheidung,
} from './briefdaten.ts';
import { bearbeitungsRollen } from './mehrkosten.ts';

interface MehrkostenErgebnis {
  ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  orientierung?: string | null;
  vergleichsangebot?: string | null;
  kostenGewuenschtCentProMonat?: number | null;
  kostenVergleichCentProMonat?: number | null;
  mehrkostenCentProMonat?: number | null;
  mehrkostenCentProJahr?: number | null;
  mehrkostenProzent?: number | null;
  tageProMonat?: number;
  alternativen?: {
    bezeichnung: string;
    kostenCentProMonat: number;
    mehrkostenProzent: number | null;
    vergleichbar: boolean;
    ausschlussgrund: string | null;
  }[];
  referenzen?: { zitat: string; leitsatz: string; prozent?: number | null; prozentBis?: number | null }[];
}

/** Darf `k` den Vermerk schreiben? Wirft den Fehler, den das Erzeugen meldete (auch für die Liste der Vorlagen). */
export function pruefeMehrkostenbrief(k: Benutzerkontext, vorlage: Vorlage): void {
  if (vorlage !== 'vermerkMehrkosten') throw falscheVorlage('mehrkostenvergleich', vorlage);
  erfordere(k, bearbeitungsRollen, 'Der Vermerk zum Mehrkostenvergleich');
}

/** Darf `k` die Beitrittserklärung schreiben? Wirft den Fehler, den das Erzeugen meldete. */
export function pruefeBeitrittsbrief(k: Benutzerkontext, b: typeof beitritt.$inferSelect, vorlage: Vorlage): void {
  if (vorlage !== 'beitrittserklaerung') throw falscheVorlage('beitritt', vorlage);
  if (b.traegerId !== k.traegerId) throw nichtGefunden('Beitritt');
  erfordere(k, ['administration', 'leitung'], 'Die Beitrittserklärung');
}

export async function mehrkostenbrief(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  vorlage: Vorlage,
  stichtag: string,
  o: Briefoptionen = {},
): Promise<Brief> {
  if (vorlage !== 'vermerkMehrkosten') throw falscheVorlage('mehrkostenvergleich', vorlage);
  const [v] = await tx.select().from(mehrkostenvergleich).where(eq(mehrkostenvergleich.id, id));
  if (!v) throw nichtGefunden('Mehrkostenvergleich');
  pruefeMehrkostenbrief(k, vorlage);
  const traeger = await ladeTraeger(tx, v.traegerId);
  const [f] = v.fallId
    ? await tx
        .select({
          aktenzeichen: fall.aktenzeichen,
          personId: person.id,
          vorname: person.vorname,
          nachname: person.nachname,
          pseudonym: person.pseudonym,
        })
        .from(fall)
        .innerJoin(person, eq(person.id, fall.personId))
        .where(eq(fall.id, v.fallId))
    : [];
  const r = v.ergebnis as unknown as MehrkostenErgebnis;
  const eingabe = v.eingabe as { stichtag?: string; gewuenscht?: { bezeichnung?: string; posten?: { je?: string }[] } };
  const zeichen = f?.aktenzeichen ?? `MK-${v.id.slice(0, 8).toUpperCase()}`;
  return {
    vorlage,
    daten: {
      // Ein Vermerk zur Akte: Absender und „Empfänger“ ist der Träger selbst.
      kopf: mitOptionen(
        kopf(k, traeger, { name: traeger.name, zusatz: `– Akte ${zeichen} –`, anschrift: {} }, { unser: zeichen }, stichtag),
        o,
        false,
      ),
      bezeichnung: v.bezeichnung,
      person: f ? { name: `${f.vorname} ${f.nachname}`, pseudonym: f.pseudonym, aktenzeichen: f.aktenzeichen } : null,
      stichtag: eingabe.stichtag ?? stichtag,
      gewuenscht: {
        bezeichnung: eingabe.gewuenscht?.bezeichnung ?? v.bezeichnung,
        kostenCentProMonat: r.kostenGewuenschtCentProMonat ?? null,
      },
      vergleich: { bezeichnung: r.vergleichsangebot ?? null, kostenCentProMonat: r.kostenVergleichCentProMonat ?? null },
      mehrkosten: {
        centProMonat: r.mehrkostenCentProMonat ?? null,
        centProJahr: r.mehrkostenCentProJahr ?? null,
        prozent: r.mehrkostenProzent ?? null,
      },
      alternativen: r.alternativen ?? [],
      rechnung: r.tageProMonat
        ? { tageProMonat: r.tageProMonat, tagessaetze: (eingabe.gewuenscht?.posten ?? []).some((p) => p.je === 'tag') }
        : null,
      regelwerk: {
        ...(auszug(await neuesteEntscheidung(tx, id, 'mehrkosten')) ?? { begruendung: [] }),
        ergebnis: r.ergebnis,
        orientierung: r.orientierung ?? null,
        referenzen: r.referenzen ?? [],
      },
      entscheidung: v.entscheidung,
    },
    parteien: [v.traegerId],
    zeichen,
    personId: f?.personId ?? null,
  };
}

export async function beitrittsbrief(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  vorlage: Vorlage,
  stichtag: string,
  o: Briefoptionen = {},
): Promise<Brief> {
  if (vorlage !== 'beitrittserklaerung') throw falscheVorlage('beitritt', vorlage);
  const [b] = await tx.select().from(beitritt).where(eq(beitritt.id, id));
  if (!b) throw nichtGefunden('Beitritt');
  pruefeBeitrittsbrief(k, b, vorlage);
  const [v] = await tx.select().from(vereinbarung).where(eq(vereinbarung.id, b.vereinbarungId));
  if (!v) throw nichtGefunden('Vereinbarung');
  const traeger = await ladeTraeger(tx, b.traegerId);
  const zeichen = `VV-${v.id}`;
  return {
    vorlage,
    daten: {
      kopf: mitOptionen(
        kopf(
          k,
          traeger,
          { name: 'Plattformbetrieb EGH-Clearing', zusatz: 'Verwaltungsvereinbarungen', anschrift: {} },
          { unser: zeichen },
          stichtag,
        ),
        o,
        o.schonErzeugt === true,
      ),
      vereinbarung: {
        bezeichnung: v.bezeichnung,
        gueltigAb: v.gueltigAb,
        quelle: v.quelle,
        beispiel: v.beispiel,
        pauschalen: v.pauschalen,
      },
      erklaertAm: b.erklaertAm,
      wirksamAb: b.wirksamAb,
    },
    parteien: [b.traegerId],
    zeichen,
  };
}
