// The address of the standard reports page, apart from the page so the menu does not load it.
export const REPORTS_ROUTE = '/reports';
