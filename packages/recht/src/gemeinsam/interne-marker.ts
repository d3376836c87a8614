// Interne Verweise, die in keinem Text für Menschen außerhalb des Projekts stehen dürfen
// (Begründungen, Hinweise, Oberfläche, Protokoll, Briefe): unsere Dateinamen, Nummern offener
// Fragen und Seeds, eckige Entwurfsmarken, Feldnamen und Codes, nackte Schlüssel.
// Die Herkunft einer Aussage gehört in `herkunft.beleg`, nicht in den Text (ergebnis.ts).

interface Marker {
  name: string;
  muster: RegExp;
}

const marker: readonly Marker[] = [
  { name: 'Dateiname', muster: /\b[\w-]+\.(?:md|ts|tsx|json|sql)\b/g },
  { name: 'Nummer einer offenen Frage, eines Seeds oder Szenarios', muster: /\b(?:OQ|RF|SEED|SC)-\d+[a-z]?\b/g },
  { name: 'Entwurfsmarke in eckigen Klammern', muster: /\[[A-Z][A-Z-]{2,}\]/g },
  { name: 'ungeprüft-Marke', muster: /\bUNVERIFIED\b/g },
  { name: 'Abschnitt eines internen Dokuments', muster: /§\d+(?:\.\d+)?/g },
  { name: 'Feldname', muster: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g },
  { name: 'Code', muster: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g },
  { name: 'Schlüssel in Anführungszeichen', muster: /[„"'“‚]\d{5}(?:\d{3})?(?:\d{4})?[“”"'‘]/g },
  { name: 'UUID', muster: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { name: 'Wort „Engine“', muster: /\bEngine\b/g },
];

/**
 * Alle internen Marker in `text`, als „Art: Fundstück“; leer, wenn der Text so an eine
 * Sachbearbeiterin, in einen Brief oder ins Protokoll gehen darf.
 */
export function interneMarker(text: string): string[] {
  const treffer: string[] = [];
  for (const m of marker) for (const t of text.matchAll(m.muster)) treffer.push(`${m.name}: ${t[0]}`);
  return treffer;
}

/** Die Muster als eine Quelle für die Lint-Regel (eslint.config.js). */
export const interneMarkerMuster: readonly RegExp[] = marker.map((m) => m.muster);
