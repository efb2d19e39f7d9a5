// English strings of the sheet's knock-outs, applicability questions, doubtful text, outcomes and council policies;
// keys must match conditions-vi.ts (the type checks it).
import type { conditionsVi } from './conditions-vi.ts';

export const conditionsEn: Record<keyof typeof conditionsVi, string> = {
  'ko.blockTitle': 'Conditions that reject the dossier / stop the evaluation',
  'ko.blockLead': 'Tick each condition that holds for the product. When one holds, the product gets no star rating.',
  'ko.blockLeadReadOnly': 'When one of these conditions holds, the product gets no star rating.',
  'ko.kind.exclusion': 'Rejected',
  'ko.kind.stop': 'Evaluation stops',
  'ko.zeroPoints': 'Holds by itself when any of criteria {criteria} scores 0',
  'ko.holds': 'Holds',

  'ap.tag': 'Scope',
  'ap.notBinding': 'This criterion’s star mark does not bind the product; its points still count.',
  'ap.unanswered': 'Unanswered: the star mark binds as printed.',

  'flag.suspected-misprint': 'Suspected misprint in the text',
  'flag.mark-out-of-scope': 'Star mark foreign to this kind of product',

  'outcome.excluded': 'Rejected',
  'outcome.stopped': 'Evaluation stopped',
  'outcome.excludedLead': 'The dossier is rejected under the sheet’s condition:',
  'outcome.stoppedLead': 'The evaluation stops under the sheet’s condition:',
  'outcome.notCertifiable': 'No star rating, so no recognition',
  'outcome.waived': 'Star marks that do not bind',
  'outcome.waived.not-applicable': 'the product is not one the sheet names',
  'outcome.waived.council-policy': 'under the council rules',

  'pol.title': 'Council rules',
  'pol.lead': 'OCOP Hub’s choices where Decision 26/2026/QĐ-TTg is silent — not the law.',
  'pol.source.default': 'default',
  'pol.source.province': 'province',
  'pol.source.council': 'council',
  'pol.law': 'What the law says',
  'pol.provinceTitle': 'The province’s council rules',
  'pol.provinceLead': 'The province’s councils apply these rules unless a council sets its own.',
  'pol.edit': 'Edit the rules',
  'pol.save': 'Save the rules',
  'pol.saved': 'The province’s council rules are saved',
  'pol.inherit': 'As the province: {value}',
  'pol.default': 'Default: {value}',
  'pol.councilHint': 'Leave empty to follow the province’s rules.',
};
