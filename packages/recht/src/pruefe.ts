// Der eine Einstieg: pruefe(eingabe) → Ergebnis oder Problem (pruefungen.md). Rein und synchron:
// keine Uhr, kein I/O; jede Eingabe ergibt ein Ergebnis oder ein Problem, nie eine Ausnahme.
import { type Ergebnis, type Fehler, type Problem, eingabeProblem } from './gemeinsam/ergebnis.ts';
import type { Pruefungsart } from './gemeinsam/pruefung.ts';
import { type JsonSchema, validiere } from './gemeinsam/validierung.ts';
import { pruefungsarten } from './pruefungsarten.ts';

export const artenNamen = Object.keys(pruefungsarten) as (keyof typeof pruefungsarten)[];

export function pruefungsartFuer(art: string): Pruefungsart | undefined {
  return Object.hasOwn(pruefungsarten, art) ? pruefungsarten[art as keyof typeof pruefungsarten] : undefined;
}

/** Das JSON-Schema jeder Prüfungsart, für OpenAPI und den Prüfrechner. */
export function schemata(): Record<string, JsonSchema> {
  return Object.fromEntries(artenNamen.map((a) => [a, pruefungsarten[a].schema]));
}

/** Schema der Eingabe von `pruefe`: eine der Prüfungsarten, unterschieden nach `art`. */
export function eingabeSchema(): JsonSchema {
  return {
    $id: 'urn:egh:pruefung',
    title: 'Eingabe einer Prüfung',
    type: 'object',
    discriminator: { propertyName: 'art' },
    required: ['art'],
    oneOf: artenNamen.map((a) => ({ $ref: `urn:egh:pruefung:${a}` })),
  };
}

function artFehler(eingabe: unknown): Fehler | undefined {
  if (eingabe === null || typeof eingabe !== 'object' || Array.isArray(eingabe))
    return { pfad: '', meldung: 'Die Eingabe muss ein JSON-Objekt sein.' };
  const art = (eingabe as { art?: unknown }).art;
  if (art === undefined) return { pfad: '/art', meldung: `Pflichtfeld fehlt. Erlaubt: ${artenNamen.join(', ')}.` };
  if (typeof art !== 'string' || !pruefungsartFuer(art))
    return { pfad: '/art', meldung: `Unbekannte Prüfungsart ${JSON.stringify(art)}; erlaubt: ${artenNamen.join(', ')}.` };
  return undefined;
}

/** Der JSON-Pointer des Objekts, zu dem ein Feld gehört. */
function elternpfad(pfad: string): string {
  return pfad.slice(0, Math.max(0, pfad.lastIndexOf('/')));
}

/**
 * Die Widersprüche einer Eingabe, die schon Schemafehler hat: nur die, deren Objekt frei von
 * Schemafehlern ist (ein ungültiges Datum ergibt sonst ein scheinbares „Ende vor Beginn“).
 * Scheitert die Prüfung an der ungültigen Form, bleiben es die Schemafehler.
 */
function widerspruecheNeben(art: Pruefungsart, eingabe: unknown, schemafehler: readonly Fehler[]): Fehler[] {
  if (!art.pruefeWidersprueche) return [];
  let kandidaten: Fehler[];
  try {
    kandidaten = art.pruefeWidersprueche(eingabe);
  } catch {
    return [];
  }
  const betroffen = (w: Fehler) =>
    schemafehler.some(
      (f) =>
        f.pfad === '' ||
        elternpfad(f.pfad) === elternpfad(w.pfad) ||
        w.pfad.startsWith(`${f.pfad}/`) ||
        f.pfad.startsWith(`${w.pfad}/`) ||
        f.pfad === w.pfad,
    );
  return kandidaten.filter((w) => !betroffen(w));
}

/**
 * Führt eine Prüfung aus. Die Eingabe ist das JSON-Objekt der Prüfung mit dem Feld `art`
 * (pruefungen.md). Ungültige Eingaben ergeben ein Problem mit JSON-Pointer und deutscher Meldung.
 */
export function pruefe(eingabe: unknown): Ergebnis | Problem {
  try {
    const f = artFehler(eingabe);
    if (f) return eingabeProblem([f]);
    const art = pruefungsartFuer((eingabe as { art: string }).art) as Pruefungsart;
    const fehler = validiere(art.schema, eingabe);
    // Alle Fehler auf einmal, nicht in Runden: Widersprüche (z. B. Ende vor Beginn) werden auch
    // gemeldet, wenn andere Felder schon gegen das Schema verstoßen.
    const widersprueche = fehler.length === 0 ? (art.pruefeWidersprueche?.(eingabe) ?? []) : widerspruecheNeben(art, eingabe, fehler);
    if (fehler.length + widersprueche.length > 0) return eingabeProblem([...fehler, ...widersprueche]);
    return art.berechne(eingabe);
  } catch (e) {
    // Darf nicht vorkommen; wenn doch, antwortet die Engine mit einem Problem statt abzustürzen.
    return {
      type: 'urn:egh:problem:intern',
      title: 'Interner Fehler der Prüfung',
      status: 500,
      fehler: [{ pfad: '', meldung: `Die Prüfung ist unerwartet fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}
