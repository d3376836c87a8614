// Der Inhalt einer Listenseite: lädt sie, „Wird geladen …“; ist sie leer, ein Satz (role=status);
// sonst die Tabelle, darunter das Blättern (auch auf einer leeren Seite hinter dem Ende, damit man
// zurückkommt) und, wo die Liste einen Export hat und die Rolle ihn darf, die Exportlinks.
import type { ReactNode } from 'react';
import type { Seite } from '../../api.ts';
import { Laden } from '../anzeige.tsx';
import type { Listenadresse } from './adresse.ts';
import { type Exportangaben, Exportlinks } from './export.tsx';
import { Seitenleiste } from './seitenleiste.tsx';

export function Listeninhalt<Z>({
  liste,
  leer,
  adresse,
  proSeite,
  export: exportangaben,
  children,
}: {
  liste: { daten: Seite<Z> | undefined; laedt: boolean };
  leer: ReactNode;
  adresse: Pick<Listenadresse<string>, 'seite' | 'setze'>;
  proSeite: number;
  /** Export der Liste mit denselben Filtern; weglassen, wo es keinen gibt oder die Rolle ihn nicht darf. */
  export?: Exportangaben | undefined;
  children: (eintraege: Z[]) => ReactNode;
}) {
  const eintraege = liste.daten?.eintraege ?? [];
  if (liste.laedt && !liste.daten) return <Laden />;
  const blaettern = <Blaettern adresse={adresse} proSeite={proSeite} seite={liste.daten} />;
  if (eintraege.length === 0)
    return (
      <>
        <p className="kern-body" role="status">
          {leer}
        </p>
        {adresse.seite > 1 && blaettern}
      </>
    );
  return (
    <>
      {children(eintraege)}
      {blaettern}
      {exportangaben && <Exportlinks {...exportangaben} />}
    </>
  );
}

/** Blättern mit der Gesamtzahl des Servers (oder „weitere“, wo er sie nicht zählt). */
export function Blaettern({
  adresse,
  proSeite,
  seite,
}: {
  adresse: Pick<Listenadresse<string>, 'seite' | 'setze'>;
  proSeite: number;
  seite: Seite<unknown> | undefined;
}) {
  return (
    <Seitenleiste
      seite={adresse.seite}
      proSeite={proSeite}
      {...(seite?.gesamt !== undefined ? { gesamt: seite.gesamt } : { weitere: Boolean(seite?.weitere) })}
      wechseln={(s) => adresse.setze({ seite: String(s) })}
    />
  );
}
