// The council's members, one row per seat: the kind of seat (Art. 7.3.b / 7.4.b), the person, the agency and the
// position on the council.
import { Button, Form, Input, Select } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import type { ManagedUser } from '../../../types.ts';
import { seatPeople, type CouncilValues } from './council-form.ts';

export function CouncilSeats({
  seatOptions,
  members,
  loading,
}: {
  seatOptions: { value: string; label: string }[];
  /** The people who may sit as members. */
  members: ManagedUser[] | undefined;
  loading: boolean;
}) {
  const { t } = useT();
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <div className="seat-rows">
          {fields.map((f) => (
            <div key={f.key} className="seat-row" data-testid={`council-member-${f.name}`}>
              <Form.Item name={[f.name, 'seat']} rules={[{ required: true }]} className="seat-kind">
                <Select options={seatOptions} popupMatchSelectWidth={420} />
              </Form.Item>
              {/* The seat's agency decides whose names the person list offers (Art. 7.3.b: a seat per agency). */}
              <Form.Item
                noStyle
                shouldUpdate={(a: CouncilValues, b: CouncilValues) =>
                  a.members?.[f.name]?.agency !== b.members?.[f.name]?.agency ||
                  a.members?.[f.name]?.userId !== b.members?.[f.name]?.userId
                }
              >
                {({ getFieldValue }) => {
                  const people = seatPeople(
                    members,
                    getFieldValue(['members', f.name, 'agency']) as string | undefined,
                    getFieldValue(['members', f.name, 'userId']) as string | undefined,
                  );
                  return (
                    <Form.Item
                      name={[f.name, 'userId']}
                      rules={[{ required: true, message: t('rd.personRequired') }]}
                      className="seat-person"
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        placeholder={t('rd.person')}
                        options={people.options}
                        loading={loading}
                        data-filtered={people.filtered ? 'agency' : 'all'}
                        data-testid={`council-member-${f.name}-user`}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Form.Item
                name={[f.name, 'agency']}
                rules={[{ required: true, message: t('ev.required') }]}
                className="seat-agency"
              >
                <Input maxLength={300} placeholder={t('rd.agency')} />
              </Form.Item>
              <Form.Item name={[f.name, 'position']} className="seat-position">
                <Select
                  placeholder={t('sc.position.member')}
                  allowClear
                  options={(['member', 'vice_chair', 'secretary'] as const).map((p) => ({
                    value: p,
                    label: t(`sc.position.${p}`),
                  }))}
                />
              </Form.Item>
              <Button type="text" danger onClick={() => remove(f.name)} aria-label={t('ev.remove')}>
                ×
              </Button>
            </div>
          ))}
          <Button size="small" className="add-row" onClick={() => add({ seat: 'expert', agency: '' })}>
            {t('rd.addMember')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
