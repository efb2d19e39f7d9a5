// English strings of the council's screens on tablets (see council-vi.ts).
import type { councilVi } from './council-vi.ts';

export const councilEn: Record<keyof typeof councilVi, string> = {
  'cs.producerSaid': "Producer's self-assessment",
  'cs.producerNone': 'None met',
  'cs.producerNoAnswer': 'The producer did not assess this criterion',
  'cs.evidence': 'Evidence',
  'cs.noEvidence': 'No evidence for this criterion',
  'cs.liveTotal': 'Total: {total} points',
  'cs.missing': '{n} criteria left',
  'cs.confirmTitle': 'Submit the scorecard?',
  'cs.confirmBody':
    'Your {total}-point scorecard goes to the council. Once submitted it cannot be changed unless the council puts the scores to discussion.',
  'cs.confirmOk': 'Submit scorecard',
  'cs.confirmCancel': 'Review',
  'cs.summaryTitle': "The members' scores",
  'cs.summaryLead': "The chair sees each member's score before concluding (Art. 7.3.d).",
  'cs.mean': 'Mean',
  'cs.spread': 'Spread, highest to lowest',
  'cs.threshold': 'threshold {n} points (council policy)',
  'cs.member': 'Member',
  'cs.total': 'Total',
  'cs.disagree': 'Criteria the members scored differently',
  'cs.agreeAll': 'The members scored every criterion alike.',
  'cs.criterion': 'Criterion',
  'cs.pointsRange': '{min}–{max} points',
  'cs.awaiting': "Each member's score shows once every member has submitted.",
  'cs.more': 'and {n} more criteria',
  'cs.divergent': 'Beyond the threshold',
  'cs.position': 'Position',
  'cs.cutoffPassed': '{round}: the cut-off {cutoff} has passed',
  'cs.cutoffPassedHint':
    "This round takes only dossiers the commune forwarded before its cut-off (Art. 5.1). Dossiers forwarded on or after it go to the next round, or to a supplementary round if the council's rules and plan provide for one.",
  'cs.createExtra': 'Create a supplementary round',
  'cs.cutoffPassedTag': 'Cut-off passed',
  'cs.agency': 'Agency',
  'cs.agencyHint':
    'For council members: the agency they represent (e.g. Department of Industry and Trade), so each seat offers its own people.',
  'cs.sameAgency': 'People of {agency}',
  'cs.otherPeople': 'Other people',
};
