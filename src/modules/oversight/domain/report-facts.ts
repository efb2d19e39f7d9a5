// The facts the report builders read, as the data layer hands them over (data/report-store.ts). Pure types.
import type { IsoDate } from '../../reference/index.ts';

export interface ProductFact {
  productId: string;
  communeCode: string;
  productName: string;
  setNo: number;
  registeredOn: IsoDate;
  producerId: string;
  producerName: string;
  legalType: string;
  /** The kind of the latest dossier of the year opened by the report's day (null: registered, no dossier). */
  dossierKind: string | null;
}

export interface RoundResultFact {
  roundId: string;
  roundLevel: string;
  roundYear: number;
  roundNumber: number;
  roundExtra: boolean;
  cutoffOn: IsoDate;
  finishBefore: IsoDate;
  councilDecisionNo: string;
  councilDecisionDate: IsoDate;
  dossierId: string;
  scoredOn: IsoDate;
  mean: number;
  star: number | null;
  outcome: string;
  communeCode: string;
  dossierKind: string;
  productName: string;
  producerName: string;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  certificateNumber: string | null;
  certificateIssuedOn: IsoDate | null;
}
