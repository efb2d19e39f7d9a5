import { describe, expect, it } from 'vitest';
import { articleVi } from './article-text.ts';

describe('articleVi: an article as Vietnamese legal text writes it', () => {
  it('writes points, clauses, articles and paragraphs in Vietnamese order', () => {
    expect(articleVi('Art. 7.3.a')).toBe('điểm a khoản 3 Điều 7');
    expect(articleVi('Art. 5.1')).toBe('khoản 1 Điều 5');
    expect(articleVi('Art. 8')).toBe('Điều 8');
    expect(articleVi('Art. 4.1.b, 7.4.e')).toBe('điểm b khoản 1 Điều 4, điểm e khoản 4 Điều 7');
    expect(articleVi('Art. 5.1 ¶2')).toBe('đoạn 2 khoản 1 Điều 5');
    expect(articleVi('khoản 2 Điều 8')).toBe('khoản 2 Điều 8');
  });
});
