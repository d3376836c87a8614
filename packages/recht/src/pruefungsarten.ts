// Verzeichnis aller Prüfungsarten (pruefungen.md, "Kinds").
import { amtshilfe } from './pruefungen/amtshilfe.ts';
import { bekanntgabe } from './pruefungen/bekanntgabe.ts';
import { datenuebermittlung } from './pruefungen/datenuebermittlung.ts';
import { erstattungsanspruch } from './pruefungen/erstattungsanspruch/index.ts';
import { erstattungsfristen } from './pruefungen/erstattungsfristen.ts';
import { frist } from './pruefungen/frist.ts';
import { mehrkosten } from './pruefungen/mehrkosten.ts';
import { oertlicheZustaendigkeit } from './pruefungen/oertliche-zustaendigkeit/index.ts';
import { zinsen } from './pruefungen/zinsen.ts';
import { zustaendigkeitsklaerung } from './pruefungen/zustaendigkeitsklaerung.ts';

export const pruefungsarten = {
  frist,
  bekanntgabe,
  zustaendigkeitsklaerung,
  erstattungsfristen,
  erstattungsanspruch,
  zinsen,
  amtshilfe,
  mehrkosten,
  datenuebermittlung,
  oertlicheZustaendigkeit,
} as const;
