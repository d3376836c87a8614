// Stammdaten beim ersten Start: die 400 Kreise und kreisfreien Städte (örtliche Träger) aus
// daten/kreise-de.csv und die überörtlichen Träger der Eingliederungshilfe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { type Land, rollenFuer } from '@egh/recht';
import { traeger } from './db/schema.ts';
import { type Db, alsSystem } from './db/verbindung.ts';

type TraegerNeu = typeof traeger.$inferInsert;

/** Einfacher CSV-Leser für die Kreisdatei (Komma, Felder ggf. in Anführungszeichen). */
function csvZeilen(text: string): string[][] {
  const zeilen: string[][] = [];
  for (const zeile of text.trim().split(/\r?\n/)) {
    const felder: string[] = [];
    let feld = '';
    let inAnf = false;
    for (let i = 0; i < zeile.length; i++) {
      const c = zeile[i];
      if (inAnf) {
        if (c === '"' && zeile[i + 1] === '"') {
          feld += '"';
          i++;
        } else if (c === '"') inAnf = false;
        else feld += c;
      } else if (c === '"') inAnf = true;
      else if (c === ',') {
        felder.push(feld);
        feld = '';
      } else feld += c;
    }
    felder.push(feld);
    zeilen.push(felder);
  }
  return zeilen;
}

/** Namen, die ihre Art schon tragen: „Rhein-Kreis Neuss“, „Region Hannover“, „Landkreis Rostock“, „Wartburgkreis“. */
const artImNamen = /^(Landkreis|Kreis|Region|Städteregion|Regionalverband) |kreis\b|-Kreis\b| Kreis\b|^Eifelkreis /;
/** Amtliche Namen, die die Art trotz „…kreis“ voranstellen. */
const mitLandkreis = new Set(['Heidekreis']);

/**
 * "Cottbus, Stadt" → "Stadt Cottbus"; Landkreis "Prignitz" → "Landkreis Prignitz"; "Rhein-Kreis
 * Neuss" bleibt, wie er heißt (nicht "Kreis Rhein-Kreis Neuss").
 */
export function anzeigename(name: string, typ: string): { name: string; kurzname: string } {
  const komma = name.indexOf(', ');
  if (komma > 0) {
    const basis = name.slice(0, komma);
    return { name: `${name.slice(komma + 2)} ${basis}`, kurzname: basis };
  }
  const kurz = name.replace(/^Landkreis /, '');
  if ((typ === 'Landkreis' || typ === 'Kreis') && artImNamen.test(name) && !mitLandkreis.has(name)) return { name, kurzname: kurz };
  if (typ === 'Landkreis') return { name: `Landkreis ${name}`, kurzname: name };
  if (typ === 'Kreis') return { name: `Kreis ${name}`, kurzname: name };
  return { name, kurzname: name };
}

/** Der Name, den frühere Versionen aus der Kreisdatei bildeten (zum Berichtigen alter Register). */
function alterAnzeigename(name: string, typ: string): string {
  if (name.includes(', ')) return anzeigename(name, typ).name;
  if (typ === 'Landkreis') return `Landkreis ${name}`;
  if (typ === 'Kreis') return name.startsWith('Städteregion') ? name : `Kreis ${name}`;
  return name;
}

function kreisdatei(): string[][] {
  return csvZeilen(readFileSync(join(import.meta.dirname, '../daten/kreise-de.csv'), 'utf8')).slice(1);
}

export function kreisTraeger(): TraegerNeu[] {
  return kreisdatei().map(([ags, name, typ, land]) => {
    const n = anzeigename(name ?? '', typ ?? '');
    const t = {
      id: ags ?? '',
      name: n.name,
      kurzname: n.kurzname,
      art: 'oertlich' as const,
      land: land ?? '',
      gebietAgs: [ags ?? ''],
      rechtstraeger: n.name,
      quelle: 'Statistisches Bundesamt, Gemeindeverzeichnis, Gebietsstand 31.12.2018 (Eisenach seit 2021 im Wartburgkreis)',
    };
    return { ...t, rollen: rollenFuer({ ...t, land: t.land as Land }) };
  });
}

const QUELLE_BEZIRK = 'Art. 81, 82 AGSG; seit 01.01.2020 Träger der Eingliederungshilfe (Art. 66d AGSG)';
const QUELLE_BAGUES = 'Mitglied der BAGüS; die Trägerschaft nach Landesrecht ist nicht geprüft';
const QUELLE_NRW = '§ 1 Abs. 1 AG-SGB IX NRW';
const QUELLE_LASV = '§ 2 AG-SGB IX Bbg; Rundschreiben 08/2024 des LASV';

function kreiseMitPraefix(alle: TraegerNeu[], ...praefixe: string[]): string[] {
  return alle.map((t) => t.id).filter((id) => praefixe.some((p) => id.startsWith(p)));
}

/**
 * Die überörtlichen Träger (BAGüS-Mitglieder, recht.md §1.1 und §3.3). Die sieben Bezirke,
 * LVR, LWL und das LASV nennt recht.md; die übrigen sind die überörtlichen Träger der Länder
 * nach der Mitgliederliste der BAGüS (Stand nicht geprüft, [UNVERIFIED]).
 */
export function ueberoertlicheTraeger(kreise: TraegerNeu[]): TraegerNeu[] {
  const bezirk = (id: string, name: string, rb: string, ort: string, strasse: string, plz: string): TraegerNeu => ({
    id,
    name: `Bezirk ${name}`,
    kurzname: name,
    art: 'ueberoertlich',
    land: 'BY',
    gebietAgs: kreiseMitPraefix(kreise, rb),
    rechtstraeger: `Bezirk ${name}`,
    anschrift: { strasse, plz, ort },
    aufsichtsbehoerde: 'Bayerisches Staatsministerium des Innern, für Sport und Integration',
    quelle: QUELLE_BEZIRK,
  });
  const land = (id: string, name: string, kurzname: string, l: string, quelle = QUELLE_BAGUES): TraegerNeu => ({
    id,
    name,
    kurzname,
    art: 'ueberoertlich',
    land: l,
    gebietAgs: [],
    rechtstraeger: name,
    quelle,
  });
  return [
    bezirk('bezirk-oberbayern', 'Oberbayern', '091', 'München', 'Prinzregentenstraße 14', '80538'),
    bezirk('bezirk-niederbayern', 'Niederbayern', '092', 'Landshut', 'Gestütstraße 10', '84028'),
    bezirk('bezirk-oberpfalz', 'Oberpfalz', '093', 'Regensburg', 'Ludwig-Thoma-Straße 14', '93051'),
    bezirk('bezirk-oberfranken', 'Oberfranken', '094', 'Bayreuth', 'Cottenbacher Straße 23', '95445'),
    bezirk('bezirk-mittelfranken', 'Mittelfranken', '095', 'Ansbach', 'Danziger Straße 5', '91522'),
    bezirk('bezirk-unterfranken', 'Unterfranken', '096', 'Würzburg', 'Silcherstraße 5', '97074'),
    bezirk('bezirk-schwaben', 'Schwaben', '097', 'Augsburg', 'Hafnerberg 10', '86152'),
    {
      ...land('lvr', 'Landschaftsverband Rheinland', 'LVR', 'NW', QUELLE_NRW),
      gebietAgs: kreiseMitPraefix(kreise, '051', '053'),
      anschrift: { strasse: 'Kennedy-Ufer 2', plz: '50679', ort: 'Köln' },
    },
    {
      ...land('lwl', 'Landschaftsverband Westfalen-Lippe', 'LWL', 'NW', QUELLE_NRW),
      gebietAgs: kreiseMitPraefix(kreise, '055', '057', '059'),
      anschrift: { strasse: 'Freiherr-vom-Stein-Platz 1', plz: '48147', ort: 'Münster' },
    },
    {
      ...land('lasv-bb', 'Landesamt für Soziales und Versorgung Brandenburg', 'LASV', 'BB', QUELLE_LASV),
      rechtstraeger: 'Land Brandenburg',
      leitwegId: '12-121096894459866-05',
      anschrift: { strasse: 'Lipezker Straße 45, Haus 5', plz: '03048', ort: 'Cottbus' },
      aufsichtsbehoerde: 'Ministerium für Soziales, Gesundheit, Integration und Verbraucherschutz Brandenburg',
    },
    land('kvjs-bw', 'Kommunalverband für Jugend und Soziales Baden-Württemberg', 'KVJS', 'BW'),
    land('lwv-he', 'Landeswohlfahrtsverband Hessen', 'LWV Hessen', 'HE'),
    land('ls-ni', 'Niedersächsisches Landesamt für Soziales, Jugend und Familie', 'LS Niedersachsen', 'NI'),
    land('lsjv-rp', 'Landesamt für Soziales, Jugend und Versorgung Rheinland-Pfalz', 'LSJV', 'RP'),
    land('las-sl', 'Landesamt für Soziales Saarland', 'LAS Saarland', 'SL'),
    land('ksv-sn', 'Kommunaler Sozialverband Sachsen', 'KSV Sachsen', 'SN'),
    land('sozialagentur-st', 'Sozialagentur Sachsen-Anhalt', 'Sozialagentur', 'ST'),
    land('tlvwa-th', 'Thüringer Landesverwaltungsamt', 'TLVwA', 'TH'),
    land('ksv-mv', 'Kommunaler Sozialverband Mecklenburg-Vorpommern', 'KSV MV', 'MV'),
    land('land-sh', 'Land Schleswig-Holstein (Ministerium für Soziales)', 'Land SH', 'SH'),
  ];
}

function mitRollen(t: TraegerNeu): TraegerNeu {
  return { ...t, rollen: rollenFuer({ id: t.id, land: t.land as Land, art: t.art, gebietAgs: t.gebietAgs ?? [] }) };
}

/**
 * Legt die Träger an, wenn das Register leer ist; sonst ergänzt es ein älteres Register: Rollen,
 * wo noch keine stehen (vom Plattformbetrieb berichtigte bleiben), und die Namen, die frühere
 * Versionen falsch bildeten („Landkreis Landkreis Rostock“). Gibt zurück, ob angelegt wurde.
 */
export async function ladeStammdaten(db: Db): Promise<boolean> {
  return alsSystem(db, async (tx) => {
    const [z] = await tx.select({ n: count() }).from(traeger);
    const kreise = kreisTraeger();
    const alle = [...kreise, ...ueberoertlicheTraeger(kreise).map(mitRollen)];
    if ((z?.n ?? 0) === 0) {
      await tx.insert(traeger).values(alle);
      return true;
    }
    const ohneRollen = await tx
      .select({ id: traeger.id, land: traeger.land, art: traeger.art, gebietAgs: traeger.gebietAgs })
      .from(traeger)
      .where(sql`${traeger.rollen} = '[]'::jsonb`);
    for (const t of ohneRollen) {
      const rollen = rollenFuer({ ...t, land: t.land as Land });
      if (rollen.length) await tx.update(traeger).set({ rollen }).where(eq(traeger.id, t.id));
    }
    for (const [ags, name, typ] of kreisdatei()) {
      const alt = alterAnzeigename(name ?? '', typ ?? '');
      const neu = anzeigename(name ?? '', typ ?? '');
      if (alt === neu.name) continue;
      await tx
        .update(traeger)
        .set({ name: neu.name, kurzname: neu.kurzname, rechtstraeger: neu.name })
        .where(sql`${traeger.id} = ${ags ?? ''} and ${traeger.name} = ${alt}`);
    }
    return false;
  });
}
