// Die datierten Tabellen der Fassungen (`<prüfung>/fassungen.ts`): aufsteigend sortiert, jede Zeile ein
// gültiges Datum, und jede Tabelle beginnt früh genug für den frühesten Tag, an dem ein Szenario oder ein
// Urteil des Korpus sie befragt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fassungstabelle } from '../gemeinsam/fassung.ts';
import { type IsoDatum, datum, parseDatum } from '../kalender/datum.ts';
import { tabellen as erstattung } from './erstattungsanspruch/fassungen.ts';
import { tabellen as oertlich } from './oertliche-zustaendigkeit/fassungen.ts';

interface Fall {
  eingabe: Record<string, unknown> & { art: string };
  erwartet: { problem?: string[] };
}

function faelle(art: string): Fall[] {
  const verzeichnisse = [import.meta.dirname, join(import.meta.dirname, 'urteile')];
  return verzeichnisse.flatMap((v) =>
    readdirSync(v)
      .filter((d) => d.endsWith('.szenarien.json') || d.endsWith('.urteile.json'))
      .flatMap((d) => JSON.parse(readFileSync(join(v, d), 'utf8')) as Fall[])
      .filter((f) => f.eingabe.art === art && !f.erwartet.problem),
  );
}

const text = (x: unknown): IsoDatum => x as IsoDatum;

/** Je Tabelle: an welchem Tag die Prüfung sie befragt (so wie `berechne` den Tag bildet). */
const pruefungen: {
  art: string;
  tabellen: Record<string, Fassungstabelle<unknown>>;
  tag: Record<string, (e: Fall['eingabe']) => IsoDatum>;
}[] = [
  {
    art: 'erstattungsanspruch',
    tabellen: erstattung,
    tag: {
      rehaverfahren: (e) => text(e.rechtsstand ?? e.leistungsbeginn),
      eingliederungshilferecht: (e) => text(e.rechtsstand ?? e.leistungsbeginn),
      sgb10: (e) => text(e.rechtsstand ?? e.leistungsbeginn),
    },
  },
  {
    art: 'oertlicheZustaendigkeit',
    tabellen: oertlich,
    tag: {
      oertlichesRecht: (e) => text(e.rechtsstand ?? e.stichtag),
      fortdauerSatzSgb12: (e) => text(e.stichtag),
      bayerischesAusfuehrungsrechtSgb12: (e) => text(e.stichtag),
    },
  },
];

describe.each(pruefungen)('Fassungen der Prüfung $art', ({ art, tabellen, tag }) => {
  const alle = faelle(art);

  it('hat Szenarien, an denen die Tabellen geprüft werden', () => {
    expect(alle.length).toBeGreaterThan(20);
    expect(Object.keys(tag).sort()).toEqual(Object.keys(tabellen).sort());
  });

  it.each(Object.entries(tabellen))('%s ist aufsteigend sortiert und beginnt früh genug', (name, tabelle) => {
    expect(tabelle.length).toBeGreaterThan(0);
    for (const z of tabelle) expect(parseDatum(z.gueltigAb), `${name}: ${z.gueltigAb}`).toBeDefined();
    const tage = tabelle.map((z) => datum(z.gueltigAb));
    for (let i = 1; i < tage.length; i++) expect(tage[i], `${name}: Zeile ${i + 1} nach Zeile ${i}`).toBeGreaterThan(tage[i - 1] as number);
    const befragt = tag[name];
    if (!befragt) throw new Error(`Kein Tag für ${name}`);
    const fruehester = Math.min(...alle.map((f) => datum(befragt(f.eingabe))));
    expect(tage[0], `${name} beginnt nach dem frühesten befragten Tag`).toBeLessThanOrEqual(fruehester);
  });
});
