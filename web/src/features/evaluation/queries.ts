// The evaluation module's reads, cached: a dossier and its parts live under ['dossiers', id], so invalidating
// keys.dossiers after a step refreshes the dossier, its timeline, evidence, forms and scorecards and every list.
import { useQuery } from '@tanstack/react-query';
import { evalApi, type FormNo } from './evaluation.ts';
import { keys } from '../../shared/queries.ts';

export const dossierKeys = {
  timeline: (id: string) => [...keys.dossier(id), 'timeline'] as const,
  evidence: (id: string) => [...keys.dossier(id), 'evidence'] as const,
  form: (id: string, form: FormNo) => [...keys.dossier(id), 'form', form] as const,
  scorecards: (dossierId: string, councilId: string) => [...keys.dossier(dossierId), 'scorecards', councilId] as const,
  ownScorecard: (dossierId: string, councilId: string) =>
    [...keys.dossier(dossierId), 'scorecards', councilId, 'own'] as const,
};

export const useDossier = (id: string) => useQuery({ queryKey: keys.dossier(id), queryFn: () => evalApi.dossier(id) });

export const useTimeline = (id: string) =>
  useQuery({ queryKey: dossierKeys.timeline(id), queryFn: () => evalApi.timeline(id) });

export const useEvidence = (id: string) =>
  useQuery({ queryKey: dossierKeys.evidence(id), queryFn: () => evalApi.evidence(id) });

/** A form of the dossier as stored (null when never saved). */
export const useStoredForm = <T = Record<string, unknown>>(id: string, form: FormNo) =>
  useQuery({ queryKey: dossierKeys.form(id, form), queryFn: () => evalApi.form<T>(id, form) });

export const useCouncil = (id: string) => useQuery({ queryKey: keys.council(id), queryFn: () => evalApi.council(id) });
