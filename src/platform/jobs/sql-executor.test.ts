import { describe, it, expect } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { toDrizzleSql } from './sql-executor.ts';

const dialect = new PgDialect();

describe('pg-boss SQL through Drizzle', () => {
  it('renumbers placeholders in order of appearance, repeating a value used twice', () => {
    const q = dialect.sqlToQuery(toDrizzleSql('select $2::int, $1, right($2, 1)', ['a', 7]));
    expect(q.sql).toBe('select $1::int, $2, right($3, 1)');
    expect(q.params).toEqual([7, 'a', 7]);
  });

  it('passes objects and arrays as single parameters and undefined as NULL', () => {
    const q = dialect.sqlToQuery(
      toDrizzleSql('insert into t values ($1::jsonb, $2, $3)', [{ a: 1 }, ['x', 'y'], undefined]),
    );
    expect(q.sql).toBe('insert into t values ($1::jsonb, $2, $3)');
    expect(q.params).toEqual([{ a: 1 }, ['x', 'y'], null]);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => toDrizzleSql('select $3', [1])).toThrow('placeholder $3 has no value (1 given)');
  });
});
