// Alle Routen unter /api/v1.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { austauschRouten } from '../austausch/routen.ts';
import { amtshilfeRouten } from './amtshilfe.ts';
import { benutzerRouten } from './benutzer.ts';
import { dokumenteRouten } from './dokumente.ts';
import { erstattungRouten } from './erstattung.ts';
import { faelleRouten } from './faelle.ts';
import { fristenRouten } from './fristen.ts';
import { kalenderRouten } from './kalender.ts';
import { arbeitslistenRouten } from './arbeitslisten.ts';
import { auskunftRouten } from './auskunft.ts';
import { mehrkostenRouten } from './mehrkosten.ts';
import { normenRouten } from './normen.ts';
import { protokollRouten } from './protokoll.ts';
import { pruefungenRouten } from './pruefungen.ts';
import { sitzungRouten } from './sitzung.ts';
import { statusRouten } from './status.ts';
import { traegerRouten } from './traeger.ts';
import { vereinbarungRouten } from './vereinbarungen.ts';

export function routen(o: AppOptionen): FastifyPluginAsync {
  return async (app) => {
    await app.register(statusRouten(o));
    await app.register(sitzungRouten(o));
    await app.register(benutzerRouten(o));
    await app.register(pruefungenRouten());
    await app.register(traegerRouten(o));
    await app.register(vereinbarungRouten(o));
    await app.register(faelleRouten(o));
    await app.register(erstattungRouten(o));
    await app.register(amtshilfeRouten(o));
    await app.register(fristenRouten(o));
    await app.register(kalenderRouten(o));
    await app.register(arbeitslistenRouten(o));
    await app.register(auskunftRouten(o));
    await app.register(mehrkostenRouten(o));
    await app.register(protokollRouten(o));
    await app.register(dokumenteRouten(o));
    await app.register(normenRouten());
    await app.register(austauschRouten(o));
  };
}
