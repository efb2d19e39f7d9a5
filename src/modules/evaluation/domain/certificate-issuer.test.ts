import { describe, it, expect } from 'vitest';
import { certificateIssuer } from './certificate-issuer.ts';

describe('who issues an OCOP certificate (Art. 4.1)', () => {
  it('Art. 4.1.a, 7.3.e: the provincial People\'s Committee (its chair signs) for 3★ and 4★', () => {
    for (const star of [3, 4]) {
      const i = certificateIssuer(star, null, 'Tỉnh Lai Châu');
      expect(i).toMatchObject({ level: 'province', body: { vi: 'Ủy ban nhân dân tỉnh Lai Châu' }, signer: { vi: 'Chủ tịch' } });
    }
    expect(certificateIssuer(4, 'province', 'Thành phố Huế').body.vi).toBe('Ủy ban nhân dân thành phố Huế');
  });

  it('Art. 4.1.b, 7.4.e: the Ministry of Agriculture and Environment (the Minister signs) for 5★', () => {
    expect(certificateIssuer(5, null, 'Tỉnh Lai Châu')).toMatchObject({ level: 'central', body: { vi: 'Bộ Nông nghiệp và Môi trường' }, signer: { vi: 'Bộ trưởng' } });
  });

  it('Art. 4.1: the recorded decision\'s level wins over the star (a paper record keeps its issuer)', () => {
    expect(certificateIssuer(4, 'central', 'Tỉnh Lai Châu').level).toBe('central');
    expect(certificateIssuer(5, 'province', 'Tỉnh Lai Châu').level).toBe('province');
    expect(certificateIssuer(3, null, null).body.vi).toBe('Ủy ban nhân dân cấp tỉnh');
  });

  it('148/QĐ-TTg before 6/7/2025: a past 3★ recognised by a district names that district\'s People\'s Committee', () => {
    expect(certificateIssuer(3, 'district', 'Tỉnh Lai Châu', 'Huyện Tam Đường')).toMatchObject({
      level: 'district', body: { vi: 'Ủy ban nhân dân huyện Tam Đường', en: "People's Committee of Huyện Tam Đường" }, signer: { vi: 'Chủ tịch' },
    });
    expect(certificateIssuer(3, 'district', 'Tỉnh Lai Châu', null).body.vi).toBe('Ủy ban nhân dân cấp huyện');
  });

  it('the place before the signing date is the issuer\'s: Hà Nội for the Ministry, else the province or the district', () => {
    expect(certificateIssuer(5, 'central', 'Tỉnh Lai Châu').place).toBe('Hà Nội');
    expect(certificateIssuer(4, 'province', 'Thành phố Huế').place).toBe('Huế');
    expect(certificateIssuer(3, 'district', 'Tỉnh Lai Châu', 'Huyện Tam Đường').place).toBe('Tam Đường');
    expect(certificateIssuer(3, 'district', 'Tỉnh Lai Châu', null).place).toBeNull();
  });
});
