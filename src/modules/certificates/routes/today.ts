// "Today" for the certificates' routes: the one place they read the procedure's clock (evaluation's index). Commands
// take the day as a parameter, so tests and the daily job pass fixed dates.
import { clock } from '../../evaluation/index.ts';

export const today = (): string => clock.today();
