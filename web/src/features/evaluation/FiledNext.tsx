// What happens after filing (issue 12), told to the producer on the dossier once it is filed and until the commune has
// sent it on: print and sign Form 01, bring it and the samples to the commune, and the commune's time (Art. 7.2) —
// the number of working days and, once received, the due date, both from the server.
import { Alert, Button } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../registry/registry.ts';
import { evalApi, type Dossier } from './evaluation.ts';

export function FiledNext({ dossier: d }: { dossier: Dossier }) {
  const { t } = useT();
  if (d.state !== 'submitted' && d.state !== 'commune_received') return null;
  const samples = d.facts.samples;
  return (
    <Alert
      className="block"
      type="success"
      showIcon
      data-testid="filed-next"
      title={t('next.title')}
      description={
        <ol className="next-steps">
          <li>
            {t('next.print')}{' '}
            {d.forms.form01 && (
              <Button size="small" href={evalApi.formPdfUrl(d.id, '01')} target="_blank">
                {t('next.printForm01')}
              </Button>
            )}
          </li>
          <li>{samples > 0 ? t('next.samples', { n: samples }) : t('next.samplesNone')}</li>
          <li>
            {t('next.commune', { days: d.communeReview.workingDays })}
            {d.communeDueOn && <> {t('next.communeDue', { date: formatDate(d.communeDueOn) })}</>}
          </li>
        </ol>
      }
    />
  );
}
