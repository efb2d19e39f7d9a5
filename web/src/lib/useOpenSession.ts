import { useRef } from 'react';

/**
 * A number that changes each time `open` turns true. Used as the key of a drawer's body so that every opening starts
 * with a fresh form (antd keeps a form's values in its instance across unmounts otherwise).
 */
export function useOpenSession(open: boolean): number {
  const ref = useRef({ open: false, n: 0 });
  if (open && !ref.current.open) ref.current.n += 1;
  ref.current.open = open;
  return ref.current.n;
}
