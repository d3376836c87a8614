// Anspruchsgrundlage nach der Rolle des zahlenden Trägers (DT-ERST, recht.md §4.4 Nr. 1–5). Die Regeln
// der am maßgebenden Tag geltenden Fassungen stehen in `l.reha` und `l.egh`.
import { allgemeineGrundlage } from './sgb10-102-105.ts';
import { ersterTraeger, leistenderTraegerNachWeiterleitung } from './sgb9-14-verfahren.ts';
import type { Grundlage, Lage } from './typen.ts';

export function bestimmeGrundlage(l: Lage): Grundlage {
  switch (l.e.verfahren.zahlenderTraeger) {
    case 'vorlaeufig98':
      return l.egh.vorlaeufigeLeistung(l);
    case 'zweiter':
    case 'dritter':
      return leistenderTraegerNachWeiterleitung(l);
    case 'erster':
      return ersterTraeger(l);
    case 'sonstiger':
      return allgemeineGrundlage(l);
  }
}
