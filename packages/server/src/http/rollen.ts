// Rollen aus produkt.md ("Who uses it") und was sie dürfen.
export const rollen = ['sachbearbeitung', 'kostenerstattung', 'leitung', 'administration', 'plattformbetrieb', 'datenschutz'] as const;
export type Rolle = (typeof rollen)[number];

export const rollennamen: Record<Rolle, string> = {
  sachbearbeitung: 'Sachbearbeitung',
  kostenerstattung: 'Kostenerstattung',
  leitung: 'Leitung',
  administration: 'Administration',
  plattformbetrieb: 'Plattformbetrieb',
  datenschutz: 'Datenschutz',
};
