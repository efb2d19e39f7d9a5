import { useState } from 'react';

/**
 * A number that changes each time `open` turns true. Used as the key of a drawer's body so that every opening starts
 * with a fresh form (antd keeps a form's values in its instance across unmounts otherwise).
 */
export function useOpenSession(open: boolean): number {
  const [session, setSession] = useState({ open: false, n: 0 });
  // Adjusting state while rendering (react.dev "You might not need an effect"): the opening is counted at once.
  if (open !== session.open) {
    const next = { open, n: open ? session.n + 1 : session.n };
    setSession(next);
    return next.n;
  }
  return session.n;
}
