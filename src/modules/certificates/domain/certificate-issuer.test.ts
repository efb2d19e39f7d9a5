import { describe, it, expect } from 'vitest';
import { certificateIssuer } from './certificate-issuer.ts';

const LAI_CHAU = { type: 'tỉnh', name: 'Lai Châu' };
const HUE = { type: 'thành phố', name: 'Huế' };
const TAM_DUONG = { type: 'huyện', name: 'Tam Đường' };

describe('who issues an OCOP certificate (Art. 4.1)', () => {
  it("Art. 4.1.a, 7.3.e: the provincial People's Committee (its chair signs) for 3★ and 4★", () => {
    for (const star of [3, 4]) {
      const i = certificateIssuer(star, null, LAI_CHAU);
      expect(i).toMatchObject({
        level: 'province',
        body: { vi: 'Ủy ban nhân dân tỉnh Lai Châu' },
        signer: { vi: 'Chủ tịch' },
      });
    }
    expect(certificateIssuer(4, 'province', HUE).body.vi).toBe('Ủy ban nhân dân thành phố Huế');
  });

  it('Art. 4.1.b, 7.4.e: the Ministry of Agriculture and Environment (the Minister signs) for 5★', () => {
    expect(certificateIssuer(5, null, LAI_CHAU)).toMatchObject({
      level: 'central',
      body: { vi: 'Bộ Nông nghiệp và Môi trường' },
      signer: { vi: 'Bộ trưởng' },
    });
  });

  it("Art. 4.1: the recorded decision's level wins over the star (a paper record keeps its issuer)", () => {
    expect(certificateIssuer(4, 'central', LAI_CHAU).level).toBe('central');
    expect(certificateIssuer(5, 'province', LAI_CHAU).level).toBe('province');
    expect(certificateIssuer(3, null, null).body.vi).toBe('Ủy ban nhân dân cấp tỉnh');
  });

  it("148/QĐ-TTg before 6/7/2025: a past 3★ recognised by a district names that district's People's Committee", () => {
    expect(certificateIssuer(3, 'district', LAI_CHAU, TAM_DUONG)).toMatchObject({
      level: 'district',
      body: { vi: 'Ủy ban nhân dân huyện Tam Đường', en: "People's Committee of Huyện Tam Đường" },
      signer: { vi: 'Chủ tịch' },
    });
    expect(certificateIssuer(3, 'district', LAI_CHAU, null).body.vi).toBe('Ủy ban nhân dân cấp huyện');
  });

  it("the place before the signing date is the issuer's: Hà Nội for the Ministry, else the province or the district", () => {
    expect(certificateIssuer(5, 'central', LAI_CHAU).place).toBe('Hà Nội');
    expect(certificateIssuer(4, 'province', HUE).place).toBe('Huế');
    expect(certificateIssuer(3, 'district', LAI_CHAU, TAM_DUONG).place).toBe('Tam Đường');
    expect(certificateIssuer(3, 'district', LAI_CHAU, null).place).toBeNull();
  });
});
