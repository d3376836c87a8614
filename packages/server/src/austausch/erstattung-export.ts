// Export des Erstattungsbuchs als CSV oder XLSX mit denselben Filtern wie
// GET /api/v1/erstattungsansprueche (ohne Seiten): eine Zeile je Leistungszeitraum im Layout von
// erstattung-spalten.ts, das der Import wieder liest. Gelesen wird unter der Zeilensicherheit des
// Trägers, in Blöcken (auch 100.000 Ansprüche passen so in wenig Speicher).
import type { Writable } from 'node:stream';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { erstattungsanspruch, fall, frist, leistungszeitraum } from '../db/schema.ts';
import { type Datenbank, type Mandant, type Tx, alsMandant, alsSystem } from '../db/verbindung.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type AnspruchFilter, anspruchsBedingungen, anspruchsOrdnung, erstattungStatusnamen } from '../anwendungsfaelle/erstattung.ts';
import { protokolliere } from '../anwendungsfaelle/gemeinsam.ts';
import { type Ausgabewert, type Format, schreibeTabelle } from './dateien.ts';
import { type AnspruchSchluessel, anspruchSpalten } from './erstattung-spalten.ts';

export type Exportfilter = Partial<Omit<AnspruchFilter, 'seite' | 'proSeite'>>;

const block = 1000;

/** Zerlegt die gespeicherte Rechtsgrundlage in ihre Spalten und den Rest (JSON). */
function zerlege(rg: Record<string, unknown>) {
  const { leistungsbeginn, grundlage, verfahren, zahlender, verpflichteter, ...rest } = rg as {
    leistungsbeginn?: string;
    grundlage?: string;
    verfahren?: Record<string, unknown>;
    zahlender?: Record<string, unknown>;
    verpflichteter?: Record<string, unknown>;
  } & Record<string, unknown>;
  const { zahlenderTraeger, ...verfahrenRest } = verfahren ?? {};
  const { art: artZahlender, ...zahlenderRest } = zahlender ?? {};
  const { art: artVerpflichteter, ...verpflichteterRest } = verpflichteter ?? {};
  const weitere: Record<string, unknown> = { ...rest };
  if (Object.keys(verfahrenRest).length) weitere.verfahren = verfahrenRest;
  if (Object.keys(zahlenderRest).length) weitere.zahlender = zahlenderRest;
  if (Object.keys(verpflichteterRest).length) weitere.verpflichteter = verpflichteterRest;
  return {
    leistungsbeginn: leistungsbeginn ?? null,
    grundlage: grundlage ?? null,
    zahlenderTraeger: (zahlenderTraeger as string | undefined) ?? null,
    artZahlender: (artZahlender as string | undefined) ?? null,
    artVerpflichteter: (artVerpflichteter as string | undefined) ?? null,
    weitereAngaben: Object.keys(weitere).length ? JSON.stringify(weitere) : null,
  };
}

/** Maßnahme eines Zeitraums mit Ende oder Fortdauer (in jeder Zeile der Maßnahme gleich). */
function massnahmeSpalten(
  massnahme: string | null,
  massnahmen: readonly { massnahme: string; beendet?: string; laeuft?: boolean }[],
): Partial<Record<AnspruchSchluessel, Ausgabewert>> {
  if (massnahme === null) return {};
  const m = massnahmen.find((x) => x.massnahme === massnahme);
  return { massnahme, massnahmeBeendet: m?.beendet ?? null, massnahmeLaeuft: m?.laeuft ?? null };
}

async function* zeilenAus(tx: Tx, ids: string[], fortschritt?: (n: number, gesamt: number) => void): AsyncGenerator<Ausgabewert[]> {
  for (let start = 0; start < ids.length; start += block) {
    const teil = ids.slice(start, start + block);
    const ansprueche = await tx
      .select({ a: erstattungsanspruch, fallAz: fall.aktenzeichen })
      .from(erstattungsanspruch)
      .leftJoin(fall, eq(fall.id, erstattungsanspruch.fallId))
      .where(inArray(erstattungsanspruch.id, teil));
    const zeitraeume = await tx
      .select()
      .from(leistungszeitraum)
      .where(inArray(leistungszeitraum.anspruchId, teil))
      .orderBy(asc(leistungszeitraum.anspruchId), asc(leistungszeitraum.von), asc(leistungszeitraum.bis), asc(leistungszeitraum.id));
    const verjaehrung = await tx
      .select({ bezugId: frist.bezugId, faellig: frist.faellig })
      .from(frist)
      .where(and(inArray(frist.bezugId, teil), eq(frist.art, 'S113')));
    const nachId = new Map(ansprueche.map((x) => [x.a.id, x]));
    const zeitraeumeVon = new Map<string, (typeof zeitraeume)[number][]>();
    for (const z of zeitraeume) {
      const l = zeitraeumeVon.get(z.anspruchId);
      if (l) l.push(z);
      else zeitraeumeVon.set(z.anspruchId, [z]);
    }
    const verjaehrungVon = new Map(verjaehrung.map((v) => [v.bezugId, v.faellig]));
    for (const id of teil) {
      const x = nachId.get(id);
      if (!x) continue;
      const a = x.a;
      const rg = zerlege(a.rechtsgrundlageEingabe);
      const anspruch: Partial<Record<AnspruchSchluessel, Ausgabewert>> = {
        aktenzeichen: a.aktenzeichen,
        anspruchsteller: a.anspruchstellerId,
        verpflichteterId: a.verpflichteterId,
        verpflichteterExtern: a.verpflichteterExtern,
        landVerpflichteter: a.landVerpflichteter,
        fall: x.fallAz,
        ...rg,
        kenntnisEntscheidung: a.kenntnisEntscheidung,
        eingangLeistungsantrag: a.eingangLeistungsantrag,
        zinsantrag: a.zinsantrag,
        angemeldetAm: a.geltendmachung,
        beziffertAm: a.bezifferungAm,
        bemerkung: a.bemerkung,
        leistungsrecht: a.leistungsrecht,
        status: erstattungStatusnamen[a.status],
        anspruchsgrundlage: a.anspruchsgrundlage,
        forderung: a.forderungCent,
        verjaehrung: verjaehrungVon.get(id) ?? null,
      };
      const liste = zeitraeumeVon.get(id) ?? [];
      for (const z of liste.length ? liste : [undefined]) {
        const w: Partial<Record<AnspruchSchluessel, Ausgabewert>> = z
          ? {
              ...anspruch,
              von: z.von,
              bis: z.bis,
              betrag: z.betragCent,
              rechnung: z.rechnung,
              ...massnahmeSpalten(z.massnahme, a.massnahmen),
              fristEnde: z.fristEnde,
              // Ohne Fristende läuft die Maßnahme noch: die Frist hat nicht begonnen.
              gewahrt: z.gewahrt === true ? 'ja' : z.fristEnde === null ? 'Frist nicht begonnen' : z.gewahrt === null ? 'offen' : 'nein',
            }
          : anspruch;
        yield anspruchSpalten.map((s) => w[s.schluessel]);
      }
    }
    fortschritt?.(Math.min(ids.length, start + block), ids.length);
  }
}

/**
 * Schreibt die Ansprüche, die der Träger sieht und die zum Filter passen, in `ziel` und gibt ihre
 * Anzahl zurück. Protokolliert den Export. Ohne Mandant (`null`, nur Betrieb über die
 * Kommandozeile) sind es die Ansprüche aller Träger.
 */
export async function exportiereAnsprueche(
  d: Datenbank,
  k: Benutzerkontext,
  m: Mandant | null,
  filter: Exportfilter,
  format: Format,
  ziel: Writable,
  fortschritt?: (n: number, gesamt: number) => void,
): Promise<number> {
  const arbeit = async (tx: Tx) => {
    const ids = (
      await tx
        .select({ id: erstattungsanspruch.id })
        .from(erstattungsanspruch)
        .where(anspruchsBedingungen(k.traegerId, filter))
        .orderBy(...anspruchsOrdnung(filter.sortierung))
    ).map((z) => z.id);
    await schreibeTabelle(ziel, format, 'Erstattungsansprüche', anspruchSpalten, zeilenAus(tx, ids, fortschritt));
    await protokolliere(tx, k, 'exportieren', 'erstattungsanspruch', null, { anzahl: ids.length, format, filter });
    return ids.length;
  };
  return m ? alsMandant(d.db, m, arbeit) : alsSystem(d.db, arbeit);
}
