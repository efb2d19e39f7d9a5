// Today's date where the programme runs (UTC+7): a registration made at 6 a.m. in Lai Châu is still "yesterday" in UTC.
export const todayInVietnam = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
