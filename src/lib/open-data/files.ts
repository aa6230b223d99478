/** The download files of the /data/ page: one place for their names, so the page and the endpoints agree. */
export const DOWNLOADS = [
  { id: 'csv', path: '/data/facilities.csv', type: 'text/csv; charset=utf-8' },
  { id: 'xlsx', path: '/data/facilities.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { id: 'geojson', path: '/data/facilities.geojson', type: 'application/geo+json' },
  { id: 'hsds', path: '/data/facilities.hsds.json', type: 'application/json' },
] as const;
