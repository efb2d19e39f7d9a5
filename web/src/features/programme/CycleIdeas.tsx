// Product ideas (phiếu đăng ký ý tưởng sản phẩm) of the reader: the form to register one (a producer for itself, a
// commune officer for a household of its commune), and each idea with its state, the advice given and the review
// actions the server says are open to this reader (a return asks for advice); an accepted idea of a producer leads on
// to its business plan.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useErrorText } from '../../shared/errors.ts';
import { setQuery } from '../../shared/router.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import type { User } from '../../types.ts';
import { useAccess } from '../me/permissions.ts';
import { cycleApi, cycleKeys, type IdeaList } from './cycle.ts';

type IdeaRow = IdeaList['items'][number];
interface IdeaForm {
  name: string;
  setNo: number;
  description?: string;
  rawMaterials?: string;
  market?: string;
  household?: string;
}

function IdeaCard({
  idea,
  onAct,
  onProduct,
}: {
  idea: IdeaRow;
  onAct: (code: string, needsAdvice: boolean) => void;
  onProduct: () => void;
}) {
  const { t, lang } = useT();
  return (
    <Card size="small" className="block" data-testid="idea-card" data-state={idea.state}>
      <strong>{idea.name}</strong>{' '}
      <Tag color={idea.state === 'accepted' ? 'green' : 'default'}>{idea.stateLabel[lang]}</Tag>
      <div style={{ overflowWrap: 'anywhere' }}>
        {idea.householdName ?? ''} · {idea.communeName} · {t('cycle.registeredOn')} {idea.registeredOn}
      </div>
      {idea.communeAdvice && (
        <div>
          {t('cycle.communeAdvice')}: {idea.communeAdvice}
        </div>
      )}
      {idea.provinceAdvice && (
        <div>
          {t('cycle.provinceAdvice')}: {idea.provinceAdvice}
        </div>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {idea.availableActions.map((a) => (
          <Button
            key={a.code}
            size="small"
            onClick={() => onAct(a.code, a.needsAdvice)}
            data-testid={`idea-action-${a.code}`}
          >
            {a.label[lang]}
          </Button>
        ))}
        {idea.mayWriteBusinessPlan && (
          <Button size="small" onClick={() => setQuery({ tab: 'plans', idea: idea.id })} data-testid="idea-write-plan">
            {t('cycle.writePlan')}
          </Button>
        )}
        {idea.mayMakeProduct && idea.producerId && (
          <Button size="small" onClick={onProduct} data-testid="idea-to-product">
            {t('cycle.toProduct')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

export function CycleIdeas({ user }: { user: User }) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const access = useAccess();
  const qc = useQueryClient();
  const [form] = Form.useForm<IdeaForm>();
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ id: string; code: string } | null>(null);
  const [advice, setAdvice] = useState('');
  const ideas = useQuery({ queryKey: cycleKeys.ideas, queryFn: cycleApi.ideas, enabled: access.can('cycle.read') });
  const refresh = () => qc.invalidateQueries({ queryKey: cycleKeys.all });
  const forHousehold = !access.ownProducerOnly;

  const register = async () => {
    const v = await form.validateFields();
    try {
      await cycleApi.register({
        name: v.name,
        setNo: v.setNo,
        description: v.description || null,
        rawMaterials: v.rawMaterials || null,
        market: v.market || null,
        household: forHousehold && v.household ? { name: v.household, communeCode: user.unitCode ?? '' } : null,
      });
      message.success(t('cycle.registered'));
      setCreating(false);
      form.resetFields();
      await refresh();
    } catch (err) {
      if (
        !applyFieldErrors(form, err, (m) => m[lang], ['name', 'setNo', 'description', 'rawMaterials', 'market'], {
          producerId: 'household',
          'household.name': 'household',
        })
      )
        message.error(errorText(err));
    }
  };
  const act = async (id: string, code: string, text?: string) => {
    try {
      await cycleApi.act(id, code, text);
      message.success(t('cycle.done'));
      setActing(null);
      setAdvice('');
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const toProduct = async (id: string) => {
    try {
      await cycleApi.toProduct(id);
      message.success(t('cycle.productMade'));
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <section data-testid="cycle-ideas">
      <h3>{t('cycle.ideas')}</h3>
      {access.can('ideas.register') && (
        <Button type="primary" className="block" onClick={() => setCreating(true)} data-testid="new-idea">
          {t('cycle.newIdea')}
        </Button>
      )}
      {ideas.isError && <Alert type="error" showIcon title={errorText(ideas.error)} />}
      {ideas.data?.items.length === 0 && <p>{t('cycle.noIdeas')}</p>}
      {ideas.data?.items.map((i) => (
        <IdeaCard
          key={i.id}
          idea={i}
          onAct={(code, needsAdvice) => (needsAdvice ? setActing({ id: i.id, code }) : void act(i.id, code))}
          onProduct={() => void toProduct(i.id)}
        />
      ))}
      <Modal
        open={creating}
        title={t('cycle.newIdea')}
        onCancel={() => setCreating(false)}
        onOk={() => void register()}
        okText={t('cycle.register')}
        okButtonProps={{ 'data-testid': 'idea-submit' } as Record<`data-${string}`, string>}
      >
        <Form form={form} layout="vertical" initialValues={{ setNo: 1 }}>
          <Form.Item name="name" label={t('cycle.ideaName')} rules={[{ required: true }]}>
            <Input data-testid="idea-name" />
          </Form.Item>
          <Form.Item name="setNo" label={t('cycle.setNo')} rules={[{ required: true }]}>
            <InputNumber min={1} max={26} data-testid="idea-set" />
          </Form.Item>
          {forHousehold && (
            <Form.Item name="household" label={t('cycle.household')}>
              <Input data-testid="idea-household" />
            </Form.Item>
          )}
          <Form.Item name="description" label={t('cycle.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="rawMaterials" label={t('cycle.rawMaterials')}>
            <Input.TextArea rows={2} data-testid="idea-raw" />
          </Form.Item>
          <Form.Item name="market" label={t('cycle.market')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={acting !== null}
        title={t('cycle.advice')}
        onCancel={() => setActing(null)}
        onOk={() => acting && void act(acting.id, acting.code, advice)}
        okText={t('cycle.confirm')}
      >
        <Input.TextArea rows={3} value={advice} onChange={(e) => setAdvice(e.target.value)} data-testid="idea-advice" />
      </Modal>
    </section>
  );
}
