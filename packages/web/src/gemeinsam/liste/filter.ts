// Das Filterformular einer Liste: Eingaben erst beim Absenden in die Adresse (zurück auf Seite 1),
// damit nicht jeder Tastendruck die Liste neu lädt.
import { type FormEvent, useState } from 'react';
import type { Listenadresse } from './adresse.ts';

export interface Filterformular<F extends string> {
  eingabe: Record<F, string>;
  /** wert/aendern für ein Feld (Textfeld, Auswahl, Datumsfeld). */
  feld: (f: F) => { wert: string; aendern: (w: string) => void };
  absenden: (e: FormEvent) => void;
  zuruecksetzen: () => void;
}

/** `felder`: die Filter, die das Formular setzt (andere Werte der Adresse, etwa ein Reiter, bleiben). */
export function useFilterformular<F extends string>(adresse: Listenadresse<F>, felder: readonly F[]): Filterformular<F> {
  const anfang = {} as Record<F, string>;
  for (const f of felder) anfang[f] = adresse.werte[f];
  const [eingabe, setEingabe] = useState(anfang);
  const leer = () => Object.fromEntries(felder.map((f) => [f, ''])) as Record<F, string>;
  return {
    eingabe,
    feld: (f) => ({ wert: eingabe[f], aendern: (w) => setEingabe((e) => ({ ...e, [f]: w })) }),
    absenden: (e) => {
      e.preventDefault();
      const neu: Record<string, string> = { seite: '' };
      for (const f of felder) neu[f] = eingabe[f].trim();
      adresse.setze(neu);
    },
    zuruecksetzen: () => {
      setEingabe(leer());
      adresse.setze({ ...leer(), seite: '' });
    },
  };
}
