// The address of the consumer reports page, apart from the page so the menu does not load it.
export const PUBLIC_REPORTS_ROUTE = '/public-reports';
